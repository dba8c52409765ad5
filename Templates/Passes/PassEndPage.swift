/// Ending a child's pass early, with the date and the reason.
public struct PassEndView: Page, Sendable {
    public struct Fields: Sendable {
        public let endedOn: FormField
        public let reason: FormField

        public init(endedOn: FormField, reason: FormField) {
            self.endedOn = endedOn
            self.reason = reason
        }
    }

    public let childName: String
    public let period: String
    public let action: String
    public let cancelHref: String
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(cancelHref)">\(t("form.back"))</a>
        <h1>\(t("pass.end.heading"))</h1>
        <p class="lead">\(childName) · \(period)</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.endedOn))
          \(c.textarea(form.reason))
          <div class="button-row">
            <button type="submit" class="button button-danger">\(t("pass.end.submit"))</button>
            <a class="button-link" href="\(cancelHref)">\(t("form.cancel"))</a>
          </div>
        </form>

        """
    }

    public init(childName: String, period: String, action: String, cancelHref: String, form: Fields) {
        self.childName = childName
        self.period = period
        self.action = action
        self.cancelHref = cancelHref
        self.form = form
    }
}
