import Domain
import Foundation
import GRDB

/// The admin's overview across municipalities: the dashboard's key figures, each statement
/// grouped by municipality (a fixed number of statements however many municipalities there
/// are). The definitions are the dashboard's; a test checks both agree.
extension SQLiteDashboardRepository {
    public func keyFigures(period: Period, today: LocalDate) async throws -> [MunicipalityID: KeyFigures] {
        try await db.readAsync { db in
            var result: [MunicipalityID: KeyFigures] = [:]
            for id in try MunicipalityID.fetchAll(db, sql: "SELECT id FROM municipality") { result[id] = KeyFigures() }
            let p: StatementArguments = ["from": period.from, "to": period.to,
                                         "overdueBefore": FollowUpState.overdueBefore(today: today)]
            func each(_ sql: String, _ apply: (inout KeyFigures, Row) -> Void) throws {
                for row in try Row.fetchAll(db, sql: sql, arguments: p) {
                    let id: MunicipalityID = row["municipality_id"]
                    if result[id] != nil { apply(&result[id]!, row) }
                }
            }
            try each("""
                SELECT municipality_id, COUNT(*) AS n FROM referral WHERE referred_on BETWEEN :from AND :to GROUP BY municipality_id
                """) { $0.referrals = $1["n"] }
            try each("""
                SELECT municipality_id, SUM(granted_on BETWEEN :from AND :to) AS granted, SUM(redeemed_on BETWEEN :from AND :to) AS redeemed,
                  COUNT(DISTINCT CASE WHEN redeemed_on BETWEEN :from AND :to THEN child_id END) AS started
                FROM pass WHERE granted_on BETWEEN :from AND :to OR redeemed_on BETWEEN :from AND :to GROUP BY municipality_id
                """) { $0.granted = $1["granted"]; $0.redeemed = $1["redeemed"]; $0.startedActivity = $1["started"] }
            try each("""
                SELECT municipality_id, SUM(first BETWEEN :from AND :to) AS n FROM (
                  SELECT s.municipality_id, g.child_id, MIN(s.held_on) AS first FROM guidance_session s
                  JOIN guidance_course g ON g.id = s.course_id AND g.municipality_id = s.municipality_id
                  GROUP BY s.municipality_id, g.child_id) GROUP BY municipality_id
                """) { $0.contacted = $1["n"] }
            try each("""
                SELECT municipality_id, COUNT(*) AS n, SUM(minutes) AS minutes FROM guidance_session
                WHERE held_on BETWEEN :from AND :to GROUP BY municipality_id
                """) { $0.sessions = $1["n"]; $0.guidanceMinutes = $1["minutes"] }
            try each("""
                SELECT municipality_id, COUNT(*) AS n FROM guidance_course
                WHERE status = 'successful' AND ended_on BETWEEN :from AND :to GROUP BY municipality_id
                """) { $0.successful = $1["n"] }
            try each("""
                SELECT municipality_id, COUNT(*) AS due, SUM(answered) AS answered, SUM(active) AS active FROM (
                  SELECT municipality_id, child_id, MAX(answered_on IS NOT NULL) AS answered, MAX(COALESCE(still_active, 0)) AS active
                  FROM follow_up WHERE months = 6 AND due_on BETWEEN :from AND :to GROUP BY municipality_id, child_id)
                GROUP BY municipality_id
                """) { $0.retention = Retention(due: $1["due"], answered: $1["answered"], stillActive: $1["active"]) }
            try each("""
                SELECT e.municipality_id, COUNT(DISTINCT e.child_id) AS n FROM enrolment e WHERE \(Self.takesPart()) GROUP BY e.municipality_id
                """) { $0.childrenInActivities = $1["n"] }
            try each("""
                SELECT municipality_id, COUNT(*) AS n FROM volunteer WHERE status = 'active' GROUP BY municipality_id
                """) { $0.activeVolunteers = $1["n"] }
            try each("""
                SELECT municipality_id, SUM(amount) AS total FROM payment WHERE paid_on BETWEEN :from AND :to GROUP BY municipality_id
                """) { $0.paid = $1["total"] }
            try each("SELECT municipality_id, guidance_hourly_rate FROM dashboard_settings") { $0.hourlyRate = $1["guidance_hourly_rate"] }
            try each("""
                SELECT municipality_id, COUNT(*) AS n FROM follow_up WHERE answered_on IS NULL AND due_on < :overdueBefore
                GROUP BY municipality_id
                """) { $0.overdueFollowUps = $1["n"] }
            return result
        }
    }
}
