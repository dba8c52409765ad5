/// Cancelling a grant nobody has claimed, with the reason.
public struct GrantCancelView: Page, Sendable {
    public struct Fields: Sendable {
        public let reason: FormField

        public init(reason: FormField) {
            self.reason = reason
        }
    }

    public let heading: String
    public let childName: String
    public let summary: String
    public let action: String
    public let cancelHref: String
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(cancelHref)">\(t("form.back"))</a>
        <h1>\(heading)</h1>
        <p class="lead">\(childName) · \(summary)</p>
        <div class="alert alert-warning"><p class="alert-heading">\(t("flash.warning"))</p><p class="alert-text">\(t("grant.cancel.warning"))</p></div>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.textarea(form.reason))
          <div class="button-row">
            <button type="submit" class="button button-danger">\(t("grant.cancel.submit"))</button>
            <a class="button-link" href="\(cancelHref)">\(t("form.cancel"))</a>
          </div>
        </form>

        """
    }

    public init(heading: String, childName: String, summary: String, action: String, cancelHref: String, form: Fields) {
        self.heading = heading
        self.childName = childName
        self.summary = summary
        self.action = action
        self.cancelHref = cancelHref
        self.form = form
    }
}
