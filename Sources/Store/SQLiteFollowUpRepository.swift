import Domain
import Foundation
import GRDB

/// Shared by every feature that learns a child has started an activity (today a guidance course;
/// later an association confirming the start): schedules the 3- and 6-month follow-ups.
public enum FollowUpScheduling {
    /// Call inside the caller's write transaction. A course gets each follow-up once.
    public static func schedule(child: ChildID, course: CourseID?, source: FollowUpSource, activity: String?, startedOn: LocalDate,
                                in municipality: MunicipalityID, at: Date, _ db: Database) throws {
        for (months, dueOn) in FollowUpSchedule.dueDates(activityStartedOn: startedOn) {
            try db.execute(sql: """
                INSERT OR IGNORE INTO follow_up (child_id, municipality_id, course_id, source, activity, activity_started_on, months, due_on, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [child, municipality, course, source.rawValue, activity, startedOn, months, dueOn, at])
        }
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
                        answeredRole: (row["answered_role"] as String?).flatMap(Role.init(rawValue:)))
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
        try await db.readAsync { db in
            // One line per child: answered at all, and still active in any of their starts.
            let row = try Row.fetchOneCached(db, sql: """
                SELECT COUNT(*) AS due, COALESCE(SUM(answered), 0) AS answered, COALESCE(SUM(active), 0) AS active FROM (
                  SELECT child_id, MAX(answered_on IS NOT NULL) AS answered, MAX(COALESCE(still_active, 0)) AS active
                  FROM follow_up WHERE municipality_id = ? AND months = 6 AND due_on BETWEEN ? AND ? GROUP BY child_id)
                """, arguments: [municipality, period.from, period.to])!
            return Retention(due: row["due"], answered: row["answered"], stillActive: row["active"])
        }
    }

    public func dueCounts(in municipality: MunicipalityID, today: LocalDate) async throws -> (due: Int, overdue: Int) {
        try await db.readAsync { db in
            let row = try Row.fetchOneCached(db, sql: """
                SELECT COALESCE(SUM(due_on >= ?), 0) AS due, COALESCE(SUM(due_on < ?), 0) AS overdue
                FROM follow_up WHERE municipality_id = ? AND answered_on IS NULL AND due_on <= ?
                """, arguments: [FollowUpState.overdueBefore(today: today), FollowUpState.overdueBefore(today: today), municipality,
                                 FollowUpState.dueListLimit(today: today)])!
            return (row["due"], row["overdue"])
        }
    }
}
