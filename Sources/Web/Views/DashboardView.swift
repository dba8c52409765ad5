import Domain
import Foundation

/// The dashboard page: key figures with the previous period, charts with their numbers as tables.
struct DashboardView {
    struct Kpi {
        let label: String
        let value: String
        let compare: String
    }

    struct TableRow {
        let label: String
        let current: String
        let previous: String
        let low: Bool
    }

    struct ReachRow {
        let district: String
        let children: String
        let estimate: String
        let percent: String
        let low: Bool
    }

    let periodLabel: String
    let previousLabel: String
    let form: [String: FormField]
    let action: String
    let presets: [PageFrame.NavItem]
    let kpis: [Kpi]
    let funnel: Charts.Funnel
    let funnelRows: [TableRow]
    let departments: Charts.BarChart
    let departmentRows: [TableRow]
    let schools: Charts.BarChart
    let schoolRows: [TableRow]
    let hasSchools: Bool
    let reach: [ReachRow]
    let hasReach: Bool
    let estimatesHref: String
    let months: Charts.LineChart
    let monthRows: [TableRow]
    let reportHref: String
    var warnings: [String] = []
    let auditHref = Paths.auditLog.link()

    static func compare(_ figure: Compared, _ t: Texts) -> String {
        let change = figure.changePercent.map { ($0 > 0 ? "+" : "") + "\($0) %" } ?? "–"
        return t("dashboard.compare", String(figure.previous), change)
    }

    static func monthLabel(_ month: String, _ t: Texts) -> String {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let m = Int(parts[1]) else { return month }
        return t("month.short.\(m)")
    }

    static func make(figures: IntakeFigures, period: Period, today: LocalDate, t: Texts, form: FormBuilder) -> DashboardView {
        let previous = period.previous
        let stages: [(String, Compared)] = [(t("dashboard.funnel.referrals"), figures.referrals),
                                            (t("dashboard.funnel.granted"), figures.granted),
                                            (t("dashboard.funnel.redeemed"), figures.redeemed)]
        let departmentItems = figures.byDepartment.map { (label: t("department.\($0.key)"), value: $0.counts.current) }
        let lowestDepartment = departmentItems.filter { $0.label != t("department.family") && $0.label != t("department.other") }
            .map(\.value).min()
        let schoolsSorted = figures.bySchool.sorted { $0.counts.current > $1.counts.current }
        let lowestSchool = schoolsSorted.map(\.counts.current).min()
        let months = figures.referralsPerMonth.map { (label: monthLabel($0.month, t), value: $0.count) }
        let reachLowest = figures.reach.compactMap(\.percent).min()
        return DashboardView(
            periodLabel: t("period.range", period.from.display, period.to.display),
            previousLabel: t("period.range", previous.from.display, previous.to.display),
            form: [
                "from": form.field("from", label: "dashboard.period.from", hint: "form.date.hint", type: "date", width: "s"),
                "to": form.field("to", label: "dashboard.period.to", hint: "form.date.hint", type: "date", width: "s"),
            ],
            action: Paths.dashboard.link(), presets: PeriodQuery.presets(today: today, base: Paths.dashboard.link(), t: t),
            kpis: stages.map { Kpi(label: $0.0, value: String($0.1.current), compare: compare($0.1, t)) }
                + [Kpi(label: t("dashboard.daysToActivity"),
                       value: figures.averageDaysToFirstActivity.map { String(Int($0.rounded())) } ?? "–",
                       compare: t("dashboard.daysToActivity.unit"))],
            funnel: Charts.funnel(id: "funnel", title: t("dashboard.funnel.title"),
                                  description: stages.map { "\($0.0): \($0.1.current)" }.joined(separator: ", "),
                                  stages: stages.map { ($0.0, $0.1.current) }),
            funnelRows: stages.map { TableRow(label: $0.0, current: String($0.1.current), previous: String($0.1.previous), low: false) },
            departments: Charts.bars(id: "departments", title: t("dashboard.departments.title"),
                                     description: departmentItems.map { "\($0.label): \($0.value)" }.joined(separator: ", "),
                                     items: departmentItems, highlightLowest: true),
            departmentRows: figures.byDepartment.map {
                TableRow(label: t("department.\($0.key)"), current: String($0.counts.current), previous: String($0.counts.previous),
                         low: $0.counts.current == lowestDepartment && $0.key != "family" && $0.key != "other")
            },
            schools: Charts.bars(id: "schools", title: t("dashboard.schools.title"),
                                 description: schoolsSorted.map { "\($0.key): \($0.counts.current)" }.joined(separator: ", "),
                                 items: schoolsSorted.map { ($0.key, $0.counts.current) }, highlightLowest: true),
            schoolRows: schoolsSorted.map {
                TableRow(label: $0.key, current: String($0.counts.current), previous: String($0.counts.previous),
                         low: $0.counts.current == lowestSchool)
            },
            hasSchools: !schoolsSorted.isEmpty,
            reach: figures.reach.map {
                ReachRow(district: $0.district, children: String($0.children), estimate: $0.estimate.map(String.init) ?? "–",
                         percent: $0.percent.map { "\($0) %" } ?? "–", low: $0.percent != nil && $0.percent == reachLowest)
            },
            hasReach: !figures.reach.isEmpty, estimatesHref: Paths.dashboardEstimates.link(),
            months: Charts.line(id: "months", title: t("dashboard.months.title"),
                                description: months.map { "\($0.label): \($0.value)" }.joined(separator: ", "), items: months),
            monthRows: figures.referralsPerMonth.map { TableRow(label: $0.month, current: String($0.count), previous: "", low: false) },
            reportHref: Paths.statusReport.link() + "?from=\(period.from.iso)&to=\(period.to.iso)")
    }
}
