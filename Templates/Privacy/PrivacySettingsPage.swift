/// The municipality's retention settings: how long children's records and the audit log are kept.
public struct PrivacySettingsView: Page, Sendable {
    public struct Fields: Sendable {
        public let retentionYears: FormField
        public let auditRetentionMonths: FormField

        public init(retentionYears: FormField, auditRetentionMonths: FormField) {
            self.retentionYears = retentionYears
            self.auditRetentionMonths = auditRetentionMonths
        }
    }

    public let action: String
    public let form: Fields

    public init(action: String, form: Fields) {
        self.action = action
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <a class="back-link" href="/privacy/records">\(c.t("records.back"))</a>
        <h1>\(c.t("privacy.settings.heading"))</h1>
        <p class="lead">\(c.t("privacy.settings.intro"))</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.retentionYears))
          \(c.input(form.auditRetentionMonths))
          <button type="submit" class="button button-primary">\(c.t("privacy.settings.submit"))</button>
        </form>

        """
    }
}
