import Domain
import Foundation
import GRDB

/// Schedules the 3- and 6-month follow-ups when the scheme learns a child has started an
/// activity — from a guide recording the start in a course, or from the association confirming
/// it in the portal. When both report the same start (the course chose the registry activity the
/// child is enrolled in), the child gets one pair of follow-ups, which both can see and answer.
/// Call these inside the caller's write transaction.
public enum FollowUpScheduling {
    public static func schedule(child: ChildID, course: CourseID?, enrolment: EnrolmentID? = nil, source: FollowUpSource, activity: String?,
                                startedOn: LocalDate, in municipality: MunicipalityID, at: Date, _ db: Database) throws {
        for (months, dueOn) in FollowUpSchedule.dueDates(activityStartedOn: startedOn) {
            try db.execute(sql: """
                INSERT OR IGNORE INTO follow_up (child_id, municipality_id, course_id, enrolment_id, source, activity, activity_started_on,
                  months, due_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [child, municipality, course, enrolment, source.rawValue, activity, startedOn, months, dueOn, at])
        }
    }

    /// A guide recorded that the child started `activityID` (nil for a free-text activity).
    public static func courseStarted(child: ChildID, course: CourseID, activity: String, activityID: ActivityID?, startedOn: LocalDate,
                                     in municipality: MunicipalityID, at: Date, _ db: Database) throws {
        let enrolment = try activityID.flatMap { activityID in
            try EnrolmentID.fetchOne(db, sql: """
                SELECT id FROM enrolment WHERE child_id = ? AND activity_id = ? AND municipality_id = ? AND stopped_on IS NULL
                ORDER BY id DESC LIMIT 1
                """, arguments: [child, activityID, municipality])
        }
        if let enrolment {
            // The association confirmed the start first: its follow-ups become the course's too.
            try db.execute(sql: "UPDATE follow_up SET course_id = ? WHERE enrolment_id = ? AND course_id IS NULL AND municipality_id = ?",
                           arguments: [course, enrolment, municipality])
            if db.changesCount > 0 { return }
        }
        try schedule(child: child, course: course, enrolment: enrolment, source: .course, activity: activity, startedOn: startedOn,
                     in: municipality, at: at, db)
    }

    /// The association confirmed the start of `enrolment`.
    public static func associationConfirmed(enrolment: EnrolmentID, startedOn: LocalDate, in municipality: MunicipalityID, at: Date,
                                            _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT e.child_id, e.activity_id, a.name || ' – ' || s.name AS activity FROM enrolment e
            JOIN activity a ON a.id = e.activity_id JOIN association s ON s.id = e.association_id
            WHERE e.id = ? AND e.municipality_id = ?
            """, arguments: [enrolment, municipality]) else { return }
        let child: ChildID = row["child_id"]
        // A guide recorded this start already: the follow-ups of their latest course with this
        // activity now belong to the enrolment too.
        try db.execute(sql: """
            UPDATE follow_up SET enrolment_id = ? WHERE enrolment_id IS NULL AND municipality_id = ? AND course_id = (
              SELECT id FROM guidance_course WHERE child_id = ? AND activity_id = ? AND municipality_id = ? AND activity_started_on IS NOT NULL
              ORDER BY id DESC LIMIT 1)
            """, arguments: [enrolment, municipality, child, row["activity_id"] as ActivityID, municipality])
        if db.changesCount > 0 { return }
        try schedule(child: child, course: nil, enrolment: enrolment, source: .association, activity: row["activity"], startedOn: startedOn,
                     in: municipality, at: at, db)
    }
}

public struct SQLiteFollowUpRepository: FollowUpRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    static func followUp(_ row: Row) -> FollowUp {
        let answered: LocalDate? = row["answered_on"]
        let answer = answered.map { _ in
            FollowUpAnswer(stillActive: row["still_active"], attendsRegularly: row["attends_regularly"] ?? false,
                           needsHelp: row["needs_help"] ?? false, note: row["note"])
        }
        return FollowUp(id: row["id"], childID: row["child_id"], courseID: row["course_id"],
                        source: FollowUpSource(rawValue: row["source"]) ?? .course, activity: row["activity"],
                        activityStartedOn: row["activity_started_on"], months: row["months"], dueOn: row["due_on"], answer: answer,
                        answeredOn: answered, answeredBy: row["answered_by_name"],
                        answeredRole: (row["answered_role"] as String?).flatMap(Role.init(rawValue:)),
                        associationUnsureOn: row["association_unsure_on"])
    }

    static let select = """
        SELECT f.*, c.first_name, c.last_name, COALESCE(gu.name, gvol.name) AS guide_name, ua.name AS answered_by_name
        FROM follow_up f JOIN child c ON c.id = f.child_id
        LEFT JOIN guidance_course g ON g.id = f.course_id
        LEFT JOIN app_user gu ON gu.id = g.guide_user_id
        LEFT JOIN volunteer gvol ON gvol.id = g.guide_volunteer_id
        LEFT JOIN app_user ua ON ua.id = f.answered_by
        """

    /// Staff see the follow-ups of the children in their scope; a volunteer those of their own
    /// courses only.
    static func condition(_ scope: DataScope) -> (String, StatementArguments) {
        if case .volunteer = scope {
            let (sql, arguments) = scope.courseCondition()
            return ("f.course_id IS NOT NULL AND f.municipality_id = g.municipality_id AND \(sql)", arguments)
        }
        let (sql, arguments) = scope.childCondition()
        return ("f.municipality_id = c.municipality_id AND \(sql)", arguments)
    }

    static func row(_ row: Row) -> FollowUpRow {
        FollowUpRow(followUp: followUp(row), childName: "\(row["first_name"] as String) \(row["last_name"] as String)",
                    guideName: row["guide_name"])
    }

    public func open(until: LocalDate, scope: DataScope) async throws -> [FollowUpRow] {
        let (sql, arguments) = Self.condition(scope)
        return try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "\(Self.select) WHERE f.answered_on IS NULL AND f.due_on <= ? AND \(sql) ORDER BY f.due_on, f.id",
                             arguments: [until] + arguments).map(Self.row)
        }
    }

    public func answered(limit: Int, scope: DataScope) async throws -> [FollowUpRow] {
        let (sql, arguments) = Self.condition(scope)
        return try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "\(Self.select) WHERE f.answered_on IS NOT NULL AND \(sql) ORDER BY f.answered_on DESC, f.id DESC LIMIT ?",
                             arguments: arguments + [limit]).map(Self.row)
        }
    }

    public func needingAttention(since: LocalDate, scope: DataScope) async throws -> [FollowUpRow] {
        let (sql, arguments) = Self.condition(scope)
        return try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                \(Self.select)
                WHERE ((f.answered_on >= ? AND (f.still_active = 0 OR f.needs_help = 1))
                       OR (f.answered_on IS NULL AND f.association_unsure_on >= ?)) AND \(sql)
                ORDER BY COALESCE(f.answered_on, f.association_unsure_on) DESC, f.id DESC LIMIT 50
                """, arguments: [since, since] + arguments).map(Self.row)
        }
    }

    public func find(_ id: FollowUpID, scope: DataScope) async throws -> FollowUpRow? {
        let (sql, arguments) = Self.condition(scope)
        return try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "\(Self.select) WHERE f.id = ? AND \(sql)", arguments: [id] + arguments).map(Self.row)
        }
    }

    public func forCourse(_ course: CourseID, in municipality: MunicipalityID) async throws -> [FollowUp] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "\(Self.select) WHERE f.course_id = ? AND f.municipality_id = ? ORDER BY f.due_on, f.id",
                             arguments: [course, municipality]).map(Self.followUp)
        }
    }

    public func forChild(_ child: ChildID, in municipality: MunicipalityID) async throws -> [FollowUp] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "\(Self.select) WHERE f.child_id = ? AND f.municipality_id = ? ORDER BY f.due_on, f.id",
                             arguments: [child, municipality]).map(Self.followUp)
        }
    }

    public func answer(_ id: FollowUpID, _ answer: FollowUpAnswer, on date: LocalDate, by user: UserID, role: Role,
                       in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                UPDATE follow_up SET answered_on = ?, still_active = ?, attends_regularly = ?, needs_help = ?, note = ?, answered_by = ?,
                  answered_role = ?
                WHERE id = ? AND municipality_id = ? AND answered_on IS NULL
                """, arguments: [date, answer.stillActive, answer.attendsRegularly, answer.needsHelp, answer.note, user, role.rawValue,
                                 id, municipality])
            if db.changesCount == 0 {
                let exists = try Bool.fetchOneCached(db, sql: "SELECT EXISTS (SELECT 1 FROM follow_up WHERE id = ? AND municipality_id = ?)",
                                               arguments: [id, municipality]) ?? false
                throw exists ? StoreError.conflict : StoreError.notFound
            }
            try AuditWriter.insert(audit, db)
        }
    }

    public func retention(in municipality: MunicipalityID, period: Period) async throws -> Retention {
        try await db.readAsync { db in try Self.retention(municipality, period, db) }
    }

    /// Also read by the dashboard inside its own transaction.
    static func retention(_ municipality: MunicipalityID, _ period: Period, _ db: Database) throws -> Retention {
        // One line per child: answered at all, and still active in any of their starts.
        let row = try Row.fetchOneCached(db, sql: """
            SELECT COUNT(*) AS due, COALESCE(SUM(answered), 0) AS answered, COALESCE(SUM(active), 0) AS active FROM (
              SELECT child_id, MAX(answered_on IS NOT NULL) AS answered, MAX(COALESCE(still_active, 0)) AS active
              FROM follow_up WHERE municipality_id = ? AND months = 6 AND due_on BETWEEN ? AND ? GROUP BY child_id)
            """, arguments: [municipality, period.from, period.to])!
        return Retention(due: row["due"], answered: row["answered"], stillActive: row["active"])
    }

    public func dueCounts(in municipality: MunicipalityID, today: LocalDate) async throws -> (due: Int, overdue: Int) {
        try await db.readAsync { db in
            let counts = try Self.dueCounts(municipality, today, db)
            return (counts.due, counts.overdue)
        }
    }

    /// Also read by the dashboard inside its own transaction.
    static func dueCounts(_ municipality: MunicipalityID, _ today: LocalDate, _ db: Database) throws -> FollowUpCounts {
        let row = try Row.fetchOneCached(db, sql: """
            SELECT COALESCE(SUM(due_on >= ?), 0) AS due, COALESCE(SUM(due_on < ?), 0) AS overdue
            FROM follow_up WHERE municipality_id = ? AND answered_on IS NULL AND due_on <= ?
            """, arguments: [FollowUpState.overdueBefore(today: today), FollowUpState.overdueBefore(today: today), municipality,
                             FollowUpState.dueListLimit(today: today)])!
        return FollowUpCounts(due: row["due"], overdue: row["overdue"])
    }
}
