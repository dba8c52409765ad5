import Foundation

// Repositories of associations, activities, grants, claims and payments. Every method
// takes the municipality (or the caller's `DataScope`); another municipality's rows are "not
// found". Writes take the `AuditEntry` to commit in the same transaction.

public protocol AssociationRepository: Sendable {
    func list(in municipality: MunicipalityID, includeInactive: Bool) async throws -> [AssociationListRow]
    func find(_ id: AssociationID, in municipality: MunicipalityID) async throws -> Association?
    /// Throws `.duplicate(field: "cvr")` when the municipality has the CVR number already.
    func create(_ details: AssociationDetails, in municipality: MunicipalityID, at: Date, audit: AuditEntry) async throws -> AssociationID
    func update(_ id: AssociationID, details: AssociationDetails, isActive: Bool, in municipality: MunicipalityID,
                audit: AuditEntry) async throws
    /// The user (if any) must be an active `association` user of the municipality not linked to
    /// another association (`.duplicate(field: "contactUser")`).
    func addContact(_ contact: ContactInput.Valid, to id: AssociationID, in municipality: MunicipalityID, at: Date,
                    audit: AuditEntry) async throws -> AssociationContactID
    func removeContact(_ contact: AssociationContactID, from id: AssociationID, in municipality: MunicipalityID,
                       audit: AuditEntry) async throws
    /// Association users of the municipality not yet linked to an association.
    func unlinkedContactUsers(in municipality: MunicipalityID) async throws -> [User]
}

public protocol ActivityRepository: Sendable {
    /// The searchable overview: by text, category, district, a child's age and free places.
    func search(_ query: ActivityQuery, in municipality: MunicipalityID, today: LocalDate) async throws -> [ActivityRow]
    func find(_ id: ActivityID, in municipality: MunicipalityID) async throws -> Activity?
    func create(_ details: ActivityDetails, association: AssociationID, in municipality: MunicipalityID, at: Date,
                audit: AuditEntry) async throws -> ActivityID
    func update(_ id: ActivityID, details: ActivityDetails, in municipality: MunicipalityID, at: Date, audit: AuditEntry) async throws
    /// The districts in use, for the overview's filter.
    func districts(in municipality: MunicipalityID) async throws -> [String]
}

extension ActivityRepository {
    /// The activities a guide can choose from with a family (step 4 of the method): active,
    /// with an association that is active and takes fritidspas children, fitting the child's age.
    public func choosable(in municipality: MunicipalityID, category: ActivityCategory? = nil, age: Int? = nil,
                          today: LocalDate) async throws -> [Activity] {
        try await search(ActivityQuery(category: category, age: age, choosableOnly: true), in: municipality, today: today)
            .map(\.activity)
    }
}

public protocol GrantRepository: Sendable {
    func rules(for municipality: MunicipalityID) async throws -> GrantRules
    func saveRules(_ rules: GrantRules, for municipality: MunicipalityID, audit: AuditEntry) async throws
    func fundingSources(in municipality: MunicipalityID) async throws -> [FundingSource]
    /// Throws `.duplicate(field: "name")`.
    func createFundingSource(name: String, kind: FundingKind, in municipality: MunicipalityID, at: Date,
                             audit: AuditEntry) async throws -> FundingSourceID
    /// Sets the source's budget for `year`. Below what grants hold (read inside the write)
    /// only with `belowCommitted` confirmed, else `BudgetBelowCommitted`; returns the shortfall
    /// accepted, if any.
    @discardableResult
    func setBudget(_ amount: Money, year: Int, for source: FundingSourceID, in municipality: MunicipalityID, belowCommitted: Bool,
                   audit: AuditEntry) async throws -> Money?

    func enrolments(for child: ChildID, in municipality: MunicipalityID) async throws -> [Enrolment]
    /// Throws `.duplicate(field: "activity")` when the child already takes part in the activity.
    func enrol(_ child: ChildID, in activity: ActivityID, on date: LocalDate, in municipality: MunicipalityID, by user: UserID,
               at: Date, audit: AuditEntry) async throws -> EnrolmentID

    func grants(for child: ChildID, in municipality: MunicipalityID) async throws -> [Grant]
    func claims(for child: ChildID, in municipality: MunicipalityID) async throws -> [Claim]
    func find(_ id: GrantID, in municipality: MunicipalityID) async throws -> Grant?
    /// What the child holds in `year`, for the grant form.
    func usage(of child: ChildID, year: Int, in municipality: MunicipalityID) async throws -> GrantUsage
    func budgetPosition(of source: FundingSourceID, year: Int, in municipality: MunicipalityID) async throws -> BudgetPosition
    /// Checks the caps and the budget inside the write transaction (two coordinators granting at
    /// once cannot both spend the last money) and throws `GrantRefused` unless an override
    /// reason is given. Enrols the child in the activity if not already. `.notFound` for an
    /// unknown child, activity or funding source.
    func create(_ draft: GrantDraft, overrideReason: String?, in municipality: MunicipalityID, by user: UserID, on day: LocalDate,
                at: Date, audit: AuditEntry) async throws -> GrantID
    /// Only an unclaimed grant can be cancelled (`.conflict` otherwise).
    func cancel(_ id: GrantID, reason: String, on day: LocalDate, in municipality: MunicipalityID, audit: AuditEntry) async throws
    /// Marks unclaimed grants past their deadline as expired; returns how many.
    func expireOverdue(today: LocalDate) async throws -> Int
}

public protocol ClaimRepository: Sendable {
    /// Submitted claims waiting for a decision, oldest first.
    func waiting(in municipality: MunicipalityID) async throws -> [ClaimRow]
    func find(_ id: ClaimID, in municipality: MunicipalityID) async throws -> ClaimRow?
    /// Approves or rejects (with `reason`) the submitted claims among `ids`; claims decided
    /// meanwhile by someone else are skipped.
    func decide(_ ids: [ClaimID], approve: Bool, reason: String?, in municipality: MunicipalityID, by user: UserID, at: Date,
                audit: AuditEntry) async throws -> BulkOutcome
    /// Approved claims not yet in a batch: how many and how much.
    func readyForPayment(in municipality: MunicipalityID) async throws -> (count: Int, total: Money)
    func batches(in municipality: MunicipalityID) async throws -> [PaymentBatch]
    func batch(_ id: PaymentBatchID, in municipality: MunicipalityID) async throws -> PaymentBatch?
    func claims(in batch: PaymentBatchID, in municipality: MunicipalityID) async throws -> [ClaimRow]
    /// Gathers every approved claim not in a batch into a new batch, numbered next in the
    /// municipality. `.conflict` when there is none (e.g. a colleague just took them).
    func createBatch(in municipality: MunicipalityID, by user: UserID, at: Date, audit: AuditEntry) async throws -> PaymentBatchID
    /// The batch's transfers, one per association; records the export (repeatable).
    func export(_ id: PaymentBatchID, in municipality: MunicipalityID, by user: UserID, at: Date,
                audit: AuditEntry) async throws -> [PaymentLine]
    /// Pays every claim of the batch once, recording the finance system's `reference`;
    /// `.conflict` if the batch is paid already, `FourEyesRefused` when the municipality's
    /// four-eyes rule is on and `user` approved one of its claims.
    func markPaid(_ id: PaymentBatchID, on date: LocalDate, reference: String, in municipality: MunicipalityID, by user: UserID,
                  at: Date, audit: AuditEntry) async throws -> Int
}

/// The association portal. Every method takes the contact's `.association` scope and `today`
/// (consent is judged on that day); children outside it are "not found".
public protocol AssociationPortalRepository: Sendable {
    /// Nil when the user is not a contact of any association.
    func overview(scope: DataScope, today: LocalDate) async throws -> PortalOverview?
    func enrolment(_ id: EnrolmentID, scope: DataScope, today: LocalDate) async throws -> PortalEnrolment?
    /// Records the first time the child came, and takes the child's pass into use. `.conflict`
    /// if already started or stopped.
    func confirmStart(_ id: EnrolmentID, on date: LocalDate, scope: DataScope, today: LocalDate, at: Date,
                      audit: AuditEntry) async throws
    /// Answers a follow-up of one of the slice's enrolments that is due (`FollowUpState.dueListLimit`),
    /// or with nil records that the association is not sure; returns the enrolment. `.notFound`
    /// outside the slice or before it is due, `.conflict` if answered meanwhile.
    func answerFollowUp(_ id: FollowUpID, _ answer: FollowUpAnswer?, scope: DataScope, today: LocalDate, at: Date,
                        audit: AuditEntry) async throws -> EnrolmentID
    /// `.conflict` if already stopped.
    func reportStop(_ id: EnrolmentID, on date: LocalDate, reason: String?, scope: DataScope, today: LocalDate, at: Date,
                    audit: AuditEntry) async throws
    func grant(_ id: GrantID, scope: DataScope, today: LocalDate) async throws -> PortalGrantContext?
    /// Saves (or replaces) the draft claim of a grant. `keepAttachment` keeps the draft's file
    /// when no new one is given. Returns the claim and the stored name of a file no longer used.
    func saveDraft(_ draft: ClaimDraft, attachment: Attachment?, keepAttachment: Bool, grant: GrantID, scope: DataScope,
                   today: LocalDate, at: Date, audit: AuditEntry) async throws -> (ClaimID, unusedFile: String?)
    func claim(_ id: ClaimID, scope: DataScope, today: LocalDate) async throws -> PortalClaim?
    /// Sends the draft. `.conflict` if the grant can no longer be claimed (claimed meanwhile,
    /// cancelled, expired) or the amount exceeds it.
    func submit(_ id: ClaimID, scope: DataScope, today: LocalDate, at: Date, audit: AuditEntry) async throws
}

/// An unclaimed grant: the cue to call the club or the family.
public struct UnclaimedGrant: Sendable, Equatable {
    public var grant: Grant
    public var childName: String
    public var contactName: String?
    public var contactPhone: String?
    public var contactEmail: String?

    public init(grant: Grant, childName: String, contactName: String?, contactPhone: String?, contactEmail: String?) {
        self.grant = grant
        self.childName = childName
        self.contactName = contactName
        self.contactPhone = contactPhone
        self.contactEmail = contactEmail
    }
}

/// A count per group, for reports.
public struct CountRow<Key: Sendable & Equatable>: Sendable, Equatable {
    public var key: Key
    public var label: String
    public var count: Int

    public init(key: Key, label: String, count: Int) {
        self.key = key
        self.label = label
        self.count = count
    }
}

/// Figures the budget view and the dashboard use.
public protocol MoneyReportRepository: Sendable {
    /// Per funding source: budget, granted, claimed, paid for `year` (sources without a budget
    /// that year appear with a zero budget when grants use them).
    func fundingStatus(in municipality: MunicipalityID, year: Int) async throws -> [FundingStatus]
    /// Grants still unclaimed that were granted on or before `grantedOnOrBefore`, oldest first.
    func unclaimed(in municipality: MunicipalityID, grantedOnOrBefore: LocalDate) async throws -> [UnclaimedGrant]
    /// Money paid in the period (by payment date) and how many claims.
    func paid(in municipality: MunicipalityID, period: Period) async throws -> (claims: Int, amount: Money)
    /// Children taking part (enrolled or started, not stopped) per association.
    func childrenPerAssociation(in municipality: MunicipalityID) async throws -> [CountRow<AssociationID>]
    /// Children taking part per activity category.
    func childrenPerCategory(in municipality: MunicipalityID) async throws -> [CountRow<ActivityCategory>]
    /// Active associations with free places in their active activities, most places first.
    func associationsWithFreePlaces(in municipality: MunicipalityID) async throws -> [CountRow<AssociationID>]
}
