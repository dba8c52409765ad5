import Domain
import Testing

@Suite struct ReferralRulesTests {
    static let allowed: Set<[ReferralStatus]> = [
        [.submitted, .assessment], [.submitted, .rejected],
        [.assessment, .approved], [.assessment, .rejected], [.assessment, .waitingList],
        [.waitingList, .assessment], [.waitingList, .approved], [.waitingList, .rejected],
    ]

    @Test(arguments: ReferralStatus.allCases)
    func everyTransitionIsAllowedOrForbiddenAsDesigned(_ from: ReferralStatus) {
        for to in ReferralStatus.allCases {
            #expect(from.canMove(to: to) == Self.allowed.contains([from, to]), "\(from) → \(to)")
        }
    }

    @Test func approvedAndRejectedAreFinal() {
        #expect(!ReferralStatus.approved.isOpen)
        #expect(!ReferralStatus.rejected.isOpen)
        #expect(ReferralStatus.waitingList.isOpen)
    }

    let today = LocalDate(year: 2026, month: 11, day: 25)!
    let consent = ConsentSummary([Consent(id: ConsentID(1), childID: ChildID(1), givenBy: "Mor", givenOn: LocalDate(year: 2026, month: 1, day: 1)!,
                                          method: .written, scope: ConsentScope(registration: true, association: false, volunteer: false),
                                          expiresOn: nil, withdrawnOn: nil, withdrawalReason: nil, recordedAt: .distantPast)],
                                 on: LocalDate(year: 2026, month: 11, day: 25)!)

    func decide(_ outcome: String, status: ReferralStatus = .assessment, birth: LocalDate = LocalDate(year: 2014, month: 5, day: 1)!,
                from: String = "2026-12-01", to: String = "2027-11-30", covers: [String] = ["fee"], reason: String? = nil,
                consent: ConsentSummary? = nil, settings: SchemeSettings = .standard) -> Result<Decision, ValidationErrors> {
        DecisionInput(outcome: outcome, track: "economic_only", reason: reason, validFrom: from, validTo: to, covers: covers)
            .validate(current: status, birthDate: birth, consent: consent ?? self.consent, settings: settings, today: today)
    }

    @Test func approvalIssuesAPassDraft() throws {
        let decision = try decide("approve").get()
        #expect(decision.outcome == .approve)
        #expect(decision.pass == PassDraft(validFrom: LocalDate(iso: "2026-12-01")!, validTo: LocalDate(iso: "2027-11-30")!,
                                           cover: PassCover(guidance: false, fee: true, equipment: false)))
    }

    @Test func aSubmittedReferralCanBeDecidedDirectly() throws {
        #expect((try? decide("approve", status: .submitted).get()) != nil)
        #expect((try? decide("waiting_list", status: .submitted).get()) != nil)
    }

    @Test func aDecidedReferralCannotBeDecidedAgain() {
        guard case .failure(let e) = decide("approve", status: .approved) else { Issue.record("expected refusal"); return }
        #expect(e.message(for: "outcome")?.message == "err.decision.outcome.notAllowed")
    }

    @Test func rejectionNeedsAReason() {
        guard case .failure(let e) = decide("reject") else { Issue.record("expected refusal"); return }
        #expect(e.message(for: "reason")?.message == "err.decision.reason.required")
        #expect((try? decide("reject", reason: "Har allerede støtte").get()) != nil)
    }

    @Test func approvalNeedsConsentToRegistration() {
        let none = ConsentSummary([], on: today)
        guard case .failure(let e) = decide("approve", consent: none) else { Issue.record("expected refusal"); return }
        #expect(e.message(for: "outcome")?.message == "err.decision.consentMissing")
        // Waiting list and rejection do not need it.
        #expect((try? decide("waiting_list", consent: none).get()) != nil)
    }

    @Test func theAgeRuleIsCheckedOnTheDayThePassStarts() {
        // 18 on 2026-12-10: a pass starting the day before is allowed, on the birthday it is not.
        let birth = LocalDate(year: 2008, month: 12, day: 10)!
        #expect((try? decide("approve", birth: birth, from: "2026-12-09").get()) != nil)
        guard case .failure(let e) = decide("approve", birth: birth, from: "2026-12-10") else { Issue.record("18-year-old accepted"); return }
        #expect(e.message(for: "validFrom")?.message == "err.decision.age.tooOld")
        #expect(e.message(for: "validFrom")?.arguments == ["18", "18"])
        let young = SchemeSettings(minimumAge: 6, maximumAge: 18)
        guard case .failure(let y) = decide("approve", birth: LocalDate(year: 2021, month: 1, day: 1)!, settings: young) else {
            Issue.record("5-year-old accepted"); return
        }
        #expect(y.message(for: "validFrom")?.message == "err.decision.age.tooYoung")
    }

    @Test func passDatesAndCoverAreChecked() {
        guard case .failure(let e) = decide("approve", from: "2027-01-01", to: "2026-12-01", covers: []) else { Issue.record(); return }
        #expect(e.message(for: "validTo")?.message == "err.decision.validTo.beforeFrom")
        #expect(e.message(for: "covers")?.message == "err.decision.covers.required")
        guard case .failure(let f) = decide("approve", from: "31.02.2027", to: "") else { Issue.record(); return }
        #expect(f.message(for: "validFrom")?.message == "err.date.invalid")
        #expect(f.message(for: "validTo")?.message == "err.decision.validTo.required")
    }

    @Test func thePassCoversWhatTheTrackOffers() {
        func problem(_ track: Track, _ covers: Set<String>) -> String? {
            track.coverProblem(PassCover(guidance: covers.contains("g"), fee: covers.contains("f"), equipment: covers.contains("e")))
        }
        #expect(problem(.both, ["g", "f"]) == nil && problem(.both, ["g", "e"]) == nil)
        #expect(problem(.both, ["f", "e"]) == "err.decision.covers.guidanceMissing", "a course could never start")
        #expect(problem(.both, ["g"]) == "err.decision.covers.economicMissing")
        #expect(problem(.guidanceOnly, ["g"]) == nil)
        #expect(problem(.guidanceOnly, ["g", "f"]) == "err.decision.covers.economicNotInTrack")
        #expect(problem(.economicOnly, ["e"]) == nil)
        #expect(problem(.economicOnly, ["g", "f"]) == "err.decision.covers.guidanceNotInTrack")
        for track in Track.allCases { #expect(track.coverProblem(track.defaultCover) == nil, "the form's default fits its track") }
        guard case .failure(let errors) = DecisionInput(outcome: "approve", track: "economic_only", reason: nil, validFrom: "2026-12-01",
                                                        validTo: "2027-11-30", covers: ["guidance"])
            .validate(current: .assessment, birthDate: LocalDate(year: 2014, month: 5, day: 1)!, consent: consent, settings: .standard,
                      today: today) else { Issue.record("a guidance pass on the economic track"); return }
        #expect(errors.message(for: "covers")?.message == "err.decision.covers.guidanceNotInTrack")
    }

    @Test func referralInputNeedsAReasonAndSomeSupport() {
        let input = ReferralInput(referrerName: "Lars", referrerRole: "lærer", department: "school", referredOn: "2026-11-26",
                                  reasons: ["other"], reasonNote: nil, childWishes: nil, urgency: "normal", wantsGuidance: "no",
                                  wantsEconomicSupport: "no")
        guard case .failure(let e) = input.validate(today: today) else { Issue.record(); return }
        #expect(e.message(for: "referredOn")?.message == "err.referral.referredOn.future")
        #expect(e.message(for: "reasonNote")?.message == "err.referral.reasonNote.required")
        #expect(e.message(for: "support")?.message == "err.referral.support.required")
    }
}

@Suite struct ConsentAndPassTests {
    let day = LocalDate(year: 2026, month: 6, day: 1)!

    func consent(_ scope: ConsentScope, given: String = "2026-01-01", expires: String? = nil, withdrawn: String? = nil) -> Consent {
        Consent(id: ConsentID(1), childID: ChildID(1), givenBy: "Far", givenOn: LocalDate(iso: given)!, method: .oral, scope: scope,
                expiresOn: expires.flatMap(LocalDate.init(iso:)), withdrawnOn: withdrawn.flatMap(LocalDate.init(iso:)),
                withdrawalReason: nil, recordedAt: .distantPast)
    }

    @Test func expiredOrWithdrawnConsentCountsAsNoneFromThatDay() {
        let all = ConsentScope(registration: true, association: true, volunteer: true)
        let expiring = consent(all, expires: "2026-06-01")
        #expect(expiring.state(on: LocalDate(iso: "2026-05-31")!) == .inForce)
        #expect(expiring.state(on: day) == .expired)
        let summary = ConsentSummary([expiring], on: day)
        #expect(summary.inForce == .none)
        #expect(summary.lapsed.count == 1)
        let withdrawn = consent(all, withdrawn: "2026-06-01")
        #expect(withdrawn.state(on: day) == .withdrawn)
        #expect(consent(all, given: "2026-07-01").state(on: day) == .notYetValid)
    }

    @Test func aNewerConsentCoversALapsedOne() {
        let old = consent(ConsentScope(registration: true, association: true, volunteer: false), expires: "2026-03-01")
        let renewed = consent(ConsentScope(registration: true, association: false, volunteer: true), given: "2026-03-01")
        let summary = ConsentSummary([old, renewed], on: day)
        #expect(summary.inForce == ConsentScope(registration: true, association: false, volunteer: true))
        #expect(summary.lapsed.count == 1, "association sharing lapsed and is not renewed")
    }

    @Test func consentInputValidation() {
        let bad = ConsentInput(givenBy: "", givenOn: "2026-07-01", method: "email", covers: [], expiresOn: "2026-01-01")
        guard case .failure(let e) = bad.validate(today: day) else { Issue.record(); return }
        #expect(Set(e.fields.map(\.field)) == ["givenBy", "givenOn", "method", "covers", "expiresOn"])
    }

    @Test func passesExpireAfterTheirLastDay() {
        let pass = Pass(id: PassID(1), childID: ChildID(1), referralID: ReferralID(1), validFrom: LocalDate(iso: "2025-08-01")!,
                        validTo: LocalDate(iso: "2026-06-30")!, cover: PassCover(guidance: true, fee: true, equipment: false),
                        status: .inUse, grantedOn: LocalDate(iso: "2025-07-20")!, redeemedOn: nil, endedOn: nil, endReason: nil)
        #expect(pass.effectiveStatus(on: LocalDate(iso: "2026-06-30")!) == .inUse)
        #expect(pass.effectiveStatus(on: LocalDate(iso: "2026-07-01")!) == .expired)
        #expect(!pass.isValid(on: LocalDate(iso: "2025-07-31")!))
    }

    @Test func seasonsAcrossNewYearGiveTheDefaultPassPeriod() {
        let settings = SchemeSettings(season: Season(startMonth: 8, startDay: 1, endMonth: 6, endDay: 30))
        #expect(settings.defaultPassPeriod(decidedOn: LocalDate(iso: "2026-11-25")!)
                == Period(from: LocalDate(iso: "2026-11-25")!, to: LocalDate(iso: "2027-06-30")!))
        // In the summer break the next season is used.
        #expect(settings.defaultPassPeriod(decidedOn: LocalDate(iso: "2026-07-10")!)
                == Period(from: LocalDate(iso: "2026-08-01")!, to: LocalDate(iso: "2027-06-30")!))
        #expect(SchemeSettings.standard.defaultPassPeriod(decidedOn: LocalDate(iso: "2024-02-29")!)
                == Period(from: LocalDate(iso: "2024-02-29")!, to: LocalDate(iso: "2025-02-27")!))
        #expect(Season(startMonth: 2, startDay: 30, endMonth: 6, endDay: 30) == nil)
    }

    @Test func halfYearsAndPreviousPeriods() {
        let h2 = Period.halfYear(containing: LocalDate(iso: "2026-11-25")!)
        #expect(h2 == Period(from: LocalDate(iso: "2026-07-01")!, to: LocalDate(iso: "2026-12-31")!))
        #expect(h2.previous == Period(from: LocalDate(iso: "2026-01-01")!, to: LocalDate(iso: "2026-06-30")!))
        #expect(h2.contains(LocalDate(iso: "2026-12-31")!) && !h2.contains(LocalDate(iso: "2027-01-01")!))
    }

    @Test func childInputKeepsOnlyWhatIsNeeded() throws {
        let input = ChildInput(firstName: " Aya ", lastName: "Haddad", birthDay: "29", birthMonth: "2", birthYear: "2016", gender: "girl",
                               needsAdaptation: "no", adaptationNote: "skal ikke gemmes",
                               guardians: [GuardianInput(name: "Leyla Haddad", relation: "mother", phone: "+45 12 34 56 78"),
                                           GuardianInput()])
        let (details, guardians) = try input.validate(today: day).get()
        #expect(details.firstName == "Aya")
        #expect(details.birthDate == LocalDate(iso: "2016-02-29"))
        #expect(details.adaptationNote == nil, "no adaptation, no note")
        #expect(guardians.count == 1)
        #expect(Guardian.phoneDigits(guardians[0].phone) == "12345678")
        let impossible = ChildInput(firstName: "A", lastName: "B", birthDay: "29", birthMonth: "2", birthYear: "2015", gender: "boy",
                                    needsAdaptation: "no", guardians: [GuardianInput(name: "C", relation: "father", phone: "12345678")])
        guard case .failure(let e) = impossible.validate(today: day) else { Issue.record(); return }
        #expect(e.message(for: "birthDate")?.message == "err.date.parts.impossible")
        let noContact = ChildInput(firstName: "A", lastName: "B", birthDay: "1", birthMonth: "2", birthYear: "2015", gender: "boy",
                                   needsAdaptation: "no", guardians: [GuardianInput(name: "C", relation: "father")])
        guard case .failure(let c) = noContact.validate(today: day) else { Issue.record(); return }
        #expect(c.message(for: "guardianPhone1")?.message == "err.guardian.contact.required")
    }
}
