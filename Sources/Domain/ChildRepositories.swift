import Foundation

// Repositories of the intake: children, consents, referrals, passes and the scheme's settings.
// Reads take the caller's `DataScope`; a row outside it is "not found".

public protocol ChildRepository: Sendable {
    func list(_ query: ChildQuery, scope: DataScope, today: LocalDate) async throws -> ChildPage
    /// Every row matching the query (no paging), for the CSV export.
    func export(_ query: ChildQuery, scope: DataScope, today: LocalDate) async throws -> [ChildListRow]
    /// Names only, across the whole municipality.
    func searchNames(_ text: String, in municipality: MunicipalityID, limit: Int) async throws -> [ChildName]
    /// Same name and birth date, or same birth date and a guardian's phone number.
    func possibleDuplicates(of details: ChildDetails, guardians: [Guardian], in municipality: MunicipalityID,
                            excluding: ChildID?) async throws -> [ChildName]
    func find(_ id: ChildID, scope: DataScope) async throws -> Child?
    func create(_ details: ChildDetails, guardians: [Guardian], in municipality: MunicipalityID, by user: UserID,
                at: Date, audit: AuditEntry) async throws -> ChildID
    func update(_ id: ChildID, details: ChildDetails, guardians: [Guardian], scope: DataScope, at: Date,
                audit: AuditEntry) async throws
    func assignCaseworker(_ id: ChildID, caseworker: UserID?, in municipality: MunicipalityID, audit: AuditEntry) async throws
    /// The schools and districts in use, for the list's filters.
    func filterOptions(in municipality: MunicipalityID) async throws -> (schools: [String], districts: [String])
    /// Recomputes every child's status (a pass may have expired overnight).
    func refreshStatuses(today: LocalDate) async throws
}

public protocol ConsentRepository: Sendable {
    func list(for child: ChildID, in municipality: MunicipalityID) async throws -> [Consent]
    func record(_ consent: ConsentInput.Valid, for child: ChildID, in municipality: MunicipalityID, by user: UserID,
                at: Date, audit: AuditEntry) async throws -> ConsentID
    /// Throws `.conflict` if already withdrawn.
    func withdraw(_ id: ConsentID, child: ChildID, in municipality: MunicipalityID, on date: LocalDate, reason: String?,
                  audit: AuditEntry) async throws
}

/// A referral waiting for the coordinator, with the child's name.
public struct ReferralQueueRow: Sendable, Equatable {
    public var referral: Referral
    public var childName: String
    public var childBirthDate: LocalDate

    public init(referral: Referral, childName: String, childBirthDate: LocalDate) {
        self.referral = referral
        self.childName = childName
        self.childBirthDate = childBirthDate
    }
}

public protocol ReferralRepository: Sendable {
    func create(_ details: ReferralDetails, for child: ChildID, in municipality: MunicipalityID, by user: UserID,
                at: Date, audit: AuditEntry) async throws -> ReferralID
    func list(for child: ChildID, in municipality: MunicipalityID) async throws -> [Referral]
    func history(for child: ChildID, in municipality: MunicipalityID) async throws -> [ReferralEvent]
    func find(_ id: ReferralID, scope: DataScope) async throws -> Referral?
    func queue(_ statuses: Set<ReferralStatus>, scope: DataScope) async throws -> [ReferralQueueRow]
    /// Moves a referral from `from` to `to`; `.conflict` if it is no longer in `from`.
    func move(_ id: ReferralID, from: ReferralStatus, to: ReferralStatus, note: String?, in municipality: MunicipalityID,
              by user: UserID, at: Date, audit: AuditEntry) async throws
    /// Records a decision (and issues the pass when approved) in one transaction.
    func decide(_ id: ReferralID, from: ReferralStatus, decision: Decision, in municipality: MunicipalityID,
                by user: UserID, on day: LocalDate, at: Date, audit: AuditEntry) async throws -> PassID?
    func counts(in municipality: MunicipalityID, period: Period) async throws -> PassCounts
}

public protocol PassRepository: PassRenewalRepository {
    func list(for child: ChildID, in municipality: MunicipalityID) async throws -> [Pass]
    func find(_ id: PassID, in municipality: MunicipalityID) async throws -> Pass?
    /// The first use: granted → in use. `.conflict` if not granted.
    func markInUse(_ id: PassID, on date: LocalDate, in municipality: MunicipalityID, audit: AuditEntry) async throws
    func end(_ id: PassID, on date: LocalDate, reason: String, in municipality: MunicipalityID, audit: AuditEntry) async throws
}

public protocol SchemeSettingsRepository: Sendable {
    func settings(for municipality: MunicipalityID) async throws -> SchemeSettings
    func save(_ settings: SchemeSettings, for municipality: MunicipalityID, audit: AuditEntry) async throws
}
