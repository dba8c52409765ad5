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

    /// The months the referral line covers: every month of the period up to today's, and at least
    /// the twelve months ending there (a half-year alone says little about season), at most 60.
    public static func monthSpan(of period: Period, today: LocalDate) -> (first: LocalDate, count: Int) {
        let end = max(period.from, min(period.to, today))
        let last = LocalDate(year: end.year, month: end.month, day: 1)!
        let periodMonths = (end.year - period.from.year) * 12 + end.month - period.from.month + 1
        let count = min(60, max(12, periodMonths))
        return (last.adding(months: -(count - 1)), count)
    }
    /// Days from referral to the pass taken into use (first activity), for passes redeemed in the period.
    public var averageDaysToFirstActivity: Double?
    /// The same for the previous period.
    public var previousAverageDaysToFirstActivity: Double?

    public init(referrals: Compared, granted: Compared, redeemed: Compared, byDepartment: [GroupCount], bySchool: [GroupCount],
                reach: [DistrictReach], referralsPerMonth: [(month: String, count: Int)], averageDaysToFirstActivity: Double?,
                previousAverageDaysToFirstActivity: Double? = nil) {
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
    }
}
