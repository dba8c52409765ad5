import Domain
import Foundation

/// The dashboard's first part: the funnel from referral to active after six months, referrals
/// per month, who refers and reach per school district.
struct DashboardIntakeView {
    struct ReachRow {
        let district: String
        let children: String
        let previous: String
        let estimate: String
        let percent: String
        let low: Bool
    }

    let funnel: Charts.Funnel
    let funnelTable: FigureTable
    let months: Charts.LineChart
    let monthTable: FigureTable
    /// Over more than a year the month table starts folded; a year's twelve rows show openly.
    let longMonths: Bool
    let departments: Charts.BarChart
    let departmentTable: FigureTable
    let schools: Charts.BarChart
    let schoolTable: FigureTable
    let hasSchools: Bool
    let reach: [ReachRow]
    let hasReach: Bool
    let estimatesHref: String

    /// "jan", or "jan 25" when the line spans more than a year.
    static func monthLabel(_ month: String, _ t: Texts, withYear: Bool = false) -> String {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let m = Int(parts[1]) else { return month }
        return t("month.short.\(m)") + (withYear ? " " + parts[0].suffix(2) : "")
    }

    /// The funnel's stages with their labels, in order.
    static func stages(_ figures: DashboardFigures, _ t: Texts) -> [(label: String, figure: Compared)] {
        figures.funnel.map { (t("dashboard.funnel.\($0.key)"), $0.figure) }
    }

    static func make(_ figures: DashboardFigures, t: Texts) -> DashboardIntakeView {
        let intake = figures.intake
        let stages = stages(figures, t)
        let departments = intake.byDepartment.map { (key: $0.key, label: t("department.\($0.key)"), counts: $0.counts) }
        // Families and "other" are not departments anyone can inform better, so never "lowest".
        let lowestDepartment = departments.filter { $0.key != "family" && $0.key != "other" }.map(\.counts.current).min()
        let schools = intake.bySchool.sorted { $0.counts.current > $1.counts.current }
        let lowestSchool = schools.map(\.counts.current).min()
        let longSpan = intake.referralsPerMonth.count > 12
        let months = intake.referralsPerMonth.map { (label: monthLabel($0.month, t, withYear: longSpan), value: $0.count) }
        let reachLowest = intake.reach.compactMap(\.percent).min()
        return DashboardIntakeView(
            funnel: Charts.funnel(id: "funnel", title: t("dashboard.funnel.title"),
                                  description: stages.map { "\($0.label): \($0.figure.current)" }.joined(separator: ", "),
                                  stages: stages.map { ($0.label, $0.figure.current) }),
            funnelTable: FigureTable(caption: t("dashboard.funnel.title"), labelHeading: t("dashboard.column.stage"),
                                     rows: stages.map { FigureTable.Row.count($0.label, $0.figure) }, t: t),
            months: Charts.line(id: "months", title: t("dashboard.months.title"),
                                description: months.map { "\($0.label): \($0.value)" }.joined(separator: ", "), items: months),
            monthTable: FigureTable(caption: t("dashboard.months.title"), labelHeading: t("dashboard.column.month"),
                                    rows: intake.referralsPerMonth.map {
                                        FigureTable.Row(monthLabel($0.month, t) + " " + $0.month.prefix(4), String($0.count))
                                    }, t: t,
                                    previous: false, currentHeading: t("dashboard.column.referrals")),
            longMonths: longSpan,
            departments: Charts.bars(id: "departments", title: t("dashboard.departments.title"),
                                     items: departments.map { ($0.label, $0.counts.current) }, highlightLowest: true, suppressSmall: true),
            departmentTable: FigureTable(caption: t("dashboard.departments.title"), labelHeading: t("referral.department"), rows: departments.map {
                FigureTable.Row.children($0.label, $0.counts, low: $0.counts.current == lowestDepartment && $0.key != "family" && $0.key != "other")
            }, t: t),
            schools: Charts.bars(id: "schools", title: t("dashboard.schools.title"), items: schools.map { ($0.key, $0.counts.current) },
                                 highlightLowest: true, suppressSmall: true),
            schoolTable: FigureTable(caption: t("dashboard.schools.title"), labelHeading: t("child.school"), rows: schools.map {
                FigureTable.Row.children($0.key, $0.counts, low: $0.counts.current == lowestSchool)
            }, t: t),
            hasSchools: !schools.isEmpty,
            reach: intake.reach.map {
                ReachRow(district: $0.district, children: SmallGroups.display($0.children),
                         previous: SmallGroups.display($0.previousChildren), estimate: $0.estimate.map(String.init) ?? "–",
                         percent: $0.percent.map { "\($0) %" } ?? "–", low: $0.percent != nil && $0.percent == reachLowest)
            },
            hasReach: !intake.reach.isEmpty, estimatesHref: Paths.dashboardEstimates.link())
    }
}
