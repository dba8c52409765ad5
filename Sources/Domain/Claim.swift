import Foundation

public typealias ClaimID = Identifier<Claim>
public typealias PaymentBatchID = Identifier<PaymentBatch>

/// An association's request to be paid a granted amount (anmodning om udbetaling). A draft is
/// what the association has filled in but not yet sent ("Tjek dine svar").
public struct Claim: Sendable, Equatable, Identifiable {
    public var id: ClaimID
    public var grantID: GrantID
    public var childID: ChildID
    public var associationID: AssociationID
    public var amount: Money
    public var period: Period
    public var note: String?
    public var attachment: Attachment?
    public var status: ClaimStatus
    public var submittedAt: Date?
    public var submittedByName: String?
    public var decidedAt: Date?
    public var decidedByName: String?
    public var rejectReason: String?
    public var batchID: PaymentBatchID?
    public var paidOn: LocalDate?

    public init(id: ClaimID, grantID: GrantID, childID: ChildID, associationID: AssociationID, amount: Money, period: Period,
                note: String?, attachment: Attachment?, status: ClaimStatus, submittedAt: Date?, submittedByName: String?,
                decidedAt: Date?, decidedByName: String?, rejectReason: String?, batchID: PaymentBatchID?, paidOn: LocalDate?) {
        self.id = id
        self.grantID = grantID
        self.childID = childID
        self.associationID = associationID
        self.amount = amount
        self.period = period
        self.note = note
        self.attachment = attachment
        self.status = status
        self.submittedAt = submittedAt
        self.submittedByName = submittedByName
        self.decidedAt = decidedAt
        self.decidedByName = decidedByName
        self.rejectReason = rejectReason
        self.batchID = batchID
        self.paidOn = paidOn
    }
}

/// draft → submitted → approved → paid, or submitted → rejected (with a reason).
public enum ClaimStatus: String, Sendable, CaseIterable, Codable {
    case draft, submitted, approved, rejected, paid

    public var next: Set<ClaimStatus> {
        switch self {
        case .draft: [.submitted]
        case .submitted: [.approved, .rejected]
        case .approved: [.paid]
        case .rejected, .paid: []
        }
    }

    public func canMove(to status: ClaimStatus) -> Bool { next.contains(status) }
}

/// An uploaded invoice or membership receipt. Stored outside the web root under a random name.
public struct Attachment: Sendable, Equatable {
    public var storedName: String
    public var originalName: String
    public var kind: FileKind
    public var size: Int

    public init(storedName: String, originalName: String, kind: FileKind, size: Int) {
        self.storedName = storedName
        self.originalName = originalName
        self.kind = kind
        self.size = size
    }
}

/// The file types a claim accepts, recognised by their first bytes, never by name or the
/// type the browser claims.
public enum FileKind: String, Sendable, CaseIterable, Codable {
    case pdf = "application/pdf"
    case jpeg = "image/jpeg"
    case png = "image/png"

    public static let maximumSize = 5 * 1024 * 1024

    public var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .jpeg: "jpg"
        case .png: "png"
        }
    }

    public static func detect<Bytes: Collection>(_ bytes: Bytes) -> FileKind? where Bytes.Element == UInt8 {
        let head = Array(bytes.prefix(8))
        if head.starts(with: [0x25, 0x50, 0x44, 0x46, 0x2D]) { return .pdf }  // %PDF-
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        return nil
    }

    /// A file name safe to show and to send back: no path, no control characters, at most 100
    /// characters, with the extension of the detected type.
    public func safeName(_ original: String) -> String {
        let last = original.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var base = last.filter { !$0.isNewline && $0.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } && $0 != "\"" }
        if let dot = base.lastIndex(of: "."), dot > base.startIndex { base = String(base[..<dot]) }
        base = String(base.trimmingCharacters(in: .whitespaces).prefix(90))
        return (base.isEmpty ? "bilag" : base) + "." + fileExtension
    }
}

/// What the association fills in.
public struct ClaimDraft: Sendable, Equatable {
    public var amount: Money
    public var period: Period
    public var note: String?

    public init(amount: Money, period: Period, note: String?) {
        self.amount = amount
        self.period = period
        self.note = note
    }
}

/// Raw input of the claim form.
public struct ClaimInput: Sendable {
    public var amount, periodFrom, periodTo, note: String?

    public init(amount: String?, periodFrom: String?, periodTo: String?, note: String?) {
        self.amount = amount
        self.periodFrom = periodFrom
        self.periodTo = periodTo
        self.note = note
    }

    /// The claim may not exceed the granted amount, and its period must lie within the grant's.
    public func validate(grantAmount: Money, grantPeriod: Period) -> Result<ClaimDraft, ValidationErrors> {
        var errors = ValidationErrors()
        let amount = MoneyField.required(self.amount, field: "amount", missing: "err.claim.amount.required", errors: &errors)
        if let amount, amount > grantAmount { errors.add("amount", "err.claim.amount.aboveGrant", [grantAmount.display]) }
        let from = DateField.required(periodFrom, field: "periodFrom", missing: "err.claim.periodFrom.required", errors: &errors)
        let to = DateField.required(periodTo, field: "periodTo", missing: "err.claim.periodTo.required", errors: &errors)
        if let from, let to {
            if to < from { errors.add("periodTo", "err.claim.periodTo.beforeFrom") }
            else if from < grantPeriod.from || to > grantPeriod.to {
                errors.add("periodFrom", "err.claim.period.outsideGrant", [grantPeriod.from.display, grantPeriod.to.display])
            }
        }
        if Text.trimmed(note).count > 500 { errors.add("note", "err.text.tooLong", ["500"]) }
        guard errors.isEmpty, let amount, let from, let to else { return .failure(errors) }
        return .success(ClaimDraft(amount: amount, period: Period(from: from, to: to), note: Text.optional(note)))
    }
}

/// A claim waiting for the coordinator, or one in a payment batch.
public struct ClaimRow: Sendable, Equatable {
    public var claim: Claim
    public var childName: String
    public var associationName: String
    public var activityName: String
    public var grantKind: GrantKind
    public var grantAmount: Money

    public init(claim: Claim, childName: String, associationName: String, activityName: String, grantKind: GrantKind,
                grantAmount: Money) {
        self.claim = claim
        self.childName = childName
        self.associationName = associationName
        self.activityName = activityName
        self.grantKind = grantKind
        self.grantAmount = grantAmount
    }
}

/// The outcome of a bulk decision: how many claims changed, and how many had already been
/// decided by someone else meanwhile.
public struct BulkOutcome: Sendable, Equatable {
    public var changed: Int
    public var skipped: Int

    public init(changed: Int, skipped: Int) {
        self.changed = changed
        self.skipped = skipped
    }
}

/// A set of approved claims handed to the municipal finance system together. A claim is in at
/// most one batch and is paid once.
public struct PaymentBatch: Sendable, Equatable, Identifiable {
    public var id: PaymentBatchID
    /// 1, 2, 3 … within the municipality, without gaps: the batch's name for people and the finance system.
    public var number: Int
    public var status: BatchStatus
    public var createdAt: Date
    public var createdByName: String?
    public var claimCount: Int
    public var total: Money
    public var exportedAt: Date?
    public var exportCount: Int
    public var paidOn: LocalDate?
    public var paidByName: String?
    /// The finance system's reference for the payment, given when marking it paid.
    public var paymentReference: String?
    /// Who approved the batch's claims (for the four-eyes rule and the record).
    public var approvedByNames: [String]
    public var approvedBy: Set<UserID>
    public var exportedByName: String?

    public init(id: PaymentBatchID, number: Int, status: BatchStatus, createdAt: Date, createdByName: String?, claimCount: Int,
                total: Money, exportedAt: Date?, exportCount: Int, paidOn: LocalDate?, paidByName: String?,
                paymentReference: String? = nil, approvedByNames: [String] = [], approvedBy: Set<UserID> = [],
                exportedByName: String? = nil) {
        self.id = id
        self.number = number
        self.status = status
        self.createdAt = createdAt
        self.createdByName = createdByName
        self.claimCount = claimCount
        self.total = total
        self.exportedAt = exportedAt
        self.exportCount = exportCount
        self.paidOn = paidOn
        self.paidByName = paidByName
        self.paymentReference = paymentReference
        self.approvedByNames = approvedByNames
        self.approvedBy = approvedBy
        self.exportedByName = exportedByName
    }
}

/// Thrown when the four-eyes rule is on and the coordinator marking a batch paid approved one
/// of its claims: a colleague must mark it paid.
public struct FourEyesRefused: Error, Sendable, Equatable {
    public init() {}
}

/// open → exported (repeatable) → paid.
public enum BatchStatus: String, Sendable, CaseIterable, Codable {
    case open, exported, paid
}

/// One transfer in the finance file: everything owed to one association in the batch.
public struct PaymentLine: Sendable, Equatable {
    public var associationName: String
    public var cvr: String
    public var bankReference: String?
    public var amount: Money
    public var claimIDs: [ClaimID]
    public var period: Period

    public init(associationName: String, cvr: String, bankReference: String?, amount: Money, claimIDs: [ClaimID], period: Period) {
        self.associationName = associationName
        self.cvr = cvr
        self.bankReference = bankReference
        self.amount = amount
        self.claimIDs = claimIDs
        self.period = period
    }
}
