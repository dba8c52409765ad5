import Domain
import Foundation
import GRDB
import Store
import Testing

/// Money and decisions under real use: one submission is one grant, budgets and caps are judged
/// inside the write that changes them, one fee per activity and season, four eyes on payments and
/// batch numbers without gaps.
@Suite struct MoneyControlsTests {
    // MARK: One-time submissions

    @Test func aSubmissionClaimedWithItsGrantRefusesTheSameFormAgainAndRollsItBack() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let child = try await w.child("Aya")
        let key = "k3yOfTheGrantFormPage-0123 /children/\(child)/grants"
        let first = FormSubmission(key: key, owner: "request-1", municipality: w.holstebro)
        _ = try await w.repos.grants.create(w.feeDraft(child, 900), overrideReason: nil, in: w.holstebro, by: w.coordinator, on: w.today,
                                            at: w.now, audit: w.audit(submission: first))
        // The same request writing again (a second change of one post) is still the first submission.
        try await w.repos.audit.record(w.audit(.update, submission: first))
        await #expect(throws: AlreadySubmitted.self) {
            _ = try await w.repos.grants.create(w.feeDraft(child, 100, kind: .equipment), overrideReason: nil, in: w.holstebro,
                                                by: w.coordinator, on: w.today, at: w.now,
                                                audit: w.audit(submission: FormSubmission(key: key, owner: "request-2", municipality: w.holstebro)))
        }
        #expect(try await w.count("SELECT COUNT(*) FROM support_grant WHERE child_id = ?", [child]) == 1, "the repeat created nothing")
        #expect(try await w.count("SELECT COUNT(*) FROM form_submission") == 1)
        // Keys are the municipality's own: the same text posted in Svendborg is another submission.
        try await w.repos.audit.record(w.audit(.update, submission: FormSubmission(key: key, owner: "request-3", municipality: w.svendborg)))
        #expect(try await w.count("SELECT COUNT(*) FROM form_submission") == 2)

        let submissions = SQLiteFormSubmissionRepository(w.db)
        #expect(try await submissions.find(first) == SubmissionRecord(owner: "request-1", location: nil))
        try await submissions.recordLocation("/children/\(child)#money", for: FormSubmission(key: key, owner: "request-2", municipality: w.holstebro))
        #expect(try await submissions.find(first)?.location == nil, "only the claiming request says where it led")
        try await submissions.recordLocation("/children/\(child)#money", for: first)
        #expect(try await submissions.find(first)?.location == "/children/\(child)#money")
        #expect(try await submissions.purge(claimedBefore: w.now) == 0)
        #expect(try await submissions.purge(claimedBefore: w.now.addingTimeInterval(1)) == 2)
    }

    @Test func twentyRacingDoublePostsOfTheGrantFormOnAFilePoolGrantOnceEach() async throws {
        let (pool, dir) = try MoneyWorld.filePool()
        defer { try? FileManager.default.removeItem(at: dir) }
        let w = try await MoneyWorld(pool)
        var children: [ChildID] = []
        for n in 0..<20 { children.append(try await w.child("Barn\(n)")) }
        let repos = w.repos
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (n, child) in children.enumerated() {
                let draft = w.feeDraft(child, 100)
                for owner in ["a", "b"] {
                    let entry = w.audit(submission: FormSubmission(key: "page-key-of-form-\(n)", owner: owner, municipality: w.holstebro))
                    group.addTask {
                        do {
                            _ = try await repos.grants.create(draft, overrideReason: nil, in: w.holstebro, by: w.coordinator, on: w.today,
                                                              at: w.now, audit: entry)
                        } catch is AlreadySubmitted {
                        } catch let refused as GrantRefused where refused.problems.contains(where: { if case .feeAlreadyGranted = $0 { true } else { false } }) {
                            // The repeat ran its rules after the first committed: refused for the fee held, nothing written.
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await w.count("SELECT COUNT(*) FROM support_grant") == 20)
        #expect(try await w.count("SELECT COUNT(DISTINCT child_id) FROM support_grant") == 20)
        #expect(try await w.count("SELECT COUNT(*) FROM form_submission") == 20)
        try pool.close()
    }

    // MARK: Budgets judged inside the write

    @Test func loweringABudgetBelowWhatIsGrantedNeedsConfirmationEvenWhenTheGrantIsMadeMeanwhile() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        _ = try await w.grant(try await w.child("Aya"), 2000)
        // 2.000 kr. held: lowering to 1.500 kr. asks, whatever the form had read before.
        await #expect(throws: BudgetBelowCommitted(position: BudgetPosition(budget: Money(kroner: 10_000), committed: Money(kroner: 2000)),
                                                   shortfall: Money(kroner: 500))) {
            try await w.repos.grants.setBudget(Money(kroner: 1500), year: 2027, for: w.source, in: w.holstebro, belowCommitted: false,
                                               audit: w.audit(.update))
        }
        #expect(try await w.repos.grants.budgetPosition(of: w.source, year: 2027, in: w.holstebro).budget == Money(kroner: 10_000))
        #expect(try await w.repos.grants.setBudget(Money(kroner: 1500), year: 2027, for: w.source, in: w.holstebro, belowCommitted: true,
                                                   audit: w.audit(.update)) == Money(kroner: 500))
        // Saving the overdrawn budget unchanged, or raising it, asks nothing.
        #expect(try await w.repos.grants.setBudget(Money(kroner: 1500), year: 2027, for: w.source, in: w.holstebro, belowCommitted: false,
                                                   audit: w.audit(.update)) == Money(kroner: 500))
        #expect(try await w.repos.grants.setBudget(Money(kroner: 1800), year: 2027, for: w.source, in: w.holstebro, belowCommitted: false,
                                                   audit: w.audit(.update)) == Money(kroner: 200))
        // Next year's budget is set from nothing.
        #expect(try await w.repos.grants.setBudget(Money(kroner: 50_000), year: 2028, for: w.source, in: w.holstebro, belowCommitted: false,
                                                   audit: w.audit(.update)) == nil)
        #expect(try await w.repos.grants.fundingSources(in: w.holstebro).first?.budgets[2028] == Money(kroner: 50_000))
    }

    @Test func racingBudgetCutsAndGrantsNeverLeaveMoreGrantedThanBudgetedWithoutConsent() async throws {
        for round in 0..<20 {
            let (pool, dir) = try MoneyWorld.filePool()
            defer { try? FileManager.default.removeItem(at: dir) }
            let w = try await MoneyWorld(pool)
            let aya = try await w.child("Aya"), noah = try await w.child("Noah")
            _ = try await w.grant(aya, 900)
            // 900 kr. held of 10.000 kr.: a cut to 1.500 kr. and a grant of 1.000 kr. race.
            let repos = w.repos
            let draft = w.feeDraft(noah, 1000)
            async let cut: Bool = {
                do {
                    try await repos.grants.setBudget(Money(kroner: 1500), year: 2027, for: w.source, in: w.holstebro, belowCommitted: false,
                                                     audit: w.audit(.update))
                    return true
                } catch is BudgetBelowCommitted { return false }
            }()
            async let granted: Bool = {
                do {
                    _ = try await repos.grants.create(draft, overrideReason: nil, in: w.holstebro, by: w.coordinator, on: w.today, at: w.now,
                                                      audit: w.audit())
                    return true
                } catch is GrantRefused { return false }
            }()
            let (didCut, didGrant) = try await (cut, granted)
            let position = try await w.repos.grants.budgetPosition(of: w.source, year: 2027, in: w.holstebro)
            #expect(position.committed <= position.budget!, "round \(round): \(position.committed.display) held of \(position.budget!.display)")
            #expect(didCut != didGrant, "round \(round): exactly one of the two goes through (cut \(didCut), grant \(didGrant))")
            try pool.close()
        }
    }

    // MARK: One fee per activity and season

    @Test func aSecondFeeForTheSameActivityAndSeasonNeedsAReason() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let aya = try await w.child("Aya")
        let first = try await w.grant(aya, 900)
        let season = Period(from: w.today, to: w.today.adding(days: 160))
        await #expect(throws: GrantRefused(problems: [.feeAlreadyGranted(amount: Money(kroner: 900), period: season)])) {
            _ = try await w.grant(aya, 900)
        }
        // Equipment for the same activity, or a fee for another activity, is no second fee.
        _ = try await w.grant(aya, 300, kind: .equipment)
        _ = try await w.grant(aya, 500, activity: w.activityB, override: nil)
        // With a reason it goes through, and the reason is kept.
        let second = try await w.grant(aya, 100, override: "Holdet skiftede til et dyrere hold midt i sæsonen")
        #expect(try await w.repos.grants.find(second, in: w.holstebro)?.overrideReason != nil)
        // The next season is a new fee.
        let next = GrantDraft(childID: aya, activityID: w.activityA, kind: .fee, amount: Money(kroner: 400),
                              period: Period(from: w.today.adding(days: 161), to: w.today.adding(days: 300)), fundingSourceID: w.source,
                              claimDeadline: w.today.adding(days: 300), note: nil)
        _ = try await w.repos.grants.create(next, overrideReason: nil, in: w.holstebro, by: w.coordinator, on: w.today, at: w.now,
                                            audit: w.audit())
        // A cancelled fee no longer stands in the way.
        try await w.repos.grants.cancel(first, reason: "Fejl", on: w.today, in: w.holstebro, audit: w.audit(.update))
        let noah = try await w.child("Noah")
        let noahFee = try await w.grant(noah, 900)
        try await w.repos.grants.cancel(noahFee, reason: "Fejl", on: w.today, in: w.holstebro, audit: w.audit(.update))
        _ = try await w.grant(noah, 900)
    }

    // MARK: Four eyes and batch numbers

    @Test func whoeverApprovedAClaimCannotMarkItsBatchPaidUnlessTheMunicipalityTurnsFourEyesOff() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let claims = [try await w.claim(try await w.grant(try await w.child("Aya"), 900)),
                      try await w.claim(try await w.grant(try await w.child("Noah"), 600))]
        _ = try await w.repos.claims.decide(claims, approve: true, reason: nil, in: w.holstebro, by: w.coordinator, at: w.now,
                                            audit: w.audit(.update))
        let batch = try await w.repos.claims.createBatch(in: w.holstebro, by: w.coordinator, at: w.now, audit: w.audit())
        await #expect(throws: FourEyesRefused()) {
            _ = try await w.repos.claims.markPaid(batch, on: w.today, reference: "OPUS 77", in: w.holstebro, by: w.coordinator, at: w.now,
                                                 audit: w.audit(.update))
        }
        #expect(try await w.count("SELECT COUNT(*) FROM payment") == 0)
        #expect(try await w.repos.claims.markPaid(batch, on: w.today, reference: "OPUS 77", in: w.holstebro, by: w.finance, at: w.now,
                                                  audit: w.audit(.update)) == 2)
        let paid = try #require(try await w.repos.claims.batch(batch, in: w.holstebro))
        #expect(paid.paymentReference == "OPUS 77" && paid.paidByName == "Hanne" && paid.createdByName == "Mette")
        #expect(paid.approvedByNames == ["Mette"] && paid.approvedBy == [w.coordinator])

        // Turned off, one coordinator may do it all.
        var rules = try await w.repos.grants.rules(for: w.holstebro)
        rules.fourEyesPayments = false
        try await w.repos.grants.saveRules(rules, for: w.holstebro, audit: w.audit(.update))
        let third = try await w.claim(try await w.grant(try await w.child("Ella"), 400))
        _ = try await w.repos.claims.decide([third], approve: true, reason: nil, in: w.holstebro, by: w.coordinator, at: w.now,
                                            audit: w.audit(.update))
        let second = try await w.repos.claims.createBatch(in: w.holstebro, by: w.coordinator, at: w.now, audit: w.audit())
        #expect(try await w.repos.claims.markPaid(second, on: w.today, reference: "OPUS 78", in: w.holstebro, by: w.coordinator, at: w.now,
                                                  audit: w.audit(.update)) == 1)
    }

    @Test func batchesAreNumberedWithoutGapsInEachMunicipality() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        func approvedClaim(_ name: String, in m: MunicipalityID? = nil) async throws {
            let claim = try await w.claim(try await w.grant(try await w.child(name), 300))
            _ = try await w.repos.claims.decide([claim], approve: true, reason: nil, in: w.holstebro, by: w.coordinator, at: w.now,
                                                audit: w.audit(.update))
        }
        try await approvedClaim("Aya")
        let first = try await w.repos.claims.createBatch(in: w.holstebro, by: w.coordinator, at: w.now, audit: w.audit())
        // Nothing to gather: rolled back, no number used. Another municipality's batch between.
        await #expect(throws: StoreError.conflict) {
            _ = try await w.repos.claims.createBatch(in: w.holstebro, by: w.coordinator, at: w.now, audit: w.audit())
        }
        try await w.db.write { db in
            try db.execute(sql: "INSERT INTO payment_batch (municipality_id, status, created_at) VALUES (?, 'open', ?)", arguments: [w.svendborg, w.now])
        }
        try await approvedClaim("Noah")
        let second = try await w.repos.claims.createBatch(in: w.holstebro, by: w.coordinator, at: w.now, audit: w.audit())
        #expect(try await w.repos.claims.batch(first, in: w.holstebro)?.number == 1)
        #expect(try await w.repos.claims.batch(second, in: w.holstebro)?.number == 2)
        #expect(try await w.count("SELECT number FROM payment_batch WHERE municipality_id = ?", [w.svendborg]) == 1)
    }
}

extension MoneyWorld {
    func feeDraft(_ child: ChildID, _ kroner: Int64, kind: GrantKind = .fee) -> GrantDraft {
        GrantDraft(childID: child, activityID: activityA, kind: kind, amount: Money(kroner: kroner),
                   period: Period(from: today, to: today.adding(days: 160)), fundingSourceID: source, claimDeadline: today.adding(days: 160),
                   note: nil)
    }

    func audit(_ action: AuditEntry.Action = .create, submission: FormSubmission) -> AuditEntry {
        var entry = audit(action)
        entry.submission = submission
        return entry
    }
}
