import Foundation

public typealias OutboxID = Identifier<OutboxMessage>

/// What Fritidspas e-mails, and to whom.
public enum NotificationKind: String, Sendable, CaseIterable, Codable {
    case activation
    case passwordReset = "password_reset"
    case claimApproved = "claim_approved"
    case claimRejected = "claim_rejected"
    case claimPaid = "claim_paid"
    case clubDigest = "club_digest"
    case referralDecided = "referral_decided"
    case coordinatorDigest = "coordinator_digest"
    case secondFactorReset = "second_factor_reset"

    /// Account mail always goes: without it nobody can choose a password, and a user must learn
    /// that their second factor was reset.
    public var isOptional: Bool { self != .activation && self != .passwordReset && self != .secondFactorReset }

    /// The kinds a role receives and may turn off on its own account page.
    public static func choosable(for role: Role) -> [NotificationKind] {
        switch role {
        case .association: [.claimApproved, .claimRejected, .claimPaid, .clubDigest]
        case .caseworker: [.referralDecided]
        case .coordinator: [.coordinatorDigest]
        case .volunteer, .admin: []
        }
    }

    /// The kinds a municipality can turn off.
    public static let optional = allCases.filter(\.isOptional)
}

public enum NotificationChoice: String, Sendable, CaseIterable, Codable {
    case email, none
}

public enum OutboxStatus: String, Sendable, CaseIterable, Codable {
    case pending, sent, failed
}

/// One e-mail in the outbox. `params` is what the message says, frozen when the change that
/// caused it committed; the text is composed from it on delivery.
public struct OutboxMessage: Sendable, Equatable, Identifiable {
    public var id: OutboxID
    public var municipalityID: MunicipalityID?
    public var kind: NotificationKind
    public var userID: UserID?
    public var recipient: String
    public var language: Language
    public var params: [String: String]
    public var status: OutboxStatus
    public var attempts: Int
    public var nextAttemptAt: Date
    public var lastError: String?
    public var createdAt: Date
    public var sentAt: Date?

    public init(id: OutboxID, municipalityID: MunicipalityID?, kind: NotificationKind, userID: UserID?, recipient: String,
                language: Language, params: [String: String], status: OutboxStatus, attempts: Int, nextAttemptAt: Date,
                lastError: String?, createdAt: Date, sentAt: Date?) {
        self.id = id
        self.municipalityID = municipalityID
        self.kind = kind
        self.userID = userID
        self.recipient = recipient
        self.language = language
        self.params = params
        self.status = status
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
        self.createdAt = createdAt
        self.sentAt = sentAt
    }
}

/// A message to put in the outbox (a digest, composed by the digest job).
public struct NewOutboxMessage: Sendable, Equatable {
    public var municipalityID: MunicipalityID?
    public var kind: NotificationKind
    public var userID: UserID
    public var recipient: String
    public var language: Language
    public var params: [String: String]
    /// Unique per user, kind and period: the same digest is never queued twice.
    public var digestKey: String?

    public init(municipalityID: MunicipalityID?, kind: NotificationKind, userID: UserID, recipient: String, language: Language,
                params: [String: String], digestKey: String?) {
        self.municipalityID = municipalityID
        self.kind = kind
        self.userID = userID
        self.recipient = recipient
        self.language = language
        self.params = params
        self.digestKey = digestKey
    }
}

/// Who gets a digest: a user who wants the kind, in a municipality that has it on.
public struct DigestRecipient: Sendable, Equatable {
    public var userID: UserID
    public var municipalityID: MunicipalityID
    public var email: String
    public var name: String
    public var language: Language
    public var role: Role

    public init(userID: UserID, municipalityID: MunicipalityID, email: String, name: String, language: Language, role: Role) {
        self.userID = userID
        self.municipalityID = municipalityID
        self.email = email
        self.name = name
        self.language = language
        self.role = role
    }
}

/// How often a failed delivery is tried again: soon at first, then further apart, for about a
/// day; after that the message is marked failed and shows on the outbox page.
public enum RetryPolicy {
    public static let delays: [TimeInterval] = [60, 5 * 60, 15 * 60, 3600, 3 * 3600, 6 * 3600, 12 * 3600]
    public static var maximumAttempts: Int { delays.count + 1 }

    /// When to try again after `attempts` failed tries; nil when it is time to give up.
    public static func nextAttempt(after attempts: Int, now: Date) -> Date? {
        guard attempts >= 1, attempts <= delays.count else { return nil }
        return now.addingTimeInterval(delays[attempts - 1])
    }
}

/// Why a delivery failed: worth another try (the server is away, a 4xx answer) or not (the
/// address is refused, the message malformed).
public enum DeliveryError: Error, Sendable, Equatable {
    case transient(String)
    case permanent(String)
}

/// The outbox table and the choices about what is e-mailed.
public protocol OutboxRepository: Sendable {
    /// Pending messages whose time has come, oldest first.
    func due(now: Date, limit: Int) async throws -> [OutboxMessage]
    /// Marks a delivered message sent; false if it was not pending (never sent twice).
    func markSent(_ id: OutboxID, at: Date) async throws -> Bool
    /// Records a failed try: again later, or failed for good (permanent, or out of tries).
    func recordFailure(_ id: OutboxID, error: DeliveryError, at: Date) async throws
    /// The municipality's outbox, newest first, optionally only one status.
    func list(in municipality: MunicipalityID, status: OutboxStatus?, limit: Int) async throws -> [OutboxMessage]
    func counts(in municipality: MunicipalityID) async throws -> [OutboxStatus: Int]
    /// Puts a message in the outbox; false when its digest key is taken (queued already).
    func enqueue(_ message: NewOutboxMessage, at: Date) async throws -> Bool

    /// The users of `kind`'s audience who want it, in municipalities that have it on.
    func digestRecipients(_ kind: NotificationKind) async throws -> [DigestRecipient]
    func preferences(of user: UserID) async throws -> [NotificationKind: NotificationChoice]
    func setPreferences(_ choices: [NotificationKind: NotificationChoice], of user: UserID, audit: AuditEntry) async throws
    /// The kinds the municipality has turned off.
    func disabledKinds(in municipality: MunicipalityID) async throws -> Set<NotificationKind>
    func setDisabledKinds(_ kinds: Set<NotificationKind>, in municipality: MunicipalityID, audit: AuditEntry) async throws

    /// Self-service password reset: when `email` belongs to an active user, stores the link's
    /// hash (valid until `expiresAt`, single use) and queues the e-mail with `link`, in one
    /// transaction. Does nothing for an unknown address, or when a reset was sent to the user
    /// within the last few minutes. The caller answers the same either way.
    func requestPasswordReset(email: String, tokenHash: String, link: String, expiresAt: Date, now: Date, ip: String?) async throws
}
