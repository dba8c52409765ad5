import Domain
import Foundation
import GRDB
import Store

/// Enrolments and money for the large data set. A child is enrolled when their pass is taken into
/// use (a quarter also start a second activity; some sign up and never start); enrolments stop
/// when the pass has run out or the child loses interest. Grants: `grantsPerChild` per child on
/// average, exactly, weighted towards children who started — the fee for each part of the pass
/// year, equipment, a camp. What became of each grant follows from its dates: claimed a week to
/// six weeks into its period, decided within two weeks, paid in the monthly batch on the 10th;
/// so old grants are mostly paid, current ones granted, claimed or approved. A few claims are
/// rejected, a few grants cancelled or expired, a few drafts wait in the portal.
extension LargeDemo {
    /// An enrolment to be written.
    struct PlannedEnrolment {
        let pass: PassRow
        let activity: LargeActivity
        let enrolledOn: LocalDate
        let startedOn: LocalDate?
        let stoppedOn: LocalDate?
    }

    static func planEnrolments(_ c: inout Context, activities: [LargeActivity]) throws -> [PlannedEnrolment] {
        // The demo contact's club takes about twice its share of the children (some 80 in a municipality of 2 500), so its portal is busy.
        let own = activities.filter { $0.association == activities[0].association }
        var open = Set<[Int64]>()
        var planned: [PlannedEnrolment] = []
        for pass in try passes(c) {
            let age = pass.birthDate.age(on: pass.validFrom)
            var starts: [(enrolled: LocalDate, started: LocalDate?)] = []
            if let redeemed = pass.redeemedOn {
                starts.append((redeemed.adding(days: -3), redeemed))
                // One in four also takes up a second activity a month or two later.
                let second = redeemed.adding(days: 30 + c.pick(60))
                if c.chance(25), second <= c.today { starts.append((second.adding(days: -5), c.chance(80) ? second : nil)) }
            } else if c.chance(40) {
                // Signed up, not (yet) started.
                starts.append((min(c.today, pass.validFrom.adding(days: 3 + c.pick(20))), nil))
            }
            for (enrolled, started) in starts {
                // An open team for every age, of some club, if no team of the right age turns up.
                var activity = activities[3 * c.pick(activities.count / 3) + 2]
                let pool = c.chance(2) ? own : activities
                for _ in 0..<8 {
                    let a = c.pick(from: pool)
                    if a.ages.contains(age) && !open.contains([pass.child, a.id]) { activity = a; break }
                }
                if open.contains([pass.child, activity.id]) { continue }
                var stopped: LocalDate?
                if let started {
                    let end = pass.validTo.adding(days: c.pick(60))
                    let quit = started.adding(days: 60 + c.pick(150))
                    if end < c.today && c.chance(50) { stopped = end } else if c.chance(10) && quit < c.today { stopped = quit }
                } else if pass.validTo < c.today {
                    stopped = pass.validTo
                }
                if stopped == nil { open.insert([pass.child, activity.id]) }
                if started != nil, c.startedActivity[pass.id] == nil { c.startedActivity[pass.id] = activity.name }
                planned.append(PlannedEnrolment(pass: pass, activity: activity, enrolledOn: min(enrolled, c.today),
                                                startedOn: started, stoppedOn: stopped))
            }
        }
        return planned
    }

    /// The statements of the money step, prepared once per municipality.
    struct MoneyStatements {
        let enrolment: Statement
        let grant: Statement
        let claim: Statement
        let payment: Statement
        let batch: Statement

        init(_ db: Database) throws {
            enrolment = try db.cachedStatement(sql: """
                INSERT INTO enrolment (child_id, activity_id, association_id, municipality_id, enrolled_on, started_on, start_confirmed_by,
                  start_confirmed_at, stopped_on, stop_reason, stop_reported_at, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            grant = try db.cachedStatement(sql: """
                INSERT INTO support_grant (child_id, municipality_id, enrolment_id, activity_id, association_id, funding_source_id, kind, amount,
                  period_from, period_to, budget_year, status, granted_on, claim_deadline, cancelled_on, cancel_reason, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            claim = try db.cachedStatement(sql: """
                INSERT INTO claim (grant_id, child_id, association_id, municipality_id, amount, period_from, period_to, status, created_by, created_at,
                  submitted_by, submitted_at, decided_by, decided_at, reject_reason, batch_id, paid_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            payment = try db.cachedStatement(sql: """
                INSERT INTO payment (municipality_id, claim_id, batch_id, association_id, amount, paid_on) VALUES (?, ?, ?, ?, ?, ?)
                """)
            batch = try db.cachedStatement(sql: """
                INSERT INTO payment_batch (municipality_id, status, created_by, created_at, exported_by, exported_at, export_count, paid_on,
                  paid_by, paid_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
                """)
        }
    }

    static func addEnrolmentsAndGrants(_ c: inout Context, activities: [LargeActivity], sources: [Int64], contactUser: UserID) throws {
        let db = c.db
        let sql = try MoneyStatements(db)
        let coordinator = c.users[.coordinator]!
        let ownClub = activities[0].association
        let planned = try planEnrolments(&c, activities: activities)
        let counts = spread(c.size.grantsPerChild * c.childrenPerMunicipality, weights: planned.map { $0.startedOn == nil ? 1 : 3 })
        let batches = Batches(c, sql.batch)
        for (e, count) in zip(planned, counts) {
            let own = e.activity.association == ownClub
            try sql.enrolment.execute(arguments: [
                e.pass.child, e.activity.id, e.activity.association, c.municipality, e.enrolledOn, e.startedOn, e.startedOn == nil ? nil : (own ? contactUser : coordinator),
                e.startedOn.map { c.moment($0) }, e.stoppedOn,
                e.stoppedOn == nil ? nil : (e.startedOn == nil ? "Barnet startede ikke." : c.pick(from: ["Barnet mistede lysten.", "Passet er udløbet.", "Familien er flyttet."])),
                e.stoppedOn.map { c.moment($0) }, coordinator, c.moment(e.enrolledOn)])
            let enrolment = db.lastInsertedRowID
            // The grant window is the rest of the pass year from the enrolment; fees split it in parts.
            let windowFrom = max(e.pass.validFrom, e.enrolledOn), windowTo = e.pass.validTo
            let windowDays = max(1, windowFrom.days(until: windowTo))
            let fees = max(1, count - (count >= 2 ? 1 : 0) - (count >= 4 ? 1 : 0))
            var kinds = Array(repeating: GrantKind.fee, count: fees)
            if count >= 2 { kinds.insert(.equipment, at: 1) }
            if count >= 4 { kinds.append(.camp) }
            var feeIndex = 0
            for kind in kinds.prefix(count) {
                var from = windowFrom, to = windowTo, amount: Int64
                switch kind {
                case .fee:
                    from = windowFrom.adding(days: feeIndex * windowDays / fees)
                    to = feeIndex == fees - 1 ? windowTo : windowFrom.adding(days: (feeIndex + 1) * windowDays / fees - 1)
                    amount = max(10_000, min(e.activity.fee, 200_000) / Int64(fees) / 100 * 100)
                    feeIndex += 1
                case .equipment:
                    to = min(windowTo, windowFrom.adding(days: 60))
                    amount = Int64(30_000 + c.pick(6) * 10_000)
                case .camp:
                    from = min(windowTo, windowFrom.adding(days: 150))
                    to = min(windowTo, from.adding(days: 6))
                    amount = Int64(60_000 + c.pick(10) * 10_000)
                }
                try addGrant(&c, sql, e, enrolment: enrolment, kind: kind, from: from, to: to, amount: amount,
                             source: sources[c.chance(70) ? 0 : c.chance(66) ? 1 : 2], contact: own ? contactUser : nil, batches: batches)
            }
        }
    }

    /// Payment batches, made when a claim first needs one: one paid batch per month (the 10th)
    /// and one exported, not yet paid.
    final class Batches {
        let context: Context
        let insert: Statement
        var paid: [LocalDate: Int64] = [:]
        var exported: Int64?

        init(_ context: Context, _ insert: Statement) {
            self.context = context
            self.insert = insert
        }

        func id(paidOn: LocalDate?) throws -> Int64 {
            if let paidOn, let id = paid[paidOn] { return id }
            if paidOn == nil, let exported { return exported }
            let c = context, coordinator = c.users[.coordinator]!
            let made = c.moment(paidOn?.adding(days: -4) ?? c.today.adding(days: -2))
            try insert.execute(arguments: [c.municipality, paidOn == nil ? "exported" : "paid", coordinator, made, coordinator,
                                           made.addingTimeInterval(86_400), paidOn, paidOn == nil ? nil : coordinator, paidOn.map { c.moment($0) }])
            let id = c.db.lastInsertedRowID
            if let paidOn { paid[paidOn] = id } else { exported = id }
            return id
        }
    }

    /// One grant with what became of it, judged from its dates.
    private static func addGrant(_ c: inout Context, _ sql: MoneyStatements, _ e: PlannedEnrolment, enrolment: Int64, kind: GrantKind,
                                 from: LocalDate, to: LocalDate, amount: Int64, source: Int64, contact: UserID?,
                                 batches: Batches) throws {
        let coordinator = c.users[.coordinator]!
        let deadline = to.adding(days: 30)
        let grantedOn = min(c.today, max(e.enrolledOn, from.adding(days: -14)))
        var status = GrantStatus.granted
        var cancelled: (on: LocalDate, reason: String)?
        // The claim: status, submitted, decided, batch paid on.
        var claim: (status: ClaimStatus, submitted: LocalDate, decided: LocalDate?, paidOn: LocalDate?, batch: Int64?)?
        if e.startedOn == nil {
            if deadline < c.today {
                if c.chance(65) { status = .expired } else {
                    status = .cancelled
                    cancelled = (min(c.today, max(grantedOn, from.adding(days: 30))), "Barnet startede ikke til aktiviteten.")
                }
            }
        } else if let stopped = e.stoppedOn, stopped < from {
            status = .cancelled
            cancelled = (max(grantedOn, stopped), "Barnet er stoppet på holdet.")
        } else if from <= c.today {
            let submitted = max(from, e.startedOn!).adding(days: 7 + c.pick(40))
            let decided = submitted.adding(days: 2 + c.pick(12))
            if submitted > c.today || c.chance(4) {
                status = deadline < c.today ? .expired : .granted
            } else if decided > c.today {
                status = .claimed
                claim = (.submitted, submitted, nil, nil, nil)
            } else if c.chance(4) {
                status = deadline < c.today ? .expired : .granted
                claim = (.rejected, submitted, decided, nil, nil)
            } else {
                let ready = decided.adding(days: 2)
                let paidOn = ready.day < 10 ? LocalDate(year: ready.year, month: ready.month, day: 10)!
                    : LocalDate(year: ready.year, month: ready.month, day: 1)!.adding(months: 1).adding(days: 9)
                if paidOn <= c.today {
                    status = .paid
                    claim = (.paid, submitted, decided, paidOn, try batches.id(paidOn: paidOn))
                } else {
                    status = .approved
                    claim = (.approved, submitted, decided, nil, decided < c.today.adding(days: -3) ? try batches.id(paidOn: nil) : nil)
                }
            }
        }
        try sql.grant.execute(arguments: [
            e.pass.child, c.municipality, enrolment, e.activity.id, e.activity.association, source, kind.rawValue, amount, from, to, from.year,
            status.rawValue, grantedOn, deadline, cancelled?.on, cancelled?.reason, coordinator, c.moment(grantedOn)])
        let grant = c.db.lastInsertedRowID
        if let claim {
            try sql.claim.execute(arguments: [
                grant, e.pass.child, e.activity.association, c.municipality, amount, from, to, claim.status.rawValue, contact, c.moment(claim.submitted),
                contact, c.moment(claim.submitted), claim.decided == nil ? nil : coordinator, claim.decided.map { c.moment($0) },
                claim.status == .rejected ? "Beløbet passer ikke med holdets kontingent – anmod igen med det rigtige beløb." : nil,
                claim.batch, claim.paidOn])
            if let paidOn = claim.paidOn, let batch = claim.batch {
                try sql.payment.execute(arguments: [c.municipality, c.db.lastInsertedRowID, batch, e.activity.association, amount, paidOn])
            }
        } else if status == .granted, e.startedOn != nil, from <= c.today, c.chance(10) {
            // The association has started a claim in the portal but not sent it.
            try sql.claim.execute(arguments: [grant, e.pass.child, e.activity.association, c.municipality, amount, from, to, "draft", contact,
                                              c.now, nil, nil, nil, nil, nil, nil, nil])
        }
    }
}
