import Domain
import GRDB
import Testing
@testable import Store

/// "Can this grant still be claimed" is stated once, in `ClaimWindow`; the store's conditions
/// are built from it. Both answer every stored status around every deadline alike.
@Suite struct ClaimWindowAgreementTests {
    @Test func theSQLAndTheRuleAgreeForEveryStatusAndDeadline() throws {
        let db = try DatabaseQueue()
        let today = LocalDate(year: 2026, month: 12, day: 5)!
        try db.write { db in
            try db.execute(sql: "CREATE TABLE support_grant (id INTEGER PRIMARY KEY, status TEXT, claim_deadline TEXT)")
            var id = 0
            var open = 0, lapsed = 0
            for status in GrantStatus.allCases {
                for offset in [-30, -1, 0, 1, 30] {
                    id += 1
                    let deadline = today.adding(days: offset)
                    try db.execute(sql: "INSERT INTO support_grant VALUES (?, ?, ?)", arguments: [id, status.rawValue, deadline.iso])
                    let sqlOpen = try Bool.fetchOne(db, sql: "SELECT \(ClaimWindowSQL.isOpen()) FROM support_grant WHERE id = \(id)",
                                                    arguments: [today.iso])
                    let sqlLapsed = try Bool.fetchOne(db, sql: "SELECT \(ClaimWindowSQL.hasLapsed()) FROM support_grant WHERE id = \(id)",
                                                      arguments: [today.iso])
                    let ruleOpen = ClaimWindow.isOpen(status: status, deadline: deadline, on: today)
                    let ruleLapsed = ClaimWindow.hasLapsed(status: status, deadline: deadline, on: today)
                    #expect(sqlOpen == ruleOpen, "\(status) deadline \(offset) days: open")
                    #expect(sqlLapsed == ruleLapsed, "\(status) deadline \(offset) days: lapsed")
                    open += ruleOpen ? 1 : 0
                    lapsed += ruleLapsed ? 1 : 0
                }
            }
            #expect(open == 3 && lapsed == 2, "the cases reach both sides of the deadline")
        }
    }
}
