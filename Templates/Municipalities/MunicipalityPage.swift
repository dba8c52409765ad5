/// One municipality: its settings, coordinators and the form to add one. Its support address
/// and phone are `contact…`, apart from the footer's `support…` (the signed-in admin's).
public struct MunicipalityView: Page, Sendable {
    public struct Coordinator: Sendable {
        public let name: String
        public let email: String
        public let status: String

        public init(name: String, email: String, status: String) {
            self.name = name
            self.email = email
            self.status = status
        }
    }

    public struct Fields: Sendable {
        public let name: FormField
        public let email: FormField

        public init(name: FormField, email: FormField) {
            self.name = name
            self.email = email
        }
    }

    public let name: String
    public let slug: String
    public let schemeName: String
    public let contactEmail: String
    public let contactPhone: String
    public let coordinators: [Coordinator]
    public let userCount: String
    public let coordinatorAction: String
    public let backHref: String
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(backHref)">\(t("municipalities.backToList"))</a>
        <h1>\(name)</h1>
        <dl class="summary-list">
          <div><dt>\(t("municipalities.schemeName"))</dt><dd>\(schemeName)</dd></div>
          <div><dt>\(t("municipalities.slug"))</dt><dd><code>\(slug)</code></dd></div>
          <div><dt>\(t("municipalities.supportEmail"))</dt><dd>\(contactEmail)</dd></div>
          <div><dt>\(t("municipalities.supportPhone"))</dt><dd>\(contactPhone)</dd></div>
          <div><dt>\(t("municipalities.userCount"))</dt><dd>\(userCount)</dd></div>
        </dl>
        <section class="section">
        <h2>\(t("municipalities.coordinators"))</h2>
        <ul class="plain-list">
          \(coordinators.html { "<li><strong>\($0.name)</strong> · \($0.email) · \($0.status)</li>" })
        </ul>
        <h3>\(t("municipalities.addCoordinator"))</h3>
        <form method="post" action="\(coordinatorAction)" novalidate>
          \(c.csrf)
          \(c.input(form.name))
          \(c.input(form.email))
          <button type="submit" class="button button-primary">\(t("municipalities.addCoordinatorSubmit"))</button>
        </form>
        </section>

        """
    }

    public init(name: String, slug: String, schemeName: String, contactEmail: String, contactPhone: String, coordinators: [Coordinator], userCount: String, coordinatorAction: String, backHref: String, form: Fields) {
        self.name = name
        self.slug = slug
        self.schemeName = schemeName
        self.contactEmail = contactEmail
        self.contactPhone = contactPhone
        self.coordinators = coordinators
        self.userCount = userCount
        self.coordinatorAction = coordinatorAction
        self.backHref = backHref
        self.form = form
    }
}
