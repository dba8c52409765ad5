/// Registering a family's access request for one child.
public struct AccessRequestNewView: Page, Sendable {
    public struct Fields: Sendable {
        public let requestedBy: FormField
        public let receivedOn: FormField
        public let note: FormField

        public init(requestedBy: FormField, receivedOn: FormField, note: FormField) {
            self.requestedBy = requestedBy
            self.receivedOn = receivedOn
            self.note = note
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
        <h1>\(c.t("access.new.heading"))</h1>
        <p class="lead">\(c.t("access.new.intro")) <strong>\(childName)</strong>.</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.requestedBy))
          \(c.input(form.receivedOn))
          \(c.textarea(form.note))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(c.t("access.new.submit"))</button>
            <a class="button-link" href="\(cancelHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}
