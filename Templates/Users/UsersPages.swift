/// A sign-in lock as listed for the coordinator, with what lifts it.
public struct UserLockRow: Sendable {
    public let userName: String
    public let userHref: String
    public let address: String
    public let until: String
    public let failures: String
    public let formAddress: String

    public init(userName: String, userHref: String, address: String, until: String, failures: String, formAddress: String) {
        self.userName = userName
        self.userHref = userHref
        self.address = address
        self.until = until
        self.failures = failures
        self.formAddress = formAddress
    }
}

/// The municipality's users with their role and status, and the sign-in locks in force.
public struct UsersIndexView: Page, Sendable {
    public struct Row: Sendable {
        public let name: String
        public let email: String
        public let role: String
        public let status: String
        public let statusKind: String
        public let href: String

        public init(name: String, email: String, role: String, status: String, statusKind: String, href: String) {
            self.name = name
            self.email = email
            self.role = role
            self.status = status
            self.statusKind = statusKind
            self.href = href
        }
    }

    public let rows: [Row]
    public let newHref: String
    public let count: String
    public let locks: [UserLockRow]
    public let hasLocks: Bool
    public let signInSettingsHref: String

    public init(rows: [Row], newHref: String, count: String, locks: [UserLockRow], signInSettingsHref: String) {
        self.rows = rows
        self.newHref = newHref
        self.count = count
        self.locks = locks
        hasLocks = !locks.isEmpty
        self.signInSettingsHref = signInSettingsHref
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <div class="page-heading">
          <h1>\(c.t("users.heading"))</h1>
          <a class="button button-primary" href="\(newHref)">\(c.t("users.new.button"))</a>
        </div>
        <p class="lead">\(c.t("users.intro"))</p>
        <p><a href="\(signInSettingsHref)">\(c.t("signIn.settings.link"))</a></p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(c.t("layout.scrollTable"))">
        <table class="table">
          <caption>\(count)</caption>
          <thead>
            <tr>
              <th scope="col">\(c.t("users.name"))</th>
              <th scope="col">\(c.t("users.email"))</th>
              <th scope="col">\(c.t("users.role"))</th>
              <th scope="col">\(c.t("users.status"))</th>
            </tr>
          </thead>
          <tbody>
            \(rows.html(row))
          </tbody>
        </table>
        </div>

        """
        if hasLocks {
            """
            <section class="section">
            <h2>\(c.t("users.locks.heading"))</h2>
            <p>\(c.t("users.locks.intro"))</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(c.t("layout.scrollTable"))">
            <table class="table">
              <caption>\(c.t("users.locks.caption"))</caption>
              <thead><tr><th scope="col">\(c.t("users.name"))</th><th scope="col">\(c.t("users.locks.address"))</th><th scope="col">\(c.t("users.locks.failures"))</th><th scope="col">\(c.t("users.locks.until"))</th></tr></thead>
              <tbody>
                \(locks.html { "<tr><td><a href=\"\($0.userHref)\">\($0.userName)</a></td><td>\($0.address)</td><td>\($0.failures)</td><td>\($0.until)</td></tr>\n" })
              </tbody>
            </table>
            </div>
            </section>

            """
        }
    }

    private func row(_ row: Row) -> HTML {
        """
            <tr>
              <td><a href="\(row.href)">\(row.name)</a></td>
              <td>\(row.email)</td>
              <td>\(row.role)</td>
              <td><span class="badge badge-\(row.statusKind)">\(row.status)</span></td>
            </tr>

        """
    }
}

/// A new user: name, e-mail and role; the activation link goes by e-mail.
public struct UserNewView: Page, Sendable {
    public struct Fields: Sendable {
        public let name: FormField
        public let email: FormField
        public let role: FormField

        public init(name: FormField, email: FormField, role: FormField) {
            self.name = name
            self.email = email
            self.role = role
        }
    }

    public let action: String
    public let cancelHref: String
    public let form: Fields

    public init(action: String, cancelHref: String, form: Fields) {
        self.action = action
        self.cancelHref = cancelHref
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <a class="back-link" href="\(cancelHref)">\(c.t("users.backToList"))</a>
        <h1>\(c.t("users.new.heading"))</h1>
        <p class="lead">\(c.t("users.new.intro"))</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.name))
          \(c.input(form.email))
          \(c.radios(form.role))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(c.t("users.new.submit"))</button>
            <a class="button-link" href="\(cancelHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}
