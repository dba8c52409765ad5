import Domain
import Foundation

/// Children per association and per kind of activity, and associations with free places.
extension DashboardClubsView {
    static func make(_ p: PublishedFigures, t: Texts) -> DashboardClubsView {
        let a = p.figures.associations
        let associations = a.byAssociation.enumerated().map { (label: $0.element.key, key: PublishedFigures.Key.association($0.offset)) }
        let categories = a.byCategory.enumerated().map {
            (label: t("activity.category.\($0.element.key)"), key: PublishedFigures.Key.category($0.offset))
        }
        let total = [(label: t("dashboard.clubs.allChildren"), key: PublishedFigures.Key.allChildren)]
        return DashboardClubsView(
            associations: Charts.bars(id: "associations", title: t("dashboard.clubs.associations"),
                                      items: associations.map { ($0.label, p.count($0.key)) }, t: t),
            associationTable: FigureTable(caption: t("dashboard.clubs.associations"), labelHeading: t("dashboard.clubs.association"),
                                          rows: (associations + total).map { FigureTable.Row($0.label, p, $0.key, t: t) }, t: t),
            categories: Charts.bars(id: "categories", title: t("dashboard.clubs.categories"),
                                    items: categories.map { ($0.label, p.count($0.key)) }, t: t),
            categoryTable: FigureTable(caption: t("dashboard.clubs.categories"), labelHeading: t("dashboard.clubs.category"),
                                       rows: (categories + total).map { FigureTable.Row($0.label, p, $0.key, t: t) }, t: t),
            hasChildren: !a.byAssociation.isEmpty,
            freePlaces: FigureTable(caption: t("dashboard.clubs.freePlaces"), labelHeading: t("dashboard.clubs.association"),
                                    rows: a.freePlaces.map { FigureTable.Row($0.label, .count($0.count), t: t) }, t: t, previous: false,
                                    currentHeading: t("dashboard.clubs.places")),
            hasFreePlaces: !a.freePlaces.isEmpty)
    }
}

/// Budgets per funding source, money paid and grants nobody has claimed.
extension DashboardMoneyView {
    /// The amount of grants nobody has claimed: hidden with their count, since grants of one fee
    /// add up to a multiple a reader could divide.
    static func unclaimedAmount(_ p: PublishedFigures) -> FigureValue {
        .amount(p.derived(from: [(.unclaimed, .current)]) { p.figures.money.unclaimedAmount })
    }

    static func make(_ p: PublishedFigures, t: Texts) -> DashboardMoneyView {
        let m = p.figures.money
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
                FigureTable.Row(t("dashboard.money.paid"), .amount(m.paid), .amount(m.previousPaid), t: t),
            ], t: t),
            unclaimed: t("dashboard.money.unclaimed", FigureValue.count(p.count(.unclaimed)).display(t), String(m.unclaimedWeeks),
                         unclaimedAmount(p).display(t)),
            unclaimedHref: Paths.grantsUnclaimed.link() + "?weeks=\(m.unclaimedWeeks)", budgetHref: Paths.budget.link())
    }
}

/// What the period cost per child who started an activity and per child still active after six
/// months (see `CostBasis`).
extension DashboardCostView {
    static func rows(_ p: PublishedFigures, rate: Money, t: Texts) -> [FigureTable.Row] {
        let c = p.figures.cost
        func perChild(_ key: PublishedFigures.Key, _ side: PublishedFigures.Side) -> FigureValue {
            let basis = side == .current ? c.current : c.previous
            let children = key == .startedActivity ? basis.startedActivity : basis.activeAfterSixMonths
            guard let cost = basis.perChild(children, rate: rate) else { return .missing }
            return .amount(p.derived(from: [(key, side)]) { cost })
        }
        return [
            FigureTable.Row(t("dashboard.cost.paid"), .amount(c.current.paid), .amount(c.previous.paid), t: t),
            FigureTable.Row(t("dashboard.cost.hours"), .hours(minutes: c.current.guidanceMinutes), .hours(minutes: c.previous.guidanceMinutes), t: t),
            FigureTable.Row(t("dashboard.cost.guidance", rate.display), .amount(c.current.guidanceCost(rate: rate)),
                            .amount(c.previous.guidanceCost(rate: rate)), key: ReportSection.Key.guidanceCost, t: t),
            FigureTable.Row(t("dashboard.cost.total"), .amount(c.current.total(rate: rate)), .amount(c.previous.total(rate: rate)), t: t),
            FigureTable.Row(t("dashboard.cost.started"), p, .startedActivity, t: t),
            FigureTable.Row(t("dashboard.cost.perStarted"), perChild(.startedActivity, .current), perChild(.startedActivity, .previous), t: t),
            FigureTable.Row(t("dashboard.cost.active"), p, .activeAfterSixMonths, t: t),
            FigureTable.Row(t("dashboard.cost.perActive"), perChild(.activeAfterSixMonths, .current),
                            perChild(.activeAfterSixMonths, .previous), t: t),
        ]
    }

    static func make(_ p: PublishedFigures, t: Texts) -> DashboardCostView {
        let c = p.figures.cost
        return DashboardCostView(
            hasRate: c.hourlyRate != nil, rate: c.hourlyRate?.display ?? "",
            table: FigureTable(caption: t("dashboard.cost.title"), labelHeading: t("dashboard.column.figure"),
                               rows: c.hourlyRate.map { rows(p, rate: $0, t: t) } ?? [], t: t),
            settingsHref: Paths.dashboardSettings.link())
    }
}
