import Foundation

/// A child erased on request (right to erasure, GDPR art. 17). Kept outside the database, so
/// that restoring a backup taken before the erasure cannot bring the child back: the retention
/// run (at every server start, and `fritidspas retention`) erases again every child the restored
/// database still holds. It carries no name, only what tells the erased child apart.
public struct ErasureRecord: Sendable, Equatable, Codable {
    public var municipalityID: MunicipalityID
    public var childID: ChildID
    /// When the child was registered: after a restore, a new child can be given the erased
    /// child's id; only the child registered at this moment is erased again.
    public var childCreatedAt: Date
    public var erasedAt: Date

    public init(municipalityID: MunicipalityID, childID: ChildID, childCreatedAt: Date, erasedAt: Date) {
        self.municipalityID = municipalityID
        self.childID = childID
        self.childCreatedAt = childCreatedAt
        self.erasedAt = erasedAt
    }

    enum CodingKeys: String, CodingKey {
        case municipalityID = "municipality", childID = "child", childCreatedAt = "child_created_at", erasedAt = "erased_at"
    }
}

/// Where erasures on request are recorded. Appending must be durable before the erasure
/// commits: an erasure the ledger lost would come back with an old backup.
public protocol ErasureLedger: Sendable {
    func append(_ record: ErasureRecord) throws
    func records() throws -> [ErasureRecord]
}

public enum ErasureLedgerError: Error, Equatable {
    /// The store was opened without a ledger (a tool that never erases); erasing on request
    /// is refused rather than done without a record.
    case notConfigured
}

/// For stores that must never erase on request (command-line tools other than `retention`).
public struct NoErasureLedger: ErasureLedger {
    public init() {}
    public func append(_ record: ErasureRecord) throws { throw ErasureLedgerError.notConfigured }
    public func records() throws -> [ErasureRecord] { [] }
}
