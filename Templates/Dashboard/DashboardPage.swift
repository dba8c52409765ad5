/// The dashboard page: key figures with the previous period, then one part per theme, each with
/// its charts and the numbers as tables beside them.
public struct DashboardView: Page, Sendable {
    public struct Kpi: Sendable {
        public let label: String
        public let value: String
        public let compare: String

        public init(label: String, value: String, compare: String) {
            self.label = label
            self.value = value
            self.compare = compare
        }
    }

    public let periodLabel: String
    public let previousLabel: String
    /// `from` and `to`.
    public let form: [String: FormField]
    public let action: String
    public let presets: [PageFrame.NavItem]
    public let kpis: [Kpi]
    public let intake: DashboardIntakeView
    public let guidance: DashboardGuidanceView
    public let volunteers: DashboardVolunteersView
    public let clubs: DashboardClubsView
    public let money: DashboardMoneyView
    public let cost: DashboardCostView
    public let progress: DashboardProgressView
    public let reportHref: String
    public let settingsHref: String
    public var warnings: [String]
    public let auditHref: String

    public init(periodLabel: String, previousLabel: String, form: [String: FormField], action: String, presets: [PageFrame.NavItem],
                kpis: [Kpi], intake: DashboardIntakeView, guidance: DashboardGuidanceView, volunteers: DashboardVolunteersView,
                clubs: DashboardClubsView, money: DashboardMoneyView, cost: DashboardCostView, progress: DashboardProgressView,
                reportHref: String, settingsHref: String, warnings: [String], auditHref: String) {
        self.periodLabel = periodLabel
        self.previousLabel = previousLabel
        self.form = form
        self.action = action
        self.presets = presets
        self.kpis = kpis
        self.intake = intake
        self.guidance = guidance
        self.volunteers = volunteers
        self.clubs = clubs
        self.money = money
        self.cost = cost
        self.progress = progress
        self.reportHref = reportHref
        self.settingsHref = settingsHref
        self.warnings = warnings
        self.auditHref = auditHref
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <div class="page-heading">
          <h1>\(t("dashboard.heading"))</h1>
          <a class="button button-secondary" href="\(reportHref)">\(t("dashboard.report"))</a>
        </div>

        """
        for warning in warnings {
            """
            <div class="alert alert-warning"><p class="alert-heading">\(t("flash.warning"))</p><p class="alert-text"><a href="\(auditHref)">\(warning)</a></p></div>

            """
        }
        """
        <section aria-labelledby="period-heading" class="filter-form">
          <h2 id="period-heading" class="small-heading">\(t("dashboard.period")): \(periodLabel) <span class="muted">(\(t("dashboard.comparedWith")) \(previousLabel))</span></h2>
          <ul class="period-presets">\(presets.html { "<li><a href=\"\($0.href)\">\($0.label)</a></li>" })</ul>
          <form method="get" action="\(action)" class="period-form">

        """
        if let from = form["from"] { c.input(from) }
        if let to = form["to"] { c.input(to) }
        """
            <div class="form-group"><button type="submit" class="button button-secondary">\(t("dashboard.period.submit"))</button></div>
          </form>
        </section>

        <dl class="kpis">
          \(kpis.html { "<div class=\"kpi\"><dt>\($0.label)</dt><dd>\($0.value)<span class=\"kpi-compare\">\($0.compare)</span></dd></div>" })
        </dl>

        <nav class="page-contents" aria-labelledby="contents-heading">
          <h2 id="contents-heading" class="small-heading">\(t("dashboard.contents"))</h2>
          <ul>
            <li><a href="#intake-heading">\(t("dashboard.part.intake"))</a></li>
            <li><a href="#guidance-heading">\(t("dashboard.guidance.title"))</a></li>
            <li><a href="#clubs-heading">\(t("dashboard.part.clubs"))</a></li>
            <li><a href="#volunteers-heading">\(t("dashboard.volunteers.title"))</a></li>
            <li><a href="#money-heading">\(t("dashboard.money.title"))</a></li>
            <li><a href="#cost-heading">\(t("dashboard.cost.title"))</a></li>
            <li><a href="#progress-heading">\(t("dashboard.progress.title"))</a></li>
          </ul>
        </nav>

        """
        intake.render(t)
        guidance.render(t)
        clubs.render(t)
        volunteers.render(t)
        money.render(t, settingsHref: settingsHref)
        cost.render(t)
        progress.render(t)
    }
}
