import Domain
import GRDB

/// Keeps `child.status` (and the newest referral) in step with referrals and passes. Called in
/// the same transaction as every change to them, and daily for passes that expired overnight.
enum ChildStatusSQL {
    /// `ChildStatusRule.precedence` as one SQL `CASE` over a `child` row (`:today` bound).
    static let statusCase: String = {
        func quoted<S: Sequence>(_ values: S) -> String where S.Element: RawRepresentable, S.Element.RawValue == String {
            values.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", ")
        }
        let whens = ChildStatusRule.precedence.map { status, condition -> String in
            let test = switch condition {
            case .validPass(let statuses):
                "EXISTS (SELECT 1 FROM pass p WHERE p.child_id = child.id AND p.status IN (\(quoted(statuses))) AND p.valid_to >= :today)"
            case .anyPass:
                "EXISTS (SELECT 1 FROM pass p WHERE p.child_id = child.id)"
            case .referral(let statuses):
                "EXISTS (SELECT 1 FROM referral r WHERE r.child_id = child.id AND r.status IN (\(quoted(statuses))))"
            }
            return "WHEN \(test) THEN '\(status.rawValue)'"
        }
        return "CASE " + whens.joined(separator: " ") + " ELSE '\(ChildStatusRule.otherwise.rawValue)' END"
    }()

    static func refresh(child: ChildID, today: LocalDate, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE child SET status = \(statusCase),
              latest_referral_on = (SELECT r.referred_on FROM referral r WHERE r.child_id = child.id ORDER BY r.referred_on DESC, r.id DESC LIMIT 1),
              latest_department = (SELECT r.department FROM referral r WHERE r.child_id = child.id ORDER BY r.referred_on DESC, r.id DESC LIMIT 1)
            WHERE id = :child
            """, arguments: ["today": today, "child": child])
    }

    static func refreshAll(today: LocalDate, _ db: Database) throws {
        try db.execute(sql: "UPDATE child SET status = \(statusCase) WHERE status <> \(statusCase)", arguments: ["today": today])
    }
}

/// Shared by every feature that learns a child has started an activity (a guidance course's
/// activity start, an association confirming the start, a first grant paid).
public enum PassUsage {
    /// Takes the child's granted pass into use on `date` (the documentation plan's "redeemed"),
    /// if there is one valid that day. Returns whether a pass changed. Call inside the caller's
    /// write transaction.
    @discardableResult
    public static func recordFirstUse(child: ChildID, on date: LocalDate, _ db: Database) throws -> Bool {
        try db.execute(sql: """
            UPDATE pass SET status = 'in_use', redeemed_on = ?
            WHERE id = (SELECT id FROM pass WHERE child_id = ? AND status = 'granted' AND valid_from <= ? AND valid_to >= ?
                        ORDER BY valid_from LIMIT 1)
            """, arguments: [date, child, date, date])
        let changed = db.changesCount > 0
        if changed { try ChildStatusSQL.refresh(child: child, today: date, db) }
        return changed
    }
}
