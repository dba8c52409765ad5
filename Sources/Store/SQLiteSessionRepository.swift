import Domain
import Foundation
import GRDB

public struct SQLiteSessionRepository: SessionRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    public func load(key: String, now: Date) async throws -> (data: Data, expiresAt: Date)? {
        try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "SELECT data, expires_at FROM app_session WHERE key = ? AND expires_at > ?",
                             arguments: [key, now])
                .map { ($0["data"], $0["expires_at"]) }
        }
    }

    public func save(key: String, data: Data, userID: UserID?, expiresAt: Date?) async throws {
        try await db.write { db in
            if let expiresAt {
                try db.execute(sql: """
                    INSERT INTO app_session (key, data, user_id, expires_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(key) DO UPDATE SET data = excluded.data, user_id = excluded.user_id, expires_at = excluded.expires_at
                    """, arguments: [key, data, userID, expiresAt])
            } else {
                // An update of a session that was revoked meanwhile must not bring it back.
                try db.execute(sql: "UPDATE app_session SET data = ?, user_id = ? WHERE key = ?",
                               arguments: [data, userID, key])
            }
        }
    }

    public func create(key: String, data: Data, userID: UserID?, expiresAt: Date) async throws {
        try await db.write { db in
            try DatabaseError.mapUnique(field: "key") {
                try db.execute(sql: "INSERT INTO app_session (key, data, user_id, expires_at) VALUES (?, ?, ?, ?)",
                               arguments: [key, data, userID, expiresAt])
            }
        }
    }

    public func remove(key: String) async throws {
        try await db.write { db in
            try db.execute(sql: "DELETE FROM app_session WHERE key = ?", arguments: [key])
        }
    }

    public func removeAll(for user: UserID) async throws {
        try await db.write { db in
            try db.execute(sql: "DELETE FROM app_session WHERE user_id = ?", arguments: [user])
        }
    }

    public func purgeExpired(now: Date) async throws {
        try await db.write { db in
            try db.execute(sql: "DELETE FROM app_session WHERE expires_at <= ?", arguments: [now])
        }
    }

    public func count(for user: UserID, now: Date) async throws -> Int {
        try await db.readAsync { db in
            try Int.fetchOneCached(db, sql: "SELECT COUNT(*) FROM app_session WHERE user_id = ? AND expires_at > ?",
                             arguments: [user, now]) ?? 0
        }
    }
}
