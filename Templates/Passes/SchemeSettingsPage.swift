/// The scheme's settings: the ages it covers and the pass period (a year, or a season).
public struct SchemeSettingsView: Page, Sendable {
    public struct Fields: Sendable {
        public let minimumAge: FormField
        public let maximumAge: FormField
        public let useSeason: FormField
        public let seasonStart: FormField
        public let seasonEnd: FormField

        public init(minimumAge: FormField, maximumAge: FormField, useSeason: FormField, seasonStart: FormField, seasonEnd: FormField) {
            self.minimumAge = minimumAge
            self.maximumAge = maximumAge
            self.useSeason = useSeason
            self.seasonStart = seasonStart
            self.seasonEnd = seasonEnd
        }
    }

    public let action: String
    public let form: Fields
    public let example: String

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <h1>\(t("settings.heading"))</h1>
        <p class="lead">\(t("settings.intro"))</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          <h2>\(t("settings.ageHeading"))</h2>
          \(c.input(form.minimumAge))
          \(c.input(form.maximumAge))
          <h2>\(t("settings.periodHeading"))</h2>
          \(c.radios(form.useSeason))
          \(c.input(form.seasonStart))
          \(c.input(form.seasonEnd))
          <p class="muted">\(example)</p>
          <button type="submit" class="button button-primary">\(t("settings.submit"))</button>
        </form>

        """
    }

    public init(action: String, form: Fields, example: String) {
        self.action = action
        self.form = form
        self.example = example
    }
}
