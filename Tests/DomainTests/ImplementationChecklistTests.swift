import Domain
import Foundation
import Testing

@Suite struct ImplementationChecklistTests {
    typealias F = CatalogueFixture

    @Test func notRelevantItemsAreLeftOutOfTheProgress() {
        let state = ChecklistState(progress: Dictionary(uniqueKeysWithValues: [
            F.progress("1.1-a", .done), F.progress("1.1-b", .notRelevant), F.progress("1.1-c", .inProgress),
        ]))
        let phase1 = Checklist(catalogue: F.catalogue(), state: state).phases[0]
        let step = phase1.sections[0]
        #expect(step.section.key == "step-1.1")
        #expect((step.done, step.relevant, step.total, step.notRelevant) == (1, 2, 3, 1))
        #expect(step.percent == 50)
        // Phase 1: step 1.1 (1 of 2 relevant), start-up (0 of 2), step 1.2 (0 of 2).
        #expect(phase1.done == 1 && phase1.relevant == 6 && phase1.percent == 16)
    }

    @Test func aSectionWhereEverythingIsNotRelevantHasNoPercentage() {
        let state = ChecklistState(progress: Dictionary(uniqueKeysWithValues: [F.progress("2.1-a", .notRelevant)]))
        let phase2 = Checklist(catalogue: F.catalogue(), state: state).phases[1]
        #expect(phase2.relevant == 0)
        #expect(phase2.percent == nil)
    }

    @Test func theStartupChecklistIsASectionOfPhaseOneAfterStepOneOne() {
        let sections = F.catalogue().sections
        #expect(sections.map(\.key) == ["step-1.1", "startup", "step-1.2", "step-2.1"])
        #expect(sections[1].isStartup && sections[1].phaseKey == "phase-1")
        #expect(sections[1].items.allSatisfy { $0.kind == .task })
    }

    @Test func ownItemsCountUnderTheirSection() {
        let own = CustomItem(id: CustomItemID(7), sectionKey: "step-2.1", text: "Aftal betalingsgang", createdByName: nil, createdAt: .distantPast)
        let state = ChecklistState(progress: Dictionary(uniqueKeysWithValues: [F.progress("own-7", .done)]), customItems: [own])
        let checklist = Checklist(catalogue: F.catalogue(), state: state)
        let phase2 = checklist.phases[1]
        #expect((phase2.done, phase2.relevant) == (1, 2))
        #expect(checklist.entry("own-7")?.kind == .own)
        #expect(checklist.entry("own-7")?.text(.da) == "Aftal betalingsgang")
        #expect(CustomItem.id(fromKey: "own-7") == CustomItemID(7))
        #expect(CustomItem.id(fromKey: "1.1-a") == nil)
        #expect(CustomItem.id(fromKey: "own-x") == nil)
    }

    @Test func overdueIsComputedFromTodayAndOnlyForOpenItems() {
        let today = LocalDate.d("2027-01-15")
        let state = ChecklistState(progress: Dictionary(uniqueKeysWithValues: [
            F.progress("1.1-a", .inProgress, deadline: .d("2027-01-14")),
            F.progress("1.1-b", .notStarted, deadline: .d("2027-01-01")),
            F.progress("1.1-c", .done, deadline: .d("2026-12-01")),
            F.progress("1.2-a", .notRelevant, deadline: .d("2026-12-01")),
            F.progress("1.2-b", .inProgress, deadline: today),
        ]))
        let overdue = Checklist(catalogue: F.catalogue(), state: state).overdue(today: today)
        #expect(overdue.map(\.entry.key) == ["1.1-b", "1.1-a"], "oldest deadline first; due today is not overdue")
        #expect(Checklist(catalogue: F.catalogue(), state: state).overdue(today: .d("2027-01-16")).count == 3)
    }

    @Test func theCurrentPhaseIsTheFurthestWithSomethingDone() {
        let catalogue = F.catalogue()
        #expect(Checklist(catalogue: catalogue, state: .init()).currentPhase?.phase.key == "phase-1")
        let started = ChecklistState(progress: Dictionary(uniqueKeysWithValues: [F.progress("2.1-a", .inProgress), F.progress("1.1-a", .done)]))
        #expect(Checklist(catalogue: catalogue, state: started).currentPhase?.phase.key == "phase-1")
        let further = ChecklistState(progress: Dictionary(uniqueKeysWithValues: [F.progress("2.1-a", .done)]))
        #expect(Checklist(catalogue: catalogue, state: further).currentPhase?.phase.key == "phase-2")
    }

    @Test func aNewCatalogueVersionKeepsAnswersByKeyAndShowsNewItemsAsNotStarted() {
        let state = ChecklistState(progress: Dictionary(uniqueKeysWithValues: [F.progress("1.1-a", .done), F.progress("1.1-b", .done)]))
        // Version 2 drops 1.1-b and adds 1.1-d.
        let v2 = Checklist(catalogue: F.catalogue(version: 2, step11: ["1.1-a", "1.1-c", "1.1-d"]), state: state)
        let step = v2.phases[0].sections[0]
        #expect(step.entries.map(\.key) == ["1.1-a", "1.1-c", "1.1-d"])
        #expect(v2.state.status(of: "1.1-a") == .done)
        #expect(v2.state.status(of: "1.1-d") == .notStarted)
        #expect((step.done, step.relevant) == (1, 3), "the dropped item's answer no longer counts")
        #expect(v2.entry("1.1-b") == nil)
    }

    @Test func itemValidationSaysWhatToDo() {
        let user = UserID(5)
        func validate(_ status: String?, reason: String? = nil, userID: String? = nil, deadline: String? = nil) -> Result<ItemProgressDraft, ValidationErrors> {
            ItemProgressDraft.validate(status: status, reason: reason, responsibleUser: userID, users: [user], responsibleText: nil,
                                       deadline: deadline, note: nil, evidence: nil)
        }
        guard case .failure(let missingReason) = validate("not_relevant") else { Issue.record("expected errors"); return }
        #expect(missingReason.message(for: "reason")?.message == "impl.err.reason.required")
        guard case .failure(let bad) = validate("finished", userID: "6", deadline: "31.02.2027") else { Issue.record("expected errors"); return }
        #expect(bad.fields.map(\.field) == ["status", "responsibleUser", "deadline"])
        guard case .success(let ok) = validate("done", reason: "ignored", userID: "5", deadline: "27.03.2027") else { Issue.record("expected success"); return }
        #expect(ok.status == .done && ok.notRelevantReason == nil && ok.responsibleUserID == user && ok.deadline == .d("2027-03-27"))
        guard case .success(let iso) = validate("in_progress", deadline: "2027-03-27") else { Issue.record("expected success"); return }
        #expect(iso.deadline == .d("2027-03-27"))
    }

    @Test func evidenceLinesAndResponsibleAreShownAsPeopleExpect() {
        var progress = ItemProgress(itemKey: "x", evidence: " https://holstebro.dk/fritidspas \n\nReferat 12.03 ")
        #expect(progress.evidenceLines == ["https://holstebro.dk/fritidspas", "Referat 12.03"])
        progress.responsibleUserName = "Mette Kjær"
        progress.responsibleText = "Kultur og Fritid"
        #expect(progress.responsible == "Mette Kjær (Kultur og Fritid)")
    }
}
