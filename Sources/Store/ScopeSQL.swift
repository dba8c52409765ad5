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
            return ("c.municipality_id = ? AND (c.created_by = ? OR c.caseworker_id = ?)", [m, user, user])
        case .volunteer:
            return ("0", [])
        case .association(let m, let user):
            // Association contacts (issue 5): children enrolled with the contact's association
            // (or stopped within the last year, so the last fee can still be claimed) whose
            // guardians' consent to sharing with the association is in force today.
            guard let today else { return ("0", []) }
            return ("""
                c.municipality_id = ?
                AND EXISTS (SELECT 1 FROM enrolment e JOIN association_contact ac ON ac.association_id = e.association_id
                            WHERE e.child_id = c.id AND e.municipality_id = ? AND ac.user_id = ? AND ac.municipality_id = ?
                              AND (e.stopped_on IS NULL OR e.stopped_on >= ?))
                AND EXISTS (SELECT 1 FROM consent k WHERE k.child_id = c.id AND k.municipality_id = ? AND k.covers_association
                              AND k.given_on <= ? AND (k.expires_on IS NULL OR k.expires_on > ?)
                              AND (k.withdrawn_on IS NULL OR k.withdrawn_on > ?))
                """, [m, m, user, m, today.adding(days: -365), m, today, today, today])
        }
    }
}
