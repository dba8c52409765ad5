import Domain
import Foundation
import GRDB

/// Two small municipalities beside the demo's, counted by hand for the admin's overview over the
/// second half of 2026 (the test clock's today is 15.01.2027).
///
/// Lemvig: six children referred in the period (five by a school, one by SSP), five from
/// Lemtorpskolen and one from Klinkby Skole; six passes granted, five taken into use and
/// enrolled in football with Lemvig Boldklub (four free places); five grants of 1.000 kr. paid
/// on 01.09.2026 from a fund of 20.000 kr. and one of 800 kr. granted 01.10.2026 and never
/// claimed; two active volunteers with a valid børneattest, one guiding a child (two sessions of
/// an hour); five follow-ups overdue; an hourly rate of 400 kr.
///
/// Skive: two children referred by the health nurse at Resen Skole, both passes granted, one
/// taken into use with Skive Spejderne (no free places); one grant of 600 kr. paid; no
/// volunteers, no hourly rate, unclaimed grants after 6 weeks.
enum AdminOverviewData {
    static let lastName = "Hemmeligsen"

    static func load(into db: DatabaseQueue) async throws {
        try await db.write { db in
            let now = Date(timeIntervalSince1970: 1_790_000_000)
            let lemvig = try Rows(db, municipality: "lemvig", "Lemvig Kommune", now: now)
            let fund = try lemvig.source("Lemvig Fritidspulje", budget: 20_000)
            let club = try lemvig.association("Lemvig Boldklub", cvr: "29189919")
            let football = try lemvig.activity(club, "football", freePlaces: 4)
            let guide = try lemvig.volunteer("Vera Frivilligsen", guide: true)
            _ = try lemvig.volunteer("Valdemar Frivilligsen", guide: false)
            for n in 1...6 {
                let child = try lemvig.child("Barn\(n)", school: n == 6 ? "Klinkby Skole" : "Lemtorpskolen",
                                             district: n == 6 ? "Klinkby" : "Lemvig By")
                try lemvig.pass(child, department: n == 6 ? "ssp" : "school", referred: "2026-07-01", redeemed: n == 6 ? nil : "2026-08-01")
                if n == 6 {
                    try lemvig.grant(child, football, fund, kroner: 800, grantedOn: "2026-10-01", paidOn: nil)
                    continue
                }
                try lemvig.enrol(child, football, on: "2026-08-01")
                try lemvig.grant(child, football, fund, kroner: 1_000, grantedOn: "2026-08-01", paidOn: "2026-09-01")
                try lemvig.overdueFollowUp(child)
                if n == 1 { try lemvig.course(child, guide: guide, sessions: ["2026-08-10", "2026-09-10"]) }
            }
            try db.execute(sql: "INSERT INTO dashboard_settings (municipality_id, guidance_hourly_rate, updated_at) VALUES (?, 40000, ?)",
                           arguments: [lemvig.m, now])

            let skive = try Rows(db, municipality: "skive", "Skive Kommune", now: now)
            let skiveFund = try skive.source("Skive Fritidsmidler", budget: 10_000)
            let scouts = try skive.activity(try skive.association("Skive Spejderne", cvr: "61126228"), "scouts", freePlaces: 0)
            for n in 1...2 {
                let child = try skive.child("Skivebarn\(n)", school: "Resen Skole", district: "Resen")
                try skive.pass(child, department: "health_nurse", referred: "2026-09-01", redeemed: n == 1 ? "2026-10-01" : nil)
                if n == 1 {
                    try skive.enrol(child, scouts, on: "2026-10-01")
                    try skive.grant(child, scouts, skiveFund, kroner: 600, grantedOn: "2026-10-01", paidOn: "2026-11-01")
                }
            }
            try db.execute(sql: """
                INSERT INTO grant_rules (municipality_id, max_fee_per_year, max_equipment_per_year, camps_covered, max_camp_per_year,
                  unclaimed_weeks) VALUES (?, 200000, 100000, 0, 0, 6)
                """, arguments: [skive.m])
        }
    }

    /// Inserts a municipality's rows directly, each date exactly where the count needs it.
    struct Rows {
        let db: Database
        let m: Int64
        let now: Date

        init(_ db: Database, municipality slug: String, _ name: String, now: Date) throws {
            try db.execute(sql: "INSERT INTO municipality (slug, name, scheme_name, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [slug, name, "Fritidspas", now])
            self.db = db
            m = db.lastInsertedRowID
            self.now = now
        }

        func child(_ name: String, school: String, district: String) throws -> Int64 {
            try db.execute(sql: """
                INSERT INTO child (municipality_id, first_name, last_name, search_name, birth_date, gender, school, school_district,
                  created_at, updated_at) VALUES (?, ?, ?, ?, '2015-01-01', 'girl', ?, ?, ?, ?)
                """, arguments: [m, name, lastName, name.lowercased(), school, district, now, now])
            return db.lastInsertedRowID
        }

        /// An approved referral and its pass, granted the day it was referred.
        func pass(_ child: Int64, department: String, referred: String, redeemed: String?) throws {
            try db.execute(sql: """
                INSERT INTO referral (child_id, municipality_id, referrer_name, department, referred_on, reasons, urgency, wants_guidance,
                  wants_economic_support, status, track, decided_on, created_at)
                VALUES (?, ?, 'L', ?, ?, 'economic', 'normal', 1, 1, 'approved', 'both', ?, ?)
                """, arguments: [child, m, department, referred, referred, now])
            try db.execute(sql: """
                INSERT INTO pass (child_id, referral_id, municipality_id, valid_from, valid_to, covers_guidance, covers_fee, covers_equipment,
                  status, granted_on, redeemed_on, created_at) VALUES (?, ?, ?, ?, '2027-12-31', 1, 1, 1, ?, ?, ?, ?)
                """, arguments: [child, db.lastInsertedRowID, m, referred, redeemed == nil ? "granted" : "in_use", referred, redeemed, now])
        }

        func volunteer(_ name: String, guide: Bool) throws -> Int64 {
            try db.execute(sql: """
                INSERT INTO volunteer (municipality_id, name, is_guide, is_companion, capacity, certificate_on, status, created_at, updated_at)
                VALUES (?, ?, ?, 1, 3, '2026-12-01', 'active', ?, ?)
                """, arguments: [m, name, guide, now, now])
            return db.lastInsertedRowID
        }

        func course(_ child: Int64, guide: Int64, sessions: [String]) throws {
            try db.execute(sql: """
                INSERT INTO guidance_course (municipality_id, child_id, status, started_on, guide_volunteer_id, created_at)
                VALUES (?, ?, 'ongoing', '2026-08-01', ?, ?)
                """, arguments: [m, child, guide, now])
            let course = db.lastInsertedRowID
            for day in sessions {
                try db.execute(sql: """
                    INSERT INTO guidance_session (course_id, municipality_id, held_on, kind, minutes, step, participants, logged_role, logged_at)
                    VALUES (?, ?, ?, 'call', 60, 1, 'guardian', 'coordinator', ?)
                    """, arguments: [course, m, day, now])
            }
        }

        /// A three-month follow-up due on 01.11.2026 and not answered.
        func overdueFollowUp(_ child: Int64) throws {
            try db.execute(sql: """
                INSERT INTO follow_up (child_id, municipality_id, source, activity_started_on, months, due_on, created_at)
                VALUES (?, ?, 'association', '2026-08-01', 3, '2026-11-01', ?)
                """, arguments: [child, m, now])
        }

        func association(_ name: String, cvr: String) throws -> Int64 {
            try db.execute(sql: "INSERT INTO association (municipality_id, name, cvr, is_active, created_at) VALUES (?, ?, ?, 1, ?)",
                           arguments: [m, name, cvr, now])
            return db.lastInsertedRowID
        }

        func activity(_ association: Int64, _ category: String, freePlaces: Int) throws -> Int64 {
            try db.execute(sql: """
                INSERT INTO activity (association_id, municipality_id, name, category, min_age, max_age, fee, fee_period, free_places,
                  created_at, updated_at) VALUES (?, ?, ?, ?, 6, 12, 90000, 'year', ?, ?, ?)
                """, arguments: [association, m, category, category, freePlaces, now, now])
            return db.lastInsertedRowID
        }

        func enrol(_ child: Int64, _ activity: Int64, on: String) throws {
            try db.execute(sql: """
                INSERT INTO enrolment (child_id, activity_id, association_id, municipality_id, enrolled_on, created_at)
                VALUES (?, ?, (SELECT association_id FROM activity WHERE id = ?), ?, ?, ?)
                """, arguments: [child, activity, activity, m, on, now])
        }

        func source(_ name: String, budget kroner: Int64) throws -> Int64 {
            try db.execute(sql: "INSERT INTO funding_source (municipality_id, name, kind, created_at) VALUES (?, ?, 'municipal', ?)",
                           arguments: [m, name, now])
            let id = db.lastInsertedRowID
            try db.execute(sql: "INSERT INTO funding_budget (funding_source_id, municipality_id, year, amount) VALUES (?, ?, 2026, ?)",
                           arguments: [id, m, kroner * 100])
            return id
        }

        /// A fee grant for 2026; with `paidOn` it is claimed in full and paid that day.
        func grant(_ child: Int64, _ activity: Int64, _ source: Int64, kroner: Int64, grantedOn: String, paidOn: String?) throws {
            try db.execute(sql: """
                INSERT INTO support_grant (child_id, municipality_id, activity_id, association_id, funding_source_id, kind, amount, period_from,
                  period_to, budget_year, status, granted_on, claim_deadline, created_at)
                VALUES (?, ?, ?, (SELECT association_id FROM activity WHERE id = ?), ?, 'fee', ?, '2026-01-01', '2026-12-31', 2026, ?, ?,
                  '2027-12-31', ?)
                """, arguments: [child, m, activity, activity, source, kroner * 100, paidOn == nil ? "granted" : "paid", grantedOn, now])
            guard let paidOn else { return }
            let grant = db.lastInsertedRowID
            try db.execute(sql: "INSERT INTO payment_batch (municipality_id, status, created_at, paid_on) VALUES (?, 'paid', ?, ?)",
                           arguments: [m, now, paidOn])
            let batch = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO claim (grant_id, child_id, association_id, municipality_id, amount, period_from, period_to, status, batch_id,
                  paid_on, created_at)
                SELECT id, child_id, association_id, municipality_id, amount, period_from, period_to, 'paid', ?, ?, ? FROM support_grant
                WHERE id = ?
                """, arguments: [batch, paidOn, now, grant])
            try db.execute(sql: """
                INSERT INTO payment (municipality_id, claim_id, batch_id, association_id, amount, paid_on)
                SELECT municipality_id, id, ?, association_id, amount, ? FROM claim WHERE id = ?
                """, arguments: [batch, paidOn, db.lastInsertedRowID])
        }
    }
}
