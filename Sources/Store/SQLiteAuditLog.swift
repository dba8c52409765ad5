import Domain
import Foundation
import GRDB

public struct SQLiteAuditLog: AuditLog {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    public func record(_ entry: AuditEntry) async throws {
        try await db.write { db in
            try AuditWriter.insert(entry, db)
        }
    }

    static func entry(_ row: Row) -> AuditEntry {
        AuditEntry(at: row["at"], userID: row["user_id"], role: (row["role"] as String?).flatMap(Role.init(rawValue:)),
                   municipalityID: row["municipality_id"],
                   action: AuditEntry.Action(rawValue: row["action"]) ?? .view, entityType: row["entity_type"],
                   entityID: row["entity_id"], detail: row["detail"], ip: row["ip"],
                   outcome: AuditEntry.Outcome(rawValue: row["outcome"]) ?? .denied)
    }

    public func recent(in municipality: MunicipalityID?, limit: Int) async throws -> [AuditEntry] {
        try await db.read { db in
            if let municipality {
                return try Row.fetchAll(db, sql: "SELECT * FROM audit_event WHERE municipality_id = ? ORDER BY id DESC LIMIT ?",
                                        arguments: [municipality, limit]).map(Self.entry)
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM audit_event ORDER BY id DESC LIMIT ?", arguments: [limit]).map(Self.entry)
        }
    }
}

extension Repositories {
    /// The SQLite implementation of every repository over one database.
    public static func sqlite(_ db: any DatabaseWriter) -> Repositories {
        Repositories(municipalities: SQLiteMunicipalityRepository(db), users: SQLiteUserRepository(db),
                     sessions: SQLiteSessionRepository(db), throttle: SQLiteThrottleRepository(db),
                     audit: SQLiteAuditLog(db), implementation: SQLiteImplementationRepository(db))
    }
}
