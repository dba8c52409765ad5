/// The coordinator names a course's guide and companion (`courses/guide`).
public struct CourseGuideView: Page, Sendable {
    public struct Fields: Sendable {
        public let guide: FormField
        public let companion: FormField

        public init(guide: FormField, companion: FormField) {
            self.guide = guide
            self.companion = companion
        }
    }

    public let childName: String
    public let courseHref: String
    public let action: String
    public let noConsent: Bool
    public let form: Fields

    public init(childName: String, courseHref: String, action: String, noConsent: Bool, form: Fields) {
        self.childName = childName
        self.courseHref = courseHref
        self.action = action
        self.noConsent = noConsent
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(courseHref)">\(t("form.back"))</a>
        <h1 class="with-sub">\(t("course.guide.heading"))</h1>
        <p class="sub-heading">\(childName)</p>
        <p class="lead">\(t("course.guide.intro"))</p>

        """
        if noConsent {
            """
            <div class="alert alert-warning">
              <p class="alert-heading">\(t("flash.warning"))</p>
              <p class="alert-text">\(t("course.guide.noConsent"))</p>
            </div>

            """
        }
        """
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.select(form.guide))
          \(c.select(form.companion))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(t("course.guide.submit"))</button>
            <a class="button-link" href="\(courseHref)">\(t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}
