/// The dashboard's assumptions: the hourly rate of staff time and when a grant counts as unclaimed.
public struct DashboardSettingsView: Page, Sendable {
    public struct Fields: Sendable {
        public let hourlyRate: FormField
        public let unclaimedWeeks: FormField

        public init(hourlyRate: FormField, unclaimedWeeks: FormField) {
            self.hourlyRate = hourlyRate
            self.unclaimedWeeks = unclaimedWeeks
        }
    }

    public let action: String
    public let backHref: String
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(backHref)">\(t("dashboard.settings.back"))</a>
        <h1>\(t("dashboard.settings.heading"))</h1>
        <p class="lead">\(t("dashboard.settings.intro"))</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.hourlyRate))
          \(c.input(form.unclaimedWeeks))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(t("dashboard.settings.submit"))</button>
          </div>
        </form>

        """
    }

    public init(action: String, backHref: String, form: Fields) {
        self.action = action
        self.backHref = backHref
        self.form = form
    }
}
