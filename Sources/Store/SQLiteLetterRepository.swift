import Domain
import Foundation
import GRDB

enum LetterSQL {
    /// Stores a decision's letter in the decision's own transaction.
    static func insert(_ letter: LetterDraft, kind: LetterKind, child: ChildID, referral: ReferralID?, grant: GrantID?,
                       municipality: MunicipalityID, on day: LocalDate, by user: UserID, at: Date, _ db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let body = String(decoding: try encoder.encode(letter.sections), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO decision_letter (municipality_id, child_id, referral_id, grant_id, kind, language, title, body, decided_on,
              created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [municipality, child, referral, grant, kind.rawValue, letter.language, letter.title, body, day, user, at])
    }

    static func letter(_ row: Row) -> DecisionLetter {
        let body: String = row["body"]
        let sections = (try? JSONDecoder().decode([LetterSection].self, from: Data(body.utf8))) ?? []
        return DecisionLetter(id: row["id"], childID: row["child_id"], kind: LetterKind(rawValue: row["kind"]) ?? .referral,
                              referralID: row["referral_id"], grantID: row["grant_id"], language: row["language"],
                              title: row["title"], sections: sections, decidedOn: row["decided_on"], createdAt: row["created_at"])
    }
}

public struct SQLiteLetterRepository: LetterRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    public func letters(for child: ChildID, in municipality: MunicipalityID) async throws -> [DecisionLetter] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "SELECT * FROM decision_letter WHERE child_id = ? AND municipality_id = ? ORDER BY id DESC",
                                   arguments: [child, municipality]).map(LetterSQL.letter)
        }
    }

    public func find(_ id: LetterID, in municipality: MunicipalityID) async throws -> DecisionLetter? {
        try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "SELECT * FROM decision_letter WHERE id = ? AND municipality_id = ?",
                                   arguments: [id, municipality]).map(LetterSQL.letter)
        }
    }

    static let cardSQL = """
        SELECT p.id, p.child_id, p.valid_from, p.valid_to, p.covers_guidance, p.covers_fee, p.covers_equipment, p.status, p.code,
          c.first_name, c.letter_language, m.name AS municipality_name, m.scheme_name, m.support_email, m.support_phone,
          s.letter_contact
        FROM pass p JOIN child c ON c.id = p.child_id JOIN municipality m ON m.id = p.municipality_id
        LEFT JOIN scheme_settings s ON s.municipality_id = p.municipality_id
        """

    static func card(_ row: Row) -> PassCard {
        let fallback = [row["support_email"], row["support_phone"]].compactMap { $0 as String? }.joined(separator: ", ")
        return PassCard(passID: row["id"], childID: row["child_id"], firstName: row["first_name"], letterLanguage: row["letter_language"],
                        schemeName: row["scheme_name"], municipalityName: row["municipality_name"],
                        cover: PassCover(guidance: row["covers_guidance"], fee: row["covers_fee"], equipment: row["covers_equipment"]),
                        validFrom: row["valid_from"], validTo: row["valid_to"], status: PassStatus(rawValue: row["status"]) ?? .granted,
                        code: row["code"] ?? "", contact: (row["letter_contact"] as String?) ?? fallback)
    }

    public func card(_ pass: PassID, in municipality: MunicipalityID) async throws -> PassCard? {
        try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "\(Self.cardSQL) WHERE p.id = ? AND p.municipality_id = ?", arguments: [pass, municipality])
                .map(Self.card)
        }
    }

    public func lookup(code: String, in municipality: MunicipalityID) async throws -> PassCard? {
        try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "\(Self.cardSQL) WHERE p.code = ? AND p.municipality_id = ? AND c.anonymised_at IS NULL",
                                   arguments: [code, municipality]).map(Self.card)
        }
    }

    public func settings(for municipality: MunicipalityID) async throws -> LetterSettings {
        try await db.readAsync { db in
            let row = try Row.fetchOneCached(db, sql: "SELECT appeal_guidance, letter_contact FROM scheme_settings WHERE municipality_id = ?",
                                             arguments: [municipality])
            return LetterSettings(appealGuidance: row?["appeal_guidance"], contact: row?["letter_contact"])
        }
    }

    public func saveSettings(_ settings: LetterSettings, for municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO scheme_settings (municipality_id, appeal_guidance, letter_contact) VALUES (?, ?, ?)
                ON CONFLICT (municipality_id) DO UPDATE SET appeal_guidance = excluded.appeal_guidance, letter_contact = excluded.letter_contact
                """, arguments: [municipality, settings.appealGuidance, settings.contact])
            try AuditWriter.insert(audit, db)
        }
    }

    public func setLetterLanguage(_ language: String, of child: ChildID, in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: "UPDATE child SET letter_language = ? WHERE id = ? AND municipality_id = ? AND anonymised_at IS NULL",
                           arguments: [language, child, municipality])
            try db.requireChange()
            try AuditWriter.insert(audit, db)
        }
    }

    public func letterLanguage(of child: ChildID, in municipality: MunicipalityID) async throws -> String? {
        try await db.readAsync { db in
            try String.fetchOneCached(db, sql: "SELECT letter_language FROM child WHERE id = ? AND municipality_id = ?",
                                      arguments: [child, municipality])
        }
    }
}
