import Domain
import Foundation

/// The dashboard's first part: the funnel of one group of children, referrals per month, who
/// refers and reach per school district. Every count comes from `PublishedFigures`.
extension DashboardIntakeView {
    /// "jan 2026": every month in a table carries its year.
    static func monthLabel(_ month: String, _ t: Texts) -> String {
        let parts = month.split(separator: "-")
        guard parts.count == 2 else { return month }
        return shortMonth(month, t) + " " + parts[0]
    }

    /// "jan": the chart writes the year on a line of its own.
    static func shortMonth(_ month: String, _ t: Texts) -> String {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let m = Int(parts[1]) else { return month }
        return t("month.short.\(m)")
    }

    /// The events of the period (the report's "Fritidspas" section and the key figures).
    static let eventKeys: [(key: PublishedFigures.Key, label: String)] = [
        (.referrals, "dashboard.funnel.referrals"), (.granted, "dashboard.funnel.granted"), (.redeemed, "dashboard.funnel.redeemed"),
        (.activeAfterSixMonths, "dashboard.funnel.activeAfterSixMonths"),
    ]

    /// The funnel's stages: one group of children (referred in the period) step by step.
    static func cohortStages(_ t: Texts) -> [(key: PublishedFigures.Key, label: String)] {
        Cohort.Stage.allCases.map { (.cohort($0), t("dashboard.cohort.\($0.rawValue)")) }
    }

    /// Departments that can be told to refer more: families and "other" cannot, so never "fewest".
    static let rankedDepartments = Department.allCases.filter { $0 != .family && $0 != .other }

    static func make(_ p: PublishedFigures, period: Period, today: LocalDate, t: Texts) -> DashboardIntakeView {
        let intake = p.figures.intake
        let stages = cohortStages(t)
        let departments = intake.byDepartment.compactMap { group in Department(rawValue: group.key) }
        let lowDepartments = p.fewest(rankedDepartments.map { .department($0) })
        // Most referrals first; hidden counts last, by name, so their order says nothing of their size.
        let schoolOrder = intake.bySchool.indices.sorted {
            let (a, b) = (p.count(.school($0)).value ?? -1, p.count(.school($1)).value ?? -1)
            return a != b ? a > b : intake.bySchool[$0].key.localizedCompare(intake.bySchool[$1].key) == .orderedAscending
        }
        let lowSchools = p.fewest(schoolOrder.map { .school($0) })
        let withoutSchool = p.count(.withoutSchool)
        let schoolRows: [(key: PublishedFigures.Key, label: String)] = schoolOrder.map { (.school($0), intake.bySchool[$0].key) }
            + (withoutSchool == .value(0) && p.count(.withoutSchool, .previous) == .value(0) ? [] : [(.withoutSchool, t("dashboard.schools.none"))])
        let months = intake.referralsPerMonth.enumerated().map { (label: monthLabel($0.element.month, t), value: p.count(.month($0.offset))) }
        // The chart writes the month, and the year under it where it begins or changes.
        let chartMonths = intake.referralsPerMonth.enumerated().map { (label: shortMonth($0.element.month, t), value: months[$0.offset].value) }
        let running = IntakeFigures.lastMonthRunning(of: period, today: today)
        let percents = intake.reach.indices.map { reachPercent(p, $0, t: t) }
        let reachLow = lowestShare(percents)
        return DashboardIntakeView(
            funnel: Charts.funnel(id: "funnel", title: t("dashboard.funnel.title"), stages: stages.map { ($0.label, p.count($0.key)) }, t: t),
            funnelTable: FigureTable(caption: t("dashboard.funnel.title"), labelHeading: t("dashboard.column.stage"),
                                     rows: stages.map { FigureTable.Row($0.label, p, $0.key, t: t) }, t: t),
            months: Charts.line(id: "months", title: t("dashboard.months.title"), items: chartMonths,
                                years: intake.referralsPerMonth.map { String($0.month.prefix(4)) }, lastRunning: running, t: t),
            monthTable: FigureTable(caption: t("dashboard.months.title"), labelHeading: t("dashboard.column.month"),
                                    rows: months.enumerated().map { index, month in
                                        let label = running && index == months.count - 1 ? t("dashboard.months.running", month.label) : month.label
                                        return FigureTable.Row(label, .count(month.value), t: t)
                                    }, t: t,
                                    previous: false, currentHeading: t("dashboard.column.referrals")),
            longMonths: months.count > 12,
            departments: Charts.bars(id: "departments", title: t("dashboard.departments.title"),
                                     items: departments.map { (t("department.\($0.rawValue)"), p.count(.department($0))) },
                                     highlight: Set(departments.indices.filter { lowDepartments.contains(.department(departments[$0])) }), t: t),
            departmentTable: FigureTable(caption: t("dashboard.departments.title"), labelHeading: t("referral.department"), rows: departments.map {
                FigureTable.Row(t("department.\($0.rawValue)"), p, .department($0), low: lowDepartments.contains(.department($0)), t: t)
            }, t: t),
            schools: Charts.bars(id: "schools", title: t("dashboard.schools.title"), items: schoolRows.map { ($0.label, p.count($0.key)) },
                                 highlight: Set(schoolRows.indices.filter { lowSchools.contains(schoolRows[$0].key) }), t: t),
            schoolTable: FigureTable(caption: t("dashboard.schools.title"), labelHeading: t("child.school"), rows: schoolRows.map {
                FigureTable.Row($0.label, p, $0.key, low: lowSchools.contains($0.key), t: t)
            }, t: t),
            hasSchools: !intake.bySchool.isEmpty,
            reach: intake.reach.enumerated().map { index, reach in
                let children = p.pair(.reach(index))
                return ReachRow(district: reach.district, children: FigureValue.count(children.current).display(t),
                                previous: FigureValue.count(children.previous).display(t), estimate: reach.estimate.map(String.init) ?? "–",
                                percent: percents[index].display(t), low: reachLow.contains(index))
            },
            hasReach: !intake.reach.isEmpty, estimatesHref: Paths.dashboardEstimates.link())
    }

    /// Children reached in a district as a share of the estimate: hidden with the count.
    static func reachPercent(_ p: PublishedFigures, _ index: Int, t: Texts) -> FigureValue {
        guard let percent = p.figures.intake.reach[index].percent else { return .missing }
        return .percent(p.derived(from: [(.reach(index), .current)]) { percent })
    }

    /// The districts certainly reached least: the lowest shown share, unless a hidden share
    /// could be lower (only a real 0 % is certainly lowest then).
    static func lowestShare(_ percents: [FigureValue]) -> Set<Int> {
        var shown: [(Int, Int)] = []
        var anyHidden = false
        for (index, value) in percents.enumerated() {
            guard case .percent(let share) = value else { continue }
            if let percent = share.value { shown.append((index, percent)) } else { anyHidden = true }
        }
        guard let lowest = shown.map(\.1).min(), !anyHidden || lowest == 0 else { return [] }
        return Set(shown.filter { $0.1 == lowest }.map(\.0))
    }
}
