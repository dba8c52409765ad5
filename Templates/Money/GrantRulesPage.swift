/// The municipality's grant rules: caps, camps, income limit, when a grant counts as unclaimed,
/// and whether payments need a second person.
public struct GrantRulesView: Page, Sendable {
    public struct Fields: Sendable {
        public let maxFeePerYear: FormField
        public let maxEquipmentPerYear: FormField
        public let campsCovered: FormField
        public let maxCampPerYear: FormField
        public let maxYears: FormField
        public let incomeLimit: FormField
        public let incomeLimitNote: FormField
        public let unclaimedWeeks: FormField
        public let fourEyesPayments: FormField

        public init(maxFeePerYear: FormField, maxEquipmentPerYear: FormField, campsCovered: FormField, maxCampPerYear: FormField, maxYears: FormField, incomeLimit: FormField, incomeLimitNote: FormField, unclaimedWeeks: FormField, fourEyesPayments: FormField) {
            self.maxFeePerYear = maxFeePerYear
            self.maxEquipmentPerYear = maxEquipmentPerYear
            self.campsCovered = campsCovered
            self.maxCampPerYear = maxCampPerYear
            self.maxYears = maxYears
            self.incomeLimit = incomeLimit
            self.incomeLimitNote = incomeLimitNote
            self.unclaimedWeeks = unclaimedWeeks
            self.fourEyesPayments = fourEyesPayments
        }
    }

    public let action: String
    public let fundingHref: String
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <h1>\(t("grant.rules.heading"))</h1>
        <p class="lead">\(t("grant.rules.intro"))</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.maxFeePerYear))
          \(c.input(form.maxEquipmentPerYear))
          \(c.radios(form.campsCovered))
          \(c.input(form.maxCampPerYear))
          \(c.input(form.maxYears))
          \(c.radios(form.incomeLimit))
          \(c.textarea(form.incomeLimitNote))
          \(c.input(form.unclaimedWeeks))
          \(c.radios(form.fourEyesPayments))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(t("grant.rules.submit"))</button>
            <a class="button-link" href="\(fundingHref)">\(t("funding.title"))</a>
          </div>
        </form>

        """
    }

    public init(action: String, fundingHref: String, form: Fields) {
        self.action = action
        self.fundingHref = fundingHref
        self.form = form
    }
}
