import Domain
import Foundation
import Testing

@Suite struct GuidanceInputTests {
    let today = LocalDate(iso: "2027-01-15")!

    func course(_ status: CourseStatus = .ongoing, activity: ActivityChoice? = nil) -> GuidanceCourse {
        GuidanceCourse(id: CourseID(1), municipalityID: MunicipalityID(1), childID: ChildID(1), passID: PassID(1), status: status,
                       step: .firstMeeting, startedOn: LocalDate(iso: "2026-11-01")!, guide: .volunteer(VolunteerID(1)), guideName: "Amira",
                       companionID: nil, companionName: nil, publishedOn: nil, activity: activity, endedOn: nil, endReason: nil,
                       createdAt: .distantPast)
    }

    func errors<T>(_ result: Result<T, ValidationErrors>) -> [String: String] {
        guard case .failure(let e) = result else { return [:] }
        return Dictionary(uniqueKeysWithValues: e.fields.map { ($0.field, $0.message) })
    }

    @Test func aSessionIsOneShortFormWithSensibleChecks() throws {
        let draft = try SessionInput(heldOn: "2027-01-14", kind: "home_visit", minutes: " 45 ", step: "2", participants: ["child", "guardian", "x"],
                                     note: "  Aftalt at besøge klubben  ").validate(course: course(), today: today).get()
        #expect(draft == SessionDraft(heldOn: LocalDate(iso: "2027-01-14")!, kind: .homeVisit, minutes: 45, step: .wishesAndDreams,
                                      participants: [.child, .guardian], note: "Aftalt at besøge klubben"))
        let bad = errors(SessionInput(heldOn: "2026-10-01", kind: "party", minutes: "0", step: "7", participants: [], note: String(repeating: "x", count: 501))
            .validate(course: course(), today: today))
        #expect(bad == ["heldOn": "session.err.heldOn.beforeStart", "kind": "session.err.kind.required", "minutes": "session.err.minutes.range",
                        "step": "session.err.step.required", "participants": "session.err.participants.required", "note": "err.text.tooLong"])
        #expect(errors(SessionInput(heldOn: "16.01.2027", kind: "call", minutes: "", step: "1", participants: ["guide"], note: nil)
            .validate(course: course(), today: today)) == ["heldOn": "session.err.heldOn.future", "minutes": "session.err.minutes.required"])
    }

    @Test func anAgreementSaysWhatTheFamilyCommitsTo() throws {
        let ok = try AgreementInput(kind: "transport", description: "", agreedOn: "2027-01-10").validate(course: course(), today: today).get()
        #expect(ok.0 == .transport && ok.1 == nil)
        #expect(errors(AgreementInput(kind: "other", description: " ", agreedOn: "2027-02-01").validate(course: course(), today: today))
                == ["description": "agreement.err.description.required", "agreedOn": "agreement.err.agreedOn.future"])
    }

    @Test func anActivityStartCanBePlannedAheadOrRecordedWhenItHappened() throws {
        let planned = try ActivityChoiceInput(activity: "Fodbold, U11", startOn: "2027-08-01", started: "no").validate(course: course(), today: today).get()
        #expect(planned == ActivityChoice(activity: "Fodbold, U11", startOn: LocalDate(iso: "2027-08-01")!, started: false))
        let started = try ActivityChoiceInput(activity: "Spejder", startOn: "2027-01-10", started: "yes").validate(course: course(), today: today).get()
        #expect(started.started)
        #expect(errors(ActivityChoiceInput(activity: "Spejder", startOn: "2027-02-10", started: "yes").validate(course: course(), today: today))
                == ["startOn": "course.err.startOn.future"])
        #expect(errors(ActivityChoiceInput(activity: "Spejder", startOn: "2027-01-10", started: "no").validate(course: course(), today: today))
                == ["startOn": "course.err.startOn.plannedPast"])
        #expect(errors(ActivityChoiceInput(activity: "", startOn: "", started: nil).validate(course: course(), today: today))
                == ["activity": "course.err.activity.required", "started": "course.err.started.required", "startOn": "course.err.startOn.required"])
        #expect(errors(ActivityChoiceInput(activity: "Svømning", startOn: "2027-01-10", started: "yes")
            .validate(course: course(activity: started), today: today)) == ["activity": "course.err.activity.alreadyStarted"])
        #expect(errors(ActivityChoiceInput(activity: "Svømning", startOn: "2027-01-10", started: "yes")
            .validate(course: course(.failed), today: today)) == ["activity": "course.err.closed"])
    }

    @Test func anActivityCanBeChosenFromTheRegistryOrWrittenWhenItIsNotThere() throws {
        let registry = [ActivityID(7): "Fodbold U12 – Tvis IF", ActivityID(8): "Spejder – KFUM Holstebro"]
        let chosen = try ActivityChoiceInput(activityID: "7", activity: "ignored", startOn: "2027-01-10", started: "yes")
            .validate(course: course(), today: today, registry: registry).get()
        #expect(chosen == ActivityChoice(activity: "Fodbold U12 – Tvis IF", activityID: ActivityID(7), startOn: LocalDate(iso: "2027-01-10")!,
                                         started: true))
        let written = try ActivityChoiceInput(activityID: ActivityChoiceInput.other, activity: " Ridning på Lystrup ", startOn: "2027-03-01",
                                              started: "no").validate(course: course(), today: today, registry: registry).get()
        #expect(written == ActivityChoice(activity: "Ridning på Lystrup", startOn: LocalDate(iso: "2027-03-01")!, started: false))
        // Neither chosen nor written: the select says what to do.
        #expect(errors(ActivityChoiceInput(activityID: "", activity: " ", startOn: "2027-03-01", started: "no")
            .validate(course: course(), today: today, registry: registry)) == ["activityID": "course.err.activity.choose"])
        // An id that is not choosable (another municipality's, inactive, tampered) is refused, not saved.
        #expect(errors(ActivityChoiceInput(activityID: "9", activity: nil, startOn: "2027-03-01", started: "no")
            .validate(course: course(), today: today, registry: registry)) == ["activityID": "course.err.activity.unknown"])
        #expect(errors(ActivityChoiceInput(activityID: "7'; DROP", activity: nil, startOn: "2027-03-01", started: "no")
            .validate(course: course(), today: today, registry: registry)) == ["activityID": "course.err.activity.unknown"])
        #expect(errors(ActivityChoiceInput(activityID: "7", activity: nil, startOn: "2027-03-01", started: "no")
            .validate(course: course(.failed), today: today, registry: registry)) == ["activityID": "course.err.closed"])
    }

    @Test func anOutcomeFollowsTheStateMachineAndSuccessNeedsAnActivity() throws {
        let active = ActivityChoice(activity: "Fodbold", startOn: LocalDate(iso: "2026-12-01")!, started: true)
        let success = try OutcomeInput(outcome: "successful", endedOn: "2027-01-15", reason: nil).validate(course: course(activity: active), today: today).get()
        #expect(success == CourseOutcome(status: .successful, endedOn: today, reason: nil))
        #expect(errors(OutcomeInput(outcome: "successful", endedOn: "2027-01-15", reason: nil).validate(course: course(), today: today))
                == ["outcome": "course.err.outcome.noActivity"])
        #expect(errors(OutcomeInput(outcome: "dropped_out", endedOn: "2026-10-01", reason: " ").validate(course: course(), today: today))
                == ["reason": "course.err.reason.required", "endedOn": "course.err.endedOn.beforeStart"])
        #expect(errors(OutcomeInput(outcome: "failed", endedOn: "2027-01-15", reason: nil).validate(course: course(.waitingForGuide), today: today))
                == ["outcome": "course.err.outcome.notAllowed"])
        #expect(errors(OutcomeInput(outcome: "ongoing", endedOn: "2027-01-15", reason: nil).validate(course: course(), today: today))
                == ["outcome": "course.err.outcome.required"])
        #expect(errors(OutcomeInput(outcome: "moved_away", endedOn: "2027-01-15", reason: nil).validate(course: course(.successful), today: today))
                == ["outcome": "course.err.outcome.notAllowed"])
    }

    @Test func aCourseStartsOnlyOnAPassThatCoversGuidance() throws {
        let pass = Pass(id: PassID(1), childID: ChildID(1), referralID: ReferralID(1), validFrom: LocalDate(iso: "2026-09-01")!,
                        validTo: LocalDate(iso: "2027-08-31")!, cover: PassCover(guidance: true, fee: true, equipment: false), status: .granted,
                        grantedOn: LocalDate(iso: "2026-09-01")!, redeemedOn: nil, endedOn: nil, endReason: nil)
        var feeOnly = pass
        feeOnly.id = PassID(2)
        feeOnly.cover = PassCover(guidance: false, fee: true, equipment: true)
        var expired = pass
        expired.id = PassID(3)
        expired.validTo = LocalDate(iso: "2027-01-14")!
        #expect(GuidanceEligibility.pass(among: [feeOnly, pass], on: today)?.id == pass.id)
        #expect(GuidanceEligibility.pass(among: [feeOnly, expired], on: today) == nil)
        #expect(try CourseStartInput(startedOn: "2027-01-15", guide: "self").validate(pass: pass, today: today).get().selfGuided)
        #expect(errors(CourseStartInput(startedOn: "2027-01-15", guide: "find").validate(pass: nil, today: today))
                == ["startedOn": "course.err.start.noPass"])
    }

    @Test func aFollowUpAnswerAsksAboutAttendanceOnlyWhenTheChildIsStillActive() throws {
        let followUp = FollowUp(id: FollowUpID(1), childID: ChildID(1), courseID: CourseID(1), source: .course, activity: "Fodbold",
                                activityStartedOn: LocalDate(iso: "2026-10-15")!, months: 3, dueOn: LocalDate(iso: "2027-01-15")!,
                                answer: nil, answeredOn: nil, answeredBy: nil, answeredRole: nil)
        #expect(try FollowUpAnswerInput(stillActive: "no", attendsRegularly: nil, needsHelp: "yes", note: nil).validate(followUp, today: today).get()
                == FollowUpAnswer(stillActive: false, attendsRegularly: false, needsHelp: true, note: nil))
        #expect(errors(FollowUpAnswerInput(stillActive: "yes", attendsRegularly: nil, needsHelp: nil, note: nil).validate(followUp, today: today))
                == ["attendsRegularly": "followup.err.attendsRegularly.required", "needsHelp": "followup.err.needsHelp.required"])
        #expect(errors(FollowUpAnswerInput(stillActive: "yes", attendsRegularly: "yes", needsHelp: "no", note: nil)
            .validate(followUp, today: LocalDate(iso: "2026-12-01")!)) == ["stillActive": "followup.err.notDue"])
    }

    @Test func aVolunteerNeedsANameAContactAndARole() throws {
        func input(_ roles: [String], phone: String? = "20 30 40 50", certificate: String? = nil, user: String? = nil) -> VolunteerInput {
            VolunteerInput(name: "Amira Hassan", phone: phone, email: nil, roles: roles, organisation: "Red Barnet", languages: "dansk",
                           districts: "Syd", availability: "", capacity: "2", certificateOn: certificate, status: "active", userID: user)
        }
        let ok = try input(["guide", "companion"], certificate: "2026-03-01", user: "9").validate(accounts: [UserID(9)], today: today).get()
        #expect(ok.roles == [.guide, .companion] && ok.certificateOn == LocalDate(iso: "2026-03-01") && ok.userID == UserID(9))
        #expect(errors(input([], phone: nil, certificate: "2027-02-01", user: "8").validate(accounts: [UserID(9)], today: today))
                == ["phone": "volunteer.err.contact.required", "roles": "volunteer.err.roles.required",
                    "certificateOn": "volunteer.err.certificateOn.future", "userID": "volunteer.err.user.invalid"])
        #expect(VolunteerInput(ok).roles == ["guide", "companion"])
    }
}

@Suite struct RetentionTests {
    func followUp(_ child: Int64, months: Int = 6, due: String, active: Bool?) -> FollowUp {
        FollowUp(id: FollowUpID(child * 10 + Int64(months)), childID: ChildID(child), courseID: nil, source: .course, activity: nil,
                 activityStartedOn: LocalDate(iso: due)!.adding(months: -months), months: months, dueOn: LocalDate(iso: due)!,
                 answer: active.map { FollowUpAnswer(stillActive: $0, attendsRegularly: $0, needsHelp: false, note: nil) },
                 answeredOn: active == nil ? nil : LocalDate(iso: due)!, answeredBy: nil, answeredRole: nil)
    }

    let firstHalf = Period(from: LocalDate(iso: "2027-01-01")!, to: LocalDate(iso: "2027-06-30")!)

    @Test func retentionIsTheShareOfChildrenDueWhoAreStillActive() {
        let r = Retention.compute([
            followUp(1, due: "2027-01-01", active: true), followUp(2, due: "2027-06-30", active: false),
            followUp(3, due: "2027-03-10", active: nil), followUp(4, due: "2027-07-01", active: true),
            followUp(5, months: 3, due: "2027-02-01", active: false), followUp(6, due: "2026-12-31", active: true),
        ], period: firstHalf)
        #expect(r == Retention(due: 3, answered: 2, stillActive: 1))
        #expect(Retention.percent(r.rate) == 33)
        #expect(Retention.percent(r.rateOfAnswered) == 50)
    }

    @Test func aChildCountsOnceAndIsRetainedIfActiveInAnyStart() {
        let r = Retention.compute([followUp(1, due: "2027-02-01", active: false), followUp(1, due: "2027-05-01", active: true),
                                   followUp(2, due: "2027-02-01", active: true), followUp(3, due: "2027-04-01", active: true)], period: firstHalf)
        #expect(r == Retention(due: 3, answered: 3, stillActive: 3))
        #expect(Retention.percent(Retention(due: 3, answered: 3, stillActive: 2).rate) == 67)
        #expect(Retention.percent(Retention(due: 8, answered: 8, stillActive: 1).rate) == 13, "12.5 rounds up")
    }

    @Test func nothingDueGivesNoRate() {
        let r = Retention.compute([], period: firstHalf)
        #expect(r == Retention(due: 0, answered: 0, stillActive: 0))
        #expect(r.rate == nil && Retention.percent(r.rate) == nil && r.rateOfAnswered == nil)
    }
}
