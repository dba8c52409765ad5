import Domain
import Foundation
import GRDB

/// Claims form submissions inside the caller's write transaction (`AuditWriter.insert` calls it
/// with the change's audit entry): the UNIQUE key makes the second of two racing posts fail
/// after the first committed, and its whole transaction rolls back.
enum FormSubmissionSQL {
    static func claim(_ submission: FormSubmission, _ entry: AuditEntry, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO form_submission (municipality_id, submission_key, owner, entity_type, entity_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """, arguments: [submission.municipality, submission.key, submission.owner, entry.entityType, entry.entityID, entry.at])
        guard db.changesCount == 0 else { return }
        // Taken: by this request (a second write or entry of the same post) or by another one.
        let owner = try String.fetchOne(db, sql: """
            SELECT owner FROM form_submission WHERE IFNULL(municipality_id, 0) = ? AND submission_key = ?
            """, arguments: [submission.municipality ?? 0, submission.key])
        if owner != submission.owner { throw AlreadySubmitted() }
    }
}

public struct SQLiteFormSubmissionRepository: FormSubmissionRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    public func find(_ submission: FormSubmission) async throws -> SubmissionRecord? {
        try await db.readAsync { db in
            try Row.fetchOne(db, sql: """
                SELECT owner, location FROM form_submission WHERE IFNULL(municipality_id, 0) = ? AND submission_key = ?
                """, arguments: [submission.municipality ?? 0, submission.key])
                .map { SubmissionRecord(owner: $0["owner"], location: $0["location"]) }
        }
    }

    public func recordLocation(_ location: String, for submission: FormSubmission) async throws {
        try await db.write { db in
            try db.execute(sql: """
                UPDATE form_submission SET location = ? WHERE IFNULL(municipality_id, 0) = ? AND submission_key = ? AND owner = ?
                """, arguments: [location, submission.municipality ?? 0, submission.key, submission.owner])
        }
    }

    public func purge(claimedBefore date: Date) async throws -> Int {
        try await db.write { db in
            try db.execute(sql: "DELETE FROM form_submission WHERE created_at < ?", arguments: [date])
            return db.changesCount
        }
    }
}
