/// Enrolling a child in an activity without a grant.
public struct EnrolmentNewView: Page, Sendable {
    public struct Fields: Sendable {
        public let activity: FormField
        public let enrolledOn: FormField

        public init(activity: FormField, enrolledOn: FormField) {
            self.activity = activity
            self.enrolledOn = enrolledOn
        }
    }

    public let childName: String
    public let childHref: String
    public let action: String
    public let activitiesHref: String
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(childHref)">\(t("form.back"))</a>
        <h1>\(t("activity.enrolment.heading"))</h1>
        <p class="lead"><a href="\(childHref)">\(childName)</a></p>
        <p><a href="\(activitiesHref)">\(t("activity.enrolment.findActivity"))</a></p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.select(form.activity))
          \(c.input(form.enrolledOn))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(t("activity.enrolment.submit"))</button>
            <a class="button-link" href="\(childHref)">\(t("form.cancel"))</a>
          </div>
        </form>

        """
    }

    public init(childName: String, childHref: String, action: String, activitiesHref: String, form: Fields) {
        self.childName = childName
        self.childHref = childHref
        self.action = action
        self.activitiesHref = activitiesHref
        self.form = form
    }
}
