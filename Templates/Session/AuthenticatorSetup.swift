/// Setting up an authenticator app: the QR code, the secret to type by hand, and the form that
/// posts the first code with the sealed secret (no server state until that code proves the app
/// has it). Written by `setup(_:)` on the sign-in step (this page) and on the account's
/// two-factor page.
public struct AuthenticatorSetup: Page, Sendable {
    /// The provisioning address as a QR code: one SVG path of dark modules.
    public struct QRImage: Sendable {
        public let viewBox: String
        public let size: Int
        public let path: String
        public let label: String

        public init(viewBox: String, size: Int, path: String, label: String) {
            self.viewBox = viewBox
            self.size = size
            self.path = path
            self.label = label
        }
    }

    public struct Fields: Sendable {
        public let code: FormField

        public init(code: FormField) {
            self.code = code
        }
    }

    public let qr: QRImage
    public let secret: String
    public let sealed: String
    public let action: String
    public let form: Fields

    public init(qr: QRImage, secret: String, sealed: String, action: String, form: Fields) {
        self.qr = qr
        self.secret = secret
        self.sealed = sealed
        self.action = action
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <div class="narrow">
        <h1>\(c.t("twoFactor.enrol.heading"))</h1>
        <p class="lead">\(c.t("twoFactor.enrol.intro"))</p>
        \(setup(c))
        </div>

        """
    }

    /// The steps and the form (the former `partials/authenticator`).
    public func setup(_ c: PageContext) -> HTML {
        """
        <ol class="setup-steps">
          <li>\(c.t("twoFactor.enrol.step1"))</li>
          <li>\(c.t("twoFactor.enrol.step2"))
            <div class="qr-code"><svg xmlns="http://www.w3.org/2000/svg" viewBox="\(qr.viewBox)" width="\(qr.size)" height="\(qr.size)" role="img" aria-label="\(qr.label)" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path d="\(qr.path)" fill="#000"/></svg></div>
            <p>\(c.t("twoFactor.enrol.manual")) <code class="secret" id="authenticator-secret">\(secret)</code></p>
          </li>
          <li>\(c.t("twoFactor.enrol.step3"))</li>
        </ol>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          <input type="hidden" name="enrolment" value="\(sealed)">
          \(c.input(form.code))
          <button type="submit" class="button button-primary">\(c.t("twoFactor.enrol.submit"))</button>
        </form>

        """
    }
}
