import Domain
import GRDB

extension DataScope {
    /// The SQL condition selecting the children this scope may see, on `child` aliased `c`.
    /// Volunteers and association contacts see children through their own features' tables.
    /// Consent is judged on `today`; a scope that depends on consent sees nothing without it.
    func childCondition(today: LocalDate? = nil) -> (sql: String, arguments: StatementArguments) {
        switch self {
        case .system:
            return ("0", [])
        case .municipality(let m):
            return ("c.municipality_id = ?", [m])
        case .caseworker(let m, let user):
            // Guidance: an employed fritidsvejleder also sees the children they guide.
            return ("""
                c.municipality_id = ? AND (c.created_by = ? OR c.caseworker_id = ?
                  OR EXISTS (SELECT 1 FROM guidance_course gx WHERE gx.child_id = c.id AND gx.guide_user_id = ?))
                """, [m, user, user, user])
        case .volunteer(let m, let user, let day):
            // Guidance: the children of the volunteer's own courses (see courseCondition).
            return ("""
                c.municipality_id = ? AND EXISTS (SELECT 1 FROM guidance_course gv WHERE gv.child_id = c.id
                  AND \(Self.volunteerCourse("gv")))
                """, [m, user, day, day, day])
        case .association(let m, let user):
            // Association contacts: children enrolled with the contact's association
            // (or stopped within the last year, so the last fee can still be claimed) whose
            // guardians' consent to sharing with the association is in force today.
            guard let today else { return ("0", []) }
            return ("""
                c.municipality_id = ?
                AND EXISTS (SELECT 1 FROM enrolment e JOIN association_contact ac ON ac.association_id = e.association_id
                            WHERE e.child_id = c.id AND e.municipality_id = ? AND ac.user_id = ? AND ac.municipality_id = ?
                              AND \(PortalReachSQL.enrolmentCounts("e", on: "?")))
                AND EXISTS (SELECT 1 FROM consent k WHERE k.child_id = c.id AND k.municipality_id = ? AND k.covers_association
                              AND \(PortalReachSQL.consentInForce("k", on: "?")))
                """, [m, m, user, m, today, m, today, today, today])
        }
    }

    // Guidance

    /// The SQL condition selecting the guidance courses this scope may see, on `guidance_course`
    /// aliased `g` joined to `child` aliased `c`. A volunteer reaches only the courses where they
    /// are guide or følgeven, while the course is open or has a follow-up left to answer, and only
    /// while they volunteer (an ended volunteer sees nothing).
    func courseCondition() -> (sql: String, arguments: StatementArguments) {
        switch self {
        case .volunteer(let m, let user, let day):
            return ("g.municipality_id = ? AND \(Self.volunteerCourse("g"))", [m, user, day, day, day])
        default:
            let (sql, arguments) = childCondition()
            return ("(\(sql)) AND g.municipality_id = c.municipality_id", arguments)
        }
    }

    /// Course `alias` is one of the volunteer's, and the guardians' consent to sharing with a
    /// volunteer is in force (the arguments: the user id, then the day three times).
    static func volunteerCourse(_ alias: String) -> String {
        """
        EXISTS (SELECT 1 FROM volunteer v WHERE v.user_id = ? AND v.municipality_id = \(alias).municipality_id AND v.status <> 'ended'
                AND v.id IN (\(alias).guide_volunteer_id, \(alias).companion_volunteer_id))
        AND (\(alias).status IN ('waiting_for_guide', 'ongoing')
             OR EXISTS (SELECT 1 FROM follow_up fv WHERE fv.course_id = \(alias).id AND fv.answered_on IS NULL))
        AND EXISTS (SELECT 1 FROM consent kv WHERE kv.child_id = \(alias).child_id AND kv.municipality_id = \(alias).municipality_id
                    AND kv.covers_volunteer AND \(PortalReachSQL.consentInForce("kv", on: "?")))
        """
    }
}
