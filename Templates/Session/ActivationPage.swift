/// A one-time link followed: a new user (or one whose password was reset) sets a password, or
/// learns that the link no longer works.
public struct ActivationView: Page, Sendable {
    public struct Fields: Sendable {
        public let password: FormField
        public let passwordConfirmation: FormField

        public init(password: FormField, passwordConfirmation: FormField) {
            self.password = password
            self.passwordConfirmation = passwordConfirmation
        }
    }

    public let valid: Bool
    public let isReset: Bool
    public let name: String
    public let email: String
    public let action: String
    public let form: Fields

    public init(valid: Bool, isReset: Bool, name: String, email: String, action: String, form: Fields) {
        self.valid = valid
        self.isReset = isReset
        self.name = name
        self.email = email
        self.action = action
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <div class="narrow">

        """
        if valid {
            if isReset {
                """
                <h1>\(c.t("reset.choose.heading"))</h1>
                <p class="lead">\(c.t("reset.choose.intro"))</p>

                """
            } else {
                """
                <h1>\(c.t("activation.heading"))</h1>
                <p class="lead">\(c.t("activation.intro"))</p>

                """
            }
            """
            <dl class="summary-list">
              <div><dt>\(c.t("users.name"))</dt><dd>\(name)</dd></div>
              <div><dt>\(c.t("users.email"))</dt><dd>\(email)</dd></div>
            </dl>
            <form method="post" action="\(action)" novalidate>
              \(c.csrf)
              <input type="text" name="username" value="\(email)" autocomplete="username" hidden>
              \(c.input(form.password))
              \(c.input(form.passwordConfirmation))
              <button type="submit" class="button button-primary">\(c.t("activation.submit"))</button>
            </form>

            """
        } else {
            """
            <h1>\(c.t("activation.invalid.heading"))</h1>
            <p class="lead">\(c.t("activation.invalid.text"))</p>

            """
        }
        """
        </div>

        """
    }
}
