import Domain
import Foundation
import GRDB

/// Guidance and volunteer figures of the dashboard.
extension SQLiteDashboardRepository {
    static func guidance(_ municipality: MunicipalityID, _ period: Period, _ db: Database) throws -> GuidanceFigures {
        // A child is contacted in the period of their first session ever, over all their courses.
        let contacted = try Row.fetchOne(db, sql: """
            SELECT COALESCE(SUM(first BETWEEN :from AND :to), 0) AS c, COALESCE(SUM(first BETWEEN :pfrom AND :pto), 0) AS pc FROM (
              SELECT g.child_id, MIN(s.held_on) AS first FROM guidance_session s JOIN guidance_course g ON g.id = s.course_id
              WHERE s.municipality_id = :m AND g.municipality_id = :m GROUP BY g.child_id)
            """, arguments: arguments(municipality, period))!
        return GuidanceFigures(
            contacted: Compared(contacted["c"], contacted["pc"]),
            current: try SQLiteCourseRepository.counts(municipality, period, db),
            previous: try SQLiteCourseRepository.counts(municipality, period.previous, db),
            retention: try SQLiteFollowUpRepository.retention(municipality, period, db),
            previousRetention: try SQLiteFollowUpRepository.retention(municipality, period.previous, db))
    }

    /// The day a børneattest obtained on `column` stops being valid after `:months` months, as
    /// `CertificateRule` counts it: a month without that day ends on its last day (31 August +
    /// 6 months → 28 February), where SQLite's own month arithmetic would run into March.
    static func certificateExpiry(_ column: String) -> String {
        """
        MIN(date(\(column), '+' || :months || ' months'), date(\(column), 'start of month', '+' || (:months + 1) || ' months', '-1 day'))
        """
    }

    static func volunteers(_ municipality: MunicipalityID, _ today: LocalDate, _ db: Database) throws -> VolunteerFigures {
        let months = try SQLiteVolunteerRepository.settings(municipality, db).certificateRenewalMonths
        // Children per active volunteer: open courses where they are guide or følgeven (a child
        // has at most one open course).
        let row = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) AS active,
              COALESCE(SUM(certificate_on IS NOT NULL AND :today < \(certificateExpiry("certificate_on"))), 0) AS valid,
              COALESCE(SUM(children = 0), 0) AS none, COALESCE(SUM(children = 1), 0) AS one,
              COALESCE(SUM(children = 2), 0) AS two, COALESCE(SUM(children >= 3), 0) AS more,
              COALESCE(SUM(children), 0) AS assignments
            FROM (SELECT v.certificate_on,
                    (SELECT COUNT(*) FROM guidance_course g WHERE g.municipality_id = :m AND g.guide_volunteer_id = v.id
                       AND g.status IN ('waiting_for_guide', 'ongoing'))
                    + (SELECT COUNT(*) FROM guidance_course g WHERE g.municipality_id = :m AND g.companion_volunteer_id = v.id
                       AND g.status IN ('waiting_for_guide', 'ongoing')) AS children
                  FROM volunteer v WHERE v.municipality_id = :m AND v.status = 'active')
            """, arguments: ["m": municipality, "today": today, "months": months])!
        return VolunteerFigures(active: row["active"], validCertificate: row["valid"], withoutChild: row["none"],
                                childAssignments: row["assignments"], distribution: [row["none"], row["one"], row["two"], row["more"]])
    }
}
