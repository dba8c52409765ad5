/// Starting a guidance course for a child (`courses/new`): the pass that covers guidance, or a
/// warning that there is none.
public struct CourseStartView: Page, Sendable {
    public struct Fields: Sendable {
        public let startedOn: FormField
        public let guide: FormField

        public init(startedOn: FormField, guide: FormField) {
            self.startedOn = startedOn
            self.guide = guide
        }
    }

    public let childName: String
    public let childHref: String
    public let passLine: String?
    public let action: String
    public let form: Fields

    public init(childName: String, childHref: String, passLine: String?, action: String, form: Fields) {
        self.childName = childName
        self.childHref = childHref
        self.passLine = passLine
        self.action = action
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(childHref)">\(t("form.back"))</a>
        <h1 class="with-sub">\(t("course.new.heading"))</h1>
        <p class="sub-heading">\(childName)</p>
        <p class="lead">\(t("course.new.intro"))</p>

        """
        if let passLine {
            "<p>\(passLine)</p>\n"
        } else {
            """
            <div class="alert alert-warning">
              <p class="alert-heading">\(t("flash.warning"))</p>
              <p class="alert-text">\(t("course.noGuidancePass"))</p>
            </div>

            """
        }
        """
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.startedOn))
          \(c.radios(form.guide))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(t("course.new.submit"))</button>
            <a class="button-link" href="\(childHref)">\(t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}
