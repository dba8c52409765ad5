import Domain
import Foundation
import GRDB

public struct SQLiteMunicipalityRepository: MunicipalityRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    static func municipality(_ row: Row) -> Municipality {
        Municipality(id: row["id"], slug: row["slug"], name: row["name"], schemeName: row["scheme_name"],
                     supportEmail: row["support_email"], supportPhone: row["support_phone"], createdAt: row["created_at"])
    }

    public func all() async throws -> [Municipality] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "SELECT * FROM municipality ORDER BY name").map(Self.municipality)
        }
    }

    public func find(_ id: MunicipalityID) async throws -> Municipality? {
        try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "SELECT * FROM municipality WHERE id = ?", arguments: [id]).map(Self.municipality)
        }
    }

    public func find(slug: String) async throws -> Municipality? {
        try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "SELECT * FROM municipality WHERE slug = ?", arguments: [slug]).map(Self.municipality)
        }
    }

    public func create(_ draft: MunicipalityDraft, firstCoordinator: UserDraft, activation: NewActivation,
                       at: Date, audit: AuditEntry) async throws -> (Municipality, User) {
        try await db.write { db in
            try DatabaseError.mapUnique(field: "slug") {
                try db.execute(sql: """
                    INSERT INTO municipality (slug, name, scheme_name, support_email, support_phone, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [draft.slug, draft.name, draft.schemeName, draft.supportEmail, draft.supportPhone, at])
            }
            let id = MunicipalityID(db.lastInsertedRowID)
            var coordinator = firstCoordinator
            coordinator.municipalityID = id
            coordinator.role = .coordinator
            let userID = try SQLiteUserRepository.insert(coordinator, passwordHash: nil, activation: activation, at: at, db)
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            let municipality = try Row.fetchOneCached(db, sql: "SELECT * FROM municipality WHERE id = ?", arguments: [id]).map(Self.municipality)!
            let user = try Row.fetchOneCached(db, sql: "SELECT \(SQLiteUserRepository.columns) FROM app_user WHERE id = ?",
                                        arguments: [userID]).map(SQLiteUserRepository.user)!
            return (municipality, user)
        }
    }
}
