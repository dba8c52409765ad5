import Domain
import GRDB
import Testing
@testable import Store

/// What a grant holds on its budget is stated once, in `BudgetCommitment`; the store's budget
/// sums use SQL built from it. Both answer every status, paid or not, alike.
@Suite struct BudgetCommitmentAgreementTests {
    @Test func theSQLAndTheRuleAgreeForEveryStatusAndPayment() throws {
        let db = try DatabaseQueue()
        try db.write { db in
            try db.execute(sql: """
                CREATE TABLE support_grant (id INTEGER PRIMARY KEY, status TEXT, amount INTEGER);
                CREATE TABLE claim (id INTEGER PRIMARY KEY, grant_id INTEGER, status TEXT);
                CREATE TABLE payment (claim_id INTEGER, amount INTEGER);
                """)
            let granted = Money(ore: 90_000)
            var id: Int64 = 0
            var amounts = Set<Int64>()
            for status in GrantStatus.allCases {
                for paid in [nil, Money(ore: 60_000), granted] as [Money?] {
                    id += 1
                    try db.execute(sql: "INSERT INTO support_grant VALUES (?, ?, ?)", arguments: [id, status.rawValue, granted])
                    if let paid {
                        try db.execute(sql: "INSERT INTO claim VALUES (?, ?, 'paid')", arguments: [id, id])
                        try db.execute(sql: "INSERT INTO payment VALUES (?, ?)", arguments: [id, paid])
                    }
                    let sql = try Money.fetchOne(db, sql: "SELECT \(MoneySQL.committed) FROM support_grant g WHERE g.id = ?", arguments: [id])
                    let rule = BudgetCommitment.amount(status: status, granted: granted, paid: paid)
                    #expect(sql == rule, "\(status), paid \(String(describing: paid))")
                    amounts.insert(rule.ore)
                }
            }
            #expect(amounts == [0, 60_000, 90_000], "the cases reach every kind of commitment")
        }
    }
}
