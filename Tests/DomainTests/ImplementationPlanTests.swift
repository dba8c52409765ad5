import Domain
import Foundation
import Testing

@Suite struct ImplementationPlanTests {
    @Test func initiativesAreRequiredWhenTheTeamSaysTheyAreNeeded() {
        guard case .failure(let errors) = PlanAnswerDraft.validate(answer: "some", initiativesNeeded: "yes", initiatives: " ", responsible: nil,
                                                                   deadline: "2027-13-01", milestones: nil, completion: "maybe")
        else { Issue.record("expected errors"); return }
        #expect(errors.fields.map(\.field) == ["initiatives", "deadline", "completion"])
        #expect(errors.message(for: "initiatives")?.message == "impl.err.initiatives.required")
    }

    @Test func anEmptyAnswerIsValidAndUnsettled() throws {
        let draft = try PlanAnswerDraft.validate(answer: "", initiativesNeeded: "", initiatives: nil, responsible: nil, deadline: nil,
                                                 milestones: nil, completion: nil).get()
        #expect(draft == .empty)
        #expect(draft.changedFields(from: nil).isEmpty, "saving an untouched question stores nothing")
    }

    @Test func changedFieldsNameExactlyWhatChangedInColumnOrder() throws {
        let first = try PlanAnswerDraft.validate(answer: "some", initiativesNeeded: "yes", initiatives: "Workshop om forandringsteori",
                                                 responsible: "Koordinator", deadline: "2027-03-01", milestones: nil, completion: nil).get()
        #expect(first.changedFields(from: nil) == [.answer, .initiativesNeeded, .initiatives, .responsible, .deadline])
        var second = first
        second.completion = .high
        second.answer = .high
        #expect(second.changedFields(from: first) == [.answer, .completion])
        #expect(second.changedFields(from: second).isEmpty)
    }

    @Test func aMeetingActionIsAddedBelowTheInitiativesAndFillsOnlyEmptyFields() {
        let current = PlanAnswerDraft(answer: .partly, initiativesNeeded: false, initiatives: "Møde med foreningerne", responsible: "Koordinator")
        let next = current.addingInitiative("Lav en samarbejdsaftale", responsible: "Kultur og Fritid", deadline: .d("2027-04-01"))
        #expect(next.initiativesNeeded == true)
        #expect(next.initiatives == "Møde med foreningerne\nLav en samarbejdsaftale")
        #expect(next.responsible == "Koordinator")
        #expect(next.deadline == .d("2027-04-01"))
        #expect(next.changedFields(from: current) == [.initiativesNeeded, .initiatives, .deadline])
    }

    @Test func degreesKeepTheirStoredValues() {
        #expect(Degree.allCases.map(\.rawValue) == ["high", "some", "none"])
        #expect(BarrierRating.allCases.map(\.rawValue) == ["none", "some", "major"])
    }
}

@Suite struct DialogueToolTests {
    func round(_ id: Int64, _ date: String, _ ratings: [String: BarrierRating]) -> DialogueRound {
        DialogueRound(id: DialogueRoundID(id), heldOn: .d(date), participants: nil,
                      assessments: ratings.mapValues { FactorAssessment(factorKey: "", rating: $0, note: nil) }, updatedByName: nil, updatedAt: .distantPast)
    }

    @Test func roundsAreComparedOldestFirstAndTrendsShowResolvedBarriers() {
        let comparison = DialogueComparison(rounds: [
            round(2, "2027-01-10", ["a": .noBarrier, "b": .someBarrier, "c": .majorBarrier, "d": .someBarrier]),
            round(1, "2026-07-01", ["a": .majorBarrier, "b": .majorBarrier, "c": .someBarrier, "d": .someBarrier, "e": .someBarrier]),
        ])
        #expect(comparison.rounds.map(\.id.rawValue) == [1, 2])
        #expect(comparison.row("a").map { $0?.rating } == [.majorBarrier, .noBarrier])
        #expect(comparison.row("e").map { $0?.rating } == [.someBarrier, nil])
        #expect(comparison.trend("a") == .resolved)
        #expect(comparison.trend("b") == .improved)
        #expect(comparison.trend("c") == .worse)
        #expect(comparison.trend("d") == .unchanged)
        #expect(comparison.trend("e") == nil, "one rating is no trend")
    }

    @Test func aRoundNeedsAPastDateAndAtLeastOneFactor() {
        let today = LocalDate.d("2027-01-15")
        let keys = ["factor-a", "factor-b"]
        guard case .failure(let empty) = DialogueRoundDraft.validate(fields: ["heldOn": "2027-01-15", "rating-factor-a": "unrated"], factorKeys: keys, today: today)
        else { Issue.record("expected errors"); return }
        #expect(empty.message(for: "rating-factor-a")?.message == "impl.err.dialogue.nothingRated")
        guard case .failure(let future) = DialogueRoundDraft.validate(fields: ["heldOn": "2027-01-16", "rating-factor-a": "great"], factorKeys: keys, today: today)
        else { Issue.record("expected errors"); return }
        #expect(future.fields.map(\.field) == ["heldOn", "rating-factor-a"])
        guard case .success(let draft) = DialogueRoundDraft.validate(
            fields: ["heldOn": "14.01.2027", "rating-factor-a": "some", "note-factor-b": "Mangler opbakning"], factorKeys: keys, today: today)
        else { Issue.record("expected success"); return }
        #expect(draft.heldOn == .d("2027-01-14"))
        #expect(draft.assessments == [FactorAssessment(factorKey: "factor-a", rating: .someBarrier, note: nil),
                                      FactorAssessment(factorKey: "factor-b", rating: nil, note: "Mangler opbakning")])
    }
}

@Suite struct MeetingCadenceTests {
    let cadence = MeetingCadence()

    @Test func withoutMeetingsTheSteeringGroupIsMissing() {
        let status = cadence.status(of: [], today: .d("2027-01-15"))
        #expect(status.warnings == [.noSteeringGroupMeeting])
        #expect(status.nextSteeringGroup == nil && status.nextTeam == nil)
    }

    @Test func aKeptRhythmGivesTheNextDatesAndNoWarning() {
        let status = cadence.status(of: [(.steeringGroup, .d("2026-11-02")), (.implementationTeam, .d("2026-11-09"))], today: .d("2027-01-15"))
        #expect(status.warnings.isEmpty)
        #expect(status.nextSteeringGroup == .init(date: .d("2027-02-02"), planned: false))
        #expect(status.nextTeam == .init(date: .d("2027-02-09"), planned: false))
    }

    @Test func plannedMeetingsAreShownAsPlanned() {
        let status = cadence.status(of: [(.steeringGroup, .d("2026-11-02")), (.implementationTeam, .d("2026-11-09")),
                                         (.steeringGroup, .d("2027-02-01")), (.implementationTeam, .d("2027-02-08"))], today: .d("2027-01-15"))
        #expect(status.warnings.isEmpty)
        #expect(status.nextSteeringGroup == .init(date: .d("2027-02-01"), planned: true))
        #expect(status.nextTeam == .init(date: .d("2027-02-08"), planned: true))
    }

    @Test func theRhythmSlipsWhenTheQuarterAndTheGracePeriodHavePassed() {
        let meetings: [(kind: MeetingKind, date: LocalDate)] = [(.steeringGroup, .d("2026-09-01")), (.implementationTeam, .d("2026-09-08"))]
        #expect(cadence.status(of: meetings, today: .d("2026-12-15")).warnings.isEmpty, "due 01.12, within two weeks' grace")
        #expect(cadence.status(of: meetings, today: .d("2026-12-16")).warnings == [.steeringGroupOverdue(due: .d("2026-12-01"), daysLate: 15)])
        let late = meetings + [(.steeringGroup, .d("2027-02-01"))]
        #expect(cadence.status(of: late, today: .d("2026-12-10")).warnings == [.steeringGroupPlannedLate(planned: .d("2027-02-01"), due: .d("2026-12-01"))])
    }

    @Test func theTeamMustMeetInTheWeeksAfterTheSteeringGroup() {
        let steering: [(kind: MeetingKind, date: LocalDate)] = [(.steeringGroup, .d("2027-01-04"))]
        #expect(cadence.status(of: steering, today: .d("2027-01-25")).warnings.isEmpty, "still within a week plus grace")
        #expect(cadence.status(of: steering, today: .d("2027-01-26")).warnings == [.teamMeetingMissed(steeringGroupOn: .d("2027-01-04"))])
        let followed = steering + [(.implementationTeam, .d("2027-01-13"))]
        #expect(cadence.status(of: followed, today: .d("2027-02-20")).warnings.isEmpty)
    }
}
