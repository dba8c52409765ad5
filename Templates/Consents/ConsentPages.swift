/// Recording a guardian's consent for a child.
public struct ConsentFormView: Page, Sendable {
    public struct Fields: Sendable {
        public let givenBy: FormField
        public let givenOn: FormField
        public let method: FormField
        public let covers: FormField
        public let expiresOn: FormField

        public init(givenBy: FormField, givenOn: FormField, method: FormField, covers: FormField, expiresOn: FormField) {
            self.givenBy = givenBy
            self.givenOn = givenOn
            self.method = method
            self.covers = covers
            self.expiresOn = expiresOn
        }
    }

    public let childName: String
    public let action: String
    public let cancelHref: String
    public let form: Fields

    public init(childName: String, action: String, cancelHref: String, form: Fields) {
        self.childName = childName
        self.action = action
        self.cancelHref = cancelHref
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <a class="back-link" href="\(cancelHref)">\(c.t("form.back"))</a>
        <h1>\(c.t("consent.new.heading"))</h1>
        <p class="lead">\(c.t("consent.new.intro")) <strong>\(childName)</strong>.</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.givenBy))
          \(c.input(form.givenOn))
          \(c.radios(form.method))
          \(c.checkboxes(form.covers))
          \(c.input(form.expiresOn))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(c.t("consent.new.submit"))</button>
            <a class="button-link" href="\(cancelHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}

/// Withdrawing a consent: the date and, optionally, why.
public struct ConsentWithdrawalView: Page, Sendable {
    public struct Fields: Sendable {
        public let withdrawnOn: FormField
        public let reason: FormField

        public init(withdrawnOn: FormField, reason: FormField) {
            self.withdrawnOn = withdrawnOn
            self.reason = reason
        }
    }

    public let childName: String
    public let action: String
    public let cancelHref: String
    public let form: Fields

    public init(childName: String, action: String, cancelHref: String, form: Fields) {
        self.childName = childName
        self.action = action
        self.cancelHref = cancelHref
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <a class="back-link" href="\(cancelHref)">\(c.t("form.back"))</a>
        <h1>\(c.t("consent.withdraw.heading"))</h1>
        <p class="lead">\(c.t("consent.withdraw.intro")) <strong>\(childName)</strong>.</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.withdrawnOn))
          \(c.textarea(form.reason))
          <div class="button-row">
            <button type="submit" class="button button-danger">\(c.t("consent.withdraw.submit"))</button>
            <a class="button-link" href="\(cancelHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}
