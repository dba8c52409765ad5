import Domain
import Foundation
import GRDB

public struct SQLitePassRepository: PassRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    static func pass(_ row: Row) -> Pass {
        Pass(id: row["id"], childID: row["child_id"], referralID: row["referral_id"], validFrom: row["valid_from"],
             validTo: row["valid_to"],
             cover: PassCover(guidance: row["covers_guidance"], fee: row["covers_fee"], equipment: row["covers_equipment"]),
             status: PassStatus(rawValue: row["status"]) ?? .granted, grantedOn: row["granted_on"], redeemedOn: row["redeemed_on"],
             endedOn: row["ended_on"], endReason: row["end_reason"])
    }

    public func list(for child: ChildID, in municipality: MunicipalityID) async throws -> [Pass] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "SELECT * FROM pass WHERE child_id = ? AND municipality_id = ? ORDER BY valid_from DESC, id DESC",
                             arguments: [child, municipality]).map(Self.pass)
        }
    }

    public func find(_ id: PassID, in municipality: MunicipalityID) async throws -> Pass? {
        try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "SELECT * FROM pass WHERE id = ? AND municipality_id = ?", arguments: [id, municipality]).map(Self.pass)
        }
    }

    public func markInUse(_ id: PassID, on date: LocalDate, in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await change(id, in: municipality, audit: audit, today: date,
                         sql: "UPDATE pass SET status = 'in_use', redeemed_on = ? WHERE id = ? AND municipality_id = ? AND status = 'granted'",
                         arguments: [date, id, municipality])
    }

    public func end(_ id: PassID, on date: LocalDate, reason: String, in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await change(id, in: municipality, audit: audit, today: date,
                         sql: "UPDATE pass SET status = 'ended', ended_on = ?, end_reason = ? WHERE id = ? AND municipality_id = ? AND status <> 'ended'",
                         arguments: [date, reason, id, municipality])
    }

    private func change(_ id: PassID, in municipality: MunicipalityID, audit: AuditEntry, today: LocalDate, sql: String,
                        arguments: StatementArguments) async throws {
        try await db.write { db in
            try db.execute(sql: sql, arguments: arguments)
            guard db.changesCount == 1 else {
                let exists = try Bool.fetchOneCached(db, sql: "SELECT EXISTS (SELECT 1 FROM pass WHERE id = ? AND municipality_id = ?)",
                                               arguments: [id, municipality]) ?? false
                throw exists ? StoreError.conflict : StoreError.notFound
            }
            let child = try ChildID.fetchOneCached(db, sql: "SELECT child_id FROM pass WHERE id = ?", arguments: [id])!
            try ChildStatusSQL.refresh(child: child, today: today, db)
            try AuditWriter.insert(audit, db)
        }
    }
}

public struct SQLiteSchemeSettingsRepository: SchemeSettingsRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    public func settings(for municipality: MunicipalityID) async throws -> SchemeSettings {
        try await db.readAsync { try Self.settings(municipality, $0) }
    }

    static func settings(_ municipality: MunicipalityID, _ db: Database) throws -> SchemeSettings {
        guard let row = try Row.fetchOneCached(db, sql: "SELECT * FROM scheme_settings WHERE municipality_id = ?", arguments: [municipality])
        else { return .standard }
        let season = (row["season_start"] as String?).flatMap { start in
            (row["season_end"] as String?).flatMap { Season(start: start, end: $0) }
        }
        return SchemeSettings(minimumAge: row["minimum_age"], maximumAge: row["maximum_age"], season: season)
    }

    public func save(_ settings: SchemeSettings, for municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO scheme_settings (municipality_id, minimum_age, maximum_age, season_start, season_end) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(municipality_id) DO UPDATE SET minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age,
                  season_start = excluded.season_start, season_end = excluded.season_end
                """, arguments: [municipality, settings.minimumAge, settings.maximumAge, settings.season?.startText, settings.season?.endText])
            try AuditWriter.insert(audit, db)
        }
    }
}
