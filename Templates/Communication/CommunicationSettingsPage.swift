/// Which messages families are sent, and the contact and appeal texts every letter carries.
public struct CommunicationSettingsView: Page, Sendable {
    public struct Fields: Sendable {
        public let kinds: FormField
        public let contact: FormField
        public let appealGuidance: FormField

        public init(kinds: FormField, contact: FormField, appealGuidance: FormField) {
            self.kinds = kinds
            self.contact = contact
            self.appealGuidance = appealGuidance
        }
    }

    public let action: String
    public let outboxHref: String
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(outboxHref)">\(t("communication.back"))</a>
        <h1>\(t("communication.heading"))</h1>
        <p class="lead">\(t("communication.intro"))</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.checkboxes(form.kinds))
          \(c.textarea(form.contact))
          \(c.textarea(form.appealGuidance))
          <button type="submit" class="button button-primary">\(t("communication.save"))</button>
        </form>

        """
    }

    public init(action: String, outboxHref: String, form: Fields) {
        self.action = action
        self.outboxHref = outboxHref
        self.form = form
    }
}
