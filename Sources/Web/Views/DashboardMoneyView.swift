import Domain
import Foundation
import Mustache

/// Children per association and per kind of activity, and associations with free places.
struct DashboardClubsView {
    let associations: Charts.BarChart
    let associationTable: FigureTable
    let categories: Charts.BarChart
    let categoryTable: FigureTable
    let hasChildren: Bool
    let freePlaces: FigureTable
    let hasFreePlaces: Bool

    static func make(_ figures: DashboardFigures, t: Texts) -> DashboardClubsView {
        let a = figures.associations
        let categories = a.byCategory.map { (label: t("activity.category.\($0.key)"), counts: $0.counts) }
        return DashboardClubsView(
            associations: Charts.bars(id: "associations", title: t("dashboard.clubs.associations"),
                                      items: a.byAssociation.map { ($0.key, $0.counts.current) }, suppressSmall: true),
            associationTable: FigureTable(caption: t("dashboard.clubs.associations"), labelHeading: t("dashboard.clubs.association"),
                                          rows: a.byAssociation.map { .children($0.key, $0.counts) }, t: t),
            categories: Charts.bars(id: "categories", title: t("dashboard.clubs.categories"),
                                    items: categories.map { ($0.label, $0.counts.current) }, suppressSmall: true),
            categoryTable: FigureTable(caption: t("dashboard.clubs.categories"), labelHeading: t("dashboard.clubs.category"),
                                       rows: categories.map { .children($0.label, $0.counts) }, t: t),
            hasChildren: !a.byAssociation.isEmpty,
            freePlaces: FigureTable(caption: t("dashboard.clubs.freePlaces"), labelHeading: t("dashboard.clubs.association"),
                                    rows: a.freePlaces.map { FigureTable.Row($0.label, String($0.count)) }, t: t, previous: false,
                                    currentHeading: t("dashboard.clubs.places")),
            hasFreePlaces: !a.freePlaces.isEmpty)
    }
}

/// Budgets per funding source, money paid and grants nobody has claimed.
struct DashboardMoneyView {
    struct FundingRow: MustacheParent {
        let source, year, budget, granted, claimed, paid, remaining: String
        let overspent: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "source": source
            case "year": year
            case "budget": budget
            case "granted": granted
            case "claimed": claimed
            case "paid": paid
            case "remaining": remaining
            case "overspent": overspent
            default: nil
            }
        }
    }

    let intro: String
    let funding: [FundingRow]
    let hasFunding: Bool
    let total: FundingRow
    let paid: FigureTable
    let unclaimed: String
    let unclaimedHref: String
    let budgetHref: String

    static func make(_ figures: DashboardFigures, t: Texts) -> DashboardMoneyView {
        let m = figures.money
        let years = m.budgetYears.map(String.init).joined(separator: ", ")
        let total = m.total
        return DashboardMoneyView(
            intro: t(m.budgetYears.count == 1 ? "dashboard.money.intro" : "dashboard.money.introYears", years),
            funding: m.funding.map {
                FundingRow(source: $0.source.name, year: String($0.year), budget: $0.budget.plain, granted: $0.granted.plain,
                           claimed: $0.claimed.plain, paid: $0.paid.plain, remaining: $0.remaining.plain, overspent: $0.remaining.isNegative)
            },
            hasFunding: !m.funding.isEmpty,
            total: FundingRow(source: t("dashboard.money.total"), year: years, budget: total.budget.plain, granted: total.granted.plain,
                              claimed: total.claimed.plain, paid: total.paid.plain, remaining: total.remaining.plain,
                              overspent: total.remaining.isNegative),
            paid: FigureTable(caption: t("dashboard.money.paid"), labelHeading: t("dashboard.column.figure"), rows: [
                FigureTable.Row(t("dashboard.money.paid"), m.paid.display, m.previousPaid.display),
            ], t: t),
            unclaimed: t("dashboard.money.unclaimed", String(m.unclaimedCount), String(m.unclaimedWeeks), m.unclaimedAmount.display),
            unclaimedHref: Paths.grantsUnclaimed.link() + "?weeks=\(m.unclaimedWeeks)", budgetHref: Paths.budget.link())
    }
}

/// What the period cost per child who started an activity and per child still active after six
/// months (see `CostBasis`).
struct DashboardCostView {
    let hasRate: Bool
    let rate: String
    let table: FigureTable
    let settingsHref: String

    static func rows(_ c: CostFigures, rate: Money, t: Texts, report: Bool = false) -> [FigureTable.Row] {
        func perChild(_ basis: CostBasis, _ children: Int) -> String {
            if report && children > 0 && children < SmallGroups.threshold { return t("report.tooFew") }
            return basis.perChild(children, rate: rate)?.display ?? "–"
        }
        func children(_ key: String, _ figure: Compared) -> FigureTable.Row {
            report ? .children(t(key), figure) : .count(t(key), figure)
        }
        return [
            FigureTable.Row(t("dashboard.cost.paid"), c.current.paid.display, c.previous.paid.display),
            FigureTable.Row(t("dashboard.cost.hours"), GuidanceHours.display(minutes: c.current.guidanceMinutes),
                            GuidanceHours.display(minutes: c.previous.guidanceMinutes)),
            FigureTable.Row(t("dashboard.cost.guidance", rate.display), c.current.guidanceCost(rate: rate).display,
                            c.previous.guidanceCost(rate: rate).display, key: ReportSection.Key.guidanceCost),
            FigureTable.Row(t("dashboard.cost.total"), c.current.total(rate: rate).display, c.previous.total(rate: rate).display),
            children("dashboard.cost.started", Compared(c.current.startedActivity, c.previous.startedActivity)),
            FigureTable.Row(t("dashboard.cost.perStarted"), perChild(c.current, c.current.startedActivity),
                            perChild(c.previous, c.previous.startedActivity)),
            children("dashboard.cost.active", Compared(c.current.activeAfterSixMonths, c.previous.activeAfterSixMonths)),
            FigureTable.Row(t("dashboard.cost.perActive"), perChild(c.current, c.current.activeAfterSixMonths),
                            perChild(c.previous, c.previous.activeAfterSixMonths)),
        ]
    }

    static func make(_ figures: DashboardFigures, t: Texts) -> DashboardCostView {
        let c = figures.cost
        return DashboardCostView(
            hasRate: c.hourlyRate != nil, rate: c.hourlyRate?.display ?? "",
            table: FigureTable(caption: t("dashboard.cost.title"), labelHeading: t("dashboard.column.figure"),
                               rows: c.hourlyRate.map { rows(c, rate: $0, t: t) } ?? [], t: t),
            settingsHref: Paths.dashboardSettings.link())
    }
}
