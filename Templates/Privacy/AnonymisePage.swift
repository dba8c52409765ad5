/// Anonymising one child on request (right to erasure): a reason and an explicit yes.
public struct AnonymiseView: Page, Sendable {
    public struct Fields: Sendable {
        public let reason: FormField
        public let confirm: FormField

        public init(reason: FormField, confirm: FormField) {
            self.reason = reason
            self.confirm = confirm
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
        <h1>\(c.t("anonymise.heading"))</h1>
        <div class="alert alert-warning">
          <p class="alert-heading">\(c.t("flash.warning"))</p>
          <p class="alert-text">\(c.t("anonymise.warning")) <strong>\(childName)</strong></p>
        </div>
        <p>\(c.t("anonymise.what"))</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.textarea(form.reason))
          \(c.checkbox(form.confirm))
          <div class="button-row">
            <button type="submit" class="button button-danger">\(c.t("anonymise.submit"))</button>
            <a class="button-link" href="\(cancelHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}
