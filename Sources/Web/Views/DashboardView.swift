import Domain
import Foundation

/// The dashboard page: key figures with the previous period, then one part per theme, each with
/// its charts and the numbers as tables beside them.
struct DashboardView {
    struct Kpi {
        let label: String
        let value: String
        let compare: String
    }

    let periodLabel: String
    let previousLabel: String
    let form: [String: FormField]
    let action: String
    let presets: [PageFrame.NavItem]
    let kpis: [Kpi]
    let intake: DashboardIntakeView
    let guidance: DashboardGuidanceView
    let volunteers: DashboardVolunteersView
    let clubs: DashboardClubsView
    let money: DashboardMoneyView
    let cost: DashboardCostView
    let progress: DashboardProgressView
    let reportHref: String
    let settingsHref: String
    var warnings: [String] = []
    let auditHref = Paths.auditLog.link()

    static func compare(_ figure: Compared, _ t: Texts) -> String {
        let change = figure.changePercent.map { ($0 > 0 ? "+" : "") + "\($0) %" } ?? "–"
        return t("dashboard.compare", String(figure.previous), change)
    }

    static func kpis(_ figures: DashboardFigures, t: Texts) -> [Kpi] {
        let stages = DashboardIntakeView.stages(figures, t).map { Kpi(label: $0.label, value: String($0.figure.current), compare: compare($0.figure, t)) }
        let days = Kpi(label: t("dashboard.daysToActivity"),
                       value: figures.intake.averageDaysToFirstActivity.map { String(Int($0.rounded())) } ?? "–",
                       compare: figures.intake.previousAverageDaysToFirstActivity.map {
                           t("dashboard.daysToActivity.previous", String(Int($0.rounded()))) } ?? t("dashboard.daysToActivity.unit"))
        let cost = figures.cost
        let perChild = cost.hourlyRate.flatMap { cost.current.perChild(cost.current.startedActivity, rate: $0) }
        let costKpi = Kpi(label: t("dashboard.cost.perStarted"), value: perChild?.displayKroner ?? "–",
                          compare: cost.hourlyRate == nil ? t("dashboard.cost.noRate.short") : t("dashboard.cost.kpi"))
        return stages + [days, costKpi]
    }

    static func make(figures: DashboardFigures, checklist: Checklist, period: Period, today: LocalDate, t: Texts,
                     form: FormBuilder) -> DashboardView {
        let range = "?from=\(period.from.iso)&to=\(period.to.iso)"
        return DashboardView(
            periodLabel: t("period.range", period.from.display, period.to.display),
            previousLabel: t("period.range", period.previous.from.display, period.previous.to.display),
            form: [
                "from": form.field("from", label: "dashboard.period.from", hint: "form.date.hint", type: "date", width: "s"),
                "to": form.field("to", label: "dashboard.period.to", hint: "form.date.hint", type: "date", width: "s"),
            ],
            action: Paths.dashboard.link(), presets: PeriodQuery.presets(today: today, base: Paths.dashboard.link(), t: t),
            kpis: kpis(figures, t: t), intake: .make(figures, t: t), guidance: .make(figures, t: t), volunteers: .make(figures, t: t),
            clubs: .make(figures, t: t), money: .make(figures, t: t), cost: .make(figures, t: t),
            progress: .make(figures, checklist: checklist, t: t),
            reportHref: Paths.statusReport.link() + range, settingsHref: Paths.dashboardSettings.link())
    }
}
