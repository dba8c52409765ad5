/// The signed-in user's own profile: who they are, their language, their password, the way to
/// their authenticator, and which e-mails they want.
public struct AccountView: Page, Sendable {
    public struct Fields: Sendable {
        public let currentPassword: FormField
        public let password: FormField
        public let passwordConfirmation: FormField

        public init(currentPassword: FormField, password: FormField, passwordConfirmation: FormField) {
            self.currentPassword = currentPassword
            self.password = password
            self.passwordConfirmation = passwordConfirmation
        }
    }

    public let name: String
    public let email: String
    public let role: String
    public let municipality: String?
    public let languageAction: String
    public let passwordAction: String
    public let language: FormField
    public let form: Fields
    /// One choice per kind of e-mail the role receives.
    public let notifications: [FormField]
    public let hasNotifications: Bool
    public let notificationsAction: String
    public let twoFactorHref: String

    public init(name: String, email: String, role: String, municipality: String?, languageAction: String, passwordAction: String,
                language: FormField, form: Fields, notifications: [FormField], notificationsAction: String, twoFactorHref: String) {
        self.name = name
        self.email = email
        self.role = role
        self.municipality = municipality
        self.languageAction = languageAction
        self.passwordAction = passwordAction
        self.language = language
        self.form = form
        self.notifications = notifications
        hasNotifications = !notifications.isEmpty
        self.notificationsAction = notificationsAction
        self.twoFactorHref = twoFactorHref
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <h1>\(c.t("account.heading"))</h1>
        <dl class="summary-list">
          <div><dt>\(c.t("users.name"))</dt><dd>\(name)</dd></div>
          <div><dt>\(c.t("users.email"))</dt><dd>\(email)</dd></div>
          <div><dt>\(c.t("users.role"))</dt><dd>\(role)</dd></div>

        """
        if let municipality, !municipality.isEmpty {
            "  <div><dt>\(c.t("account.municipality"))</dt><dd>\(municipality)</dd></div>\n"
        }
        """
        </dl>

        <section class="section">
        <h2>\(c.t("account.languageHeading"))</h2>
        <form method="post" action="\(languageAction)" novalidate>
          \(c.csrf)
          \(c.radios(language))
          <button type="submit" class="button button-secondary">\(c.t("account.saveLanguage"))</button>
        </form>
        </section>

        <section class="section">
        <h2>\(c.t("account.passwordHeading"))</h2>
        <form method="post" action="\(passwordAction)" novalidate>
          \(c.csrf)
          <input type="text" name="username" value="\(email)" autocomplete="username" hidden>
          \(c.input(form.currentPassword))
          \(c.input(form.password))
          \(c.input(form.passwordConfirmation))
          <button type="submit" class="button button-primary">\(c.t("account.changePassword"))</button>
        </form>
        </section>

        <section class="section" id="two-factor">
        <h2>\(c.t("twoFactor.account.heading"))</h2>
        <p>\(c.t("twoFactor.account.summary")) <a href="\(twoFactorHref)">\(c.t("twoFactor.account.link"))</a></p>
        </section>

        """
        if hasNotifications {
            """
            <section class="section" id="notifications">
            <h2>\(c.t("notify.heading"))</h2>
            <p>\(c.t("notify.intro"))</p>
            <form method="post" action="\(notificationsAction)" novalidate>
              \(c.csrf)
              \(notifications.html { c.radios($0) })
              <button type="submit" class="button button-secondary">\(c.t("notify.save"))</button>
            </form>
            </section>

            """
        }
    }
}
