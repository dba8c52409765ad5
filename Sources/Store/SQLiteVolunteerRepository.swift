import Domain
import Foundation
import GRDB

public struct SQLiteVolunteerRepository: VolunteerRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    static func volunteer(_ row: Row) -> Volunteer {
        var roles = Set<VolunteerRole>()
        if row["is_guide"] { roles.insert(.guide) }
        if row["is_companion"] { roles.insert(.companion) }
        let details = VolunteerDetails(
            name: row["name"], phone: row["phone"], email: row["email"], roles: roles, organisation: row["organisation"],
            languages: row["languages"], districts: row["districts"], availability: row["availability"], capacity: row["capacity"],
            certificateOn: row["certificate_on"], status: VolunteerStatus(rawValue: row["status"]) ?? .ended, userID: row["user_id"])
        return Volunteer(id: row["id"], municipalityID: row["municipality_id"], details: details, createdAt: row["created_at"])
    }

    /// Open courses the volunteer guides or accompanies, and the newest sign of activity.
    static let loadColumns = """
        (SELECT COUNT(*) FROM guidance_course g WHERE v.id IN (g.guide_volunteer_id, g.companion_volunteer_id)
           AND g.status IN ('waiting_for_guide', 'ongoing')) AS active_courses,
        (SELECT MAX(s.held_on) FROM guidance_session s JOIN guidance_course g ON g.id = s.course_id
           WHERE v.id IN (g.guide_volunteer_id, g.companion_volunteer_id)) AS last_session,
        (SELECT MAX(g.guide_assigned_on) FROM guidance_course g WHERE v.id IN (g.guide_volunteer_id, g.companion_volunteer_id)) AS last_assigned,
        (SELECT MAX(date(o.offered_at)) FROM board_offer o WHERE o.volunteer_id = v.id) AS last_offer
        """

    public func list(in municipality: MunicipalityID, today: LocalDate) async throws -> [VolunteerRow] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT v.*, \(Self.loadColumns) FROM volunteer v WHERE v.municipality_id = ?
                ORDER BY CASE v.status WHEN 'active' THEN 0 WHEN 'paused' THEN 1 ELSE 2 END, v.name COLLATE NOCASE, v.id
                """, arguments: [municipality]).map { row in
                let volunteer = Self.volunteer(row)
                let registered = LocalDate(volunteer.createdAt, in: .danish)
                let session: LocalDate? = row["last_session"]
                let assigned: LocalDate? = row["last_assigned"]
                let offer = (row["last_offer"] as String?).flatMap(LocalDate.init(iso:))
                let dates = [session, assigned, offer].compactMap { $0 }
                return VolunteerRow(volunteer: volunteer, load: VolunteerLoad(
                    activeCourses: row["active_courses"], capacity: volunteer.details.capacity,
                    lastActivity: (dates + [registered]).max()!))
            }
        }
    }

    public func find(_ id: VolunteerID, in municipality: MunicipalityID) async throws -> Volunteer? {
        try await db.readAsync { db in
            try Row.fetchOne(db, sql: "SELECT * FROM volunteer WHERE id = ? AND municipality_id = ?", arguments: [id, municipality])
                .map(Self.volunteer)
        }
    }

    public func find(user: UserID, in municipality: MunicipalityID) async throws -> Volunteer? {
        try await db.readAsync { db in
            try Row.fetchOne(db, sql: "SELECT * FROM volunteer WHERE user_id = ? AND municipality_id = ?", arguments: [user, municipality])
                .map(Self.volunteer)
        }
    }

    static func arguments(_ d: VolunteerDetails) -> StatementArguments {
        [d.userID, d.name, d.phone, d.email, d.roles.contains(.guide), d.roles.contains(.companion), d.organisation, d.languages,
         d.districts, d.availability, d.capacity, d.certificateOn, d.status.rawValue]
    }

    /// The linked account must be a volunteer user of the same municipality.
    static func checkAccount(_ user: UserID?, _ municipality: MunicipalityID, _ db: Database) throws {
        guard let user else { return }
        let ok = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM app_user WHERE id = ? AND municipality_id = ? AND role = 'volunteer')",
                                   arguments: [user, municipality]) ?? false
        if !ok { throw StoreError.notFound }
    }

    public func create(_ details: VolunteerDetails, in municipality: MunicipalityID, at: Date, audit: AuditEntry) async throws -> VolunteerID {
        try await db.write { db in
            try Self.checkAccount(details.userID, municipality, db)
            try DatabaseError.mapUnique(field: "userID") {
                try db.execute(sql: """
                    INSERT INTO volunteer (municipality_id, user_id, name, phone, email, is_guide, is_companion, organisation, languages,
                      districts, availability, capacity, certificate_on, status, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [municipality] + Self.arguments(details) + [at, at])
            }
            let id = VolunteerID(db.lastInsertedRowID)
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    public func update(_ id: VolunteerID, details: VolunteerDetails, in municipality: MunicipalityID, at: Date, audit: AuditEntry) async throws {
        try await db.write { db in
            try Self.checkAccount(details.userID, municipality, db)
            try DatabaseError.mapUnique(field: "userID") {
                try db.execute(sql: """
                    UPDATE volunteer SET user_id = ?, name = ?, phone = ?, email = ?, is_guide = ?, is_companion = ?, organisation = ?,
                      languages = ?, districts = ?, availability = ?, capacity = ?, certificate_on = ?, status = ?, updated_at = ?
                    WHERE id = ? AND municipality_id = ?
                    """, arguments: Self.arguments(details) + [at, id, municipality])
            }
            try db.requireChange()
            try AuditWriter.insert(audit, db)
        }
    }

    public func trainings(for id: VolunteerID, in municipality: MunicipalityID) async throws -> [VolunteerTraining] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM volunteer_training WHERE volunteer_id = ? AND municipality_id = ? ORDER BY trained_on DESC, id DESC
                """, arguments: [id, municipality])
                .map { VolunteerTraining(id: $0["id"], volunteerID: $0["volunteer_id"], trainedOn: $0["trained_on"], topic: $0["topic"]) }
        }
    }

    public func addTraining(on date: LocalDate, topic: String, for id: VolunteerID, in municipality: MunicipalityID, at: Date,
                            audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO volunteer_training (volunteer_id, municipality_id, trained_on, topic, created_at)
                SELECT id, municipality_id, ?, ?, ? FROM volunteer WHERE id = ? AND municipality_id = ?
                """, arguments: [date, topic, at, id, municipality])
            try db.requireChange()
            try AuditWriter.insert(audit, db)
        }
    }

    public func accounts(in municipality: MunicipalityID) async throws -> [(user: User, linkedTo: VolunteerID?)] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT u.id, u.municipality_id, u.role, u.email, u.name, u.language, u.is_active,
                  u.password_hash IS NOT NULL AS has_password, u.created_at, u.last_sign_in_at, v.id AS volunteer_id
                FROM app_user u LEFT JOIN volunteer v ON v.user_id = u.id
                WHERE u.municipality_id = ? AND u.role = 'volunteer' ORDER BY u.name COLLATE NOCASE, u.id
                """, arguments: [municipality]).map { (SQLiteUserRepository.user($0), $0["volunteer_id"]) }
        }
    }

    public func settings(for municipality: MunicipalityID) async throws -> GuidanceSettings {
        try await db.readAsync { db in
            try Int.fetchOne(db, sql: "SELECT certificate_renewal_months FROM guidance_settings WHERE municipality_id = ?",
                             arguments: [municipality]).map { GuidanceSettings(certificateRenewalMonths: $0) } ?? .standard
        }
    }

    public func save(_ settings: GuidanceSettings, for municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO guidance_settings (municipality_id, certificate_renewal_months) VALUES (?, ?)
                ON CONFLICT(municipality_id) DO UPDATE SET certificate_renewal_months = excluded.certificate_renewal_months
                """, arguments: [municipality, settings.certificateRenewalMonths])
            try AuditWriter.insert(audit, db)
        }
    }
}
