import Domain
import Foundation
import GRDB

public struct SQLiteGrantRepository: GrantRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    // MARK: Rules and funding

    public func rules(for municipality: MunicipalityID) async throws -> GrantRules {
        try await db.readAsync { db in try Self.rules(municipality, db) }
    }

    static func rules(_ municipality: MunicipalityID, _ db: Database) throws -> GrantRules {
        guard let row = try Row.fetchOneCached(db, sql: "SELECT * FROM grant_rules WHERE municipality_id = ?", arguments: [municipality])
        else { return .standard }
        return GrantRules(maxFeePerYear: row["max_fee_per_year"], maxEquipmentPerYear: row["max_equipment_per_year"],
                          campsCovered: row["camps_covered"], maxCampPerYear: row["max_camp_per_year"], maxYears: row["max_years"],
                          incomeLimit: row["income_limit"], incomeLimitNote: row["income_limit_note"],
                          unclaimedWeeks: row["unclaimed_weeks"], fourEyesPayments: row["four_eyes_payments"])
    }

    public func saveRules(_ r: GrantRules, for municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try Self.saveRules(r, municipality, db)
            try AuditWriter.insert(audit, db)
        }
    }

    /// Also written by the dashboard's settings (the weeks before a grant counts as unclaimed).
    static func saveRules(_ r: GrantRules, _ municipality: MunicipalityID, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO grant_rules (municipality_id, max_fee_per_year, max_equipment_per_year, camps_covered, max_camp_per_year,
              max_years, income_limit, income_limit_note, unclaimed_weeks, four_eyes_payments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(municipality_id) DO UPDATE SET max_fee_per_year = excluded.max_fee_per_year,
              max_equipment_per_year = excluded.max_equipment_per_year, camps_covered = excluded.camps_covered,
              max_camp_per_year = excluded.max_camp_per_year, max_years = excluded.max_years, income_limit = excluded.income_limit,
              income_limit_note = excluded.income_limit_note, unclaimed_weeks = excluded.unclaimed_weeks,
              four_eyes_payments = excluded.four_eyes_payments
            """, arguments: [municipality, r.maxFeePerYear, r.maxEquipmentPerYear, r.campsCovered, r.maxCampPerYear, r.maxYears,
                             r.incomeLimit, r.incomeLimitNote, r.unclaimedWeeks, r.fourEyesPayments])
    }

    public func fundingSources(in municipality: MunicipalityID) async throws -> [FundingSource] {
        try await db.readAsync { db in try Self.fundingSources(municipality, db) }
    }

    static func fundingSources(_ municipality: MunicipalityID, _ db: Database) throws -> [FundingSource] {
        var budgets: [FundingSourceID: [Int: Money]] = [:]
        for row in try Row.fetchAllCached(db, sql: "SELECT * FROM funding_budget WHERE municipality_id = ?", arguments: [municipality]) {
            budgets[row["funding_source_id"], default: [:]][row["year"]] = row["amount"]
        }
        return try Row.fetchAllCached(db, sql: "SELECT * FROM funding_source WHERE municipality_id = ? ORDER BY name COLLATE NOCASE",
                                arguments: [municipality]).map {
            FundingSource(id: $0["id"], name: $0["name"], kind: FundingKind(rawValue: $0["kind"]) ?? .other, isActive: $0["is_active"],
                          budgets: budgets[$0["id"]] ?? [:])
        }
    }

    public func createFundingSource(name: String, kind: FundingKind, in municipality: MunicipalityID, at: Date,
                                    audit: AuditEntry) async throws -> FundingSourceID {
        try await db.write { db in
            try DatabaseError.mapUnique(field: "name") {
                try db.execute(sql: "INSERT INTO funding_source (municipality_id, name, kind, created_at) VALUES (?, ?, ?, ?)",
                               arguments: [municipality, name, kind.rawValue, at])
            }
            let id = FundingSourceID(db.lastInsertedRowID)
            try AuditWriter.insert(audit, db)
            return id
        }
    }

    @discardableResult
    public func setBudget(_ amount: Money, year: Int, for source: FundingSourceID, in municipality: MunicipalityID,
                          belowCommitted: Bool, audit: AuditEntry) async throws -> Money? {
        try await db.write { db in
            guard try MoneySQL.exists("SELECT 1 FROM funding_source WHERE id = ? AND municipality_id = ?", [source, municipality], db)
            else { throw StoreError.notFound }
            // What grants hold, read in this transaction (grants check the budget in theirs): a
            // grant made at the same moment is either counted here or sees the new budget.
            let position = try Self.budgetPosition(source, year: year, municipality, db)
            if let shortfall = position.shortfallToConfirm(ifBudgetIs: amount), !belowCommitted {
                throw BudgetBelowCommitted(position: position, shortfall: shortfall)
            }
            let shortfall = position.shortfall(ifBudgetIs: amount)
            try db.execute(sql: """
                INSERT INTO funding_budget (funding_source_id, municipality_id, year, amount) VALUES (?, ?, ?, ?)
                ON CONFLICT(funding_source_id, year) DO UPDATE SET amount = excluded.amount
                """, arguments: [source, municipality, year, amount])
            var entry = audit
            if let shortfall { entry.detail = [entry.detail, "below granted by \(shortfall.ore)"].compactMap { $0 }.joined(separator: ", ") }
            try AuditWriter.insert(entry, db)
            return shortfall
        }
    }

    // MARK: Enrolments

    public func enrolments(for child: ChildID, in municipality: MunicipalityID) async throws -> [Enrolment] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                SELECT e.*, a.name AS activity_name, s.name AS association_name FROM enrolment e
                JOIN activity a ON a.id = e.activity_id JOIN association s ON s.id = e.association_id
                WHERE e.child_id = ? AND e.municipality_id = ? ORDER BY e.stopped_on IS NOT NULL, e.enrolled_on DESC, e.id DESC
                """, arguments: [child, municipality]).map(Self.enrolment)
        }
    }

    static func enrolment(_ row: Row) -> Enrolment {
        Enrolment(id: row["id"], childID: row["child_id"], activityID: row["activity_id"], activityName: row["activity_name"],
                  associationID: row["association_id"], associationName: row["association_name"], enrolledOn: row["enrolled_on"],
                  startedOn: row["started_on"], stoppedOn: row["stopped_on"], stopReason: row["stop_reason"])
    }

    public func enrol(_ child: ChildID, in activity: ActivityID, on date: LocalDate, in municipality: MunicipalityID, by user: UserID,
                      at: Date, audit: AuditEntry) async throws -> EnrolmentID {
        try await db.write { db in
            guard try MoneySQL.exists("SELECT 1 FROM child WHERE id = ? AND municipality_id = ?", [child, municipality], db)
            else { throw StoreError.notFound }
            let id = try DatabaseError.mapUnique(field: "activity") {
                try Self.insertEnrolment(child: child, activity: activity, on: date, municipality: municipality, user: user, at: at, db)
            }
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    static func insertEnrolment(child: ChildID, activity: ActivityID, on date: LocalDate, municipality: MunicipalityID, user: UserID,
                                at: Date, _ db: Database) throws -> EnrolmentID {
        try db.execute(sql: """
            INSERT INTO enrolment (child_id, activity_id, association_id, municipality_id, enrolled_on, created_by, created_at)
            SELECT ?, a.id, a.association_id, a.municipality_id, ?, ?, ? FROM activity a WHERE a.id = ? AND a.municipality_id = ?
            """, arguments: [child, date, user, at, activity, municipality])
        try db.requireChange()
        return EnrolmentID(db.lastInsertedRowID)
    }

    // MARK: Grants

    public func grants(for child: ChildID, in municipality: MunicipalityID) async throws -> [Grant] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                SELECT \(MoneySQL.grantColumns) FROM support_grant g \(MoneySQL.grantJoins)
                WHERE g.child_id = ? AND g.municipality_id = ? ORDER BY g.period_from DESC, g.id DESC
                """, arguments: [child, municipality]).map(MoneySQL.grant)
        }
    }

    public func claims(for child: ChildID, in municipality: MunicipalityID) async throws -> [Claim] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                SELECT \(MoneySQL.claimColumns) FROM claim cl \(MoneySQL.claimJoins)
                WHERE cl.child_id = ? AND cl.municipality_id = ? AND cl.status <> 'draft' ORDER BY cl.id
                """, arguments: [child, municipality]).map(MoneySQL.claim)
        }
    }

    public func find(_ id: GrantID, in municipality: MunicipalityID) async throws -> Grant? {
        try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "SELECT \(MoneySQL.grantColumns) FROM support_grant g \(MoneySQL.grantJoins) WHERE g.id = ? AND g.municipality_id = ?",
                             arguments: [id, municipality]).map(MoneySQL.grant)
        }
    }

    public func usage(of child: ChildID, year: Int, in municipality: MunicipalityID) async throws -> GrantUsage {
        try await db.readAsync { db in try Self.usage(child, year: year, municipality, db) }
    }

    static func usage(_ child: ChildID, year: Int, _ municipality: MunicipalityID, _ db: Database) throws -> GrantUsage {
        var usage = GrantUsage()
        for row in try Row.fetchAllCached(db, sql: """
            SELECT g.kind, SUM(\(MoneySQL.committed)) AS used FROM support_grant g
            WHERE g.child_id = ? AND g.municipality_id = ? AND g.budget_year = ? AND g.status NOT IN ('cancelled', 'expired')
            GROUP BY g.kind
            """, arguments: [child, municipality, year]) {
            if let kind = GrantKind(rawValue: row["kind"]) { usage.used[kind] = row["used"] }
        }
        usage.years = Set(try Int.fetchAllCached(db, sql: """
            SELECT DISTINCT budget_year FROM support_grant WHERE child_id = ? AND municipality_id = ? AND status NOT IN ('cancelled', 'expired')
            """, arguments: [child, municipality]))
        return usage
    }

    public func budgetPosition(of source: FundingSourceID, year: Int, in municipality: MunicipalityID) async throws -> BudgetPosition {
        try await db.readAsync { db in try Self.budgetPosition(source, year: year, municipality, db) }
    }

    static func budgetPosition(_ source: FundingSourceID, year: Int, _ municipality: MunicipalityID, _ db: Database) throws -> BudgetPosition {
        let budget = try Money.fetchOne(db, sql: "SELECT amount FROM funding_budget WHERE funding_source_id = ? AND year = ? AND municipality_id = ?",
                                        arguments: [source, year, municipality])
        let committed = try Money.fetchOne(db, sql: """
            SELECT COALESCE(SUM(\(MoneySQL.committed)), 0) FROM support_grant g
            WHERE g.funding_source_id = ? AND g.budget_year = ? AND g.municipality_id = ?
            """, arguments: [source, year, municipality]) ?? .zero
        return BudgetPosition(budget: budget, committed: committed)
    }

    public func create(_ draft: GrantDraft, overrideReason: String?, in municipality: MunicipalityID, by user: UserID, on day: LocalDate,
                       at: Date, audit: AuditEntry) async throws -> GrantID {
        try await db.write { db in
            guard try MoneySQL.exists("SELECT 1 FROM child WHERE id = ? AND municipality_id = ?", [draft.childID, municipality], db),
                  try MoneySQL.exists("SELECT 1 FROM funding_source WHERE id = ? AND municipality_id = ?", [draft.fundingSourceID, municipality], db),
                  let association = try AssociationID.fetchOne(db, sql: "SELECT association_id FROM activity WHERE id = ? AND municipality_id = ?",
                                                               arguments: [draft.activityID, municipality])
            else { throw StoreError.notFound }
            // Checked inside the write transaction: the writer is serial, so two grants made at
            // the same moment see each other and cannot both spend the last money.
            let year = draft.period.from.year
            let sameActivity = try Row.fetchAll(db, sql: """
                SELECT \(MoneySQL.grantColumns) FROM support_grant g \(MoneySQL.grantJoins)
                WHERE g.child_id = ? AND g.activity_id = ? AND g.municipality_id = ?
                """, arguments: [draft.childID, draft.activityID, municipality]).map(MoneySQL.grant)
            let problems = try Self.rules(municipality, db).problems(
                for: draft, usage: try Self.usage(draft.childID, year: year, municipality, db),
                budget: try Self.budgetPosition(draft.fundingSourceID, year: year, municipality, db), sameActivity: sameActivity)
            if !problems.isEmpty && overrideReason == nil { throw GrantRefused(problems: problems) }

            let enrolment = try EnrolmentID.fetchOne(db, sql: """
                SELECT id FROM enrolment WHERE child_id = ? AND activity_id = ? AND municipality_id = ? AND stopped_on IS NULL
                """, arguments: [draft.childID, draft.activityID, municipality])
                ?? Self.insertEnrolment(child: draft.childID, activity: draft.activityID, on: day, municipality: municipality,
                                        user: user, at: at, db)
            try db.execute(sql: """
                INSERT INTO support_grant (child_id, municipality_id, enrolment_id, activity_id, association_id, funding_source_id, kind,
                  amount, period_from, period_to, budget_year, status, granted_on, claim_deadline, note, override_reason, created_by,
                  created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'granted', ?, ?, ?, ?, ?, ?)
                """, arguments: [draft.childID, municipality, enrolment, draft.activityID, association, draft.fundingSourceID,
                                 draft.kind.rawValue, draft.amount, draft.period.from, draft.period.to, year, day, draft.claimDeadline,
                                 draft.note, problems.isEmpty ? nil : overrideReason, user, at])
            let id = GrantID(db.lastInsertedRowID)
            if let letter = draft.letter {
                try LetterSQL.insert(letter, kind: .grant, child: draft.childID, referral: nil, grant: id, municipality: municipality,
                                     on: day, by: user, at: at, db)
            }
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    public func cancel(_ id: GrantID, reason: String, on day: LocalDate, in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                UPDATE support_grant SET status = 'cancelled', cancelled_on = ?, cancel_reason = ?
                WHERE id = ? AND municipality_id = ? AND status = 'granted'
                """, arguments: [day, reason, id, municipality])
            if db.changesCount == 0 {
                let exists = try MoneySQL.exists("SELECT 1 FROM support_grant WHERE id = ? AND municipality_id = ?", [id, municipality], db)
                throw exists ? StoreError.conflict : StoreError.notFound
            }
            try AuditWriter.insert(audit, db)
        }
    }

    public func expireOverdue(today: LocalDate) async throws -> Int {
        try await db.write { db in
            try db.execute(sql: "UPDATE support_grant SET status = 'expired' WHERE \(ClaimWindowSQL.hasLapsed())",
                           arguments: [today])
            return db.changesCount
        }
    }
}
