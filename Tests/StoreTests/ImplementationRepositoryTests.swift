import Domain
import Foundation
import GRDB
import Store
import Testing

/// The implementation workspace on the real schema: scoping, audit in the same transaction,
/// the plan's history, dialogue rounds, meeting actions and the editable tables.
@Suite struct ImplementationRepositoryTests {
    func setup() async throws -> (StoreFixture, UserID, any ImplementationRepository) {
        let f = try await StoreFixture()
        let coordinator = try await f.addUser("mette@holstebro.dk", role: .coordinator)
        return (f, coordinator.id, f.repos.implementation)
    }

    @Test func progressIsStoredWithWhoAndWhenAndAuditedInTheSameTransaction() async throws {
        let (f, mette, repo) = try await setup()
        let draft = ItemProgressDraft(status: .inProgress, responsibleUserID: mette, responsibleText: "Kultur og Fritid",
                                      deadline: LocalDate(iso: "2027-03-01"), note: "Møde booket", evidence: "https://holstebro.dk")
        try await repo.saveProgress(draft, of: "1.1-q-need-for-scheme", by: mette, in: f.holstebro.id, audit: f.audit(.update, .implItem))
        let saved = try #require(try await repo.progress(of: "1.1-q-need-for-scheme", in: f.holstebro.id))
        #expect(saved.status == .inProgress && saved.responsibleUserName == "mette@holstebro.dk" && saved.note == "Møde booket")
        #expect(saved.updatedByName == "mette@holstebro.dk" && saved.updatedAt == f.now)
        #expect(try await repo.progress(of: "1.1-q-need-for-scheme", in: f.svendborg.id) == nil)
        #expect(try await repo.checklist(in: f.svendborg.id).progress.isEmpty)
        #expect(try await f.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'impl_item'") == 1)
        // Saving again replaces the row; not relevant needs its reason (a CHECK constraint too).
        try await repo.saveProgress(ItemProgressDraft(status: .notRelevant, notRelevantReason: "Findes allerede"), of: "1.1-q-need-for-scheme",
                                    by: mette, in: f.holstebro.id, audit: f.audit(.update, .implItem))
        #expect(try await repo.progress(of: "1.1-q-need-for-scheme", in: f.holstebro.id)?.status == .notRelevant)
        #expect(try await f.count("SELECT COUNT(*) FROM impl_item_progress") == 1)
    }

    @Test func anotherMunicipalitysOwnItemsAndUsersAreNotFound() async throws {
        let (f, mette, repo) = try await setup()
        let own = try await repo.addCustomItem(text: "Aftal betalingsgang", sectionKey: "step-3.1", by: mette, in: f.holstebro.id,
                                               audit: f.audit(.create, .implItem))
        #expect(own.key == "own-\(own.id)")
        #expect(try await repo.customItem(own.id, in: f.svendborg.id) == nil)
        await #expect(throws: StoreError.notFound) {
            try await repo.saveProgress(ItemProgressDraft(status: .done), of: own.key, by: mette, in: f.svendborg.id, audit: f.audit())
        }
        let sofie = try await f.addUser("sofie@svendborg.dk", role: .coordinator, in: f.svendborg)
        await #expect(throws: StoreError.notFound) {
            try await repo.saveProgress(ItemProgressDraft(status: .done, responsibleUserID: sofie.id), of: "1.1-q-who-benefits", by: mette,
                                        in: f.holstebro.id, audit: f.audit())
        }
        #expect(try await f.count("SELECT COUNT(*) FROM impl_item_progress") == 0)
        #expect(try await repo.checklist(in: f.holstebro.id).customItems.map(\.text) == ["Aftal betalingsgang"])
    }

    @Test func everyPlanChangeIsKeptWithWhoAndWhenAndNoChangeStoresNothing() async throws {
        let (f, mette, repo) = try await setup()
        let lars = try await f.addUser("lars@holstebro.dk")
        let first = PlanAnswerDraft(answer: .partly, initiativesNeeded: true, initiatives: "Workshop om forandringsteori")
        #expect(try await repo.savePlanAnswer(first, of: "plan-prep-goals", by: mette, in: f.holstebro.id, audit: f.audit(.update, .implPlan))
                == [.answer, .initiativesNeeded, .initiatives])
        var second = first
        second.completion = .high
        #expect(try await repo.savePlanAnswer(second, of: "plan-prep-goals", by: lars.id, in: f.holstebro.id, audit: f.audit(.update, .implPlan))
                == [.completion])
        #expect(try await repo.savePlanAnswer(second, of: "plan-prep-goals", by: lars.id, in: f.holstebro.id, audit: f.audit(.update, .implPlan))
                .isEmpty)
        _ = try await repo.savePlanAnswer(first, of: "plan-op-training-needs", by: mette, in: f.holstebro.id, audit: f.audit(.update, .implPlan))

        let history = try await repo.planHistory(in: f.holstebro.id, questionKey: "plan-prep-goals", limit: 10)
        #expect(history.map(\.fields) == [[.completion], [.answer, .initiativesNeeded, .initiatives]])
        #expect(history.map(\.changedByName) == ["lars@holstebro.dk", "mette@holstebro.dk"])
        #expect(history[0].values == second && history[1].values == first, "each entry keeps the row as it was")
        #expect(try await repo.planHistory(in: f.holstebro.id, questionKey: nil, limit: 10).count == 3)
        #expect(try await repo.planHistory(in: f.svendborg.id, questionKey: nil, limit: 10).isEmpty)
        #expect(try await repo.planAnswers(in: f.holstebro.id)["plan-prep-goals"]?.values == second)
        #expect(try await repo.planAnswers(in: f.svendborg.id).isEmpty)
        #expect(try await f.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'impl_plan'") == 3, "the no-op save is not audited")
        await #expect(throws: (any Error).self) {
            try await f.db.write { try $0.execute(sql: "UPDATE impl_plan_change SET changed_fields = 'x'") }
        }
    }

    @Test func dialogueRoundsAreStoredPerFactorAndComparedSideBySide() async throws {
        let (f, mette, repo) = try await setup()
        let first = try await repo.createDialogueRound(DialogueRoundDraft(heldOn: LocalDate(iso: "2026-07-01")!, participants: "Teamet", assessments: [
            FactorAssessment(factorKey: "factor-monitoring", rating: .majorBarrier, note: "Intet sted at registrere"),
            FactorAssessment(factorKey: "factor-gains", rating: .noBarrier, note: nil),
        ]), by: mette, in: f.holstebro.id, audit: f.audit(.create, .implDialogueRound))
        _ = try await repo.createDialogueRound(DialogueRoundDraft(heldOn: LocalDate(iso: "2027-01-10")!, participants: nil, assessments: [
            FactorAssessment(factorKey: "factor-monitoring", rating: .noBarrier, note: "Data på hvert møde"),
        ]), by: mette, in: f.holstebro.id, audit: f.audit(.create, .implDialogueRound))
        let comparison = DialogueComparison(rounds: try await repo.dialogueRounds(in: f.holstebro.id))
        #expect(comparison.row("factor-monitoring").map { $0?.note } == ["Intet sted at registrere", "Data på hvert møde"])
        #expect(comparison.trend("factor-monitoring") == .resolved)
        #expect(comparison.row("factor-gains").map { $0?.rating } == [.noBarrier, nil])
        #expect(try await repo.dialogueRounds(in: f.svendborg.id).isEmpty)
        #expect(try await repo.dialogueRound(first, in: f.svendborg.id) == nil)

        try await repo.updateDialogueRound(first, DialogueRoundDraft(heldOn: LocalDate(iso: "2026-07-02")!, participants: "Teamet", assessments: [
            FactorAssessment(factorKey: "factor-gains", rating: .someBarrier, note: nil),
        ]), by: mette, in: f.holstebro.id, audit: f.audit(.update, .implDialogueRound))
        let updated = try #require(try await repo.dialogueRound(first, in: f.holstebro.id))
        #expect(updated.heldOn == LocalDate(iso: "2026-07-02") && Array(updated.assessments.keys) == ["factor-gains"])
        await #expect(throws: StoreError.notFound) {
            try await repo.updateDialogueRound(first, DialogueRoundDraft(heldOn: LocalDate(iso: "2026-07-02")!, participants: nil, assessments: []),
                                               by: mette, in: f.svendborg.id, audit: f.audit())
        }
    }

    @Test func aMeetingActionBecomesAnItemOrAnInitiativeOnce() async throws {
        let (f, mette, repo) = try await setup()
        let meeting = try await repo.createMeeting(MeetingDraft(kind: .steeringGroup, heldOn: LocalDate(iso: "2027-01-04")!, participants: "Chefer",
                                                                decisions: "Start"), by: mette, in: f.holstebro.id, audit: f.audit(.create, .implMeeting))
        await #expect(throws: StoreError.notFound) {
            _ = try await repo.addAction(MeetingActionDraft(text: "X", responsible: nil, deadline: nil), to: meeting, in: f.svendborg.id, audit: f.audit())
        }
        let toItem = try await repo.addAction(MeetingActionDraft(text: "Aftal betalingsgang", responsible: "Kultur og Fritid",
                                                                 deadline: LocalDate(iso: "2027-02-01")), to: meeting, in: f.holstebro.id, audit: f.audit())
        let toPlan = try await repo.addAction(MeetingActionDraft(text: "Samarbejdsaftale med DGI", responsible: "Koordinator", deadline: nil),
                                              to: meeting, in: f.holstebro.id, audit: f.audit())
        await #expect(throws: StoreError.notFound) {
            _ = try await repo.convertAction(toItem, of: meeting, to: .checklistItem(sectionKey: "step-3.1"), by: mette, in: f.svendborg.id, audit: f.audit())
        }
        let target = try await repo.convertAction(toItem, of: meeting, to: .checklistItem(sectionKey: "step-3.1"), by: mette,
                                                  in: f.holstebro.id, audit: f.audit(.update, .implMeetingAction))
        guard case .checklistItem(let key) = target else { Issue.record("expected an item"); return }
        let progress = try #require(try await repo.progress(of: key, in: f.holstebro.id))
        #expect(progress.status == .notStarted && progress.responsibleText == "Kultur og Fritid" && progress.deadline == LocalDate(iso: "2027-02-01"))
        await #expect(throws: StoreError.conflict) {
            _ = try await repo.convertAction(toItem, of: meeting, to: .planInitiative(questionKey: "plan-prep-goals"), by: mette, in: f.holstebro.id, audit: f.audit())
        }
        _ = try await repo.savePlanAnswer(PlanAnswerDraft(answer: .partly, initiatives: "Møde med foreningerne"), of: "plan-prep-roles-clear",
                                          by: mette, in: f.holstebro.id, audit: f.audit())
        _ = try await repo.convertAction(toPlan, of: meeting, to: .planInitiative(questionKey: "plan-prep-roles-clear"), by: mette,
                                         in: f.holstebro.id, audit: f.audit(.update, .implMeetingAction))
        let answer = try #require(try await repo.planAnswers(in: f.holstebro.id)["plan-prep-roles-clear"])
        #expect(answer.values.initiatives == "Møde med foreningerne\nSamarbejdsaftale med DGI" && answer.values.initiativesNeeded == true)
        #expect(try await repo.planHistory(in: f.holstebro.id, questionKey: "plan-prep-roles-clear", limit: 5).count == 2)
        let stored = try #require(try await repo.meeting(meeting, in: f.holstebro.id))
        #expect(stored.actions.map(\.convertedTo) == [.checklistItem(key: key), .planInitiative(questionKey: "plan-prep-roles-clear")])
        #expect(try await repo.meeting(meeting, in: f.svendborg.id) == nil)
        #expect(try await f.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'impl_meeting_action'") == 2)
    }

    @Test func tablesAreEditedPerKindAndTheExampleOnlyFillsAnEmptyTable() async throws {
        let (f, mette, repo) = try await setup()
        let example = [PlanTableRowDraft(cells: ["Antal pas", "Skema", "Koordinator", "Løbende"])]
        #expect(try await repo.addTemplateRows(example, .documentation, by: mette, in: f.holstebro.id, audit: f.audit()))
        #expect(try await repo.addTemplateRows(example, .documentation, by: mette, in: f.holstebro.id, audit: f.audit()) == false)
        let row = try await repo.addTableRow(PlanTableRowDraft(cells: ["Foreningslivet", "Ordningen", "Brev", "Sæsonstart"]), .communication,
                                             by: mette, in: f.holstebro.id, audit: f.audit())
        #expect(try await repo.tableRows(.documentation, in: f.holstebro.id).map(\.cells) == [["Antal pas", "Skema", "Koordinator", "Løbende"]])
        #expect(try await repo.tableRow(row, .documentation, in: f.holstebro.id) == nil, "a row is found only under its own kind")
        #expect(try await repo.tableRow(row, .communication, in: f.svendborg.id) == nil)
        try await repo.updateTableRow(row, .communication, PlanTableRowDraft(cells: ["Foreningslivet", "Betalingsgang", "", ""]), by: mette,
                                      in: f.holstebro.id, audit: f.audit())
        #expect(try await repo.tableRow(row, .communication, in: f.holstebro.id)?.cells == ["Foreningslivet", "Betalingsgang", "", ""])
        await #expect(throws: StoreError.notFound) { try await repo.deleteTableRow(row, .communication, in: f.svendborg.id, audit: f.audit()) }
        try await repo.deleteTableRow(row, .communication, in: f.holstebro.id, audit: f.audit(.delete, .implTableRow))
        #expect(try await repo.tableRows(.communication, in: f.holstebro.id).isEmpty)
    }

    @Test func testRoundsActivityAndTheAnonymousOverview() async throws {
        let (f, mette, repo) = try await setup()
        let round = try await repo.createTestRound(TestRoundDraft(version: "1.0", startsOn: LocalDate(iso: "2026-09-01")!, endsOn: nil,
                                                                  changes: "Første version", learnings: nil), by: mette, in: f.holstebro.id, audit: f.audit())
        try await repo.updateTestRound(round, TestRoundDraft(version: "1.0", startsOn: LocalDate(iso: "2026-09-01")!, endsOn: LocalDate(iso: "2026-11-30"),
                                                             changes: "Første version", learnings: "Faste kontaktpersoner"), by: mette, in: f.holstebro.id, audit: f.audit())
        #expect(try await repo.testRounds(in: f.holstebro.id).map(\.learnings) == ["Faste kontaktpersoner"])
        #expect(try await repo.testRound(round, in: f.svendborg.id) == nil)
        try await repo.saveProgress(ItemProgressDraft(status: .done, note: "Hemmelig note"), of: "startup-compose-team", by: mette, in: f.holstebro.id, audit: f.audit())
        try await repo.addComment("Godt gået", on: "startup-compose-team", by: mette, in: f.holstebro.id, audit: f.audit())
        let activity = try await repo.recentActivity(in: f.holstebro.id, limit: 10)
        #expect(Set(activity.map(\.kind)) == [.testRound, .item, .comment])
        #expect(activity.allSatisfy { $0.byName == "mette@holstebro.dk" })
        #expect(try await repo.recentActivity(in: f.svendborg.id, limit: 10).isEmpty)
        #expect(try await repo.comments(on: "startup-compose-team", in: f.svendborg.id).isEmpty)

        let overview = try await repo.anonymousChecklists()
        #expect(overview.map(\.municipalityID) == [f.holstebro.id])
        #expect(overview[0].statuses == ["startup-compose-team": .done])
        #expect(overview[0].lastChangedAt == f.now)
    }
}
