import Domain
import Foundation
import GRDB
import Store
import Testing

/// Season rollover: passes ending within 60 days are renewed for the next season, each judged
/// again (consent, age, budget) inside the write, once however often it is asked for.
@Suite struct PassRenewalTests {
    /// A child whose pass ends in `days` days (the world's children hold a pass for 300 days).
    func child(_ w: MoneyWorld, _ name: String, endsIn days: Int = 30) async throws -> (ChildID, PassID) {
        let child = try await w.child(name)
        let pass = try #require(try await w.repos.passes.list(for: child, in: w.holstebro).first).id
        try await w.db.write { db in
            try db.execute(sql: "UPDATE pass SET valid_to = ? WHERE id = ?", arguments: [w.today.adding(days: days), pass])
        }
        return (child, pass)
    }

    @Test func aPassEndingSoonIsRenewedForTheNextSeasonOnceAndKeepsItsActivity() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let (aya, ayaPass) = try await child(w, "Aya")
        _ = try await w.grant(aya, 900)
        _ = try await child(w, "Noah", endsIn: 61)
        let soon = try await w.repos.passes.endingSoon(in: w.holstebro, today: w.today)
        #expect(soon.map(\.childName) == ["Aya Haddad"], "within 60 days only")
        let next = Period(from: w.today.adding(days: 31), to: w.today.adding(days: 30).adding(years: 1))
        #expect(soon.first?.next == next && soon.first?.problems == [] && soon.first?.activities == ["U9 fodbold"])
        #expect(try await w.repos.passes.endingSoon(in: w.svendborg, today: w.today).isEmpty)

        let outcome = try await w.repos.passes.renew([ayaPass], today: w.today, in: w.holstebro, by: w.coordinator, at: w.now,
                                                     audit: w.audit(.update, .pass))
        #expect(outcome.renewed.map(\.validTo) == [next.to] && outcome.refused.isEmpty)
        let pass = try #require(try await w.repos.passes.find(ayaPass, in: w.holstebro))
        #expect(pass.validTo == next.to && pass.status == .granted && pass.validFrom == w.today.adding(days: -1))
        #expect(try await w.count("SELECT COUNT(*) FROM pass_renewal WHERE pass_id = ?", [ayaPass]) == 1)
        #expect(try await w.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'pass' AND entity_id = ? AND action = 'update'",
                                  [ayaPass.description]) == 1)
        #expect(try await w.repos.grants.enrolments(for: aya, in: w.holstebro).count == 1, "the child keeps the activity")
        // Asked again (the same form twice): nothing more.
        let again = try await w.repos.passes.renew([ayaPass], today: w.today, in: w.holstebro, by: w.coordinator, at: w.now,
                                                   audit: w.audit(.update, .pass))
        #expect(again.renewed.isEmpty && again.refused.map(\.problems) == [[.notDue]])
        #expect(try await w.repos.passes.find(ayaPass, in: w.holstebro)?.validTo == next.to)
        await #expect(throws: StoreError.notFound) {
            _ = try await w.repos.passes.renew([ayaPass], today: w.today, in: w.svendborg, by: w.coordinator, at: w.now,
                                               audit: w.audit(.update, .pass))
        }
    }

    @Test func consentAgeAndBudgetAreJudgedAgainForTheNewSeason() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let (_, consentGone) = try await child(w, "Aya")
        let (tooOldChild, tooOld) = try await child(w, "Noah")
        let (_, fine) = try await child(w, "Ella")
        try await w.db.write { db in
            try db.execute(sql: "UPDATE consent SET expires_on = ? WHERE child_id = (SELECT child_id FROM pass WHERE id = ?)",
                           arguments: [w.today.adding(days: 20), consentGone])
            // 18 before the next season starts.
            try db.execute(sql: "UPDATE child SET birth_date = ? WHERE id = ?", arguments: [w.today.adding(years: -18).adding(days: 20), tooOldChild])
        }
        let outcome = try await w.repos.passes.renew([consentGone, tooOld, fine], today: w.today, in: w.holstebro, by: w.coordinator,
                                                     at: w.now, audit: w.audit(.update, .pass))
        #expect(outcome.renewed.map(\.pass) == [fine])
        #expect(outcome.refused.first { $0.pass == consentGone }?.problems == [.consent])
        #expect(outcome.refused.first { $0.pass == tooOld }?.problems == [.age(key: "err.decision.age.tooOld", arguments: ["18", "18"])])

        // With a season from August to June, a pass ending in February runs on to the end of
        // June; with budgets only for 2026, just the pass without economic support can be renewed.
        try await w.repos.schemeSettings.save(SchemeSettings(season: Season(startMonth: 8, startDay: 1, endMonth: 6, endDay: 30)),
                                              for: w.holstebro, audit: w.audit(.update))
        let (_, economic) = try await child(w, "Omar", endsIn: 40)
        let (_, guidanceOnly) = try await child(w, "Liva", endsIn: 40)
        try await w.db.write { db in
            try db.execute(sql: "UPDATE pass SET covers_fee = 0, covers_equipment = 0, covers_guidance = 1 WHERE id = ?", arguments: [guidanceOnly])
            try db.execute(sql: "UPDATE funding_budget SET year = 2026")
        }
        let seasonal = try await w.repos.passes.renew([economic, guidanceOnly], today: w.today, in: w.holstebro, by: w.coordinator,
                                                      at: w.now, audit: w.audit(.update, .pass))
        #expect(seasonal.renewed.map(\.pass) == [guidanceOnly])
        #expect(seasonal.renewed.first?.validTo == LocalDate(year: 2027, month: 6, day: 30))
        #expect(seasonal.refused.map(\.problems) == [[.noBudget(year: 2027)]])
    }

    @Test func twentyRacingRenewalsOfOnePassOnAFilePoolRenewItOnce() async throws {
        let (pool, dir) = try MoneyWorld.filePool()
        defer { try? FileManager.default.removeItem(at: dir) }
        let w = try await MoneyWorld(pool)
        let (_, pass) = try await child(w, "Aya")
        let repos = w.repos
        let renewed = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await repos.passes.renew([pass], today: w.today, in: w.holstebro, by: w.coordinator, at: w.now,
                                                 audit: w.audit(.update, .pass)).renewed.count
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(renewed == 1)
        #expect(try await w.count("SELECT COUNT(*) FROM pass_renewal") == 1)
        try pool.close()
    }
}
