import Domain
import GRDB

/// Store operations the demo loader and jobs run inside their own transactions.
public enum StoreMaintenance {
    /// Recomputes the stored status of every child (passes that expired, new referrals).
    public static func refreshChildStatuses(today: LocalDate, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE child SET
              latest_referral_on = (SELECT r.referred_on FROM referral r WHERE r.child_id = child.id ORDER BY r.referred_on DESC, r.id DESC LIMIT 1),
              latest_department = (SELECT r.department FROM referral r WHERE r.child_id = child.id ORDER BY r.referred_on DESC, r.id DESC LIMIT 1)
            """)
        try ChildStatusSQL.refreshAll(today: today, db)
    }

    public static func phoneDigits(_ phone: String?) -> String? { Guardian.phoneDigits(phone) }
    public static func searchName(_ first: String, _ last: String) -> String { SQLiteChildRepository.searchName(first, last) }
}
