/// The user's own authenticator: when it was set up and how many recovery codes are left (with
/// a form for new ones), or — with none yet — setting one up.
public struct AccountSecondFactorView: Page, Sendable {
    public struct Fields: Sendable {
        public let code: FormField

        public init(code: FormField) {
            self.code = code
        }
    }

    public let enrolled: Bool
    public let required: Bool
    public let enrolledOn: String?
    public let codesLeft: String?
    public let enrolment: AuthenticatorSetup?
    public let codesAction: String
    public let form: Fields
    public let backHref: String

    public init(enrolled: Bool, required: Bool, enrolledOn: String?, codesLeft: String?, enrolment: AuthenticatorSetup?,
                codesAction: String, form: Fields, backHref: String) {
        self.enrolled = enrolled
        self.required = required
        self.enrolledOn = enrolledOn
        self.codesLeft = codesLeft
        self.enrolment = enrolment
        self.codesAction = codesAction
        self.form = form
        self.backHref = backHref
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <a class="back-link" href="\(backHref)">\(c.t("twoFactor.account.back"))</a>
        <h1>\(c.t("twoFactor.account.heading"))</h1>

        """
        if enrolled {
            """
            <dl class="summary-list">
              <div><dt>\(c.t("twoFactor.account.status"))</dt><dd>\(c.t("twoFactor.account.enrolledSince")) \(enrolledOn)</dd></div>
              <div><dt>\(c.t("twoFactor.account.codes"))</dt><dd>\(codesLeft)</dd></div>
            </dl>
            <section class="section">
            <h2>\(c.t("twoFactor.account.newCodes.heading"))</h2>
            <p>\(c.t("twoFactor.account.newCodes.intro"))</p>
            <form method="post" action="\(codesAction)" novalidate>
              \(c.csrf)
              \(c.input(form.code))
              <button type="submit" class="button button-primary">\(c.t("twoFactor.account.newCodes.submit"))</button>
            </form>
            </section>
            <p class="muted">\(c.t("twoFactor.account.lost"))</p>

            """
        } else {
            """
            <p class="lead">\(c.t(required ? "twoFactor.account.required" : "twoFactor.account.optional"))</p>
            \(enrolment?.setup(c))

            """
        }
    }
}
