import Domain
import Foundation
import GRDB
import Store
import Testing

/// Associations, money and cost figures of the dashboard and the settings behind them, over a
/// data set counted by hand (period: second half of 2026).
@Suite struct DashboardMoneyFiguresTests {
    let period = Period(from: LocalDate(iso: "2026-07-01")!, to: LocalDate(iso: "2026-12-31")!)
    let today = LocalDate(iso: "2026-11-25")!

    func seed(_ f: StoreFixture) async throws {
        try await f.db.write { db in
            let r = DashboardRows(db: db, m: f.holstebro.id, now: f.now)
            let (a, b, c, d, e) = (try r.child("A"), try r.child("B"), try r.child("C"), try r.child("D"), try r.child("E"))
            let tvis = try r.association("Tvis Boldklub", cvr: "29189919")
            let mejrup = try r.association("Mejrup Svømning", cvr: "61126228")
            let closed = try r.association("Lukket Klub", cvr: "12345674", active: false)
            let football = try r.activity(tvis, "football", freePlaces: 3)
            let swimming = try r.activity(mejrup, "swimming", freePlaces: 0)
            let dance = try r.activity(mejrup, "dance", freePlaces: 2)
            _ = try r.activity(closed, "music", freePlaces: 5)
            try r.enrol(a, football, on: "2026-03-01")  // both periods
            try r.enrol(b, football, on: "2026-12-31")  // the period's last day
            try r.enrol(c, swimming, on: "2026-01-01", stopped: "2026-07-01")  // stopped on the period's first day: both
            try r.enrol(d, swimming, on: "2026-02-01", stopped: "2026-06-30")  // previous only
            try r.enrol(e, dance, on: "2027-01-01")  // after
            try r.enrol(a, dance, on: "2026-08-01")  // A a second time: once in the totals

            let municipal = try r.source("Kommunens budget", budget2026: 10_000)
            let broen = try r.source("BROEN", budget2026: 5_000)
            try r.grant(a, football, municipal, kroner: 900, status: "paid", grantedOn: "2026-02-01", claim: "paid", paidOn: "2026-07-01")
            try r.grant(b, football, municipal, kroner: 1_200, status: "granted", grantedOn: "2026-09-30")  // 8 weeks on 25.11
            try r.grant(b, dance, broen, kroner: 500, status: "granted", grantedOn: "2026-10-01")  // not yet 8 weeks
            try r.grant(c, swimming, municipal, kroner: 300, status: "cancelled", grantedOn: "2026-03-01")
            try r.grant(c, swimming, broen, kroner: 700, status: "claimed", grantedOn: "2026-03-01", claim: "submitted")
            try r.grant(d, swimming, municipal, kroner: 400, status: "paid", grantedOn: "2025-05-01", year: 2025, claim: "paid",
                        paidOn: "2026-06-30")

            // Passes taken into use: A twice in the period (counted once), B on the last day, C before.
            try r.pass(a, granted: "2026-06-01", redeemed: "2026-07-01")
            try r.pass(a, granted: "2026-07-15", redeemed: "2026-08-01")
            try r.pass(b, granted: "2026-12-01", redeemed: "2026-12-31")
            try r.pass(c, granted: "2026-01-15", redeemed: "2026-06-30")
            // Guidance: 125 minutes in the period, 75 before; A active after six months in each.
            let guide = try r.volunteer("Guide", certificateOn: "2026-01-01")
            let course = try r.course(a, "ongoing", guide: guide)
            try r.session(course, "2026-07-01", minutes: 125)
            try r.session(course, "2026-06-30", minutes: 75)
            try r.followUp(a, months: 6, due: "2026-09-01", active: true)
            try r.followUp(c, months: 6, due: "2026-03-01", active: true)

            let s = DashboardRows(db: db, m: f.svendborg.id, now: f.now)
            let sc = try s.child("S")
            let club = try s.association("Svendborg IF", cvr: "29189919")
            let sFootball = try s.activity(club, "football", freePlaces: 9)
            try s.enrol(sc, sFootball, on: "2026-08-01")
            let sSource = try s.source("Kommunens budget", budget2026: 1_000)
            try s.grant(sc, sFootball, sSource, kroner: 250, status: "paid", grantedOn: "2026-01-01", claim: "paid", paidOn: "2026-08-01")
            try s.grant(sc, sFootball, sSource, kroner: 100, status: "granted", grantedOn: "2026-01-01")
            try s.pass(sc, granted: "2026-08-01", redeemed: "2026-08-02")
        }
        try await f.repos.dashboard.saveSettings(DashboardSettings(hourlyRate: Money(kroner: 450), unclaimedWeeks: 8), in: f.holstebro.id,
                                                 audit: f.audit(.update, .dashboardSettings))
    }

    @Test func childrenPerAssociationAndCategoryInBothPeriods() async throws {
        let f = try await StoreFixture()
        try await seed(f)
        let a = try await f.repos.dashboard.figures(in: f.holstebro.id, period: period, today: today).associations
        #expect(a.byAssociation == [GroupCount(key: "Mejrup Svømning", counts: Compared(2, 2)),
                                    GroupCount(key: "Tvis Boldklub", counts: Compared(2, 1))])
        #expect(a.byCategory == [GroupCount(key: "football", counts: Compared(2, 1)), GroupCount(key: "dance", counts: Compared(1, 0)),
                                 GroupCount(key: "swimming", counts: Compared(1, 2))])
        #expect(a.children == Compared(3, 3), "A, B, C in the period; A, C, D before")
        #expect(a.freePlaces.map { "\($0.label)=\($0.count)" } == ["Tvis Boldklub=3", "Mejrup Svømning=2"], "not the inactive club")
        let svendborg = try await f.repos.dashboard.figures(in: f.svendborg.id, period: period, today: today).associations
        #expect(svendborg.byAssociation == [GroupCount(key: "Svendborg IF", counts: Compared(1, 0))])
    }

    @Test func moneyPerFundingSourceForTheBudgetYearAndUnclaimedGrants() async throws {
        let f = try await StoreFixture()
        try await seed(f)
        let money = try await f.repos.dashboard.figures(in: f.holstebro.id, period: period, today: today).money
        #expect(money.budgetYears == [2026])
        let lines = money.funding.map { "\($0.source.name) \($0.year): \($0.budget.plain)/\($0.granted.plain)/\($0.claimed.plain)/\($0.paid.plain)" }
        #expect(lines == ["BROEN 2026: 5.000,00/1.200,00/700,00/0,00", "Kommunens budget 2026: 10.000,00/2.100,00/900,00/900,00"],
                "the cancelled grant holds nothing; the 2025 grant is in its own year")
        #expect(money.total.remaining == Money(kroner: 15_000 - 3_300))
        #expect(money.paid == Money(kroner: 900) && money.previousPaid == Money(kroner: 400), "by payment date: 01.07 and 30.06")
        #expect(money.unclaimedCount == 1 && money.unclaimedAmount == Money(kroner: 1_200), "granted 30.09, 8 weeks before 25.11")
        let fourWeeks = DashboardSettings(hourlyRate: Money(kroner: 450), unclaimedWeeks: 4)
        try await f.repos.dashboard.saveSettings(fourWeeks, in: f.holstebro.id, audit: f.audit(.update, .dashboardSettings))
        let after = try await f.repos.dashboard.figures(in: f.holstebro.id, period: period, today: today).money
        #expect(after.unclaimedCount == 2 && after.unclaimedWeeks == 4)
        let twoYears = try await f.repos.dashboard.figures(in: f.holstebro.id, period: Period(from: LocalDate(iso: "2025-07-01")!,
                                                                                               to: LocalDate(iso: "2026-06-30")!), today: today)
        #expect(twoYears.money.budgetYears == [2025, 2026])
        #expect(twoYears.money.funding.filter { $0.year == 2025 }.map(\.granted) == [.zero, Money(kroner: 400)])
        let svendborg = try await f.repos.dashboard.figures(in: f.svendborg.id, period: period, today: today).money
        #expect(svendborg.paid == Money(kroner: 250) && svendborg.unclaimedCount == 1 && svendborg.funding.count == 1)
    }

    @Test func costPerChildFromMoneyPaidAndGuidanceHours() async throws {
        let f = try await StoreFixture()
        try await seed(f)
        let cost = try await f.repos.dashboard.figures(in: f.holstebro.id, period: period, today: today).cost
        #expect(cost.hourlyRate == Money(kroner: 450))
        #expect(cost.current == CostBasis(paid: Money(kroner: 900), guidanceMinutes: 125, startedActivity: 2, activeAfterSixMonths: 1))
        #expect(cost.previous == CostBasis(paid: Money(kroner: 400), guidanceMinutes: 75, startedActivity: 1, activeAfterSixMonths: 1))
        let rate = Money(kroner: 450)
        // 125 min × 450 kr./h = 937,50 kr.; + 900 kr. paid = 1.837,50 kr.
        #expect(cost.current.guidanceCost(rate: rate) == Money(ore: 93_750))
        #expect(cost.current.total(rate: rate) == Money(ore: 183_750))
        #expect(cost.current.perChild(2, rate: rate) == Money(kroner: 919), "918,75 rounds up")
        #expect(cost.current.perChild(1, rate: rate) == Money(kroner: 1_838))
        #expect(cost.previous.perChild(1, rate: rate) == Money(kroner: 963), "400 + 562,50")
        #expect(cost.current.perChild(0, rate: rate) == nil)
        let svendborg = try await f.repos.dashboard.figures(in: f.svendborg.id, period: period, today: today).cost
        #expect(svendborg.hourlyRate == nil && svendborg.current.startedActivity == 1 && svendborg.current.paid == Money(kroner: 250))
    }

    @Test func settingsKeepTheHourlyRateAndShareTheWeeksWithTheGrantRules() async throws {
        let f = try await StoreFixture()
        #expect(try await f.repos.dashboard.settings(in: f.holstebro.id) == DashboardSettings(hourlyRate: nil, unclaimedWeeks: 8))
        try await f.repos.dashboard.saveSettings(DashboardSettings(hourlyRate: Money(ore: 42_550), unclaimedWeeks: 6), in: f.holstebro.id,
                                                 audit: f.audit(.update, .dashboardSettings))
        #expect(try await f.repos.dashboard.settings(in: f.holstebro.id) == DashboardSettings(hourlyRate: Money(ore: 42_550), unclaimedWeeks: 6))
        var rules = try await f.repos.grants.rules(for: f.holstebro.id)
        #expect(rules.unclaimedWeeks == 6)
        rules.unclaimedWeeks = 8
        #expect(rules == .standard, "the other rules keep their standard values")
        try await f.repos.grants.saveRules(GrantRules.standard, for: f.holstebro.id, audit: f.audit(.update, .grantRules))
        #expect(try await f.repos.dashboard.settings(in: f.holstebro.id).unclaimedWeeks == 8, "one setting, edited in either place")
        #expect(try await f.repos.dashboard.settings(in: f.svendborg.id) == .standard)
        #expect(try await f.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'dashboard_settings'") == 1)
    }
}
