import Domain
import Foundation
import GRDB

public struct SQLiteConsentRepository: ConsentRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    /// What the child's consents cover on `date`, read inside the caller's transaction (the
    /// writes that re-check a rule the form checked).
    static func summary(of child: ChildID, in municipality: MunicipalityID, on date: LocalDate, _ db: Database) throws -> ConsentSummary {
        ConsentSummary(try Row.fetchAllCached(db, sql: "SELECT * FROM consent WHERE child_id = ? AND municipality_id = ?",
                                              arguments: [child, municipality]).map(consent), on: date)
    }

    static func consent(_ row: Row) -> Consent {
        Consent(id: row["id"], childID: row["child_id"], givenBy: row["given_by"], givenOn: row["given_on"],
                method: ConsentMethod(rawValue: row["method"]) ?? .written,
                scope: ConsentScope(registration: row["covers_registration"], association: row["covers_association"],
                                    volunteer: row["covers_volunteer"]),
                expiresOn: row["expires_on"], withdrawnOn: row["withdrawn_on"], withdrawalReason: row["withdrawal_reason"],
                recordedAt: row["recorded_at"])
    }

    public func list(for child: ChildID, in municipality: MunicipalityID) async throws -> [Consent] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "SELECT * FROM consent WHERE child_id = ? AND municipality_id = ? ORDER BY given_on DESC, id DESC",
                             arguments: [child, municipality]).map(Self.consent)
        }
    }

    public func record(_ consent: ConsentInput.Valid, for child: ChildID, in municipality: MunicipalityID, by user: UserID,
                       at: Date, audit: AuditEntry) async throws -> ConsentID {
        try await db.write { db in
            guard try Bool.fetchOneCached(db, sql: "SELECT EXISTS (SELECT 1 FROM child WHERE id = ? AND municipality_id = ?)",
                                    arguments: [child, municipality]) == true else { throw StoreError.notFound }
            try db.execute(sql: """
                INSERT INTO consent (child_id, municipality_id, given_by, given_on, method, covers_registration, covers_association,
                  covers_volunteer, expires_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [child, municipality, consent.givenBy, consent.givenOn, consent.method.rawValue,
                                 consent.scope.registration, consent.scope.association, consent.scope.volunteer,
                                 consent.expiresOn, user, at])
            let id = ConsentID(db.lastInsertedRowID)
            try AuditWriter.insert(audit, db)
            return id
        }
    }

    public func withdraw(_ id: ConsentID, child: ChildID, in municipality: MunicipalityID, on date: LocalDate, reason: String?,
                         audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                UPDATE consent SET withdrawn_on = ?, withdrawal_reason = ?
                WHERE id = ? AND child_id = ? AND municipality_id = ? AND withdrawn_on IS NULL
                """, arguments: [date, reason, id, child, municipality])
            if db.changesCount == 0 {
                let exists = try Bool.fetchOneCached(db, sql: "SELECT EXISTS (SELECT 1 FROM consent WHERE id = ? AND child_id = ? AND municipality_id = ?)",
                                               arguments: [id, child, municipality]) ?? false
                throw exists ? StoreError.conflict : StoreError.notFound
            }
            try AuditWriter.insert(audit, db)
        }
    }
}
