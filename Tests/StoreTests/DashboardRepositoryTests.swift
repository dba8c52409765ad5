import Domain
import Foundation
import GRDB
import Store
import Testing

/// The dashboard's figures over a small data set counted by hand.
@Suite struct DashboardRepositoryTests {
    let period = Period(from: LocalDate(iso: "2026-07-01")!, to: LocalDate(iso: "2026-12-31")!)

    /// Holstebro: 4 children. Referrals on the period's edges and in the previous half-year.
    func seed(_ f: StoreFixture) async throws {
        let user = try await f.addUser("lars@holstebro.dk")
        try await f.db.write { db in
            func child(_ first: String, school: String, district: String) throws -> Int64 {
                try db.execute(sql: """
                    INSERT INTO child (municipality_id, first_name, last_name, search_name, birth_date, gender, school, school_district, created_at, updated_at)
                    VALUES (?, ?, 'Test', ?, '2015-01-01', 'girl', ?, ?, ?, ?)
                    """, arguments: [f.holstebro.id, first, first.lowercased() + " test", school, district, f.now, f.now])
                return db.lastInsertedRowID
            }
            func referral(_ child: Int64, _ on: String, _ department: String, decided: String? = nil) throws -> Int64 {
                try db.execute(sql: """
                    INSERT INTO referral (child_id, municipality_id, referrer_name, department, referred_on, reasons, urgency, wants_guidance,
                      wants_economic_support, status, track, decided_on, created_by, created_at)
                    VALUES (?, ?, 'L', ?, ?, 'economic', 'normal', 1, 1, ?, ?, ?, ?, ?)
                    """, arguments: [child, f.holstebro.id, department, on, decided == nil ? "submitted" : "approved",
                                     decided == nil ? nil : "both", decided, user.id, f.now])
                return db.lastInsertedRowID
            }
            func pass(_ child: Int64, _ referral: Int64, granted: String, redeemed: String?, from: String, to: String) throws {
                try db.execute(sql: """
                    INSERT INTO pass (child_id, referral_id, municipality_id, valid_from, valid_to, covers_guidance, covers_fee, covers_equipment,
                      status, granted_on, redeemed_on, created_at) VALUES (?, ?, ?, ?, ?, 1, 1, 0, ?, ?, ?, ?)
                    """, arguments: [child, referral, f.holstebro.id, from, to, redeemed == nil ? "granted" : "in_use", granted, redeemed, f.now])
            }
            let a = try child("A", school: "Tvis Skole", district: "Tvis")
            let b = try child("B", school: "Tvis Skole", district: "Tvis")
            let c = try child("C", school: "Mejrup Skole", district: "Mejrup")
            let d = try child("D", school: "Mejrup Skole", district: "Mejrup")
            // In the period: first and last day count.
            let ra = try referral(a, "2026-07-01", "school", decided: "2026-07-05")
            try pass(a, ra, granted: "2026-07-05", redeemed: "2026-07-21", from: "2026-07-05", to: "2027-06-30")
            let rb = try referral(b, "2026-12-31", "ssp")
            _ = rb
            // Previous half-year; its pass is granted then and redeemed in the period.
            let rc = try referral(c, "2026-06-30", "school", decided: "2026-06-30")
            try pass(c, rc, granted: "2026-06-30", redeemed: "2026-07-10", from: "2026-06-30", to: "2027-06-29")
            // After the period: not counted.
            _ = try referral(d, "2027-01-01", "health_nurse")
            // Wholly in the previous half-year: 30 days from referral to activity, a pass that ended with it.
            let e = try child("E", school: "Nord Skole", district: "Nord")
            let re = try referral(e, "2026-01-10", "club", decided: "2026-01-20")
            try pass(e, re, granted: "2026-01-20", redeemed: "2026-02-09", from: "2026-01-20", to: "2026-06-30")
            // Svendborg's data never counts.
            try db.execute(sql: """
                INSERT INTO child (municipality_id, first_name, last_name, search_name, birth_date, gender, school, school_district, created_at, updated_at)
                VALUES (?, 'S', 'S', 's s', '2015-01-01', 'boy', 'Tvis Skole', 'Tvis', ?, ?)
                """, arguments: [f.svendborg.id, f.now, f.now])
            let s = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO referral (child_id, municipality_id, referrer_name, department, referred_on, reasons, urgency, wants_guidance,
                  wants_economic_support, status, created_at) VALUES (?, ?, 'L', 'school', '2026-08-01', 'economic', 'normal', 1, 1, 'submitted', ?)
                """, arguments: [s, f.svendborg.id, f.now])
            try db.execute(sql: "INSERT INTO district_estimate (municipality_id, district, target_children) VALUES (?, 'Tvis', 40), (?, 'Nord', 25)",
                           arguments: [f.holstebro.id, f.holstebro.id])
        }
    }

    @Test func figuresMatchAHandCount() async throws {
        let f = try await StoreFixture()
        try await seed(f)
        let figures = try await f.repos.dashboard.intake(in: f.holstebro.id, period: period, today: LocalDate(iso: "2026-11-25")!)
        #expect(figures.referrals == Compared(2, 2), "1 July and 31 December are in; 30 June is the previous period; 1 January 2027 is out")
        #expect(figures.granted == Compared(1, 2))
        #expect(figures.redeemed == Compared(2, 1))
        #expect(figures.byDepartment.first { $0.key == "school" }?.counts == Compared(1, 1))
        #expect(figures.byDepartment.first { $0.key == "ssp" }?.counts == Compared(1, 0))
        #expect(figures.byDepartment.first { $0.key == "health_nurse" }?.counts == Compared(0, 0))
        #expect(figures.byDepartment.first { $0.key == "club" }?.counts == Compared(0, 1))
        #expect(figures.byDepartment.count == Department.allCases.count)
        #expect(Set(figures.bySchool.map { "\($0.key)=\($0.counts.current)/\($0.counts.previous)" }) == ["Tvis Skole=2/0", "Mejrup Skole=0/1", "Nord Skole=0/1"])
        // A pass counts in each period it is valid on at least one day: C's from 30 June is in both.
        #expect(figures.reach == [DistrictReach(district: "Mejrup", children: 1, estimate: nil, previousChildren: 1),
                                  DistrictReach(district: "Nord", children: 0, estimate: 25, previousChildren: 1),
                                  DistrictReach(district: "Tvis", children: 1, estimate: 40, previousChildren: 0)])
        // (20 days for A: 1 → 21 July; 10 days for C: 30 June → 10 July) / 2
        #expect(figures.averageDaysToFirstActivity == 15)
        #expect(figures.previousAverageDaysToFirstActivity == 30, "E: 10 January → 9 February")
        #expect(figures.referralsPerMonth.map(\.month) == ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11"],
                "the period's own months, ending with the current one")
        #expect(figures.referralsPerMonth.first { $0.month == "2026-07" }?.count == 1)
        #expect(figures.referralsPerMonth.map(\.count).reduce(0, +) <= figures.referrals.current, "no month beyond the period's referrals")
    }
}
