import Domain
import Foundation
import GRDB

public struct SQLiteUserRepository: UserRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    static let columns = "id, municipality_id, role, email, name, language, is_active, password_hash IS NOT NULL AS has_password, created_at, last_sign_in_at"

    static func user(_ row: Row) -> User {
        User(id: row["id"], municipalityID: row["municipality_id"],
             role: Role(rawValue: row["role"]) ?? .caseworker, email: row["email"], name: row["name"],
             language: Language(rawValue: row["language"]) ?? .da, isActive: row["is_active"],
             hasPassword: row["has_password"], createdAt: row["created_at"], lastSignInAt: row["last_sign_in_at"])
    }

    public func find(_ id: UserID) async throws -> User? {
        try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "SELECT \(Self.columns) FROM app_user WHERE id = ?", arguments: [id]).map(Self.user)
        }
    }

    public func find(_ id: UserID, in municipality: MunicipalityID) async throws -> User? {
        try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "SELECT \(Self.columns) FROM app_user WHERE id = ? AND municipality_id = ?",
                             arguments: [id, municipality]).map(Self.user)
        }
    }

    public func list(in municipality: MunicipalityID) async throws -> [User] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "SELECT \(Self.columns) FROM app_user WHERE municipality_id = ? ORDER BY name COLLATE NOCASE, id",
                             arguments: [municipality]).map(Self.user)
        }
    }

    public func credentials(email: String) async throws -> StoredCredentials? {
        try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "SELECT \(Self.columns), password_hash FROM app_user WHERE email = ?", arguments: [email])
                .map { StoredCredentials(user: Self.user($0), passwordHash: $0["password_hash"]) }
        }
    }

    public func create(_ draft: UserDraft, passwordHash: String?, activation: NewActivation?, at: Date,
                       audit: AuditEntry) async throws -> User {
        try await db.write { db in
            let id = try Self.insert(draft, passwordHash: passwordHash, activation: activation, at: at, db)
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return try Row.fetchOneCached(db, sql: "SELECT \(Self.columns) FROM app_user WHERE id = ?", arguments: [id]).map(Self.user)!
        }
    }

    /// Shared with the municipality repository, which creates a first coordinator in its own transaction.
    static func insert(_ draft: UserDraft, passwordHash: String?, activation: NewActivation?, at: Date,
                       _ db: Database) throws -> UserID {
        try DatabaseError.mapUnique(field: "email") {
            try db.execute(sql: """
                INSERT INTO app_user (municipality_id, role, email, name, password_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [draft.municipalityID, draft.role.rawValue, draft.email, draft.name, passwordHash, at])
        }
        let id = UserID(db.lastInsertedRowID)
        if let activation {
            try db.execute(sql: "INSERT INTO activation (token_hash, user_id, expires_at, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [activation.tokenHash, id, activation.expiresAt, at])
            if let link = activation.link {
                try OutboxSQL.accountLink(.activation, user: id, link: link, expiresAt: activation.expiresAt, at: at, db)
            }
        }
        return id
    }

    public func update(_ id: UserID, in municipality: MunicipalityID, name: String, role: Role,
                       audit: AuditEntry) async throws -> User {
        try await db.write { db in
            guard let current = try Row.fetchOneCached(db, sql: "SELECT role FROM app_user WHERE id = ? AND municipality_id = ?",
                                                 arguments: [id, municipality]) else { throw StoreError.notFound }
            try db.execute(sql: "UPDATE app_user SET name = ?, role = ? WHERE id = ? AND municipality_id = ?",
                           arguments: [name, role.rawValue, id, municipality])
            if (current["role"] as String) != role.rawValue {
                try Self.endSessions(of: id, db)
            }
            try AuditWriter.insert(audit, db)
            return try Row.fetchOneCached(db, sql: "SELECT \(Self.columns) FROM app_user WHERE id = ?", arguments: [id]).map(Self.user)!
        }
    }

    public func setActive(_ id: UserID, in municipality: MunicipalityID, active: Bool, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: "UPDATE app_user SET is_active = ? WHERE id = ? AND municipality_id = ?",
                           arguments: [active, id, municipality])
            try db.requireChange()
            if !active { try Self.endSessions(of: id, db) }
            try AuditWriter.insert(audit, db)
        }
    }

    public func resetPassword(_ id: UserID, in municipality: MunicipalityID, activation: NewActivation,
                              audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: "UPDATE app_user SET password_hash = NULL WHERE id = ? AND municipality_id = ?",
                           arguments: [id, municipality])
            try db.requireChange()
            // Older links stop working when a new one is made.
            try db.execute(sql: "UPDATE activation SET used_at = ? WHERE user_id = ? AND used_at IS NULL",
                           arguments: [audit.at, id])
            try db.execute(sql: "INSERT INTO activation (token_hash, user_id, expires_at, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [activation.tokenHash, id, activation.expiresAt, audit.at])
            if let link = activation.link {
                try OutboxSQL.accountLink(.activation, user: id, link: link, expiresAt: activation.expiresAt, at: audit.at, db)
            }
            try Self.endSessions(of: id, db)
            try AuditWriter.insert(audit, db)
        }
    }

    public func changePassword(_ id: UserID, passwordHash: String, keepSession: String?, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: "UPDATE app_user SET password_hash = ? WHERE id = ?", arguments: [passwordHash, id])
            try db.requireChange()
            try db.execute(sql: "DELETE FROM app_session WHERE user_id = ? AND key IS NOT ?", arguments: [id, keepSession])
            try AuditWriter.insert(audit, db)
        }
    }

    public func setLanguage(_ id: UserID, language: Language) async throws {
        try await db.write { db in
            try db.execute(sql: "UPDATE app_user SET language = ? WHERE id = ?", arguments: [language.rawValue, id])
        }
    }

    public func recordSignIn(_ id: UserID, at: Date) async throws {
        try await db.write { db in
            try db.execute(sql: "UPDATE app_user SET last_sign_in_at = ? WHERE id = ?", arguments: [at, id])
        }
    }

    public func activationUser(tokenHash: String, now: Date) async throws -> User? {
        try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: """
                SELECT \(Self.columns.split(separator: ",").map { "u." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", "))
                FROM activation a JOIN app_user u ON u.id = a.user_id
                WHERE a.token_hash = ? AND a.used_at IS NULL AND a.expires_at > ? AND u.is_active
                """, arguments: [tokenHash, now]).map(Self.user)
        }
    }

    public func activate(tokenHash: String, passwordHash: String, now: Date, ip: String?) async throws -> User? {
        try await db.write { db in
            // The conditional update is the single-use guarantee: a second submission changes nothing.
            try db.execute(sql: """
                UPDATE activation SET used_at = ?
                WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
                  AND user_id IN (SELECT id FROM app_user WHERE is_active)
                """, arguments: [now, tokenHash, now])
            guard db.changesCount == 1,
                  let userID = try UserID.fetchOneCached(db, sql: "SELECT user_id FROM activation WHERE token_hash = ?", arguments: [tokenHash])
            else { return nil }
            try db.execute(sql: "UPDATE app_user SET password_hash = ? WHERE id = ?", arguments: [passwordHash, userID])
            try Self.endSessions(of: userID, db)
            let user = try Row.fetchOneCached(db, sql: "SELECT \(Self.columns) FROM app_user WHERE id = ?", arguments: [userID]).map(Self.user)!
            try AuditWriter.insert(AuditEntry(at: now, userID: userID, role: user.role, municipalityID: user.municipalityID,
                                              action: .update, entity: .user, entityID: userID.description,
                                              detail: "activation", ip: ip), db)
            return user
        }
    }

    public func isPasswordReset(tokenHash: String) async throws -> Bool {
        try await db.readAsync { db in
            try String.fetchOneCached(db, sql: "SELECT purpose FROM activation WHERE token_hash = ?", arguments: [tokenHash]) == "reset"
        }
    }

    static func endSessions(of id: UserID, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM app_session WHERE user_id = ?", arguments: [id])
    }
}
