import Domain
import GRDB
import Testing
@testable import Store

/// The child's status is stated once, in `ChildStatusRule`; the store runs it as SQL built from
/// the rule. Here both answer the same generated cases: every mix of up to two passes and three
/// referrals a child can have, around today's date.
@Suite struct ChildStatusRuleAgreementTests {
    @Test func theSQLAndTheRuleAgreeOnEveryGeneratedCase() throws {
        let db = try DatabaseQueue()
        try db.write { db in
            try db.execute(sql: """
                CREATE TABLE child (id INTEGER PRIMARY KEY);
                CREATE TABLE pass (child_id INTEGER, status TEXT, valid_to TEXT);
                CREATE TABLE referral (child_id INTEGER, status TEXT);
                """)
        }
        let today = LocalDate(year: 2026, month: 12, day: 5)!
        let stored: [PassStatus] = [.granted, .inUse, .ended]
        let passChoices: [ChildStatusRule.PassFact] = stored.flatMap { status in
            [-1, 0, 1].map { ChildStatusRule.PassFact(status: status, validTo: today.adding(days: $0)) }
        }
        var generator = SystemRandomNumberGenerator()
        var cases: [(passes: [ChildStatusRule.PassFact], referrals: [ReferralStatus])] = []
        // Every single pass and every single referral, then random mixes.
        cases += passChoices.map { ([$0], []) }
        cases += ReferralStatus.allCases.map { ([], [$0]) }
        cases.append(([], []))
        for _ in 0..<400 {
            let passes = (0..<Int.random(in: 0...2, using: &generator)).map { _ in passChoices.randomElement(using: &generator)! }
            let referrals = (0..<Int.random(in: 0...3, using: &generator)).map { _ in ReferralStatus.allCases.randomElement(using: &generator)! }
            cases.append((passes, referrals))
        }
        var seen = Set<ChildStatus>()
        try db.write { db in
            for (index, example) in cases.enumerated() {
                let child = Int64(index + 1)
                try db.execute(sql: "INSERT INTO child (id) VALUES (?)", arguments: [child])
                for pass in example.passes {
                    try db.execute(sql: "INSERT INTO pass VALUES (?, ?, ?)", arguments: [child, pass.status.rawValue, pass.validTo.iso])
                }
                for referral in example.referrals {
                    try db.execute(sql: "INSERT INTO referral VALUES (?, ?)", arguments: [child, referral.rawValue])
                }
                let sql = try String.fetchOne(db, sql: "SELECT \(ChildStatusSQL.statusCase) FROM child WHERE id = :child",
                                              arguments: ["today": today.iso, "child": child])
                let rule = ChildStatusRule.status(passes: example.passes, referrals: example.referrals, today: today)
                #expect(sql == rule.rawValue, "passes \(example.passes), referrals \(example.referrals)")
                seen.insert(rule)
            }
        }
        #expect(seen == Set(ChildStatus.allCases), "the cases reach every status")
    }

    @Test func aValidPassOutranksAnOpenReferralAndAnEndedPassAnOldRejection() {
        let today = LocalDate(year: 2026, month: 12, day: 5)!
        let valid = ChildStatusRule.PassFact(status: .granted, validTo: today)
        let expired = ChildStatusRule.PassFact(status: .inUse, validTo: today.adding(days: -1))
        #expect(ChildStatusRule.status(passes: [valid], referrals: [.submitted], today: today) == .active)
        #expect(ChildStatusRule.status(passes: [expired], referrals: [.submitted], today: today) == .referred)
        #expect(ChildStatusRule.status(passes: [expired], referrals: [.rejected], today: today) == .ended)
        #expect(ChildStatusRule.status(passes: [], referrals: [.approved], today: today) == .registered)
    }
}
