import Demo
import Domain
import Foundation
import GRDB
import Store
import Testing

/// The benchmark data set (`fritidspas demo --size small`): the sizes asked for, every
/// constraint and foreign key holds, and the application's repositories read it.
@Suite struct LargeDemoTests {
    static let clock = Clock { Date(timeIntervalSince1970: 1_780_000_000) }

    static func generated() throws -> (any DatabaseWriter, [String: Int]) {
        let db = try AppDatabase.openInMemory()
        try LargeDemo.generate(into: db, size: .small, passwordHash: "hash", clock: clock)
        let counts = try db.read { db in Dictionary(uniqueKeysWithValues: try LargeDemo.counts(db).map { ($0.table, $0.rows) }) }
        return (db, counts)
    }

    @Test func smallDataSetHasTheAskedForSizes() throws {
        let (_, counts) = try Self.generated()
        #expect(counts["municipality"] == 3)
        #expect(counts["child"] == 900)
        #expect(counts["referral"] == 1_800)
        #expect(counts["association"] == 30)
        #expect(counts["activity"] == 90)
        #expect(counts["support_grant"] == 2_700)
        #expect(counts["guidance_session"] == 9_000)
        for table in ["pass", "enrolment", "claim", "payment", "payment_batch", "volunteer", "guidance_course", "follow_up", "parent_agreement"] {
            #expect((counts[table] ?? 0) > 0, "no rows in \(table)")
        }
    }

    @Test func everyConstraintAndForeignKeyHolds() throws {
        let (db, _) = try Self.generated()
        try db.read { (db: Database) throws -> Void in
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            // Nothing happens in the future.
            let today = Self.clock.today
            for (table, column) in [("referral", "referred_on"), ("pass", "redeemed_on"), ("enrolment", "started_on"), ("support_grant", "granted_on"),
                                    ("payment", "paid_on"), ("guidance_session", "held_on"), ("guidance_course", "ended_on")] {
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table) WHERE \(column) > ?", arguments: [today]) == 0, "\(table).\(column)")
            }
        }
    }

    @Test func referencesAgreeAcrossTables() throws {
        let (db, _) = try Self.generated()
        try db.read { (db: Database) throws -> Void in
            func zero(_ sql: String) throws -> Bool { try Int.fetchOne(db, sql: sql) == 0 }
            // Grants point at an enrolment of the same child and association; claims at their grant's child; payments at paid claims.
            #expect(try zero("SELECT COUNT(*) FROM support_grant g JOIN enrolment e ON e.id = g.enrolment_id WHERE e.child_id <> g.child_id OR e.association_id <> g.association_id"))
            #expect(try zero("SELECT COUNT(*) FROM claim cl JOIN support_grant g ON g.id = cl.grant_id WHERE g.child_id <> cl.child_id OR cl.amount > g.amount"))
            #expect(try zero("SELECT COUNT(*) FROM payment p JOIN claim cl ON cl.id = p.claim_id WHERE cl.status <> 'paid' OR cl.amount <> p.amount"))
            #expect(try zero("SELECT COUNT(*) FROM claim cl JOIN support_grant g ON g.id = cl.grant_id WHERE cl.status = 'paid' AND g.status <> 'paid'"))
            // Courses belong to passes of their child; sessions lie within the course; follow-ups 3 and 6 months after the start.
            #expect(try zero("SELECT COUNT(*) FROM guidance_course g JOIN pass p ON p.id = g.pass_id WHERE p.child_id <> g.child_id OR NOT p.covers_guidance"))
            #expect(try zero("SELECT COUNT(*) FROM guidance_session s JOIN guidance_course g ON g.id = s.course_id WHERE s.held_on < g.started_on OR s.held_on > coalesce(g.ended_on, '9999')"))
            #expect(try zero("SELECT COUNT(*) FROM follow_up WHERE due_on <> date(activity_started_on, '+' || months || ' months') AND months = 3 AND substr(activity_started_on, 9) < '29'"))
            // Enrolments started only on passes taken into use.
            #expect(try zero("SELECT COUNT(*) FROM enrolment e WHERE e.started_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pass p WHERE p.child_id = e.child_id AND p.redeemed_on IS NOT NULL)"))
            // Statuses in plausible proportions: every state is there, most old grants are paid.
            let grantStates = try String.fetchAll(db, sql: "SELECT DISTINCT status FROM support_grant ORDER BY status")
            #expect(grantStates == ["approved", "cancelled", "claimed", "expired", "granted", "paid"])
            let paidShare = try Double.fetchOne(db, sql: "SELECT AVG(status = 'paid') FROM support_grant WHERE claim_deadline < date(?, '-90 days') AND enrolment_id IN (SELECT id FROM enrolment WHERE started_on IS NOT NULL)", arguments: [Self.clock.today]) ?? 0
            #expect(paidShare > 0.7)
            #expect(try String.fetchAll(db, sql: "SELECT DISTINCT status FROM guidance_course ORDER BY status").count == CourseStatus.allCases.count)
        }
    }

    @Test func theApplicationReadsIt() async throws {
        let (db, _) = try Self.generated()
        let repos = Repositories.sqlite(db)
        let today = Self.clock.today
        let (municipality, association, volunteer) = try await db.read { db in
            (try MunicipalityID.fetchOne(db, sql: "SELECT id FROM municipality WHERE slug = 'holstebro'")!,
             try UserID.fetchOne(db, sql: "SELECT id FROM app_user WHERE email = 'association@holstebro.demo'")!,
             try UserID.fetchOne(db, sql: "SELECT id FROM app_user WHERE email = 'volunteer@holstebro.demo'")!)
        }
        let page = try await repos.children.list(ChildQuery(), scope: .municipality(municipality), today: today)
        #expect(page.total == 300 && page.rows.count == ChildQuery.pageSize)
        let child = try #require(page.rows.first)
        #expect(try await repos.children.find(child.id, scope: .municipality(municipality)) != nil)
        _ = try await repos.courses.courses(for: child.id, in: municipality)
        _ = try await repos.grants.grants(for: child.id, in: municipality)
        let intake = try await repos.dashboard.intake(in: municipality, period: .halfYear(containing: today), today: today)
        #expect(intake.referrals.current > 0 && intake.granted.current > 0)
        // The demo association contact has a busy club; the demo volunteer guides children.
        let portal = try #require(try await repos.portal.overview(scope: .association(municipality, association), today: today))
        #expect(portal.enrolments.count >= 10)
        let guided = try await repos.courses.list(CourseFilter(statuses: Set(CourseStatus.allCases)), scope: .volunteer(municipality, volunteer, consentOn: today))
        #expect(!guided.isEmpty)
    }
}
