import Foundation

/// One line of the audit log: who used which personal data, when, from where, and whether it was
/// allowed. The application only ever inserts these rows.
public struct AuditEntry: Sendable, Equatable {
    public enum Action: String, Codable, Sendable, CaseIterable {
        case view, search, create, update, export, delete
        case signIn = "sign_in"
        case signOut = "sign_out"
        /// An attempt to reach something the role or scope does not allow.
        case access
    }

    public enum Outcome: String, Codable, Sendable {
        case allowed, denied
    }

    public var at: Date
    public var userID: UserID?
    public var role: Role?
    public var municipalityID: MunicipalityID?
    public var action: Action
    /// What the entry is about, as the log stores it: an `AuditEntity`'s raw value. Kept as
    /// text so that a row written by a version that knew an entity this one does not still
    /// reads; everything this version writes is named by an `AuditEntity`.
    public private(set) var entityType: String
    public var entityID: String?
    /// A search criterion, a changed field list, a reason. Never a password or a whole form.
    public var detail: String?
    public var ip: String?
    public var outcome: Outcome
    /// The form submission this change answers; the store claims it with the change, so the
    /// same form posted twice changes once (`FormSubmission`). Not part of the log's row.
    public var submission: FormSubmission?

    public init(at: Date, userID: UserID?, role: Role?, municipalityID: MunicipalityID?, action: Action,
                entity: AuditEntity, entityID: String? = nil, detail: String? = nil, ip: String?, outcome: Outcome = .allowed,
                submission: FormSubmission? = nil) {
        self.init(at: at, userID: userID, role: role, municipalityID: municipalityID, action: action, storedEntityType: entity.rawValue,
                  entityID: entityID, detail: detail, ip: ip, outcome: outcome, submission: submission)
    }

    /// A row as the log stored it.
    public init(at: Date, userID: UserID?, role: Role?, municipalityID: MunicipalityID?, action: Action,
                storedEntityType entityType: String, entityID: String?, detail: String?, ip: String?, outcome: Outcome,
                submission: FormSubmission? = nil) {
        self.at = at
        self.userID = userID
        self.role = role
        self.municipalityID = municipalityID
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.detail = detail.map { String($0.prefix(500)) }
        self.ip = ip
        self.outcome = outcome
        self.submission = submission
    }

    /// The entity the entry names; nil only for a row from a version that knew more entities.
    public var entity: AuditEntity? { AuditEntity(rawValue: entityType) }

    /// Files the entry under another row: each refused reference of a form, each child a list showed.
    public mutating func file(under target: AuditTarget) {
        entityType = target.entity.rawValue
        entityID = target.id
    }
}

/// The signed-in person acting, with where they act from; makes audit entries for their actions.
public struct Actor: Sendable, Equatable {
    public var userID: UserID
    public var role: Role
    public var municipalityID: MunicipalityID?
    public var ip: String?
    public var now: Date
    /// The form submission the request posts, if its route creates or decides something.
    public var submission: FormSubmission?

    public init(userID: UserID, role: Role, municipalityID: MunicipalityID?, ip: String?, now: Date,
                submission: FormSubmission? = nil) {
        self.userID = userID
        self.role = role
        self.municipalityID = municipalityID
        self.ip = ip
        self.now = now
        self.submission = submission
    }

    public func audit(_ action: AuditEntry.Action, _ entity: AuditEntity, _ entityID: CustomStringConvertible? = nil,
                      detail: String? = nil, outcome: AuditEntry.Outcome = .allowed,
                      municipality: MunicipalityID? = nil) -> AuditEntry {
        // Only changes claim the submission: a read recorded on the way is not the form's result.
        let changes = outcome == .allowed && [.create, .update, .delete].contains(action)
        return AuditEntry(at: now, userID: userID, role: role, municipalityID: municipality ?? municipalityID, action: action,
                          entity: entity, entityID: entityID?.description, detail: detail, ip: ip, outcome: outcome,
                          submission: changes ? submission : nil)
    }
}
