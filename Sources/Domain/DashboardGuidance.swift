import Foundation

/// Fritidsvejledning in a period and the one before (documentation plan: children contacted,
/// sessions, successful and failed courses, retention after six months).
public struct GuidanceFigures: Sendable, Equatable {
    /// Children contacted: children whose first guidance session ever (over all their courses)
    /// was held in the period. A child guided again later is not contacted a second time.
    public var contacted: Compared
    /// Sessions held, minutes and courses ended by outcome (see `GuidanceCounts`).
    public var current: GuidanceCounts
    public var previous: GuidanceCounts
    /// Retention after six months (see `Retention`) for the period and the one before.
    public var retention: Retention
    public var previousRetention: Retention

    public init(contacted: Compared, current: GuidanceCounts, previous: GuidanceCounts, retention: Retention,
                previousRetention: Retention) {
        self.contacted = contacted
        self.current = current
        self.previous = previous
        self.retention = retention
        self.previousRetention = previousRetention
    }

    public var sessions: Compared { Compared(current.sessions, previous.sessions) }
    /// Guidance hours, rounded to whole hours for comparison; `GuidanceHours` formats exactly.
    public var minutes: Compared { Compared(current.sessionMinutes, previous.sessionMinutes) }

    public func ended(_ status: CourseStatus) -> Compared {
        Compared(current.ended[status] ?? 0, previous.ended[status] ?? 0)
    }

    /// The funnel's last stage, "active after 6 months": children whose 6-month follow-up fell
    /// due in the period and was answered "still active" (`Retention.stillActive`). A follow-up
    /// due but not answered does not count, so the figure never flatters; the retention rate
    /// beside it says how many were due.
    public var activeAfterSixMonths: Compared { Compared(retention.stillActive, previousRetention.stillActive) }
}

/// Volunteers as they are today: the system keeps no history of a volunteer's status, so these
/// figures have no previous period.
public struct VolunteerFigures: Sendable, Equatable {
    /// Volunteers with status active.
    public var active: Int
    /// Active volunteers whose børneattest is valid today under the municipality's renewal
    /// period (`CertificateRule`: valid up to the day before obtained + renewal months).
    public var validCertificate: Int
    /// Active volunteers without a child: guide or følgeven in no open course.
    public var withoutChild: Int
    /// Children in open courses per active volunteer (guide or følgeven), summed over the
    /// volunteers: a child with a guide and a følgeven counts for both.
    public var childAssignments: Int
    /// How many active volunteers have 0, 1, 2 and 3 or more children.
    public var distribution: [Int]

    public init(active: Int, validCertificate: Int, withoutChild: Int, childAssignments: Int, distribution: [Int]) {
        self.active = active
        self.validCertificate = validCertificate
        self.withoutChild = withoutChild
        self.childAssignments = childAssignments
        self.distribution = distribution
    }

    /// The buckets of `distribution`: 0, 1, 2, 3+ children.
    public static let buckets = 4

    /// Average children per active volunteer, nil without active volunteers.
    public var childrenPerVolunteer: Double? {
        active == 0 ? nil : Double(childAssignments) / Double(active)
    }
}

/// Guidance time as people read it: hours with one decimal (90 minutes = 1,5 timer).
public enum GuidanceHours {
    public static func tenths(minutes: Int) -> Int {
        Int((Double(minutes) / 6).rounded(.toNearestOrAwayFromZero))
    }

    /// `1,5` / `12` (Danish decimal comma, no trailing ,0).
    public static func display(minutes: Int) -> String {
        let tenths = tenths(minutes: minutes)
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10),\(tenths % 10)"
    }
}
