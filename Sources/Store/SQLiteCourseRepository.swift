import Domain
import Foundation
import GRDB

/// Guidance courses with their guide, the activity and the outcome. Sessions, agreements and the
/// open board are in the extensions next to this file.
public struct SQLiteCourseRepository: CourseRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    static let open = "('waiting_for_guide', 'ongoing')"

    /// A course with its guide's and følgeven's names; `g` the course, `c` its child.
    static func select(_ extraColumns: String = "") -> String {
        """
        SELECT g.*, COALESCE(gu.name, gvol.name) AS guide_name, comp.name AS companion_name\(extraColumns)
        FROM guidance_course g JOIN child c ON c.id = g.child_id
        LEFT JOIN app_user gu ON gu.id = g.guide_user_id
        LEFT JOIN volunteer gvol ON gvol.id = g.guide_volunteer_id
        LEFT JOIN volunteer comp ON comp.id = g.companion_volunteer_id
        """
    }

    static func course(_ row: Row) -> GuidanceCourse {
        let guide: Guide? = (row["guide_user_id"] as UserID?).map(Guide.staff) ?? (row["guide_volunteer_id"] as VolunteerID?).map(Guide.volunteer)
        let started: LocalDate? = row["activity_started_on"]
        let planned: LocalDate? = row["activity_planned_on"]
        let activity = (row["activity"] as String?).flatMap { name in
            (started ?? planned).map { ActivityChoice(activity: name, activityID: row["activity_id"], startOn: $0, started: started != nil) }
        }
        return GuidanceCourse(
            id: row["id"], municipalityID: row["municipality_id"], childID: row["child_id"], passID: row["pass_id"],
            status: CourseStatus(rawValue: row["status"]) ?? .ongoing, step: MethodStep(rawValue: row["step"]) ?? .firstMeeting,
            startedOn: row["started_on"], guide: guide, guideName: row["guide_name"], companionID: row["companion_volunteer_id"],
            companionName: row["companion_name"], publishedOn: row["published_on"], activity: activity, endedOn: row["ended_on"],
            endReason: row["end_reason"], createdAt: row["created_at"])
    }

    static let listColumns = """
        , c.first_name, c.last_name, c.birth_date AS child_birth_date,
          (SELECT COUNT(*) FROM guidance_session s WHERE s.course_id = g.id) AS session_count,
          (SELECT MAX(s.held_on) FROM guidance_session s WHERE s.course_id = g.id) AS last_session_on,
          (SELECT COUNT(*) FROM board_offer o WHERE o.course_id = g.id AND o.status = 'pending') AS pending_offers
        """

    public func list(_ filter: CourseFilter, scope: DataScope) async throws -> [CourseRow] {
        let (scopeSQL, arguments) = scope.courseCondition()
        let statuses = filter.statuses.map(\.rawValue).sorted()
        let placeholders = statuses.map { _ in "?" }.joined(separator: ", ")
        return try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                \(Self.select(Self.listColumns))
                WHERE \(scopeSQL) AND g.status IN (\(placeholders)) \(filter.publishedOnly ? "AND g.published_on IS NOT NULL" : "")
                  \(filter.volunteer == nil ? "" : "AND ? IN (g.guide_volunteer_id, g.companion_volunteer_id)")
                ORDER BY CASE g.status WHEN 'waiting_for_guide' THEN 0 WHEN 'ongoing' THEN 1 ELSE 2 END,
                  COALESCE(g.ended_on, g.started_on) DESC, c.last_name COLLATE NOCASE, g.id
                """, arguments: arguments + StatementArguments(statuses) + (filter.volunteer.map { [$0] } ?? [])).map { row in
                CourseRow(course: Self.course(row), childName: "\(row["first_name"] as String) \(row["last_name"] as String)",
                          childBirthDate: row["child_birth_date"], sessions: row["session_count"], lastSessionOn: row["last_session_on"],
                          pendingOffers: row["pending_offers"])
            }
        }
    }

    public func find(_ id: CourseID, scope: DataScope) async throws -> GuidanceCourse? {
        let (scopeSQL, arguments) = scope.courseCondition()
        return try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "\(Self.select()) WHERE g.id = ? AND \(scopeSQL)", arguments: [id] + arguments).map(Self.course)
        }
    }

    public func awaitingCourse(scope: DataScope, today: LocalDate) async throws -> [AwaitingCourse] {
        let (scopeSQL, arguments) = scope.childCondition(today: today)
        return try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                SELECT c.id, c.first_name || ' ' || c.last_name AS name, p.valid_from, p.granted_on FROM pass p JOIN child c ON c.id = p.child_id
                WHERE \(scopeSQL) AND p.municipality_id = c.municipality_id AND c.anonymised_at IS NULL
                  AND p.covers_guidance AND p.status IN ('granted', 'in_use') AND p.valid_from <= ? AND p.valid_to >= ?
                  AND (p.ended_on IS NULL OR p.ended_on > ?)
                  AND NOT EXISTS (SELECT 1 FROM guidance_course g WHERE g.child_id = c.id
                                  AND (g.status IN \(Self.open) OR g.started_on >= p.valid_from))
                ORDER BY p.granted_on, c.id
                """, arguments: arguments + [today, today, today]).map {
                AwaitingCourse(childID: $0["id"], childName: $0["name"], passFrom: $0["valid_from"], grantedOn: $0["granted_on"])
            }
        }
    }

    public func courses(for child: ChildID, in municipality: MunicipalityID) async throws -> [GuidanceCourse] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "\(Self.select()) WHERE g.child_id = ? AND g.municipality_id = ? ORDER BY g.started_on DESC, g.id DESC",
                             arguments: [child, municipality]).map(Self.course)
        }
    }

    /// The guide must belong to the municipality and be able to guide: an active staff member
    /// or an active volunteer.
    static func checkGuide(_ guide: Guide?, companion: VolunteerID?, _ municipality: MunicipalityID, _ db: Database) throws {
        switch guide {
        case .staff(let user)?:
            guard try Bool.fetchOneCached(db, sql: """
                SELECT EXISTS (SELECT 1 FROM app_user WHERE id = ? AND municipality_id = ? AND is_active AND role IN ('caseworker', 'coordinator'))
                """, arguments: [user, municipality]) == true else { throw StoreError.notFound }
        case .volunteer(let volunteer)?:
            try checkVolunteer(volunteer, municipality, db)
        case nil:
            break
        }
        if let companion { try checkVolunteer(companion, municipality, db) }
    }

    static func checkVolunteer(_ id: VolunteerID, _ municipality: MunicipalityID, _ db: Database) throws {
        guard try Bool.fetchOneCached(db, sql: "SELECT EXISTS (SELECT 1 FROM volunteer WHERE id = ? AND municipality_id = ? AND status = 'active')",
                                arguments: [id, municipality]) == true else { throw StoreError.notFound }
    }

    /// The child-protection rules again, inside the write that makes the match (`AssignmentRules`:
    /// consent to sharing with a volunteer, and a valid børneattest for a child under 15). The
    /// form checked them already; this catches a consent withdrawn or a certificate run out in
    /// between. `.conflict` when a rule no longer holds.
    static func checkAssignment(_ volunteer: VolunteerID, as role: VolunteerRole, course: CourseID, _ municipality: MunicipalityID,
                                on date: LocalDate, _ db: Database) throws {
        guard let volunteerRow = try Row.fetchOneCached(db, sql: "SELECT * FROM volunteer WHERE id = ? AND municipality_id = ?",
                                                        arguments: [volunteer, municipality]),
              let child = try Row.fetchOneCached(db, sql: """
                  SELECT c.id, c.birth_date FROM guidance_course g JOIN child c ON c.id = g.child_id WHERE g.id = ? AND g.municipality_id = ?
                  """, arguments: [course, municipality]) else { throw StoreError.notFound }
        let problems = AssignmentRules.problems(
            assigning: SQLiteVolunteerRepository.volunteer(volunteerRow), as: role, childBirthDate: child["birth_date"],
            consent: try SQLiteConsentRepository.summary(of: child["id"], in: municipality, on: date, db),
            certificate: try SQLiteVolunteerRepository.settings(municipality, db).certificateRule, today: date, field: "guide")
        if !problems.isEmpty { throw StoreError.conflict }
    }

    /// After a conditional UPDATE changed nothing: the course is gone (`.notFound`) or in
    /// another state (`.conflict`).
    static func missOrConflict(_ id: CourseID, _ municipality: MunicipalityID, _ db: Database) throws -> Never {
        let exists = try Bool.fetchOneCached(db, sql: "SELECT EXISTS (SELECT 1 FROM guidance_course WHERE id = ? AND municipality_id = ?)",
                                       arguments: [id, municipality]) ?? false
        throw exists ? StoreError.conflict : StoreError.notFound
    }

    public func start(for child: ChildID, pass: PassID, on date: LocalDate, guide: Guide?, in municipality: MunicipalityID, by user: UserID,
                      at: Date, audit: AuditEntry) async throws -> CourseID {
        try await db.write { db in
            guard try Bool.fetchOneCached(db, sql: """
                SELECT EXISTS (SELECT 1 FROM pass WHERE id = ? AND child_id = ? AND municipality_id = ? AND covers_guidance)
                """, arguments: [pass, child, municipality]) == true else { throw StoreError.notFound }
            // The pass must not have ended or run out by the day the course starts. (A start may be
            // dated back before the pass began: the first contact often comes before the decision.)
            guard try Bool.fetchOneCached(db, sql: """
                SELECT EXISTS (SELECT 1 FROM pass WHERE id = ? AND status IN ('granted', 'in_use') AND valid_to >= ?
                               AND (ended_on IS NULL OR ended_on > ?))
                """, arguments: [pass, date, date]) == true else { throw StoreError.conflict }
            try Self.checkGuide(guide, companion: nil, municipality, db)
            var staff: UserID?, volunteer: VolunteerID?
            switch guide {
            case .staff(let id)?: staff = id
            case .volunteer(let id)?: volunteer = id
            case nil: break
            }
            do {
                try db.execute(sql: """
                    INSERT INTO guidance_course (municipality_id, child_id, pass_id, status, step, started_on, guide_user_id, guide_volunteer_id,
                      guide_assigned_on, created_by, created_at)
                    VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)
                    """, arguments: [municipality, child, pass, guide == nil ? "waiting_for_guide" : "ongoing", date, staff, volunteer,
                                     guide == nil ? nil : date, user, at])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw StoreError.conflict
            }
            let id = CourseID(db.lastInsertedRowID)
            // Judged today (a start may be dated back before the consent was given).
            if let volunteer { try Self.checkAssignment(volunteer, as: .guide, course: id, municipality, on: LocalDate(at, in: .danish), db) }
            var entry = audit
            entry.detail = [entry.detail, "course \(id)"].compactMap { $0 }.joined(separator: " ")
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    public func assign(_ id: CourseID, guide: Guide?, companion: VolunteerID?, on date: LocalDate, in municipality: MunicipalityID,
                       by user: UserID, at: Date, audit: AuditEntry) async throws {
        try await db.write { db in
            try Self.checkGuide(guide, companion: companion, municipality, db)
            if case .volunteer(let volunteerID)? = guide {
                try Self.checkAssignment(volunteerID, as: .guide, course: id, municipality, on: date, db)
            }
            if let companion { try Self.checkAssignment(companion, as: .companion, course: id, municipality, on: date, db) }
            var staff: UserID?, volunteer: VolunteerID?
            switch guide {
            case .staff(let id)?: staff = id
            case .volunteer(let id)?: volunteer = id
            case nil: break
            }
            let status = guide == nil ? CourseStatus.waitingForGuide : .ongoing
            try db.execute(sql: """
                UPDATE guidance_course SET
                  guide_assigned_on = CASE WHEN :guided = 0 THEN NULL
                    WHEN guide_user_id IS :staff AND guide_volunteer_id IS :volunteer THEN guide_assigned_on ELSE :date END,
                  guide_user_id = :staff, guide_volunteer_id = :volunteer, companion_volunteer_id = :companion, status = :status,
                  published_on = CASE WHEN :guided THEN NULL ELSE published_on END
                WHERE id = :id AND municipality_id = :m AND status IN \(Self.open)
                """, arguments: ["guided": guide != nil, "staff": staff, "volunteer": volunteer, "date": date, "companion": companion,
                                 "status": status.rawValue, "id": id, "m": municipality])
            if db.changesCount == 0 { try Self.missOrConflict(id, municipality, db) }
            if guide != nil {
                // The match is made: the offers from the board are answered.
                try db.execute(sql: """
                    UPDATE board_offer SET status = CASE WHEN volunteer_id IS ? THEN 'accepted' ELSE 'declined' END, decided_at = ?, decided_by = ?
                    WHERE course_id = ? AND status = 'pending'
                    """, arguments: [volunteer, at, user, id])
            }
            try AuditWriter.insert(audit, db)
        }
    }

    public func publish(_ id: CourseID, on date: LocalDate?, in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: "UPDATE guidance_course SET published_on = ? WHERE id = ? AND municipality_id = ? AND status = 'waiting_for_guide'",
                           arguments: [date, id, municipality])
            if db.changesCount == 0 { try Self.missOrConflict(id, municipality, db) }
            try AuditWriter.insert(audit, db)
        }
    }

    public func recordActivity(_ choice: ActivityChoice, course id: CourseID, in municipality: MunicipalityID, at: Date,
                               audit: AuditEntry) async throws {
        try await db.write { db in
            // Choosing is step 4 of the method; a start that happened is step 6, inclusion.
            try db.execute(sql: """
                UPDATE guidance_course SET activity = ?, activity_id = ?, activity_planned_on = ?, activity_started_on = ?, step = MAX(step, ?)
                WHERE id = ? AND municipality_id = ? AND status IN \(Self.open) AND activity_started_on IS NULL
                  AND (? IS NULL OR ? IN (SELECT id FROM activity WHERE municipality_id = ?))
                """, arguments: [choice.activity, choice.activityID, choice.startOn, choice.started ? choice.startOn : nil,
                                 (choice.started ? MethodStep.inclusion : .choosingActivity).rawValue, id, municipality,
                                 choice.activityID, choice.activityID, municipality])
            if db.changesCount == 0 { try Self.missOrConflict(id, municipality, db) }
            if choice.started {
                let child = try ChildID.fetchOneCached(db, sql: "SELECT child_id FROM guidance_course WHERE id = ?", arguments: [id])!
                try PassUsage.recordFirstUse(child: child, on: choice.startOn, db)
                try FollowUpScheduling.courseStarted(child: child, course: id, activity: choice.activity, activityID: choice.activityID,
                                                     startedOn: choice.startOn, in: municipality, at: at, db)
            }
            try AuditWriter.insert(audit, db)
        }
    }

    public func close(_ id: CourseID, from: CourseStatus, outcome: CourseOutcome, in municipality: MunicipalityID,
                      audit: AuditEntry) async throws {
        guard from.canMove(to: outcome.status) else { throw StoreError.conflict }
        try await db.write { db in
            try db.execute(sql: """
                UPDATE guidance_course SET status = ?, ended_on = ?, end_reason = ?, published_on = NULL
                WHERE id = ? AND municipality_id = ? AND status = ?
                """, arguments: [outcome.status.rawValue, outcome.endedOn, outcome.reason, id, municipality, from.rawValue])
            if db.changesCount == 0 { try Self.missOrConflict(id, municipality, db) }
            try db.execute(sql: "UPDATE board_offer SET status = 'declined', decided_at = ? WHERE course_id = ? AND status = 'pending'",
                           arguments: [audit.at, id])
            try AuditWriter.insert(audit, db)
        }
    }

    public func volunteerRecord(course: CourseID, scope: DataScope) async throws -> VolunteerChildRecord? {
        let (scopeSQL, arguments) = scope.courseCondition()
        return try await db.readAsync { db in
            // Only the columns a volunteer may see are read at all.
            guard let row = try Row.fetchOneCached(db, sql: """
                SELECT c.id, c.first_name, c.last_name, c.birth_date, c.home_language, c.interests
                FROM guidance_course g JOIN child c ON c.id = g.child_id WHERE g.id = ? AND \(scopeSQL)
                """, arguments: [course] + arguments) else { return nil }
            let child: ChildID = row["id"]
            let guardians = try Row.fetchAllCached(db, sql: """
                SELECT name, relation, phone, email, preferred_language FROM guardian WHERE child_id = ? ORDER BY position
                """, arguments: [child]).map {
                VolunteerChildRecord.Contact(name: $0["name"], relation: GuardianRelation(rawValue: $0["relation"]) ?? .other,
                                             phone: $0["phone"], email: $0["email"], language: $0["preferred_language"])
            }
            return VolunteerChildRecord(childID: child, firstName: row["first_name"], lastName: row["last_name"],
                                        birthDate: row["birth_date"], language: row["home_language"], interests: row["interests"],
                                        guardians: guardians)
        }
    }

    public func recordViews(_ entries: [AuditEntry]) async throws {
        guard !entries.isEmpty else { return }
        try await db.write { db in
            for entry in entries { try AuditWriter.insert(entry, db) }
        }
    }

    public func counts(in municipality: MunicipalityID, period: Period) async throws -> GuidanceCounts {
        try await db.readAsync { db in try Self.counts(municipality, period, db) }
    }

    /// Also read by the dashboard inside its own transaction.
    static func counts(_ municipality: MunicipalityID, _ period: Period, _ db: Database) throws -> GuidanceCounts {
        let arguments: StatementArguments = ["m": municipality, "from": period.from, "to": period.to]
        let row = try Row.fetchOneCached(db, sql: """
            SELECT
              (SELECT COUNT(*) FROM guidance_session WHERE municipality_id = :m AND held_on BETWEEN :from AND :to) AS sessions,
              (SELECT COALESCE(SUM(minutes), 0) FROM guidance_session WHERE municipality_id = :m AND held_on BETWEEN :from AND :to) AS minutes,
              (SELECT COUNT(DISTINCT g.child_id) FROM guidance_session s JOIN guidance_course g ON g.id = s.course_id
                 WHERE s.municipality_id = :m AND s.held_on BETWEEN :from AND :to) AS children,
              (SELECT COUNT(*) FROM guidance_course WHERE municipality_id = :m AND started_on BETWEEN :from AND :to) AS started,
              (SELECT COUNT(*) FROM guidance_course WHERE municipality_id = :m AND activity_started_on BETWEEN :from AND :to) AS activity_starts,
              (SELECT COUNT(*) FROM guidance_course WHERE municipality_id = :m AND started_on <= :to
                 AND (ended_on IS NULL OR ended_on > :to)) AS open_at_end
            """, arguments: arguments)!
        var ended: [CourseStatus: Int] = [:]
        for r in try Row.fetchAllCached(db, sql: """
            SELECT status, COUNT(*) AS n FROM guidance_course WHERE municipality_id = :m AND ended_on BETWEEN :from AND :to GROUP BY status
            """, arguments: arguments) {
            if let status = CourseStatus(rawValue: r["status"]) { ended[status] = r["n"] }
        }
        return GuidanceCounts(sessions: row["sessions"], sessionMinutes: row["minutes"], childrenWithSessions: row["children"],
                              coursesStarted: row["started"], activityStarts: row["activity_starts"], ended: ended,
                              openAtEnd: row["open_at_end"])
    }
}
