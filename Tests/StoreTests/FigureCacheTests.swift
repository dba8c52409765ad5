import Domain
import Foundation
import GRDB
@testable import Store
import Testing

/// The dashboard's figures are computed once per municipality, period and day, and again after
/// any change of data — never after a sign-in, a session or an audit entry alone.
@Suite struct FigureCacheTests {
    let period = Period(from: LocalDate(iso: "2026-07-01")!, to: LocalDate(iso: "2026-12-31")!)
    let today = LocalDate(iso: "2026-11-25")!

    func insertReferral(_ f: StoreFixture) async throws {
        try await f.db.write { db in
            try db.execute(sql: """
                INSERT INTO child (municipality_id, first_name, last_name, search_name, birth_date, gender, created_at, updated_at)
                VALUES (?, 'A', 'Test', 'a test', '2015-01-01', 'girl', ?, ?)
                """, arguments: [f.holstebro.id, f.now, f.now])
            try db.execute(sql: """
                INSERT INTO referral (child_id, municipality_id, referrer_name, department, referred_on, reasons, urgency, wants_guidance,
                  wants_economic_support, status, created_at) VALUES (?, ?, 'L', 'school', '2026-08-01', 'economic', 'normal', 1, 1, 'submitted', ?)
                """, arguments: [db.lastInsertedRowID, f.holstebro.id, f.now])
        }
    }

    @Test func aChangeOfDataShowsAtOnceAndReadsAloneAreServedFromTheCache() async throws {
        let f = try await StoreFixture()
        let dashboard = SQLiteDashboardRepository(f.db)
        let before = try await dashboard.figures(in: f.holstebro.id, period: period, today: today)
        #expect(before.intake.referrals.current == 0)
        _ = try await dashboard.figures(in: f.holstebro.id, period: period, today: today)
        #expect(dashboard.cache.computations == 1, "the second look is served from the cache")

        // The audit trail and sessions are written on every request: they change no figure.
        try await f.repos.audit.record(f.audit(.view, .child))
        _ = try await dashboard.figures(in: f.holstebro.id, period: period, today: today)
        #expect(dashboard.cache.computations == 1)

        try await insertReferral(f)
        let after = try await dashboard.figures(in: f.holstebro.id, period: period, today: today)
        #expect(after.intake.referrals.current == 1, "a new referral shows on the next look")
        #expect(dashboard.cache.computations == 2)

        // Another day, period or municipality is its own entry.
        _ = try await dashboard.figures(in: f.holstebro.id, period: period, today: today.adding(days: 1))
        _ = try await dashboard.figures(in: f.holstebro.id, period: period.previous, today: today)
        _ = try await dashboard.figures(in: f.svendborg.id, period: period, today: today)
        #expect(dashboard.cache.computations == 5)
    }

    @Test func aRolledBackWriteKeepsTheCache() async throws {
        let f = try await StoreFixture()
        let dashboard = SQLiteDashboardRepository(f.db)
        _ = try await dashboard.figures(in: f.holstebro.id, period: period, today: today)
        struct Abort: Error {}
        await #expect(throws: Abort.self) {
            try await f.db.write { db in
                try db.execute(sql: "UPDATE municipality SET name = 'X' WHERE id = ?", arguments: [f.holstebro.id])
                throw Abort()
            }
        }
        _ = try await dashboard.figures(in: f.holstebro.id, period: period, today: today)
        #expect(dashboard.cache.computations == 1)
    }
}
