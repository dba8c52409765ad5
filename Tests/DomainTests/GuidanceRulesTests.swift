import Domain
import Foundation
import Testing

@Suite struct CourseStateMachineTests {
    static let allowed: Set<[CourseStatus]> = [
        [.waitingForGuide, .ongoing], [.waitingForGuide, .droppedOut], [.waitingForGuide, .movedAway],
        [.ongoing, .waitingForGuide], [.ongoing, .successful], [.ongoing, .failed], [.ongoing, .droppedOut], [.ongoing, .movedAway],
    ]

    @Test(arguments: CourseStatus.allCases)
    func everyTransitionIsAllowedOrForbiddenAsDesigned(_ from: CourseStatus) {
        for to in CourseStatus.allCases {
            #expect(from.canMove(to: to) == Self.allowed.contains([from, to]), "\(from) → \(to)")
        }
    }

    @Test func outcomesAreFinalAndOpenStatesAreOpen() {
        for outcome in CourseStatus.outcomes { #expect(!outcome.isOpen, "\(outcome)") }
        #expect(CourseStatus.open.allSatisfy { $0.isOpen })
    }

    @Test func assigningAGuideStartsTheCourseAndRemovingItMakesItWaitAgain() {
        #expect(CourseStatus.waitingForGuide.afterAssigning(guide: true) == .ongoing)
        #expect(CourseStatus.ongoing.afterAssigning(guide: true) == .ongoing)
        #expect(CourseStatus.ongoing.afterAssigning(guide: false) == .waitingForGuide)
        for outcome in CourseStatus.outcomes { #expect(outcome.afterAssigning(guide: true) == nil) }
    }

    @Test func guidesTravelThroughFormsAsTypedValues() {
        #expect(Guide(formValue: Guide.staff(UserID(7)).formValue) == .staff(UserID(7)))
        #expect(Guide(formValue: "volunteer-3") == .volunteer(VolunteerID(3)))
        for garbage in ["", "user-", "user-0", "admin-3", "volunteer-x", "3"] { #expect(Guide(formValue: garbage) == nil, "\(garbage)") }
    }
}

@Suite struct FollowUpScheduleTests {
    func due(_ start: String) -> [String] {
        FollowUpSchedule.dueDates(activityStartedOn: LocalDate(iso: start)!).map(\.dueOn.iso)
    }

    @Test func followUpsFallDueAfterThreeAndSixCalendarMonths() {
        #expect(FollowUpSchedule.dueDates(activityStartedOn: LocalDate(iso: "2027-01-15")!).map(\.months) == [3, 6])
        #expect(due("2027-01-15") == ["2027-04-15", "2027-07-15"])
        #expect(due("2027-10-01") == ["2028-01-01", "2028-04-01"], "across New Year")
    }

    @Test func aStartAtAMonthEndIsFollowedUpAtTheEndOfAShorterMonth() {
        #expect(due("2026-08-31") == ["2026-11-30", "2027-02-28"])
        #expect(due("2027-03-31") == ["2027-06-30", "2027-09-30"])
        #expect(due("2027-05-31") == ["2027-08-31", "2027-11-30"])
        #expect(due("2026-12-31") == ["2027-03-31", "2027-06-30"])
    }

    @Test func leapYearsGiveTheTwentyNinthOfFebruary() {
        #expect(due("2027-08-31") == ["2027-11-30", "2028-02-29"])
        #expect(due("2027-11-30") == ["2028-02-29", "2028-05-30"])
        #expect(due("2028-02-29") == ["2028-05-29", "2028-08-29"])
        #expect(due("2099-08-31").last == "2100-02-28", "2100 is not a leap year")
        #expect(due("2399-08-31").last == "2400-02-29", "2400 is")
    }

    @Test func aFollowUpIsUpcomingThenDueThenOverdue() {
        let dueOn = LocalDate(iso: "2027-04-15")!
        func state(_ today: String, answered: Bool = false) -> FollowUpState {
            FollowUpState(dueOn: dueOn, answered: answered, today: LocalDate(iso: today)!)
        }
        #expect(state("2027-03-31") == .upcoming)
        #expect(state("2027-04-01") == .due, "two weeks ahead it shows as due")
        #expect(state("2027-04-15") == .due)
        #expect(state("2027-04-29") == .due)
        #expect(state("2027-04-30") == .overdue, "two weeks after the date it is overdue")
        #expect(state("2027-09-01", answered: true) == .answered)
        #expect(FollowUpState.dueListLimit(today: LocalDate(iso: "2027-04-01")!) == dueOn)
        #expect(FollowUpState.overdueBefore(today: LocalDate(iso: "2027-04-30")!) == LocalDate(iso: "2027-04-16")!)
    }
}

@Suite struct CertificateRulesTests {
    let rule = CertificateRule(renewalMonths: 24, warningDays: 60)
    func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test func aCertificateIsValidForTheRenewalPeriodWithAWarningBeforeItRunsOut() {
        let obtained = date("2025-03-01")
        #expect(rule.status(obtainedOn: nil, today: date("2026-01-01")) == .missing)
        #expect(rule.status(obtainedOn: obtained, today: date("2026-01-01")) == .valid(until: date("2027-02-28")))
        #expect(rule.status(obtainedOn: obtained, today: date("2026-12-30")) == .valid(until: date("2027-02-28")))
        #expect(rule.status(obtainedOn: obtained, today: date("2026-12-31")) == .renewSoon(until: date("2027-02-28")), "60 days before")
        #expect(rule.status(obtainedOn: obtained, today: date("2027-02-28")).isValid, "the last valid day")
        #expect(rule.status(obtainedOn: obtained, today: date("2027-03-01")) == .expired(since: date("2027-03-01")))
        #expect(!rule.status(obtainedOn: date("2026-06-01"), today: date("2026-01-01")).isValid, "a date in the future is no certificate")
    }

    @Test func theRenewalPeriodIsTheMunicipalitysAndCountsCalendarMonths() {
        let leap = date("2024-02-29")
        #expect(CertificateRule(renewalMonths: 24).status(obtainedOn: leap, today: date("2026-02-27")).isValid)
        #expect(!CertificateRule(renewalMonths: 24).status(obtainedOn: leap, today: date("2026-02-28")).isValid)
        #expect(CertificateRule(renewalMonths: 36).status(obtainedOn: leap, today: date("2026-02-28")).isValid)
        #expect(GuidanceSettings.standard.certificateRule.renewalMonths == 24)
    }

    @Test func aCertificateIsRequiredUntilTheChildTurnsFifteen() {
        let born = date("2012-06-10")
        #expect(CertificateRule.isRequired(forChildBorn: born, on: date("2027-06-09")))
        #expect(!CertificateRule.isRequired(forChildBorn: born, on: date("2027-06-10")))
        #expect(CertificateRule.isRequired(forChildBorn: date("2012-02-29"), on: date("2027-02-28")), "turns 15 on 1 March")
        #expect(!CertificateRule.isRequired(forChildBorn: date("2012-02-29"), on: date("2027-03-01")))
    }
}

@Suite struct AssignmentRulesTests {
    let today = LocalDate(iso: "2027-01-15")!
    let rule = CertificateRule(renewalMonths: 24)
    let under15 = LocalDate(iso: "2015-05-01")!
    let over15 = LocalDate(iso: "2010-05-01")!

    func volunteer(_ certificate: String?, roles: Set<VolunteerRole> = [.guide, .companion], status: VolunteerStatus = .active) -> Volunteer {
        Volunteer(id: VolunteerID(1), municipalityID: MunicipalityID(1),
                  details: VolunteerDetails(name: "Amira", roles: roles, certificateOn: certificate.flatMap(LocalDate.init(iso:)), status: status),
                  createdAt: .distantPast)
    }

    func consent(volunteer: Bool) -> ConsentSummary {
        ConsentSummary([Consent(id: ConsentID(1), childID: ChildID(1), givenBy: "Mor", givenOn: LocalDate(iso: "2026-01-01")!, method: .written,
                                scope: ConsentScope(registration: true, association: false, volunteer: volunteer), expiresOn: nil,
                                withdrawnOn: nil, withdrawalReason: nil, recordedAt: .distantPast)], on: today)
    }

    func problem(_ v: Volunteer, as role: VolunteerRole = .guide, born: LocalDate? = nil, consent: Bool = true) -> String? {
        AssignmentRules.problems(assigning: v, as: role, childBirthDate: born ?? under15, consent: self.consent(volunteer: consent),
                                 certificate: rule, today: today, field: "guide").message(for: "guide")?.message
    }

    @Test func aVolunteerNeedsTheGuardiansConsentToSharing() {
        #expect(problem(volunteer("2026-01-01"), consent: false) == "course.err.guide.noVolunteerConsent")
        #expect(problem(volunteer("2026-01-01")) == nil)
    }

    @Test func aChildUnderFifteenNeedsAVolunteerWithAValidCertificate() {
        #expect(problem(volunteer(nil)) == "course.err.guide.certificateRequired")
        #expect(problem(volunteer("2024-12-01")) == "course.err.guide.certificateRequired", "expired after 24 months")
        #expect(problem(volunteer("2025-02-01")) == nil, "still valid, though to renew soon")
        #expect(problem(volunteer(nil), born: over15) == nil, "no certificate needed for a child of 15")
        #expect(problem(volunteer(nil), as: .companion) == "course.err.guide.certificateRequired", "a følgeven too")
    }

    @Test func onlyActiveVolunteersInTheRightRole() {
        #expect(problem(volunteer("2026-01-01", status: .paused)) == "course.err.guide.notActive")
        #expect(problem(volunteer("2026-01-01", status: .ended)) == "course.err.guide.notActive")
        #expect(problem(volunteer("2026-01-01", roles: [.companion])) == "course.err.guide.notGuide")
        #expect(problem(volunteer("2026-01-01", roles: [.guide]), as: .companion) == "course.err.guide.notCompanion")
    }

    @Test func onlyAWaitingCourseWithConsentGoesOnTheBoard() {
        #expect(AssignmentRules.publishProblem(status: .waitingForGuide, consent: consent(volunteer: true)) == nil)
        #expect(AssignmentRules.publishProblem(status: .waitingForGuide, consent: consent(volunteer: false)) == "course.err.publish.noVolunteerConsent")
        #expect(AssignmentRules.publishProblem(status: .ongoing, consent: consent(volunteer: true)) == "course.err.publish.notWaiting")
    }

    @Test func idleVolunteersAreThoseWithoutAChildForLong() {
        let load = VolunteerLoad(activeCourses: 0, capacity: 2, lastActivity: today.adding(days: -61))
        #expect(load.idleDays(status: .active, today: today) == 61)
        #expect(VolunteerLoad(activeCourses: 0, capacity: 2, lastActivity: today.adding(days: -60)).idleDays(status: .active, today: today) == nil)
        #expect(VolunteerLoad(activeCourses: 1, capacity: 2, lastActivity: today.adding(days: -200)).idleDays(status: .active, today: today) == nil)
        #expect(load.idleDays(status: .paused, today: today) == nil, "a paused volunteer is not idle")
        #expect(VolunteerLoad(activeCourses: 2, capacity: 2, lastActivity: today).isFull)
    }
}
