import Domain
import Foundation
import GRDB
import Store
import Testing

@Suite struct MoneyRepositoryTests {
    @Test func grantsAreCheckedAgainstCapsAndTheBudgetAndCanBeOverriddenWithAReason() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let aya = try await w.child("Aya")
        _ = try await w.grant(aya, 900)
        // The standard rules cap the fee at 2.000 kr. a year: 900 + 1.200 is 100 kr. too much.
        await #expect(throws: GrantRefused(problems: [.cap(kind: .fee, cap: Money(kroner: 2000), used: Money(kroner: 900),
                                                          requested: Money(kroner: 1200))])) {
            _ = try await w.grant(aya, 1200, activity: w.activityB)
        }
        let overridden = try await w.grant(aya, 1200, activity: w.activityB, override: "Aftalt med lederen")
        #expect(try await w.repos.grants.find(overridden, in: w.holstebro)?.overrideReason == "Aftalt med lederen")
        #expect(try await w.repos.grants.usage(of: aya, year: 2027, in: w.holstebro).used[.fee] == Money(kroner: 2100))

        // The budget: 10.000 kr., 2.100 kr. held. A grant of 8.000 kr. is 100 kr. too much.
        var rules = GrantRules.standard
        rules.maxEquipmentPerYear = Money(kroner: 50_000)
        try await w.repos.grants.saveRules(rules, for: w.holstebro, audit: w.audit(.update))
        await #expect(throws: GrantRefused(problems: [.budget(remaining: Money(kroner: 7900), requested: Money(kroner: 8000))])) {
            _ = try await w.grant(aya, 8000, kind: .equipment)
        }
        #expect(try await w.repos.grants.budgetPosition(of: w.source, year: 2027, in: w.holstebro)
                == BudgetPosition(budget: Money(kroner: 10_000), committed: Money(kroner: 2100)))
        // Cancelling gives the money back.
        try await w.repos.grants.cancel(overridden, reason: "Familien betalte selv", on: w.today, in: w.holstebro, audit: w.audit(.update))
        #expect(try await w.repos.grants.budgetPosition(of: w.source, year: 2027, in: w.holstebro).committed == Money(kroner: 900))
        await #expect(throws: StoreError.conflict) {
            try await w.repos.grants.cancel(overridden, reason: "x", on: w.today, in: w.holstebro, audit: w.audit(.update))
        }
        // Another municipality can neither see, grant nor cancel.
        #expect(try await w.repos.grants.find(overridden, in: w.svendborg) == nil)
        #expect(try await w.repos.grants.grants(for: aya, in: w.svendborg).isEmpty)
        await #expect(throws: StoreError.notFound) {
            try await w.repos.grants.cancel(overridden, reason: "x", on: w.today, in: w.svendborg, audit: w.audit(.update))
        }
        await #expect(throws: StoreError.notFound) {
            _ = try await w.repos.grants.create(GrantDraft(childID: aya, activityID: w.activityA, kind: .fee, amount: Money(kroner: 1),
                                                           period: Period(from: w.today, to: w.today), fundingSourceID: w.source,
                                                           claimDeadline: w.today, note: nil),
                                                overrideReason: nil, in: w.svendborg, by: w.coordinator, on: w.today, at: w.now, audit: w.audit())
        }
        // Granting enrolled the child once per activity.
        let enrolments = try await w.repos.grants.enrolments(for: aya, in: w.holstebro)
        #expect(Set(enrolments.map(\.activityID)) == [w.activityA, w.activityB] && enrolments.count == 2)
        await #expect(throws: StoreError.duplicate(field: "activity")) {
            _ = try await w.repos.grants.enrol(aya, in: w.activityA, on: w.today, in: w.holstebro, by: w.coordinator, at: w.now, audit: w.audit())
        }
        #expect(try await w.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'grant' AND action = 'create'") > 0)
    }

    @Test func theAssociationSeesOnlyItsOwnConsentedChildrenAndOnlyTheirNames() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let aya = try await w.child("Aya", "Østergård", adaptation: "Bruger kørestol")
        let noah = try await w.child("Noah", associationConsent: false, adaptation: "Har brug for faste rammer")
        let ella = try await w.child("Ella")
        let ayaGrant = try await w.grant(aya, 900)
        let noahGrant = try await w.grant(noah, 900)
        let ellaGrant = try await w.grant(ella, 1200, activity: w.activityB)

        let overview = try #require(try await w.repos.portal.overview(scope: w.portalScope, today: w.today))
        #expect(overview.associationName == "Tvis Boldklub")
        #expect(overview.enrolments.map(\.child) == [PortalChildName(firstName: "Aya", lastInitial: "Ø", birthYear: 2018)])
        #expect(overview.enrolments.first?.grants.map(\.id) == [ayaGrant])
        #expect(overview.enrolments.first?.adaptationNote == "Bruger kørestol", "what the club must adapt, shared with consent")
        #expect(try await w.repos.portal.grant(ayaGrant, scope: w.portalScope, today: w.today) != nil)
        // Without consent, or with another club: not found.
        #expect(try await w.repos.portal.grant(noahGrant, scope: w.portalScope, today: w.today) == nil)
        #expect(try await w.repos.portal.grant(ellaGrant, scope: w.portalScope, today: w.today) == nil)
        let noahEnrolment = try #require(try await w.repos.grants.enrolments(for: noah, in: w.holstebro).first).id
        #expect(try await w.repos.portal.enrolment(noahEnrolment, scope: w.portalScope, today: w.today) == nil)
        await #expect(throws: StoreError.notFound) {
            try await w.repos.portal.confirmStart(noahEnrolment, on: w.today, scope: w.portalScope, today: w.today, at: w.now, audit: w.audit())
        }
        // Another municipality's scope for the same user, or a coordinator's scope: nothing.
        #expect(try await w.repos.portal.overview(scope: .association(w.svendborg, w.contact), today: w.today) == nil)
        #expect(try await w.repos.portal.overview(scope: .municipality(w.holstebro), today: w.today) == nil)
        // The child repository gives association contacts nothing at all (they use the portal's slice).
        #expect(try await w.repos.children.find(aya, scope: w.portalScope) == nil)
        #expect(try await w.repos.children.list(ChildQuery(), scope: w.portalScope, today: w.today).total == 0)

        // Consent withdrawn: the child disappears from the portal the same day.
        let consent = try #require(try await w.repos.consents.list(for: aya, in: w.holstebro).first)
        try await w.repos.consents.withdraw(consent.id, child: aya, in: w.holstebro, on: w.today, reason: nil, audit: w.audit(.update))
        #expect(try await w.repos.portal.overview(scope: w.portalScope, today: w.today)?.enrolments.isEmpty == true)
        #expect(try await w.repos.portal.overview(scope: w.portalScope, today: w.today.adding(days: -1))?.enrolments.count == 1)
    }

    @Test func claimsNeverExceedTheGrantAndConfirmingAStartRedeemsThePass() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let aya = try await w.child("Aya")
        let grant = try await w.grant(aya, 900)
        let context = try #require(try await w.repos.portal.grant(grant, scope: w.portalScope, today: w.today))
        await #expect(throws: StoreError.conflict) {
            _ = try await w.repos.portal.saveDraft(ClaimDraft(amount: Money(ore: 90_001), period: context.grant.period, note: nil),
                                                   attachment: nil, keepAttachment: true, grant: grant, scope: w.portalScope,
                                                   today: w.today, at: w.now, audit: w.audit())
        }
        // Even SQL written by hand cannot claim more than granted.
        await #expect(throws: DatabaseError.self) {
            try await w.db.write { db in
                try db.execute(sql: """
                    INSERT INTO claim (grant_id, child_id, association_id, municipality_id, amount, period_from, period_to, status, created_at)
                    VALUES (?, ?, ?, ?, 90001, '2027-01-15', '2027-02-15', 'draft', ?)
                    """, arguments: [grant, aya, w.clubA, w.holstebro, w.now])
            }
        }
        let claim = try await w.claim(grant, 600)
        await #expect(throws: DatabaseError.self) {
            try await w.db.write { try $0.execute(sql: "UPDATE claim SET amount = 90001 WHERE id = ?", arguments: [claim]) }
        }
        #expect(try await w.repos.grants.find(grant, in: w.holstebro)?.status == .claimed)
        // A second claim of the same grant is refused: it is no longer open.
        await #expect(throws: StoreError.conflict) {
            _ = try await w.repos.portal.saveDraft(ClaimDraft(amount: Money(kroner: 100), period: context.grant.period, note: nil),
                                                   attachment: nil, keepAttachment: true, grant: grant, scope: w.portalScope,
                                                   today: w.today, at: w.now, audit: w.audit())
        }

        let enrolment = try #require(try await w.repos.grants.enrolments(for: aya, in: w.holstebro).first)
        try await w.repos.portal.confirmStart(enrolment.id, on: w.today, scope: w.portalScope, today: w.today, at: w.now, audit: w.audit())
        #expect(try await w.repos.passes.list(for: aya, in: w.holstebro).first?.status == .inUse)
        #expect(try await w.repos.grants.enrolments(for: aya, in: w.holstebro).first?.startedOn == w.today)
        await #expect(throws: StoreError.conflict) {
            try await w.repos.portal.confirmStart(enrolment.id, on: w.today, scope: w.portalScope, today: w.today, at: w.now, audit: w.audit())
        }
        try await w.repos.portal.reportStop(enrolment.id, on: w.today.adding(days: 1), reason: "Flyttet", scope: w.portalScope,
                                            today: w.today.adding(days: 1), at: w.now, audit: w.audit())
        let stopped = try #require(try await w.repos.grants.enrolments(for: aya, in: w.holstebro).first)
        #expect(stopped.stoppedOn == w.today.adding(days: 1) && stopped.stopReason == "Flyttet" && stopped.status == .stopped)

        // A rejected claim gives the grant back, and it can be claimed again.
        let outcome = try await w.repos.claims.decide([claim], approve: false, reason: "Forkert beløb", in: w.holstebro, by: w.coordinator,
                                                       at: w.now, audit: w.audit(.update))
        #expect(outcome == BulkOutcome(changed: 1, skipped: 0))
        #expect(try await w.repos.grants.find(grant, in: w.holstebro)?.status == .granted)
        _ = try await w.claim(grant)
        #expect(try await w.repos.grants.find(grant, in: w.holstebro)?.status == .claimed)
    }

    @Test func exportingOrPayingTwiceNeverPaysTwice() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let aya = try await w.child("Aya")
        let noah = try await w.child("Noah")
        let claims = [try await w.claim(try await w.grant(aya, 900)), try await w.claim(try await w.grant(noah, 1200), 1000)]
        #expect(try await w.repos.claims.waiting(in: w.holstebro).count == 2)
        #expect(try await w.repos.claims.waiting(in: w.svendborg).isEmpty)
        let approved = try await w.repos.claims.decide(claims, approve: true, reason: nil, in: w.holstebro, by: w.coordinator, at: w.now,
                                                       audit: w.audit(.update))
        #expect(approved == BulkOutcome(changed: 2, skipped: 0))
        #expect(try await w.repos.claims.decide(claims, approve: true, reason: nil, in: w.holstebro, by: w.coordinator, at: w.now,
                                                audit: w.audit(.update)) == BulkOutcome(changed: 0, skipped: 2))
        #expect(try await w.repos.claims.readyForPayment(in: w.holstebro) == (2, Money(kroner: 1900)))
        await #expect(throws: StoreError.conflict) {
            _ = try await w.repos.claims.createBatch(in: w.svendborg, by: w.coordinator, at: w.now, audit: w.audit())
        }
        let batch = try await w.repos.claims.createBatch(in: w.holstebro, by: w.coordinator, at: w.now, audit: w.audit())
        await #expect(throws: StoreError.conflict) {
            _ = try await w.repos.claims.createBatch(in: w.holstebro, by: w.coordinator, at: w.now, audit: w.audit())
        }
        let first = try await w.repos.claims.export(batch, in: w.holstebro, by: w.coordinator, at: w.now, audit: w.audit(.export))
        let second = try await w.repos.claims.export(batch, in: w.holstebro, by: w.coordinator, at: w.now, audit: w.audit(.export))
        #expect(first == second)
        #expect(first == [PaymentLine(associationName: "Tvis Boldklub", cvr: "29189919", bankReference: nil, amount: Money(kroner: 1900),
                                      claimIDs: claims, period: Period(from: w.today, to: w.today.adding(days: 160)))])
        #expect(try await w.repos.claims.batch(batch, in: w.holstebro)?.exportCount == 2)
        await #expect(throws: StoreError.notFound) {
            _ = try await w.repos.claims.export(batch, in: w.svendborg, by: w.coordinator, at: w.now, audit: w.audit(.export))
        }

        #expect(try await w.repos.claims.markPaid(batch, on: w.today, reference: "OPUS 1", in: w.holstebro, by: w.finance, at: w.now, audit: w.audit()) == 2)
        await #expect(throws: StoreError.conflict) {
            _ = try await w.repos.claims.markPaid(batch, on: w.today, reference: "OPUS 1", in: w.holstebro, by: w.finance, at: w.now, audit: w.audit())
        }
        #expect(try await w.count("SELECT COUNT(*) FROM payment") == 2)
        #expect(try await w.count("SELECT SUM(amount) FROM payment") == 190_000)
        #expect(try await w.count("SELECT COUNT(*) FROM support_grant WHERE status = 'paid'") == 2)
        #expect(try await w.repos.passes.list(for: noah, in: w.holstebro).first?.status == .inUse, "the first payment redeems the pass")
        // The budget holds the paid amount (1.000 kr. of Noah's 1.200 kr.), not the granted one.
        let status = try #require(try await w.repos.moneyReports.fundingStatus(in: w.holstebro, year: 2027).first)
        #expect(status.granted == Money(kroner: 1900) && status.claimed == Money(kroner: 1900) && status.paid == Money(kroner: 1900))
        #expect(status.remaining == Money(kroner: 8100))
        #expect(try await w.repos.moneyReports.paid(in: w.holstebro, period: Period(from: w.today, to: w.today)) == (2, Money(kroner: 1900)))
        #expect(try await w.repos.moneyReports.paid(in: w.svendborg, period: Period(from: w.today, to: w.today)) == (0, .zero))
    }

    @Test func racingApprovalsBatchesAndPaymentsOnAFilePoolPayEachClaimOnce() async throws {
        let (pool, dir) = try MoneyWorld.filePool()
        defer { try? FileManager.default.removeItem(at: dir) }
        let w = try await MoneyWorld(pool)
        var claims: [ClaimID] = []
        for name in ["Aya", "Noah", "Ella", "Omar"] {
            claims.append(try await w.claim(try await w.grant(try await w.child(name), 500)))
        }
        let repos = w.repos
        let ids = claims
        let (m, k, f, now, day) = (w.holstebro, w.coordinator, w.finance, w.now, w.today)
        let entry = w.audit(.update)
        // Six coordinators approve the same claims at the same moment.
        let outcomes = try await withThrowingTaskGroup(of: BulkOutcome.self) { group in
            for _ in 0..<6 {
                group.addTask { try await repos.claims.decide(ids, approve: true, reason: nil, in: m, by: k, at: now, audit: entry) }
            }
            return try await group.reduce(into: [BulkOutcome]()) { $0.append($1) }
        }
        #expect(outcomes.map(\.changed).reduce(0, +) == 4)
        // Six create a batch at once: one gathers all the claims, the others find nothing.
        let batches = try await withThrowingTaskGroup(of: PaymentBatchID?.self) { group in
            for _ in 0..<6 {
                group.addTask {
                    do { return try await repos.claims.createBatch(in: m, by: k, at: now, audit: entry) } catch StoreError.conflict { return nil }
                }
            }
            return try await group.reduce(into: [PaymentBatchID]()) { if let id = $1 { $0.append(id) } }
        }
        #expect(batches.count == 1)
        #expect(try await w.count("SELECT COUNT(*) FROM payment_batch") == 1, "no empty batches left behind")
        #expect(try await w.count("SELECT COUNT(DISTINCT batch_id) FROM claim WHERE batch_id IS NOT NULL") == 1)
        // Six mark it paid at once: the claims are paid once.
        let paid = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<6 {
                group.addTask {
                    do { return try await repos.claims.markPaid(batches[0], on: day, reference: "OPUS 1", in: m, by: f, at: now, audit: entry) }
                    catch StoreError.conflict { return 0 }
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(paid == 4)
        #expect(try await w.count("SELECT COUNT(*) FROM payment") == 4)
        #expect(try await w.count("SELECT SUM(amount) FROM payment") == 200_000)
        try pool.close()
    }

    @Test func unclaimedGrantsExpireAndReleaseTheirMoney() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let aya = try await w.child("Aya")
        let grant = try await w.grant(aya, 900)
        let later = w.today.adding(days: 161)
        #expect(try await w.repos.grants.find(grant, in: w.holstebro)?.effectiveStatus(on: later) == .expired)
        // A draft left behind cannot be sent after the deadline.
        let context = try #require(try await w.repos.portal.grant(grant, scope: w.portalScope, today: w.today))
        let (draft, _) = try await w.repos.portal.saveDraft(ClaimDraft(amount: Money(kroner: 900), period: context.grant.period, note: nil),
                                                            attachment: nil, keepAttachment: true, grant: grant, scope: w.portalScope,
                                                            today: w.today, at: w.now, audit: w.audit())
        await #expect(throws: StoreError.conflict) {
            try await w.repos.portal.submit(draft, scope: w.portalScope, today: later, at: w.now, audit: w.audit())
        }
        #expect(try await w.repos.grants.expireOverdue(today: later) == 1)
        #expect(try await w.repos.grants.expireOverdue(today: later) == 0)
        #expect(try await w.repos.grants.find(grant, in: w.holstebro)?.status == .expired)
        #expect(try await w.repos.grants.budgetPosition(of: w.source, year: 2027, in: w.holstebro).committed == .zero)
    }

    @Test func reportsAggregatePerSourceAssociationCategoryAndFreePlaces() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let aya = try await w.child("Aya")
        let noah = try await w.child("Noah")
        _ = try await w.claim(try await w.grant(aya, 900))
        _ = try await w.grant(noah, 1200, activity: w.activityB)
        let status = try #require(try await w.repos.moneyReports.fundingStatus(in: w.holstebro, year: 2027).first)
        #expect(status.budget == Money(kroner: 10_000) && status.granted == Money(kroner: 2100) && status.claimed == Money(kroner: 900))
        #expect(status.paid == .zero && status.remaining == Money(kroner: 7900))
        #expect(try await w.repos.moneyReports.fundingStatus(in: w.svendborg, year: 2027).isEmpty)
        let unclaimed = try await w.repos.moneyReports.unclaimed(in: w.holstebro, grantedOnOrBefore: w.today)
        #expect(unclaimed.map(\.childName) == ["Noah Haddad"])
        #expect(try await w.repos.moneyReports.unclaimed(in: w.holstebro, grantedOnOrBefore: w.today.adding(days: -1)).isEmpty)
        #expect(try await w.repos.moneyReports.childrenPerAssociation(in: w.holstebro).map(\.count) == [1, 1])
        #expect(try await w.repos.moneyReports.childrenPerCategory(in: w.holstebro).map(\.key).sorted(by: { $0.rawValue < $1.rawValue })
                == [.football, .swimming])
        #expect(try await w.repos.moneyReports.associationsWithFreePlaces(in: w.holstebro).map(\.label) == ["Tvis Boldklub"])
        #expect(try await w.repos.moneyReports.childrenPerAssociation(in: w.svendborg).isEmpty)
        let choosable = try await w.repos.activities.choosable(in: w.holstebro, age: 8, today: w.today)
        #expect(Set(choosable.map(\.id)) == [w.activityA, w.activityB])
        #expect(try await w.repos.activities.search(ActivityQuery(freePlacesOnly: true), in: w.holstebro, today: w.today).map(\.activity.id) == [w.activityA])
        #expect(try await w.repos.activities.search(ActivityQuery(), in: w.svendborg, today: w.today).isEmpty)
        #expect(try await w.repos.associations.find(w.clubA, in: w.svendborg) == nil)
        #expect(try await w.repos.activities.find(w.activityA, in: w.svendborg) == nil)
        await #expect(throws: StoreError.duplicate(field: "cvr")) {
            _ = try await w.repos.associations.create(AssociationDetails(name: "Kopi", cvr: "29189919", categories: [.other]),
                                                      in: w.holstebro, at: w.now, audit: w.audit())
        }
    }
}
