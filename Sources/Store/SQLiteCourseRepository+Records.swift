import Domain
import Foundation
import GRDB

// Sessions and parent agreements of a course.
extension SQLiteCourseRepository {
    static func session(_ row: Row) -> GuidanceSession {
        let participants = (row["participants"] as String).split(separator: ",").compactMap { Participant(rawValue: String($0)) }
        let draft = SessionDraft(heldOn: row["held_on"], kind: SessionKind(rawValue: row["kind"]) ?? .other, minutes: row["minutes"],
                                 step: MethodStep(rawValue: row["step"]) ?? .firstMeeting, participants: participants, note: row["note"])
        return GuidanceSession(id: row["id"], courseID: row["course_id"], draft: draft, loggedBy: row["logged_by_name"],
                               loggedRole: Role(rawValue: row["logged_role"]) ?? .caseworker, loggedAt: row["logged_at"])
    }

    static let sessionSelect = "SELECT s.*, u.name AS logged_by_name FROM guidance_session s LEFT JOIN app_user u ON u.id = s.logged_by"

    public func sessions(for course: CourseID, in municipality: MunicipalityID) async throws -> [GuidanceSession] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "\(Self.sessionSelect) WHERE s.course_id = ? AND s.municipality_id = ? ORDER BY s.held_on DESC, s.id DESC",
                             arguments: [course, municipality]).map(Self.session)
        }
    }

    public func sessions(forChild child: ChildID, in municipality: MunicipalityID) async throws -> [GuidanceSession] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                \(Self.sessionSelect) JOIN guidance_course g ON g.id = s.course_id
                WHERE g.child_id = ? AND s.municipality_id = ? ORDER BY s.held_on DESC, s.id DESC
                """, arguments: [child, municipality]).map(Self.session)
        }
    }

    public func logSession(_ d: SessionDraft, course: CourseID, in municipality: MunicipalityID, by user: UserID, role: Role, at: Date,
                           audit: AuditEntry) async throws -> SessionID {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO guidance_session (course_id, municipality_id, held_on, kind, minutes, step, participants, note, logged_by,
                  logged_role, logged_at)
                SELECT id, municipality_id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM guidance_course
                WHERE id = ? AND municipality_id = ? AND status IN \(Self.open)
                """, arguments: [d.heldOn, d.kind.rawValue, d.minutes, d.step.rawValue, d.participants.map(\.rawValue).joined(separator: ","),
                                 d.note, user, role.rawValue, at, course, municipality])
            if db.changesCount == 0 { try Self.missOrConflict(course, municipality, db) }
            let id = SessionID(db.lastInsertedRowID)
            // The course is at the step of its newest session.
            try db.execute(sql: """
                UPDATE guidance_course SET step = ? WHERE id = ?
                  AND NOT EXISTS (SELECT 1 FROM guidance_session WHERE course_id = ? AND held_on > ?)
                """, arguments: [d.step.rawValue, course, course, d.heldOn])
            try AuditWriter.insert(audit, db)
            return id
        }
    }

    static func agreement(_ row: Row) -> ParentAgreement {
        ParentAgreement(id: row["id"], courseID: row["course_id"], kind: AgreementKind(rawValue: row["kind"]) ?? .other,
                        description: row["description"], agreedOn: row["agreed_on"])
    }

    public func agreements(for course: CourseID, in municipality: MunicipalityID) async throws -> [ParentAgreement] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "SELECT * FROM parent_agreement WHERE course_id = ? AND municipality_id = ? ORDER BY agreed_on, id",
                             arguments: [course, municipality]).map(Self.agreement)
        }
    }

    public func agreements(forChild child: ChildID, in municipality: MunicipalityID) async throws -> [ParentAgreement] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                SELECT a.* FROM parent_agreement a JOIN guidance_course g ON g.id = a.course_id
                WHERE g.child_id = ? AND a.municipality_id = ? ORDER BY a.agreed_on, a.id
                """, arguments: [child, municipality]).map(Self.agreement)
        }
    }

    public func addAgreement(_ kind: AgreementKind, description: String?, agreedOn: LocalDate, course: CourseID,
                             in municipality: MunicipalityID, by user: UserID, at: Date, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO parent_agreement (course_id, municipality_id, kind, description, agreed_on, created_by, created_at)
                SELECT id, municipality_id, ?, ?, ?, ?, ? FROM guidance_course WHERE id = ? AND municipality_id = ? AND status IN \(Self.open)
                """, arguments: [kind.rawValue, description, agreedOn, user, at, course, municipality])
            if db.changesCount == 0 { try Self.missOrConflict(course, municipality, db) }
            try AuditWriter.insert(audit, db)
        }
    }
}

// The open board and the offers made on it.
extension SQLiteCourseRepository {
    /// Guardians' consent to sharing with a volunteer in force on `:today`, for child `c`
    /// (the same rule as `Consent.state(on:)`).
    static let volunteerConsentInForce = """
        EXISTS (SELECT 1 FROM consent k WHERE k.child_id = c.id AND k.covers_volunteer AND \(PortalReachSQL.consentInForce("k", on: ":today")))
        """

    public func board(in municipality: MunicipalityID, volunteer: VolunteerID?, today: LocalDate,
                      audit: AuditEntry?) async throws -> [BoardEntry] {
        try await db.write { db in
            let rows = try Row.fetchAllCached(db, sql: """
                SELECT g.id, g.published_on, c.id AS child_id, c.first_name, c.birth_date, c.school_district, c.interests, c.home_language,
                  (SELECT COUNT(*) FROM board_offer o WHERE o.course_id = g.id AND o.status = 'pending') AS offers,
                  EXISTS (SELECT 1 FROM board_offer o WHERE o.course_id = g.id AND o.volunteer_id IS :volunteer) AS mine
                FROM guidance_course g JOIN child c ON c.id = g.child_id
                WHERE g.municipality_id = :m AND c.municipality_id = :m AND g.status = 'waiting_for_guide' AND g.published_on IS NOT NULL
                  AND \(Self.volunteerConsentInForce)
                ORDER BY g.published_on, g.id
                """, arguments: ["m": municipality, "volunteer": volunteer, "today": today])
            if var entry = audit {
                for row in rows {
                    entry.file(under: AuditTarget(.child, row["child_id"] as ChildID))
                    try AuditWriter.insert(entry, db)
                }
            }
            return rows.map {
                BoardEntry(courseID: $0["id"], firstName: $0["first_name"], birthDate: $0["birth_date"], district: $0["school_district"],
                           interests: $0["interests"], language: $0["home_language"], publishedOn: $0["published_on"],
                           offers: $0["offers"], offeredByMe: $0["mine"])
            }
        }
    }

    public func offer(course: CourseID, by volunteer: VolunteerID, in municipality: MunicipalityID, at: Date,
                      audit: AuditEntry) async throws -> OfferID {
        try await db.write { db in
            try DatabaseError.mapUnique(field: "offer") {
                try db.execute(sql: """
                    INSERT INTO board_offer (course_id, volunteer_id, municipality_id, offered_at)
                    SELECT g.id, v.id, g.municipality_id, ? FROM guidance_course g JOIN volunteer v ON v.id = ? AND v.municipality_id = g.municipality_id
                    WHERE g.id = ? AND g.municipality_id = ? AND g.status = 'waiting_for_guide' AND g.published_on IS NOT NULL
                    """, arguments: [at, volunteer, course, municipality])
            }
            try db.requireChange()
            let id = OfferID(db.lastInsertedRowID)
            var entry = audit
            entry.entityID = id.description
            entry.detail = [entry.detail, "course \(course)"].compactMap { $0 }.joined(separator: " ")
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    static func offer(_ row: Row) -> BoardOffer {
        BoardOffer(id: row["id"], courseID: row["course_id"], volunteerID: row["volunteer_id"], volunteerName: row["volunteer_name"],
                   offeredAt: row["offered_at"], status: BoardOffer.Status(rawValue: row["status"]) ?? .declined)
    }

    static let offerSelect = "SELECT o.*, v.name AS volunteer_name FROM board_offer o JOIN volunteer v ON v.id = o.volunteer_id"

    public func offers(for course: CourseID, in municipality: MunicipalityID) async throws -> [BoardOffer] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "\(Self.offerSelect) WHERE o.course_id = ? AND o.municipality_id = ? ORDER BY o.offered_at, o.id",
                             arguments: [course, municipality]).map(Self.offer)
        }
    }

    public func findOffer(_ id: OfferID, in municipality: MunicipalityID) async throws -> BoardOffer? {
        try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "\(Self.offerSelect) WHERE o.id = ? AND o.municipality_id = ?", arguments: [id, municipality])
                .map(Self.offer)
        }
    }

    public func confirm(_ offer: OfferID, on date: LocalDate, in municipality: MunicipalityID, by user: UserID, at: Date,
                        audit: AuditEntry) async throws {
        try await db.write { db in
            guard let row = try Row.fetchOneCached(db, sql: "SELECT course_id, volunteer_id FROM board_offer WHERE id = ? AND municipality_id = ?",
                                             arguments: [offer, municipality]) else { throw StoreError.notFound }
            let course: CourseID = row["course_id"]
            let volunteer: VolunteerID = row["volunteer_id"]
            try Self.checkVolunteer(volunteer, municipality, db)
            try Self.checkAssignment(volunteer, as: .guide, course: course, municipality, on: date, db)
            try db.execute(sql: "UPDATE board_offer SET status = 'accepted', decided_at = ?, decided_by = ? WHERE id = ? AND status = 'pending'",
                           arguments: [at, user, offer])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            try db.execute(sql: """
                UPDATE guidance_course SET guide_volunteer_id = ?, guide_user_id = NULL, guide_assigned_on = ?, status = 'ongoing', published_on = NULL
                WHERE id = ? AND municipality_id = ? AND status = 'waiting_for_guide'
                """, arguments: [volunteer, date, course, municipality])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            try db.execute(sql: "UPDATE board_offer SET status = 'declined', decided_at = ?, decided_by = ? WHERE course_id = ? AND status = 'pending'",
                           arguments: [at, user, course])
            try AuditWriter.insert(audit, db)
        }
    }
}
