import Foundation

/// Reach in a school district: children in the scheme against the coordinator's estimate of the
/// target group there.
public struct DistrictReach: Sendable, Equatable {
    public var district: String
    public var children: Int
    public var estimate: Int?
    /// Children in the scheme there in the previous period.
    public var previousChildren: Int

    public init(district: String, children: Int, estimate: Int?, previousChildren: Int = 0) {
        self.district = district
        self.children = children
        self.estimate = estimate
        self.previousChildren = previousChildren
    }

    /// Share reached in percent, nil without an estimate.
    public var percent: Int? {
        guard let estimate, estimate > 0 else { return nil }
        return Int((Double(children) / Double(estimate) * 100).rounded())
    }
}

/// The intake part of the dashboard (documentation plan: applied, granted, redeemed; who refers).
public struct IntakeFigures: Sendable, Equatable {
    public var referrals: Compared
    public var granted: Compared
    public var redeemed: Compared
    public var byDepartment: [GroupCount]
    public var bySchool: [GroupCount]
    public var reach: [DistrictReach]
    /// Referrals per calendar month over `monthSpan(of:today:)`.
    public var referralsPerMonth: [(month: String, count: Int)]
    /// One group of children followed through the funnel: those referred in the period, and
    /// the same for the previous period.
    public var cohort: Cohort
    public var previousCohort: Cohort

    /// The months the referral line covers: the period's own months, from its first up to the
    /// month of today (or of its last day, when the period is over). Months that have not begun
    /// are not drawn; the running one is drawn and marked as not finished.
    public static func monthSpan(of period: Period, today: LocalDate) -> (first: LocalDate, count: Int) {
        let end = max(period.from, min(period.to, today))
        let first = LocalDate(year: period.from.year, month: period.from.month, day: 1)!
        let count = (end.year - first.year) * 12 + end.month - first.month + 1
        return (first, min(61, max(1, count)))
    }

    /// Whether the line's last month is still running: today lies in the period (and so in that month).
    public static func lastMonthRunning(of period: Period, today: LocalDate) -> Bool {
        period.contains(today)
    }

    /// Days from referral to the pass taken into use (first activity), for passes redeemed in the period.
    public var averageDaysToFirstActivity: Double?
    /// The same for the previous period.
    public var previousAverageDaysToFirstActivity: Double?

    public init(referrals: Compared, granted: Compared, redeemed: Compared, byDepartment: [GroupCount], bySchool: [GroupCount],
                reach: [DistrictReach], referralsPerMonth: [(month: String, count: Int)], averageDaysToFirstActivity: Double?,
                previousAverageDaysToFirstActivity: Double? = nil, cohort: Cohort = .none, previousCohort: Cohort = .none) {
        self.cohort = cohort
        self.previousCohort = previousCohort
        self.referrals = referrals
        self.granted = granted
        self.redeemed = redeemed
        self.byDepartment = byDepartment
        self.bySchool = bySchool
        self.reach = reach
        self.referralsPerMonth = referralsPerMonth
        self.averageDaysToFirstActivity = averageDaysToFirstActivity
        self.previousAverageDaysToFirstActivity = previousAverageDaysToFirstActivity
    }

    public static func == (lhs: IntakeFigures, rhs: IntakeFigures) -> Bool {
        lhs.referrals == rhs.referrals && lhs.granted == rhs.granted && lhs.redeemed == rhs.redeemed
            && lhs.byDepartment == rhs.byDepartment && lhs.bySchool == rhs.bySchool && lhs.reach == rhs.reach
            && lhs.referralsPerMonth.map(\.month) == rhs.referralsPerMonth.map(\.month)
            && lhs.referralsPerMonth.map(\.count) == rhs.referralsPerMonth.map(\.count)
            && lhs.averageDaysToFirstActivity == rhs.averageDaysToFirstActivity
            && lhs.previousAverageDaysToFirstActivity == rhs.previousAverageDaysToFirstActivity
            && lhs.cohort == rhs.cohort && lhs.previousCohort == rhs.previousCohort
    }
}

/// The children referred in a period, followed through the scheme: how many of them were
/// granted a pass on that referral, took it into use, and were still active at the six-month
/// follow-up. Each step counts a subset of the one before, so the funnel narrows truthfully.
public struct Cohort: Sendable, Equatable {
    public var referred: Int
    public var granted: Int
    public var redeemed: Int
    public var activeAfterSixMonths: Int

    public init(referred: Int, granted: Int, redeemed: Int, activeAfterSixMonths: Int) {
        self.referred = referred
        self.granted = granted
        self.redeemed = redeemed
        self.activeAfterSixMonths = activeAfterSixMonths
    }

    public static let none = Cohort(referred: 0, granted: 0, redeemed: 0, activeAfterSixMonths: 0)

    public enum Stage: String, Sendable, CaseIterable {
        case referred, granted, redeemed, activeAfterSixMonths
    }

    public subscript(stage: Stage) -> Int {
        switch stage {
        case .referred: referred
        case .granted: granted
        case .redeemed: redeemed
        case .activeAfterSixMonths: activeAfterSixMonths
        }
    }
}
