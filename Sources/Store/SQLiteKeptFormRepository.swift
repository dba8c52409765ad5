import Domain
import Foundation
import GRDB

/// Forms kept across a session's end, each readable only by the user who typed it.
public struct SQLiteKeptFormRepository: KeptFormRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    public func keep(_ sealedFields: Data, path: String, for user: UserID, at: Date) async throws {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO kept_form (user_id, municipality_id, path, fields, kept_at, expires_at)
                SELECT id, municipality_id, ?, ?, ?, ? FROM app_user WHERE id = ? AND is_active
                """, arguments: [path, sealedFields, at, at.addingTimeInterval(KeptForm.lifetime), user])
        }
    }

    public func newest(for user: UserID, now: Date) async throws -> KeptForm? {
        try await db.readAsync { db in
            try Row.fetchOne(db, sql: """
                SELECT id, path, kept_at FROM kept_form WHERE user_id = ? AND expires_at > ? ORDER BY kept_at DESC, id DESC LIMIT 1
                """, arguments: [user, now]).map { KeptForm(id: $0["id"], path: $0["path"], keptAt: $0["kept_at"]) }
        }
    }

    public func take(_ id: Int64, for user: UserID, now: Date) async throws -> Data? {
        try await db.write { db in
            let fields = try Data.fetchOne(db, sql: "SELECT fields FROM kept_form WHERE id = ? AND user_id = ? AND expires_at > ?",
                                           arguments: [id, user, now])
            if fields != nil { try db.execute(sql: "DELETE FROM kept_form WHERE id = ?", arguments: [id]) }
            return fields
        }
    }

    public func purgeExpired(now: Date) async throws {
        try await db.write { db in
            try db.execute(sql: "DELETE FROM kept_form WHERE expires_at <= ?", arguments: [now])
        }
    }
}
