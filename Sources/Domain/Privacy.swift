import Foundation

public typealias AccessRequestID = Identifier<AccessRequest>

/// How long a municipality keeps data (GDPR art. 5(1)(e)).
public struct PrivacySettings: Sendable, Equatable {
    /// Years after a child's last activity in the scheme before the child is anonymised.
    public var retentionYears: Int
    /// Months the audit log is kept (Danish public-sector logging practice: 6 months).
    public var auditRetentionMonths: Int

    public init(retentionYears: Int = 5, auditRetentionMonths: Int = 6) {
        self.retentionYears = retentionYears
        self.auditRetentionMonths = auditRetentionMonths
    }

    public static let standard = PrivacySettings()

    /// Children whose last activity was before this day are due for anonymisation.
    public func retentionCutoff(today: LocalDate) -> LocalDate {
        today.adding(years: -retentionYears)
    }

    public func auditCutoff(now: Date) -> Date {
        let today = LocalDate(now, in: .danish).adding(months: -auditRetentionMonths)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .danish
        return calendar.date(from: DateComponents(year: today.year, month: today.month, day: today.day)) ?? now
    }
}

/// A family's request for insight (GDPR art. 15). The municipality has a month to answer.
public struct AccessRequest: Sendable, Equatable, Identifiable {
    public var id: AccessRequestID
    public var childID: ChildID
    public var childName: String
    public var requestedBy: String
    public var receivedOn: LocalDate
    public var answeredOn: LocalDate?
    public var note: String?

    public init(id: AccessRequestID, childID: ChildID, childName: String, requestedBy: String, receivedOn: LocalDate,
                answeredOn: LocalDate?, note: String?) {
        self.id = id
        self.childID = childID
        self.childName = childName
        self.requestedBy = requestedBy
        self.receivedOn = receivedOn
        self.answeredOn = answeredOn
        self.note = note
    }

    /// One month after receipt (art. 12(3)); a day that does not exist moves to the month's end.
    public var deadline: LocalDate { receivedOn.adding(months: 1) }

    public func isOverdue(today: LocalDate) -> Bool { answeredOn == nil && deadline < today }
}

/// Filters of the audit log viewer.
public struct AuditFilter: Sendable, Equatable {
    public var userID: UserID?
    public var childID: ChildID?
    public var action: AuditEntry.Action?
    public var outcome: AuditEntry.Outcome?
    public var from: LocalDate?
    public var to: LocalDate?
    public var page: Int

    public static let pageSize = 50

    public init(userID: UserID? = nil, childID: ChildID? = nil, action: AuditEntry.Action? = nil, outcome: AuditEntry.Outcome? = nil,
                from: LocalDate? = nil, to: LocalDate? = nil, page: Int = 1) {
        self.userID = userID
        self.childID = childID
        self.action = action
        self.outcome = outcome
        self.from = from
        self.to = to
        self.page = max(1, page)
    }
}

/// An audit entry with the names a reader needs: the user's (and their municipality's, when
/// it is another), and the child's when the entry is about one.
public struct AuditRow: Sendable, Equatable {
    public var entry: AuditEntry
    public var userName: String?
    /// Set when the user belongs to another municipality than the log's (a refused probe).
    public var userMunicipality: String?
    public var childName: String?

    public init(entry: AuditEntry, userName: String?, userMunicipality: String? = nil, childName: String? = nil) {
        self.entry = entry
        self.userName = userName
        self.userMunicipality = userMunicipality
        self.childName = childName
    }
}

/// Who opened a child's record, and how often.
public struct RecordViewer: Sendable, Equatable {
    public var userName: String
    public var role: Role?
    public var count: Int
    public var lastAt: Date

    public init(userName: String, role: Role?, count: Int, lastAt: Date) {
        self.userName = userName
        self.role = role
        self.count = count
        self.lastAt = lastAt
    }
}

/// A user who opened many more child records on one day than they usually do.
public struct UnusualAccess: Sendable, Equatable {
    public var userID: UserID
    public var userName: String
    public var day: LocalDate
    public var count: Int
    public var usualPerDay: Double

    public init(userID: UserID, userName: String, day: LocalDate, count: Int, usualPerDay: Double) {
        self.userID = userID
        self.userName = userName
        self.day = day
        self.count = count
        self.usualPerDay = usualPerDay
    }

    /// Over 50 records a day, or over five times the user's median day.
    public static func isUnusual(count: Int, median: Double) -> Bool {
        count > 50 || (median > 0 && Double(count) > 5 * median)
    }

    /// The median of the days a user opened any child record.
    public static func median(_ counts: [Int]) -> Double {
        guard !counts.isEmpty else { return 0 }
        let sorted = counts.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 0 ? Double(sorted[mid - 1] + sorted[mid]) / 2 : Double(sorted[mid])
    }
}

/// Everything stored about one child: table by table, row by row, column by column.
public struct ChildDataExport: Sendable {
    public struct Table: Sendable {
        public var name: String
        public var purpose: String
        public var rows: [[(column: String, value: String?)]]

        public init(name: String, purpose: String, rows: [[(column: String, value: String?)]]) {
            self.name = name
            self.purpose = purpose
            self.rows = rows
        }
    }

    /// One line of the access-log summary: a day, a kind of use of which part of the data
    /// (`subject`: the audit trail's entity, e.g. `child`, `grant`, `association` for a club's
    /// list of its children), who (role and organisation).
    public struct AccessLine: Sendable, Equatable {
        public var day: LocalDate
        public var action: String
        public var subject: String
        public var role: String
        public var organisation: String
        public var userName: String?
        public var count: Int

        public init(day: LocalDate, action: String, subject: String, role: String, organisation: String, userName: String?, count: Int) {
            self.day = day
            self.action = action
            self.subject = subject
            self.role = role
            self.organisation = organisation
            self.userName = userName
            self.count = count
        }
    }

    public var childID: ChildID
    public var tables: [Table]
    public var accessLog: [AccessLine]

    public init(childID: ChildID, tables: [Table], accessLog: [AccessLine]) {
        self.childID = childID
        self.tables = tables
        self.accessLog = accessLog
    }
}

/// A child due for anonymisation under the retention rule.
public struct RetentionCandidate: Sendable, Equatable {
    public var childID: ChildID
    public var municipalityID: MunicipalityID
    public var lastActivity: LocalDate

    public init(childID: ChildID, municipalityID: MunicipalityID, lastActivity: LocalDate) {
        self.childID = childID
        self.municipalityID = municipalityID
        self.lastActivity = lastActivity
    }
}

public protocol PrivacyRepository: Sendable {
    func settings(for municipality: MunicipalityID) async throws -> PrivacySettings
    func save(_ settings: PrivacySettings, for municipality: MunicipalityID, audit: AuditEntry) async throws

    func accessRequests(in municipality: MunicipalityID, openOnly: Bool) async throws -> [AccessRequest]
    func accessRequest(_ id: AccessRequestID, in municipality: MunicipalityID) async throws -> AccessRequest?
    func registerAccessRequest(child: ChildID, requestedBy: String, receivedOn: LocalDate, note: String?,
                               in municipality: MunicipalityID, audit: AuditEntry) async throws -> AccessRequestID
    func markAnswered(_ id: AccessRequestID, on date: LocalDate, in municipality: MunicipalityID, audit: AuditEntry) async throws

    /// Every row about the child in every table that holds child data, and the access log summary.
    func export(child: ChildID, in municipality: MunicipalityID, includeStaffNames: Bool) async throws -> ChildDataExport

    /// Children whose last activity lies before their municipality's retention cutoff.
    func retentionCandidates(today: LocalDate) async throws -> [RetentionCandidate]
    /// Removes or replaces every personal field of the child (birth year kept). Idempotent.
    /// Returns the stored names of uploaded files (e.g. claim receipts) that belonged to the
    /// child's rows; the caller deletes them from disk.
    @discardableResult
    func anonymise(child: ChildID, in municipality: MunicipalityID, audit: AuditEntry) async throws -> [String]
    /// Anonymises the child on request (right to erasure) and records it in the erasure ledger
    /// within the same write, so a restored older backup gets it again. Returns file names as
    /// `anonymise` does.
    @discardableResult
    func erase(child: ChildID, in municipality: MunicipalityID, audit: AuditEntry) async throws -> [String]
    /// Children erased on request (the ledger) whom this database still holds: it was restored
    /// from a backup taken before. With `apply` they are anonymised again.
    func reapplyErasures(now: Date, apply: Bool) async throws -> (records: [ErasureRecord], files: [String])
    /// Audit entries older than each municipality's audit retention; returns how many.
    func auditRowsToPurge(now: Date) async throws -> Int
    func purgeAudit(now: Date) async throws -> Int
}
