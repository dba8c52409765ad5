/// The sign-in page: e-mail and password, the way back after a forgotten password, and the
/// municipalities' own sign-in (single sign-on) where they have one.
public struct LoginView: Page, Sendable {
    public struct SingleSignOnLink: Sendable {
        public let href: String
        public let label: String

        public init(href: String, label: String) {
            self.href = href
            self.label = label
        }
    }

    public struct Fields: Sendable {
        public let email: FormField
        public let password: FormField

        public init(email: FormField, password: FormField) {
            self.email = email
            self.password = password
        }
    }

    public let form: Fields
    public let notice: String?
    public let noticeKind: String?
    public let noticeHeading: String?
    public let action: String
    public let resetHref: String
    public let singleSignOn: [SingleSignOnLink]
    public let hasSingleSignOn: Bool

    public init(form: Fields, notice: String?, noticeKind: String?, noticeHeading: String?, action: String,
                resetHref: String, singleSignOn: [SingleSignOnLink]) {
        self.form = form
        self.notice = notice
        self.noticeKind = noticeKind
        self.noticeHeading = noticeHeading
        self.action = action
        self.resetHref = resetHref
        self.singleSignOn = singleSignOn
        hasSingleSignOn = !singleSignOn.isEmpty
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <div class="narrow">
        <h1>\(c.t("login.heading"))</h1>
        <p class="lead">\(c.t("login.intro"))</p>

        """
        if let notice {
            """
            <div class="alert alert-\(noticeKind)" role="status">
              <p class="alert-heading">\(noticeHeading)</p>
              <p class="alert-text">\(notice)</p>
            </div>

            """
        }
        """
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.email))
          \(c.input(form.password))
          <button type="submit" class="button button-primary">\(c.t("login.submit"))</button>
        </form>
        <p><a href="\(resetHref)">\(c.t("login.forgot"))</a></p>

        """
        if hasSingleSignOn {
            """
            <section class="section" aria-labelledby="sso-heading">
            <h2 id="sso-heading">\(c.t("login.sso.heading"))</h2>
            <ul class="link-list">
              \(singleSignOn.html { "<li><a class=\"button button-secondary\" href=\"\($0.href)\">\($0.label)</a></li>" })
            </ul>
            </section>

            """
        }
        """
        <p class="muted">\(c.t("login.help"))</p>
        </div>

        """
    }
}
