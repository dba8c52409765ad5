/// The step after a right password: a code from the authenticator, or a recovery code.
public struct SecondFactorCodeView: Page, Sendable {
    public struct Fields: Sendable {
        public let code: FormField

        public init(code: FormField) {
            self.code = code
        }
    }

    public let action: String
    public let form: Fields
    public let cancelHref: String

    public init(action: String, form: Fields, cancelHref: String) {
        self.action = action
        self.form = form
        self.cancelHref = cancelHref
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <div class="narrow">
        <h1>\(c.t("twoFactor.code.heading"))</h1>
        <p class="lead">\(c.t("twoFactor.code.intro"))</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.code))
          <button type="submit" class="button button-primary">\(c.t("twoFactor.code.submit"))</button>
        </form>
        <p class="muted">\(c.t("twoFactor.code.lost"))</p>
        <p><a href="\(cancelHref)">\(c.t("twoFactor.code.cancel"))</a></p>
        </div>

        """
    }
}
