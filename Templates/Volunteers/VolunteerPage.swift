/// One volunteer (`volunteers/show`): details, børneattest, their children and trainings, and
/// the form that adds a training.
public struct VolunteerPageView: Page, Sendable {
    public struct CourseItem: Sendable {
        public let childName: String
        public let href: String
        public let role: String
        public let status: String
        public let statusKind: String

        public init(childName: String, href: String, role: String, status: String, statusKind: String) {
            self.childName = childName
            self.href = href
            self.role = role
            self.status = status
            self.statusKind = statusKind
        }
    }

    public struct Fields: Sendable {
        public let trainedOn: FormField
        public let topic: FormField

        public init(trainedOn: FormField, topic: FormField) {
            self.trainedOn = trainedOn
            self.topic = topic
        }
    }

    public let name: String
    public let status: String
    public let statusKind: String
    public let certificate: String
    public let certificateKind: String
    public let facts: [ChildPageView.Fact]
    public let courses: [CourseItem]
    public let hasCourses: Bool
    public let trainings: [ChildPageView.Fact]
    public let hasTrainings: Bool
    public let editHref: String
    public let trainingAction: String
    public let backHref: String
    public let form: Fields

    public init(name: String, status: String, statusKind: String, certificate: String, certificateKind: String, facts: [ChildPageView.Fact],
                courses: [CourseItem], hasCourses: Bool, trainings: [ChildPageView.Fact], hasTrainings: Bool, editHref: String,
                trainingAction: String, backHref: String, form: Fields) {
        self.name = name
        self.status = status
        self.statusKind = statusKind
        self.certificate = certificate
        self.certificateKind = certificateKind
        self.facts = facts
        self.courses = courses
        self.hasCourses = hasCourses
        self.trainings = trainings
        self.hasTrainings = hasTrainings
        self.editHref = editHref
        self.trainingAction = trainingAction
        self.backHref = backHref
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(backHref)">\(t("volunteer.backToList"))</a>
        <div class="page-heading">
          <div>
            <h1 class="with-sub">\(name)</h1>
            <p class="sub-heading"><span class="badge badge-\(statusKind)">\(status)</span> · <span class="badge badge-\(certificateKind)">\(certificate)</span></p>
          </div>
          <a class="button button-primary" href="\(editHref)">\(t("volunteer.edit.title"))</a>
        </div>
        <dl class="summary-list">\(facts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })</dl>

        <h2>\(t("volunteer.courses"))</h2>

        """
        if !hasCourses { "<p>\(t("volunteer.noCourses"))</p>\n" }
        """
        <ul class="plain-list">
          \(courses.html { course in
              "<li><a href=\"\(course.href)\">\(course.childName)</a> · \(course.role) <span class=\"badge badge-\(course.statusKind)\">\(course.status)</span></li>"
          })
        </ul>

        <h2 id="trainings">\(t("volunteer.trainings"))</h2>

        """
        if !hasTrainings { "<p>\(t("volunteer.noTrainings"))</p>\n" }
        """
        <ul class="plain-list">\(trainings.html { "<li><span class=\"timeline-date\">\($0.label)</span> \($0.value)</li>" })</ul>
        <form method="post" action="\(trainingAction)" novalidate class="panel">
          <h3 class="panel-title">\(t("volunteer.addTraining"))</h3>
          \(c.csrf)
          \(c.input(form.trainedOn))
          \(c.input(form.topic))
          <button type="submit" class="button button-secondary">\(t("volunteer.addTraining.submit"))</button>
        </form>

        """
    }
}
