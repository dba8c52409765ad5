import Domain
import Foundation
import GRDB

/// Two months of the audit trail a municipality's staff leave behind: children's records opened
/// (some 60 a working day, by the caseworker and the coordinator) and list searches. The child
/// page's "who opened this record" and the dashboard's unusual-access check read it.
extension LargeDemo {
    static func addAuditTrail(_ c: inout Context) throws {
        let insert = try c.db.cachedStatement(sql: """
            INSERT INTO audit_event (at, user_id, role, municipality_id, action, entity_type, entity_id, detail, ip, outcome)
            VALUES (?, ?, ?, ?, ?, 'child', ?, ?, '10.20.0.7', 'allowed')
            """)
        let staff: [(UserID, Role)] = [(c.users[.caseworker]!, .caseworker), (c.users[.coordinator]!, .coordinator)]
        for daysAgo in (1...60).reversed() {
            let day = c.today.adding(days: -daysAgo)
            let start = c.moment(day).addingTimeInterval(-2 * 3600)
            // Fewer at weekends, when only a few urgent cases are looked at.
            let opened = day.dayNumber % 7 >= 5 ? 5 : 40 + c.pick(40)
            for _ in 0..<opened {
                let (user, role) = c.pick(from: staff)
                let child = c.children[c.pick(c.children.count)].id
                try insert.execute(arguments: [start.addingTimeInterval(Double(c.pick(9 * 3600))), user, role.rawValue, c.municipality,
                                               AuditEntry.Action.view.rawValue, String(child), nil])
            }
            for _ in 0..<(opened / 6) {
                let (user, role) = c.pick(from: staff)
                try insert.execute(arguments: [start.addingTimeInterval(Double(c.pick(9 * 3600))), user, role.rawValue, c.municipality,
                                               AuditEntry.Action.search.rawValue, nil, "q=\(c.pick(from: DemoData.lastNames).prefix(3).lowercased())"])
            }
        }
    }
}
