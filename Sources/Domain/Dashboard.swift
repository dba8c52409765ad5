import Foundation

/// A figure for a period with the previous period beside it.
public struct Compared: Sendable, Equatable {
    public var current: Int
    public var previous: Int

    public init(_ current: Int, _ previous: Int) {
        self.current = current
        self.previous = previous
    }

    /// Change in percent from the previous period, nil when there is nothing to compare with.
    public var changePercent: Int? {
        guard previous > 0 else { return nil }
        return Int(((Double(current - previous) / Double(previous)) * 100).rounded())
    }
}

/// A count per group (department, school, district …) for a period and the one before.
public struct GroupCount: Sendable, Equatable {
    public var key: String
    public var counts: Compared

    public init(key: String, counts: Compared) {
        self.key = key
        self.counts = counts
    }
}

/// Reach in a school district: children in the scheme against the coordinator's estimate of the
/// target group there.
public struct DistrictReach: Sendable, Equatable {
    public var district: String
    public var children: Int
    public var estimate: Int?

    public init(district: String, children: Int, estimate: Int?) {
        self.district = district
        self.children = children
        self.estimate = estimate
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
    /// Referrals per calendar month over the twelve months ending with the period.
    public var referralsPerMonth: [(month: String, count: Int)]
    /// Days from referral to the pass taken into use (first activity), for passes redeemed in the period.
    public var averageDaysToFirstActivity: Double?

    public init(referrals: Compared, granted: Compared, redeemed: Compared, byDepartment: [GroupCount], bySchool: [GroupCount],
                reach: [DistrictReach], referralsPerMonth: [(month: String, count: Int)], averageDaysToFirstActivity: Double?) {
        self.referrals = referrals
        self.granted = granted
        self.redeemed = redeemed
        self.byDepartment = byDepartment
        self.bySchool = bySchool
        self.reach = reach
        self.referralsPerMonth = referralsPerMonth
        self.averageDaysToFirstActivity = averageDaysToFirstActivity
    }

    public static func == (lhs: IntakeFigures, rhs: IntakeFigures) -> Bool {
        lhs.referrals == rhs.referrals && lhs.granted == rhs.granted && lhs.redeemed == rhs.redeemed
            && lhs.byDepartment == rhs.byDepartment && lhs.bySchool == rhs.bySchool && lhs.reach == rhs.reach
            && lhs.referralsPerMonth.map(\.month) == rhs.referralsPerMonth.map(\.month)
            && lhs.referralsPerMonth.map(\.count) == rhs.referralsPerMonth.map(\.count)
            && lhs.averageDaysToFirstActivity == rhs.averageDaysToFirstActivity
    }
}

/// Reports show aggregates only: groups smaller than five children are shown as "< 5" so
/// nobody can be recognised.
public enum SmallGroups {
    public static let threshold = 5

    public static func display(_ count: Int) -> String {
        count > 0 && count < threshold ? "< \(threshold)" : String(count)
    }
}

public protocol DashboardRepository: Sendable {
    /// `today` ends the monthly curve, so months that have not begun are not drawn as zeros.
    func intake(in municipality: MunicipalityID, period: Period, today: LocalDate) async throws -> IntakeFigures
    func districtEstimates(in municipality: MunicipalityID) async throws -> [String: Int]
    func saveDistrictEstimates(_ estimates: [String: Int], in municipality: MunicipalityID, audit: AuditEntry) async throws
    func commentary(in municipality: MunicipalityID, period: Period) async throws -> String?
    func saveCommentary(_ text: String?, in municipality: MunicipalityID, period: Period, audit: AuditEntry) async throws
}

/// Short trend sentences for the status report ("14 % flere indstillinger end forrige periode").
public enum Trend {
    /// The catalogue key and arguments describing the change of `figure` (its name is a
    /// catalogue key too, e.g. `trend.subject.referrals`).
    public static func describe(_ figure: Compared, subject: String) -> (key: String, arguments: [String]) {
        guard let change = figure.changePercent else {
            return figure.current == 0 ? ("trend.none", [subject]) : ("trend.new", [String(figure.current), subject])
        }
        if change == 0 { return ("trend.same", [subject, String(figure.current)]) }
        return (change > 0 ? "trend.more" : "trend.fewer", [String(abs(change)), subject, String(figure.current), String(figure.previous)])
    }
}
