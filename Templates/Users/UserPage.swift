/// One user: details, name and role, and what the coordinator can do about their access
/// (locks, password, second factor, single sign-on id, deactivation).
public struct UserShowView: Page, Sendable {
    public struct Fields: Sendable {
        public let name: FormField
        public let role: FormField

        public init(name: FormField, role: FormField) {
            self.name = name
            self.role = role
        }
    }

    /// The user's second factor and single sign-on id, with what the coordinator can do about them.
    public struct SignInPanel: Sendable {
        public let secondFactor: String
        /// Resetting the second factor; nil when there is none to reset (or it is the coordinator's own).
        public let secondFactorResetAction: String?
        public let subjectAction: String?
        public let subject: FormField?

        public init(secondFactor: String, secondFactorResetAction: String?, subjectAction: String?, subject: FormField?) {
            self.secondFactor = secondFactor
            self.secondFactorResetAction = secondFactorResetAction
            self.subjectAction = subjectAction
            self.subject = subject
        }
    }

    public let name: String
    public let email: String
    public let role: String
    public let status: String
    public let statusKind: String
    public let lastSignIn: String
    public let isSelf: Bool
    public let isActive: Bool
    public let isLocked: Bool
    public let awaitingActivation: Bool
    public let updateAction: String
    public let activeAction: String
    public let resetAction: String
    public let unlockAction: String
    public let locks: [UserLockRow]
    public let backHref: String
    public let form: Fields
    public let signIn: SignInPanel?

    public init(name: String, email: String, role: String, status: String, statusKind: String, lastSignIn: String, isSelf: Bool,
                isActive: Bool, isLocked: Bool, awaitingActivation: Bool, updateAction: String, activeAction: String,
                resetAction: String, unlockAction: String, locks: [UserLockRow], backHref: String, form: Fields, signIn: SignInPanel?) {
        self.name = name
        self.email = email
        self.role = role
        self.status = status
        self.statusKind = statusKind
        self.lastSignIn = lastSignIn
        self.isSelf = isSelf
        self.isActive = isActive
        self.isLocked = isLocked
        self.awaitingActivation = awaitingActivation
        self.updateAction = updateAction
        self.activeAction = activeAction
        self.resetAction = resetAction
        self.unlockAction = unlockAction
        self.locks = locks
        self.backHref = backHref
        self.form = form
        self.signIn = signIn
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <a class="back-link" href="\(backHref)">\(c.t("users.backToList"))</a>
        <h1>\(name)</h1>
        <dl class="summary-list">
          <div><dt>\(c.t("users.email"))</dt><dd>\(email)</dd></div>
          <div><dt>\(c.t("users.role"))</dt><dd>\(role)</dd></div>
          <div><dt>\(c.t("users.status"))</dt><dd><span class="badge badge-\(statusKind)">\(status)</span></dd></div>
          <div><dt>\(c.t("users.lastSignIn"))</dt><dd>\(lastSignIn)</dd></div>
        </dl>

        <section class="section">
        <h2>\(c.t("users.edit.heading"))</h2>
        <form method="post" action="\(updateAction)" novalidate>
          \(c.csrf)
          \(c.input(form.name))
          \(c.radios(form.role))
          <button type="submit" class="button button-primary">\(c.t("users.edit.submit"))</button>
        </form>
        </section>

        <section class="section">
        <h2>\(c.t("users.access.heading"))</h2>

        """
        if isLocked {
            """
            <div class="action-block">
              <p>\(c.t("users.access.lockedText"))</p>
              <div class="table-wrap" tabindex="0" role="region" aria-label="\(c.t("layout.scrollTable"))">
              <table class="table">
                <caption>\(c.t("users.locks.caption"))</caption>
                <thead><tr><th scope="col">\(c.t("users.locks.address"))</th><th scope="col">\(c.t("users.locks.failures"))</th><th scope="col">\(c.t("users.locks.until"))</th><th scope="col"><span class="sr-only">\(c.t("users.locks.action"))</span></th></tr></thead>
                <tbody>
                  \(locks.html { lock(c, $0) })
                </tbody>
              </table>
              </div>
            </div>

            """
        }
        """
        <div class="action-block">
          <p>\(awaitingActivation ? c.t("users.access.pendingText") : c.t("users.access.resetText"))</p>
          <form method="post" action="\(resetAction)">\(c.csrf)
            <button type="submit" class="button button-secondary">\(awaitingActivation ? c.t("users.access.newLink") : c.t("users.access.reset"))</button>
          </form>
        </div>

        """
        if let signIn { panel(c, signIn) }
        if !isSelf {
            if isActive {
                """
                <div class="action-block">
                  <p>\(c.t("users.access.deactivateText"))</p>
                  <form method="post" action="\(activeAction)">\(c.csrf)
                    <input type="hidden" name="active" value="false">
                    <button type="submit" class="button button-danger">\(c.t("users.access.deactivate"))</button>
                  </form>
                </div>

                """
            } else {
                """
                <div class="action-block">
                  <p>\(c.t("users.access.reactivateText"))</p>
                  <form method="post" action="\(activeAction)">\(c.csrf)
                    <input type="hidden" name="active" value="true">
                    <button type="submit" class="button button-secondary">\(c.t("users.access.reactivate"))</button>
                  </form>
                </div>

                """
            }
        }
        "</section>\n"
    }

    private func lock(_ c: PageContext, _ lock: UserLockRow) -> HTML {
        """
              <tr><td>\(lock.address)</td><td>\(lock.failures)</td><td>\(lock.until)</td>
                <td><form method="post" action="\(unlockAction)">\(c.csrf)<input type="hidden" name="address" value="\(lock.formAddress)">
                  <button type="submit" class="button button-secondary">\(c.t("users.access.unlock"))</button></form></td></tr>

        """
    }

    @Markup private func panel(_ c: PageContext, _ panel: SignInPanel) -> HTML {
        """
        <div class="action-block" id="sign-in">
          <p>\(c.t("users.twoFactor.label")): \(panel.secondFactor)</p>

        """
        if let action = panel.secondFactorResetAction {
            """
              <p>\(c.t("users.twoFactor.resetText"))</p>
              <form method="post" action="\(action)">\(c.csrf)
                <button type="submit" class="button button-secondary">\(c.t("users.twoFactor.reset"))</button>
              </form>

            """
        }
        if let action = panel.subjectAction {
            """
              <form method="post" action="\(action)" novalidate>\(c.csrf)
                \(panel.subject.map { c.input($0) })
                <button type="submit" class="button button-secondary">\(c.t("users.sso.save"))</button>
              </form>

            """
        }
        "</div>\n"
    }
}
