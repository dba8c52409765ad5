import Domain
import Foundation
import GRDB

/// Authenticator enrolments and recovery codes. Sign-in looks a user up by id (before the user
/// has a municipality in the request); the coordinator's reset is scoped to their municipality.
public struct SQLiteSecondFactorRepository: SecondFactorRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    public func enrolment(of user: UserID) async throws -> SecondFactorEnrolment? {
        try await db.readAsync { db in
            try Row.fetchOne(db, sql: """
                SELECT f.user_id, f.secret, f.last_used_step, f.enrolled_at,
                  (SELECT COUNT(*) FROM recovery_code r WHERE r.user_id = f.user_id AND r.used_at IS NULL) AS codes_left
                FROM second_factor f WHERE f.user_id = ?
                """, arguments: [user]).map {
                SecondFactorEnrolment(userID: $0["user_id"], sealedSecret: $0["secret"], lastUsedStep: $0["last_used_step"],
                                      enrolledAt: $0["enrolled_at"], recoveryCodesLeft: $0["codes_left"])
            }
        }
    }

    public func enrol(_ user: UserID, sealedSecret: Data, step: Int64, recoveryCodeHashes: [String], audit: AuditEntry) async throws {
        try await db.write { db in
            try DatabaseError.mapUnique(field: "user") {
                try db.execute(sql: """
                    INSERT INTO second_factor (user_id, municipality_id, secret, last_used_step, enrolled_at)
                    SELECT id, municipality_id, ?, ?, ? FROM app_user WHERE id = ?
                    """, arguments: [sealedSecret, step, audit.at, user])
            }
            try db.requireChange()
            try Self.insertCodes(recoveryCodeHashes, of: user, db)
            try AuditWriter.insert(audit, db)
        }
    }

    public func use(step: Int64, of user: UserID) async throws -> Bool {
        try await db.write { db in
            // Conditional: two sign-ins racing with the same code cannot both pass.
            try db.execute(sql: "UPDATE second_factor SET last_used_step = ? WHERE user_id = ? AND last_used_step < ?",
                           arguments: [step, user, step])
            return db.changesCount == 1
        }
    }

    public func useRecoveryCode(hash: String, of user: UserID, at: Date) async throws -> Bool {
        try await db.write { db in
            try db.execute(sql: "UPDATE recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
                           arguments: [at, user, hash])
            return db.changesCount == 1
        }
    }

    public func replaceRecoveryCodes(of user: UserID, hashes: [String], audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: "DELETE FROM recovery_code WHERE user_id = ?", arguments: [user])
            try Self.insertCodes(hashes, of: user, db)
            try AuditWriter.insert(audit, db)
        }
    }

    public func reset(_ user: UserID, in municipality: MunicipalityID?, audit: AuditEntry) async throws {
        try await db.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM app_user WHERE id = ? AND municipality_id IS ?",
                                    arguments: [user, municipality]) == true else { throw StoreError.notFound }
            try db.execute(sql: "DELETE FROM second_factor WHERE user_id = ?", arguments: [user])
            try SQLiteUserRepository.endSessions(of: user, db)
            try OutboxSQL.secondFactorReset(user: user, at: audit.at, db)
            try AuditWriter.insert(audit, db)
        }
    }

    static func insertCodes(_ hashes: [String], of user: UserID, _ db: Database) throws {
        for hash in hashes {
            try db.execute(sql: "INSERT INTO recovery_code (user_id, code_hash) VALUES (?, ?)", arguments: [user, hash])
        }
    }
}
