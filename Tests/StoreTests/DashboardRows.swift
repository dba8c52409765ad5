import Domain
import Foundation
import GRDB

/// Inserts the rows of a hand-counted dashboard data set directly, so every date sits exactly
/// where a test needs it (on a period's first or last day, just outside it).
struct DashboardRows {
    let db: Database
    let m: MunicipalityID
    let now: Date

    func child(_ name: String) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO child (municipality_id, first_name, last_name, search_name, birth_date, gender, school, school_district, created_at, updated_at)
            VALUES (?, ?, 'Test', ?, '2015-01-01', 'girl', 'Tvis Skole', 'Tvis', ?, ?)
            """, arguments: [m, name, name.lowercased() + " test", now, now])
        return db.lastInsertedRowID
    }

    /// An approved referral and its pass, granted on `granted` and taken into use on `redeemed`.
    func pass(_ child: Int64, granted: String, redeemed: String?) throws {
        try db.execute(sql: """
            INSERT INTO referral (child_id, municipality_id, referrer_name, department, referred_on, reasons, urgency, wants_guidance,
              wants_economic_support, status, track, decided_on, created_at)
            VALUES (?, ?, 'L', 'school', ?, 'economic', 'normal', 1, 1, 'approved', 'both', ?, ?)
            """, arguments: [child, m, granted, granted, now])
        try db.execute(sql: """
            INSERT INTO pass (child_id, referral_id, municipality_id, valid_from, valid_to, covers_guidance, covers_fee, covers_equipment,
              status, granted_on, redeemed_on, created_at) VALUES (?, ?, ?, ?, '2027-12-31', 1, 1, 1, ?, ?, ?, ?)
            """, arguments: [child, db.lastInsertedRowID, m, granted, redeemed == nil ? "granted" : "in_use", granted, redeemed, now])
    }

    func volunteer(_ name: String, status: String = "active", certificateOn: String?) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO volunteer (municipality_id, name, is_guide, is_companion, capacity, certificate_on, status, created_at, updated_at)
            VALUES (?, ?, 1, 1, 3, ?, ?, ?, ?)
            """, arguments: [m, name, certificateOn, status, now, now])
        return db.lastInsertedRowID
    }

    /// A course; `status` open (`waiting_for_guide`, `ongoing`) or an outcome ended on `ended`.
    func course(_ child: Int64, _ status: String, started: String = "2026-01-01", ended: String? = nil, guide: Int64? = nil,
                companion: Int64? = nil) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO guidance_course (municipality_id, child_id, status, started_on, guide_volunteer_id, companion_volunteer_id,
              activity, activity_started_on, ended_on, end_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [m, child, status, started, guide, companion, status == "successful" ? "Fodbold" : nil,
                             status == "successful" ? started : nil, ended, status == "dropped_out" ? "Ingen lyst" : nil, now])
        return db.lastInsertedRowID
    }

    func session(_ course: Int64, _ heldOn: String, minutes: Int) throws {
        try db.execute(sql: """
            INSERT INTO guidance_session (course_id, municipality_id, held_on, kind, minutes, step, participants, logged_role, logged_at)
            VALUES (?, ?, ?, 'call', ?, 1, 'guardian', 'coordinator', ?)
            """, arguments: [course, m, heldOn, minutes, now])
    }

    /// A follow-up (from an association, so a child can have several); `active` nil = unanswered.
    func followUp(_ child: Int64, months: Int, due: String, active: Bool?) throws {
        try db.execute(sql: """
            INSERT INTO follow_up (child_id, municipality_id, source, activity_started_on, months, due_on, answered_on, still_active, created_at)
            VALUES (?, ?, 'association', '2026-01-01', ?, ?, ?, ?, ?)
            """, arguments: [child, m, months, due, active == nil ? nil : due, active, now])
    }

    func association(_ name: String, cvr: String, active: Bool = true) throws -> Int64 {
        try db.execute(sql: "INSERT INTO association (municipality_id, name, cvr, is_active, created_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [m, name, cvr, active, now])
        return db.lastInsertedRowID
    }

    func activity(_ association: Int64, _ category: String, freePlaces: Int) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO activity (association_id, municipality_id, name, category, min_age, max_age, fee, fee_period, free_places,
              created_at, updated_at) VALUES (?, ?, ?, ?, 6, 12, 90000, 'year', ?, ?, ?)
            """, arguments: [association, m, category, category, freePlaces, now, now])
        return db.lastInsertedRowID
    }

    @discardableResult
    func enrol(_ child: Int64, _ activity: Int64, on: String, stopped: String? = nil) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO enrolment (child_id, activity_id, association_id, municipality_id, enrolled_on, stopped_on, created_at)
            VALUES (?, ?, (SELECT association_id FROM activity WHERE id = ?), ?, ?, ?, ?)
            """, arguments: [child, activity, activity, m, on, stopped, now])
        return db.lastInsertedRowID
    }

    func source(_ name: String, budget2026: Int64) throws -> Int64 {
        try db.execute(sql: "INSERT INTO funding_source (municipality_id, name, kind, created_at) VALUES (?, ?, 'municipal', ?)",
                       arguments: [m, name, now])
        let id = db.lastInsertedRowID
        try db.execute(sql: "INSERT INTO funding_budget (funding_source_id, municipality_id, year, amount) VALUES (?, ?, 2026, ?)",
                       arguments: [id, m, budget2026 * 100])
        return id
    }

    /// A grant of `kroner` for the child's enrolment in `activity`; `claim` adds a claim of the
    /// whole amount in that status, `paidOn` pays it.
    @discardableResult
    func grant(_ child: Int64, _ activity: Int64, _ source: Int64, kroner: Int64, status: String, grantedOn: String, year: Int = 2026,
               claim: String? = nil, paidOn: String? = nil) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO support_grant (child_id, municipality_id, activity_id, association_id, funding_source_id, kind, amount, period_from,
              period_to, budget_year, status, granted_on, claim_deadline, cancel_reason, created_at)
            VALUES (?, ?, ?, (SELECT association_id FROM activity WHERE id = ?), ?, 'fee', ?, ?, ?, ?, ?, ?, '2027-12-31', ?, ?)
            """, arguments: [child, m, activity, activity, source, kroner * 100, "\(year)-01-01", "\(year)-12-31", year, status, grantedOn,
                             status == "cancelled" ? "Fortrudt" : nil, now])
        let grant = db.lastInsertedRowID
        guard let claim else { return grant }
        var batch: Int64?
        if let paidOn {
            try db.execute(sql: "INSERT INTO payment_batch (municipality_id, status, created_at, paid_on) VALUES (?, 'paid', ?, ?)",
                           arguments: [m, now, paidOn])
            batch = db.lastInsertedRowID
        }
        try db.execute(sql: """
            INSERT INTO claim (grant_id, child_id, association_id, municipality_id, amount, period_from, period_to, status, batch_id, paid_on, created_at)
            SELECT id, child_id, association_id, municipality_id, amount, period_from, period_to, ?, ?, ?, ? FROM support_grant WHERE id = ?
            """, arguments: [claim, batch, paidOn, now, grant])
        if let batch, let paidOn {
            try db.execute(sql: """
                INSERT INTO payment (municipality_id, claim_id, batch_id, association_id, amount, paid_on)
                SELECT municipality_id, id, ?, association_id, amount, ? FROM claim WHERE id = ?
                """, arguments: [batch, paidOn, db.lastInsertedRowID])
        }
        return grant
    }
}
