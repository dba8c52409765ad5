import Domain
import Foundation
import GRDB
import Store
import Testing

/// Guidance, follow-up and volunteer figures of the dashboard over a data set counted by hand.
/// The period is the second half of 2026; the previous period is the first half.
@Suite struct DashboardGuidanceFiguresTests {
    let period = Period(from: LocalDate(iso: "2026-07-01")!, to: LocalDate(iso: "2026-12-31")!)
    let today = LocalDate(iso: "2026-11-25")!

    /// Holstebro: five children. Sessions on the periods' edges; D's first session was in 2025.
    func seed(_ f: StoreFixture) async throws {
        try await f.db.write { db in
            let r = DashboardRows(db: db, m: f.holstebro.id, now: f.now)
            let (a, b, c, d, e) = (try r.child("A"), try r.child("B"), try r.child("C"), try r.child("D"), try r.child("E"))
            let guide = try r.volunteer("Guide", certificateOn: "2026-01-01")
            let courseA = try r.course(a, "successful", started: "2026-06-20", ended: "2026-12-31", guide: guide)
            try r.session(courseA, "2026-06-30", minutes: 60)  // previous; A's first session
            try r.session(courseA, "2026-07-01", minutes: 30)  // period, first day
            let courseB = try r.course(b, "failed", started: "2026-07-01", ended: "2026-07-01", guide: guide)
            try r.session(courseB, "2026-12-31", minutes: 45)  // period, last day; B's first session
            let courseC = try r.course(c, "ongoing", guide: guide)
            try r.session(courseC, "2027-01-01", minutes: 20)  // after the period
            let oldD = try r.course(d, "moved_away", started: "2025-10-01", ended: "2025-12-31", guide: guide)
            try r.session(oldD, "2025-11-01", minutes: 40)
            let newD = try r.course(d, "waiting_for_guide", started: "2026-07-15")
            try r.session(newD, "2026-08-01", minutes: 50)  // period, but D was contacted in 2025
            let courseE = try r.course(e, "dropped_out", started: "2026-01-01", ended: "2026-06-30", guide: guide)
            try r.session(courseE, "2026-01-01", minutes: 15)  // previous, first day; E's first session

            // 6-month follow-ups: A active, B not, C unanswered (period); E active (previous); D after.
            try r.followUp(a, months: 6, due: "2026-07-01", active: true)
            try r.followUp(b, months: 6, due: "2026-12-31", active: false)
            try r.followUp(c, months: 6, due: "2026-10-01", active: nil)
            try r.followUp(e, months: 6, due: "2026-06-30", active: true)
            try r.followUp(d, months: 6, due: "2027-01-01", active: nil)
            // 3-month follow-ups on 25.11: due from 11.11 to 09.12, overdue before 11.11.
            try r.followUp(d, months: 3, due: "2026-12-09", active: nil)  // due (last day shown)
            try r.followUp(c, months: 3, due: "2026-11-11", active: nil)  // due (first day not overdue)
            try r.followUp(b, months: 3, due: "2026-11-10", active: nil)  // overdue
            try r.followUp(a, months: 3, due: "2026-09-01", active: true)  // answered

            // Svendborg's rows never count in Holstebro.
            let s = DashboardRows(db: db, m: f.svendborg.id, now: f.now)
            let sc = try s.child("S")
            let sv = try s.volunteer("Svendborg-frivillig", certificateOn: "2026-01-01")
            let sCourse = try s.course(sc, "ongoing", guide: sv)
            try s.session(sCourse, "2026-09-01", minutes: 600)
            try s.followUp(sc, months: 6, due: "2026-09-01", active: true)
            try s.followUp(sc, months: 3, due: "2026-06-01", active: nil)
        }
    }

    @Test func guidanceFiguresMatchAHandCount() async throws {
        let f = try await StoreFixture()
        try await seed(f)
        let g = try await f.repos.dashboard.figures(in: f.holstebro.id, period: period, today: today).guidance
        #expect(g.contacted == Compared(1, 2), "B in the period; A (30.06) and E (01.01) before; D's first session was in 2025")
        #expect(g.sessions == Compared(3, 2), "01.07, 01.08, 31.12 — and 01.01, 30.06; 2027 and 2025 count in neither")
        #expect(g.minutes == Compared(30 + 50 + 45, 15 + 60))
        #expect(g.ended(.successful) == Compared(1, 0))
        #expect(g.ended(.failed) == Compared(1, 0))
        #expect(g.ended(.droppedOut) == Compared(0, 1))
        #expect(g.ended(.movedAway) == Compared(0, 0), "moved away on 31.12.2025, before both periods")
        #expect(g.retention == Retention(due: 3, answered: 2, stillActive: 1))
        #expect(g.previousRetention == Retention(due: 1, answered: 1, stillActive: 1))
        #expect(g.activeAfterSixMonths == Compared(1, 1), "the funnel's 4th stage: answered still active")
    }

    @Test func followUpsDueAndOverdueToday() async throws {
        let f = try await StoreFixture()
        try await seed(f)
        let figures = try await f.repos.dashboard.figures(in: f.holstebro.id, period: period, today: today)
        #expect(figures.followUps == FollowUpCounts(due: 2, overdue: 2), "C's 6-month follow-up (01.10) is overdue too")
        let svendborg = try await f.repos.dashboard.figures(in: f.svendborg.id, period: period, today: today)
        #expect(svendborg.followUps == FollowUpCounts(due: 0, overdue: 1))
        #expect(svendborg.guidance.sessions == Compared(1, 0) && svendborg.guidance.minutes.current == 600)
        #expect(svendborg.guidance.retention == Retention(due: 1, answered: 1, stillActive: 1))
    }

    @Test func volunteersAndTheirBørneattestAsTheDomainRuleCountsIt() async throws {
        let f = try await StoreFixture()
        // Renewal after 6 months; on 30.11.2026 an attest from 31.05 has run out (31.05 + 6 months
        // is 30.11, where SQLite's own arithmetic would say 01.12), one from 01.06 has not.
        let day = LocalDate(iso: "2026-11-30")!
        try await f.repos.volunteers.save(GuidanceSettings(certificateRenewalMonths: 6), for: f.holstebro.id, audit: f.audit(.update, .guidanceSettings))
        #expect(CertificateRule(renewalMonths: 6).status(obtainedOn: LocalDate(iso: "2026-05-31")!, today: day).isValid == false)
        #expect(CertificateRule(renewalMonths: 6).status(obtainedOn: LocalDate(iso: "2026-06-01")!, today: day).isValid)
        try await f.db.write { db in
            let r = DashboardRows(db: db, m: f.holstebro.id, now: f.now)
            let v1 = try r.volunteer("V1", certificateOn: "2026-05-31")
            let v2 = try r.volunteer("V2", certificateOn: "2026-06-01")
            _ = try r.volunteer("V3", certificateOn: nil)
            let v4 = try r.volunteer("V4", certificateOn: "2026-10-01")
            _ = try r.volunteer("Paused", status: "paused", certificateOn: "2026-10-01")
            _ = try r.volunteer("Ended", status: "ended", certificateOn: "2026-10-01")
            // V1 guides C with V2 as følgeven; V2 also follows D (waiting for a guide); V4 has three
            // children; V2's finished course does not count.
            _ = try r.course(try r.child("C"), "ongoing", guide: v1, companion: v2)
            _ = try r.course(try r.child("D"), "waiting_for_guide", companion: v2)
            _ = try r.course(try r.child("A"), "successful", ended: "2026-09-01", guide: v2)
            for name in ["F", "G", "H"] { _ = try r.course(try r.child(name), "ongoing", guide: v4) }
            let s = DashboardRows(db: db, m: f.svendborg.id, now: f.now)
            _ = try s.volunteer("Svendborg", certificateOn: "2026-10-01")
        }
        let v = try await f.repos.dashboard.figures(in: f.holstebro.id, period: period, today: day).volunteers
        #expect(v.active == 4)
        #expect(v.validCertificate == 2, "V2 and V4; V1's ran out today, V3 has none")
        #expect(v.withoutChild == 1, "V3")
        #expect(v.distribution == [1, 1, 1, 1], "0: V3, 1: V1, 2: V2, 3+: V4")
        #expect(v.childAssignments == 6 && v.childrenPerVolunteer == 1.5)
        let dayBefore = try await f.repos.dashboard.figures(in: f.holstebro.id, period: period, today: day.adding(days: -1)).volunteers
        #expect(dayBefore.validCertificate == 3)
        let svendborg = try await f.repos.dashboard.figures(in: f.svendborg.id, period: period, today: day).volunteers
        #expect(svendborg.active == 1 && svendborg.validCertificate == 1 && svendborg.withoutChild == 1)
    }
}
