import Foundation

/// Money for the dashboard: budgets per funding source, what was paid in the period and the
/// grants nobody has claimed.
public struct MoneyFigures: Sendable, Equatable {
    /// The budget years the figures per funding source cover: every calendar year the period
    /// touches. Budgets and grants count per year (a grant belongs to the year its support
    /// period starts), so a half-year shows its whole budget year, not a part of it.
    public var budgetYears: [Int]
    /// One line per funding source and budget year (see `FundingStatus`).
    public var funding: [FundingStatus]
    /// Paid in the period and the one before, by payment date.
    public var paid: Money
    public var previousPaid: Money
    /// Grants still unclaimed today that were granted more than `unclaimedWeeks` weeks ago.
    public var unclaimedWeeks: Int
    public var unclaimedCount: Int
    public var unclaimedAmount: Money

    public init(budgetYears: [Int], funding: [FundingStatus], paid: Money, previousPaid: Money, unclaimedWeeks: Int,
                unclaimedCount: Int, unclaimedAmount: Money) {
        self.budgetYears = budgetYears
        self.funding = funding
        self.paid = paid
        self.previousPaid = previousPaid
        self.unclaimedWeeks = unclaimedWeeks
        self.unclaimedCount = unclaimedCount
        self.unclaimedAmount = unclaimedAmount
    }

    /// The calendar years from the period's first to its last day.
    public static func budgetYears(of period: Period) -> [Int] {
        Array(period.from.year...period.to.year)
    }

    /// Grants granted on or before this day and still unclaimed are "not claimed after N weeks".
    public static func unclaimedCutoff(today: LocalDate, weeks: Int) -> LocalDate {
        today.adding(days: -7 * weeks)
    }

    /// The sum over all sources and years.
    public var total: FundingTotal {
        FundingTotal(budget: Money.sum(funding.map(\.budget)), granted: Money.sum(funding.map(\.granted)),
                     claimed: Money.sum(funding.map(\.claimed)), paid: Money.sum(funding.map(\.paid)))
    }
}

public struct FundingTotal: Sendable, Equatable {
    public var budget, granted, claimed, paid: Money
    public var remaining: Money { budget - granted }
}

/// What a period cost and what came of it. The 2021 knowledge summary asks for the cost of a
/// scheme per child reached: decision makers compare it with other uses of the budget (phase 4,
/// anchoring).
///
/// Cost = money paid to associations in the period (by payment date) + guidance hours in the
/// period × the municipality's hourly rate. It is divided by the children who started an
/// activity in the period (a pass taken into use, each child once) and by the children active
/// after six months in the period (the funnel's last stage). The money paid in a period partly
/// concerns children who started earlier, so this is the cost of running the scheme for the
/// period per result in the period — not the cost of one child's whole course.
public struct CostBasis: Sendable, Equatable {
    public var paid: Money
    public var guidanceMinutes: Int
    public var startedActivity: Int
    public var activeAfterSixMonths: Int

    public init(paid: Money, guidanceMinutes: Int, startedActivity: Int, activeAfterSixMonths: Int) {
        self.paid = paid
        self.guidanceMinutes = guidanceMinutes
        self.startedActivity = startedActivity
        self.activeAfterSixMonths = activeAfterSixMonths
    }

    /// Minutes × hourly rate / 60, to the nearest øre (half up).
    public func guidanceCost(rate: Money) -> Money {
        Money(ore: Self.divide(Int64(guidanceMinutes) * rate.ore, by: 60))
    }

    public func total(rate: Money) -> Money { paid + guidanceCost(rate: rate) }

    /// The total per child, to whole kroner; nil with no children.
    public func perChild(_ children: Int, rate: Money) -> Money? {
        guard children > 0 else { return nil }
        return Money(kroner: Self.divide(total(rate: rate).ore, by: Int64(children) * 100))
    }

    /// Integer division rounding half away from zero (amounts here are never negative).
    static func divide(_ value: Int64, by divisor: Int64) -> Int64 {
        (value + divisor / 2) / divisor
    }
}

public struct CostFigures: Sendable, Equatable {
    public var current: CostBasis
    public var previous: CostBasis
    /// The coordinator's hourly rate for guidance; nil until set (the cost is then not shown).
    public var hourlyRate: Money?

    public init(current: CostBasis, previous: CostBasis, hourlyRate: Money?) {
        self.current = current
        self.previous = previous
        self.hourlyRate = hourlyRate
    }
}
