import Domain
import GRDB

extension DataScope {
    /// The SQL condition selecting the children this scope may see, on `child` aliased `c`.
    /// Volunteers and association contacts see children through their own features' tables.
    func childCondition() -> (sql: String, arguments: StatementArguments) {
        switch self {
        case .system:
            return ("0", [])
        case .municipality(let m):
            return ("c.municipality_id = ?", [m])
        case .caseworker(let m, let user):
            return ("c.municipality_id = ? AND (c.created_by = ? OR c.caseworker_id = ?)", [m, user, user])
        case .volunteer, .association:
            return ("0", [])
        }
    }
}
