import Domain
import Foundation
import GRDB

/// Counters of failed password checks, per (account, address) and per account ('' address).
public struct SQLiteThrottleRepository: ThrottleRepository {
    let db: any DatabaseWriter
    /// The address of the row that counts an account's failures from everywhere.
    static let everywhere = ""

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    public func reserveAttempt(account: String, address: String, rule: ThrottleRule, now: Date) async throws -> ThrottleDecision {
        // Read and count in one write transaction: SQLite runs one writer at a time, so
        // attempts sent in parallel are counted one after another and see each other.
        try await db.write { db in
            let here = try Self.state(db, account, address)
            let anywhere = try Self.state(db, account, Self.everywhere)
            if rule.isLocked(here, now: now) || rule.isLocked(anywhere, now: now) { return .locked }
            let hereAfter = rule.afterFailure(here, now: now)
            let anywhereAfter = rule.afterFailure(anywhere, now: now, limit: rule.maxAccountFailures)
            try Self.save(db, account, address, hereAfter)
            try Self.save(db, account, Self.everywhere, anywhereAfter)
            return .check(locksIfWrong: hereAfter.lockedUntil != nil || anywhereAfter.lockedUntil != nil)
        }
    }

    static func state(_ db: Database, _ account: String, _ address: String) throws -> ThrottleState? {
        try Row.fetchOne(db, sql: "SELECT * FROM sign_in_throttle WHERE account = ? AND address = ?", arguments: [account, address])
            .map { ThrottleState(failures: $0["failures"], lastFailureAt: $0["last_failure_at"], lockedUntil: $0["locked_until"]) }
    }

    static func save(_ db: Database, _ account: String, _ address: String, _ state: ThrottleState) throws {
        try db.execute(sql: """
            INSERT INTO sign_in_throttle (account, address, failures, last_failure_at, locked_until) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(account, address) DO UPDATE SET failures = excluded.failures,
                last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until
            """, arguments: [account, address, state.failures, state.lastFailureAt, state.lockedUntil])
    }

    public func clear(account: String) async throws {
        try await db.write { db in
            try db.execute(sql: "DELETE FROM sign_in_throttle WHERE account = ?", arguments: [account])
        }
    }

    public func clear(account: String, address: String?) async throws {
        try await db.write { db in
            try db.execute(sql: "DELETE FROM sign_in_throttle WHERE account = ? AND address = ?",
                           arguments: [account, address ?? Self.everywhere])
        }
    }

    public func lockedAccounts(now: Date) async throws -> Set<String> {
        try await db.readAsync { db in
            // A lock on the second-factor codes locks the account just the same.
            Set(try String.fetchAll(db, sql: """
                SELECT DISTINCT CASE WHEN account LIKE ? THEN substr(account, ?) ELSE account END
                FROM sign_in_throttle WHERE locked_until > ?
                """, arguments: [ThrottleRule.codeAccountPrefix + "%", ThrottleRule.codeAccountPrefix.count + 1, now]))
        }
    }

    public func locks(in municipality: MunicipalityID, now: Date) async throws -> [SignInLock] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT u.id, u.name, t.address, t.failures, t.locked_until FROM sign_in_throttle t
                JOIN app_user u ON (u.email = t.account OR ? || u.email = t.account) AND u.municipality_id = ?
                WHERE t.locked_until > ? ORDER BY t.locked_until DESC, u.name, t.address
                """, arguments: [ThrottleRule.codeAccountPrefix, municipality, now]).map {
                let address: String = $0["address"]
                return SignInLock(userID: $0["id"], userName: $0["name"], address: address == Self.everywhere ? nil : address,
                                  failures: $0["failures"], lockedUntil: $0["locked_until"])
            }
        }
    }
}
