import Domain
import Foundation
import GRDB

public struct SQLiteThrottleRepository: ThrottleRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    public func state(_ scope: ThrottleScope, key: String) async throws -> ThrottleState? {
        try await db.readAsync { db in
            try Row.fetchOne(db, sql: "SELECT * FROM login_throttle WHERE scope = ? AND key = ?", arguments: [scope.rawValue, key])
                .map { ThrottleState(failures: $0["failures"], lastFailureAt: $0["last_failure_at"], lockedUntil: $0["locked_until"]) }
        }
    }

    public func save(_ scope: ThrottleScope, key: String, state: ThrottleState) async throws {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO login_throttle (scope, key, failures, last_failure_at, locked_until) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(scope, key) DO UPDATE SET failures = excluded.failures,
                    last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until
                """, arguments: [scope.rawValue, key, state.failures, state.lastFailureAt, state.lockedUntil])
        }
    }

    public func clear(_ scope: ThrottleScope, key: String) async throws {
        try await db.write { db in
            try db.execute(sql: "DELETE FROM login_throttle WHERE scope = ? AND key = ?", arguments: [scope.rawValue, key])
        }
    }

    public func lockedAccounts(now: Date) async throws -> Set<String> {
        try await db.readAsync { db in
            Set(try String.fetchAll(db, sql: "SELECT key FROM login_throttle WHERE scope = 'account' AND locked_until > ?",
                                    arguments: [now]))
        }
    }
}
