/// A forgotten password: the form for the e-mail address, or word that a link is on its way.
public struct PasswordResetView: Page, Sendable {
    public struct Fields: Sendable {
        public let email: FormField

        public init(email: FormField) {
            self.email = email
        }
    }

    public let action: String
    public let sent: Bool
    public let loginHref: String
    public let form: Fields

    public init(action: String, sent: Bool, loginHref: String, form: Fields) {
        self.action = action
        self.sent = sent
        self.loginHref = loginHref
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <div class="narrow">
        <h1>\(c.t("reset.heading"))</h1>

        """
        if sent {
            """
            <div class="alert alert-success" role="status">
              <p class="alert-heading">\(c.t("flash.success"))</p>
              <p class="alert-text">\(c.t("reset.sent"))</p>
            </div>
            <p><a href="\(loginHref)">\(c.t("reset.backToLogin"))</a></p>

            """
        } else {
            """
            <p class="lead">\(c.t("reset.intro"))</p>
            <form method="post" action="\(action)" novalidate>
              \(c.csrf)
              \(c.input(form.email))
              <button type="submit" class="button button-primary">\(c.t("reset.submit"))</button>
            </form>
            <p><a href="\(loginHref)">\(c.t("reset.backToLogin"))</a></p>

            """
        }
        """
        </div>

        """
    }
}
