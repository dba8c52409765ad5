import Domain
import Foundation
import GRDB

/// Season rollover. The list and the renewal judge each pass by the same rules
/// (`PassRenewal.problems`), the renewal again inside its write: consent withdrawn, the scheme's
/// ages changed or the budget spent since the list was read refuse it there.
extension SQLitePassRepository {
    public func endingSoon(in municipality: MunicipalityID, today: LocalDate) async throws -> [RenewalCandidate] {
        try await db.readAsync { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT p.*, c.first_name || ' ' || c.last_name AS child_name, c.birth_date
                FROM pass p JOIN child c ON c.id = p.child_id
                WHERE p.municipality_id = ? AND p.status IN ('granted', 'in_use') AND p.valid_to BETWEEN ? AND ?
                  AND c.anonymised_at IS NULL
                ORDER BY p.valid_to, c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, p.id
                """, arguments: [municipality, today, today.adding(days: PassRenewal.windowDays)])
            let settings = try SQLiteSchemeSettingsRepository.settings(municipality, db)
            var budgets: [Int: RenewalBudget] = [:]
            return try rows.map { row in
                let pass = Self.pass(row)
                let next = PassRenewal.nextPeriod(after: pass.validTo, settings: settings)
                let budget = try budgets[next.from.year] ?? Self.budget(year: next.from.year, municipality, db)
                budgets[next.from.year] = budget
                let activities = try String.fetchAll(db, sql: """
                    SELECT a.name FROM enrolment e JOIN activity a ON a.id = e.activity_id
                    WHERE e.child_id = ? AND e.municipality_id = ? AND e.stopped_on IS NULL ORDER BY a.name
                    """, arguments: [pass.childID, municipality])
                return RenewalCandidate(
                    pass: pass, childName: row["child_name"], birthDate: row["birth_date"], activities: activities, next: next,
                    problems: try Self.renewalProblems(pass, birthDate: row["birth_date"], settings: settings, budget: budget,
                                                       municipality, today: today, db))
            }
        }
    }

    public func renewals(for child: ChildID, in municipality: MunicipalityID) async throws -> [PassRenewalRecord] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT r.*, u.name AS renewed_by_name FROM pass_renewal r LEFT JOIN app_user u ON u.id = r.renewed_by
                WHERE r.child_id = ? AND r.municipality_id = ? ORDER BY r.renewed_on, r.id
                """, arguments: [child, municipality]).map {
                PassRenewalRecord(passID: $0["pass_id"], previousValidTo: $0["previous_valid_to"], validTo: $0["valid_to"],
                                  renewedOn: $0["renewed_on"], renewedByName: $0["renewed_by_name"])
            }
        }
    }

    public func renew(_ passes: [PassID], today: LocalDate, in municipality: MunicipalityID, by user: UserID, at: Date,
                      audit: AuditEntry) async throws -> RenewalOutcome {
        try await db.write { db in
            var outcome = RenewalOutcome()
            let settings = try SQLiteSchemeSettingsRepository.settings(municipality, db)
            for id in Array(Set(passes)).sorted() {
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT p.*, c.first_name || ' ' || c.last_name AS child_name, c.birth_date FROM pass p JOIN child c ON c.id = p.child_id
                    WHERE p.id = ? AND p.municipality_id = ? AND c.anonymised_at IS NULL
                    """, arguments: [id, municipality])
                else { throw StoreError.notFound }
                let pass = Self.pass(row)
                let name: String = row["child_name"]
                let next = PassRenewal.nextPeriod(after: pass.validTo, settings: settings)
                let problems = try Self.renewalProblems(pass, birthDate: row["birth_date"], settings: settings,
                                                        budget: try Self.budget(year: next.from.year, municipality, db),
                                                        municipality, today: today, db)
                guard problems.isEmpty else {
                    outcome.add(refused: id, childName: name, problems: problems)
                    continue
                }
                // Conditional on the last day read: a renewal racing this one extends the pass once.
                try db.execute(sql: """
                    UPDATE pass SET valid_to = ? WHERE id = ? AND municipality_id = ? AND valid_to = ? AND status IN ('granted', 'in_use')
                    """, arguments: [next.to, id, municipality, pass.validTo])
                guard db.changesCount == 1 else {
                    outcome.add(refused: id, childName: name, problems: [.notDue])
                    continue
                }
                try db.execute(sql: """
                    INSERT INTO pass_renewal (pass_id, child_id, municipality_id, previous_valid_to, season_from, valid_to, renewed_on,
                      renewed_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, pass.childID, municipality, pass.validTo, next.from, next.to, today, user, at])
                try ChildStatusSQL.refresh(child: pass.childID, today: today, db)
                var entry = audit
                entry.entityID = id.description
                entry.detail = "renewed \(pass.validTo.iso) → \(next.to.iso)"
                try AuditWriter.insert(entry, db)
                outcome.add(renewed: id, childName: name, validTo: next.to)
            }
            return outcome
        }
    }

    static func renewalProblems(_ pass: Pass, birthDate: LocalDate, settings: SchemeSettings, budget: RenewalBudget,
                                _ municipality: MunicipalityID, today: LocalDate, _ db: Database) throws -> [RenewalProblem] {
        let next = PassRenewal.nextPeriod(after: pass.validTo, settings: settings)
        return PassRenewal.problems(
            pass: pass, birthDate: birthDate,
            consentToday: try SQLiteConsentRepository.summary(of: pass.childID, in: municipality, on: today, db),
            consentAtStart: try SQLiteConsentRepository.summary(of: pass.childID, in: municipality, on: max(today, next.from), db),
            settings: settings, budget: budget, today: today)
    }

    /// Money on the municipality's active funding sources in `year`.
    static func budget(year: Int, _ municipality: MunicipalityID, _ db: Database) throws -> RenewalBudget {
        let sources = try FundingSourceID.fetchAll(db, sql: "SELECT id FROM funding_source WHERE municipality_id = ? AND is_active",
                                                   arguments: [municipality])
        return RenewalBudget(try sources.map { try SQLiteGrantRepository.budgetPosition($0, year: year, municipality, db) })
    }
}
