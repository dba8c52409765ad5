/// The coordinator's rules for how the municipality's users sign in.
public struct SignInSettingsView: Page, Sendable {
    public struct Fields: Sendable {
        public let secondFactor: FormField
        public let issuer: FormField
        public let clientID: FormField
        public let match: FormField
        public let passwordSignIn: FormField

        public init(secondFactor: FormField, issuer: FormField, clientID: FormField, match: FormField, passwordSignIn: FormField) {
            self.secondFactor = secondFactor
            self.issuer = issuer
            self.clientID = clientID
            self.match = match
            self.passwordSignIn = passwordSignIn
        }
    }

    public let action: String
    public let redirectURI: String
    public let secretStatus: String
    public let form: Fields

    public init(action: String, redirectURI: String, secretStatus: String, form: Fields) {
        self.action = action
        self.redirectURI = redirectURI
        self.secretStatus = secretStatus
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <h1>\(c.t("signIn.settings.heading"))</h1>
        <p class="lead">\(c.t("signIn.settings.intro"))</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          <h2>\(c.t("signIn.settings.secondFactorHeading"))</h2>
          <p>\(c.t("signIn.settings.secondFactorAlways"))</p>
          \(c.checkboxes(form.secondFactor))
          <h2>\(c.t("signIn.settings.ssoHeading"))</h2>
          <p>\(c.t("signIn.settings.ssoIntro"))</p>
          <p><strong>\(c.t("signIn.settings.redirectURI"))</strong><br><code>\(redirectURI)</code></p>
          <p><strong>\(c.t("signIn.settings.secret"))</strong><br>\(secretStatus)</p>
          \(c.input(form.issuer))
          \(c.input(form.clientID))
          \(c.radios(form.match))
          \(c.radios(form.passwordSignIn))
          <button type="submit" class="button button-primary">\(c.t("signIn.settings.save"))</button>
        </form>

        """
    }
}
