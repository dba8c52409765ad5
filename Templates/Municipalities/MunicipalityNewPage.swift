/// A new municipality with its first coordinator.
public struct MunicipalityNewView: Page, Sendable {
    public struct Fields: Sendable {
        public let name: FormField
        public let slug: FormField
        public let schemeName: FormField
        public let supportEmail: FormField
        public let supportPhone: FormField
        public let coordinatorName: FormField
        public let coordinatorEmail: FormField

        public init(name: FormField, slug: FormField, schemeName: FormField, supportEmail: FormField, supportPhone: FormField, coordinatorName: FormField, coordinatorEmail: FormField) {
            self.name = name
            self.slug = slug
            self.schemeName = schemeName
            self.supportEmail = supportEmail
            self.supportPhone = supportPhone
            self.coordinatorName = coordinatorName
            self.coordinatorEmail = coordinatorEmail
        }
    }

    public let action: String
    public let cancelHref: String
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(cancelHref)">\(t("municipalities.backToList"))</a>
        <h1>\(t("municipalities.new.heading"))</h1>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.name))
          \(c.input(form.slug))
          \(c.input(form.schemeName))
          \(c.input(form.supportEmail))
          \(c.input(form.supportPhone))
          <h2>\(t("municipalities.coordinatorHeading"))</h2>
          <p>\(t("municipalities.coordinatorIntro"))</p>
          \(c.input(form.coordinatorName))
          \(c.input(form.coordinatorEmail))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(t("municipalities.new.submit"))</button>
            <a class="button-link" href="\(cancelHref)">\(t("form.cancel"))</a>
          </div>
        </form>

        """
    }

    public init(action: String, cancelHref: String, form: Fields) {
        self.action = action
        self.cancelHref = cancelHref
        self.form = form
    }
}
