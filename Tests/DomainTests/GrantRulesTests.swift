import Domain
import Foundation
import Testing

@Suite struct GrantRulesTests {
    let today = LocalDate(year: 2027, month: 3, day: 1)!
    let rules = GrantRules(maxFeePerYear: Money(kroner: 2000), maxEquipmentPerYear: Money(kroner: 1000), campsCovered: false,
                           maxCampPerYear: .zero, maxYears: 2, incomeLimit: false, incomeLimitNote: nil)

    func draft(_ kind: GrantKind = .fee, _ kroner: Int64, from: String = "2027-02-01") -> GrantDraft {
        let start = LocalDate(iso: from)!
        return GrantDraft(childID: ChildID(1), activityID: ActivityID(1), kind: kind, amount: Money(kroner: kroner),
                          period: Period(from: start, to: start.adding(days: 180)), fundingSourceID: FundingSourceID(1),
                          claimDeadline: start.adding(days: 180), note: nil)
    }

    let plenty = BudgetPosition(budget: Money(kroner: 100_000), committed: .zero)

    @Test func capsAddUpAcrossSeveralGrantsInTheSameYear() {
        // Two fee grants of 900 kr. already this year: 200 kr. left under the 2.000 kr. cap.
        let usage = GrantUsage(used: [.fee: Money(kroner: 1800)], years: [2027])
        #expect(rules.problems(for: draft(.fee, 200), usage: usage, budget: plenty).isEmpty)
        let problems = rules.problems(for: draft(.fee, 500), usage: usage, budget: plenty)
        #expect(problems == [.cap(kind: .fee, cap: Money(kroner: 2000), used: Money(kroner: 1800), requested: Money(kroner: 500))])
        #expect(problems[0].excess == Money(kroner: 300))
        // Equipment has its own cap; the fee already used does not count against it.
        #expect(rules.problems(for: draft(.equipment, 1000), usage: usage, budget: plenty).isEmpty)
        #expect(rules.problems(for: draft(.equipment, 1001), usage: usage, budget: plenty).first?.excess == Money(kroner: 1))
    }

    @Test func campsAreRefusedWhenTheSchemeDoesNotCoverThem() {
        #expect(rules.problems(for: draft(.camp, 100), usage: GrantUsage(), budget: plenty) == [.campsNotCovered])
        var withCamps = rules
        withCamps.campsCovered = true
        withCamps.maxCampPerYear = Money(kroner: 1500)
        #expect(withCamps.problems(for: draft(.camp, 1500), usage: GrantUsage(), budget: plenty).isEmpty)
    }

    @Test func aChildIsSupportedForAtMostTheYearsTheRulesAllow() {
        let twoYears = GrantUsage(used: [:], years: [2025, 2026])
        #expect(rules.problems(for: draft(.fee, 100), usage: twoYears, budget: plenty) == [.years(max: 2, used: 2)])
        // Another grant in a year already supported is fine.
        #expect(rules.problems(for: draft(.fee, 100, from: "2026-09-01"), usage: twoYears, budget: plenty).isEmpty)
    }

    @Test func theBudgetCannotBeExceededAndSaysByHowMuch() {
        let almostGone = BudgetPosition(budget: Money(kroner: 10_000), committed: Money(kroner: 9_500))
        #expect(rules.problems(for: draft(.fee, 500), usage: GrantUsage(), budget: almostGone).isEmpty)
        let problems = rules.problems(for: draft(.fee, 800), usage: GrantUsage(), budget: almostGone)
        #expect(problems == [.budget(remaining: Money(kroner: 500), requested: Money(kroner: 800))])
        #expect(problems[0].excess == Money(kroner: 300))
        // Already overdrawn by an override: the whole amount is too much, never a negative excess.
        let overdrawn = BudgetPosition(budget: Money(kroner: 10_000), committed: Money(kroner: 10_200))
        #expect(rules.problems(for: draft(.fee, 100), usage: GrantUsage(), budget: overdrawn).first?.excess == Money(kroner: 100))
        #expect(rules.problems(for: draft(.fee, 100), usage: GrantUsage(), budget: BudgetPosition(budget: nil, committed: .zero))
                == [.noBudget(year: 2027)])
    }

    @Test func aBudgetBelowWhatIsGrantedIsAShortfall() {
        let position = BudgetPosition(budget: Money(kroner: 10_000), committed: Money(kroner: 9_500))
        #expect(position.shortfall(ifBudgetIs: Money(kroner: 9_000)) == Money(kroner: 500))
        #expect(position.shortfall(ifBudgetIs: Money(kroner: 9_500)) == nil, "exactly what is granted is fine")
        #expect(position.shortfall(ifBudgetIs: Money(kroner: 12_000)) == nil)
    }

    @Test func severalProblemsAreAllReported() {
        let usage = GrantUsage(used: [.fee: Money(kroner: 2000)], years: [2025, 2026])
        let problems = rules.problems(for: draft(.fee, 300), usage: usage, budget: BudgetPosition(budget: Money(kroner: 100), committed: .zero))
        #expect(problems.count == 3)
    }

    @Test func grantStatesMoveOnlyAsAllowed() {
        let allowed: Set<String> = ["granted>claimed", "granted>cancelled", "granted>expired", "claimed>approved", "claimed>granted",
                                    "approved>paid"]
        for from in GrantStatus.allCases {
            for to in GrantStatus.allCases {
                #expect(from.canMove(to: to) == allowed.contains("\(from.rawValue)>\(to.rawValue)"), "\(from) → \(to)")
            }
        }
        #expect(!GrantStatus.cancelled.holdsMoney && !GrantStatus.expired.holdsMoney && GrantStatus.paid.holdsMoney)
    }

    @Test func claimStatesMoveOnlyAsAllowed() {
        let allowed: Set<String> = ["draft>submitted", "submitted>approved", "submitted>rejected", "approved>paid"]
        for from in ClaimStatus.allCases {
            for to in ClaimStatus.allCases {
                #expect(from.canMove(to: to) == allowed.contains("\(from.rawValue)>\(to.rawValue)"), "\(from) → \(to)")
            }
        }
    }

    @Test func anUnclaimedGrantExpiresAfterItsDeadline() {
        let grant = Grant(id: GrantID(1), childID: ChildID(1), enrolmentID: nil, activityID: ActivityID(1), activityName: "U9",
                          associationID: AssociationID(1), associationName: "Tvis", fundingSourceID: FundingSourceID(1),
                          fundingSourceName: "K", kind: .fee, amount: Money(kroner: 900), period: Period(from: today, to: today.adding(days: 30)),
                          status: .granted, grantedOn: today, claimDeadline: today.adding(days: 30), note: nil, overrideReason: nil,
                          cancelledOn: nil, cancelReason: nil)
        #expect(grant.effectiveStatus(on: today.adding(days: 30)) == .granted)
        #expect(grant.effectiveStatus(on: today.adding(days: 31)) == .expired)
        var claimed = grant
        claimed.status = .claimed
        #expect(claimed.effectiveStatus(on: today.adding(days: 90)) == .claimed)
    }

    @Test func theForecastSaysWhenThePoolRunsOut() {
        let march1 = LocalDate(year: 2027, month: 3, day: 1)!  // day 60 of the year
        // 60.000 kr. granted in 60 days = 1.000 kr. a day; 30.000 kr. left lasts 30 days.
        #expect(BudgetForecast.forecast(remaining: Money(kroner: 30_000), granted: Money(kroner: 60_000), year: 2027, today: march1)
                == .runsOut(march1.adding(days: 30)))
        #expect(BudgetForecast.forecast(remaining: Money(kroner: 600_000), granted: Money(kroner: 60_000), year: 2027, today: march1)
                == .lastsTheYear)
        #expect(BudgetForecast.forecast(remaining: .zero, granted: Money(kroner: 1), year: 2027, today: march1) == .exhausted)
        #expect(BudgetForecast.forecast(remaining: Money(kroner: -5), granted: Money(kroner: 1), year: 2027, today: march1) == .exhausted)
        #expect(BudgetForecast.forecast(remaining: Money(kroner: 5), granted: .zero, year: 2027, today: march1) == .noRate)
        #expect(BudgetForecast.forecast(remaining: Money(kroner: 5), granted: Money(kroner: 5), year: 2026, today: march1) == .notThisYear)
        let status = FundingStatus(source: FundingSource(id: FundingSourceID(1), name: "K", kind: .municipal, isActive: true, budgets: [:]),
                                   year: 2027, budget: Money(kroner: 100), granted: Money(kroner: 130), claimed: .zero, paid: .zero)
        #expect(status.remaining == Money(kroner: -30))
    }

    func pass(_ cover: PassCover, from: LocalDate, to: LocalDate, status: PassStatus = .granted) -> Pass {
        Pass(id: PassID(1), childID: ChildID(1), referralID: ReferralID(1), validFrom: from, validTo: to, cover: cover, status: status,
             grantedOn: from, redeemedOn: nil, endedOn: nil, endReason: nil)
    }

    func input(kind: String = "fee", amount: String = "900", from: String = "01.03.2027", to: String = "30.06.2027",
               deadline: String = "30.06.2027", override: String? = nil, reason: String? = nil) -> GrantInput {
        GrantInput(activity: "3", kind: kind, amount: amount, periodFrom: from, periodTo: to, fundingSource: "2",
                   claimDeadline: deadline, note: nil, override: override, overrideReason: reason)
    }

    @Test func aGrantNeedsAPassCoveringItsKind() throws {
        let feeOnly = pass(PassCover(guidance: false, fee: true, equipment: false), from: today.adding(days: -30), to: today.adding(days: 300))
        let result = input().validate(child: ChildID(1), passes: [feeOnly], today: today)
        let (draft, override) = try result.get()
        #expect(draft.amount == Money(kroner: 900) && draft.kind == .fee && override == nil)
        #expect(draft.period == Period(from: today, to: LocalDate(iso: "2027-06-30")!))
        guard case .failure(let equipment) = input(kind: "equipment").validate(child: ChildID(1), passes: [feeOnly], today: today)
        else { Issue.record("equipment is not covered"); return }
        #expect(equipment.message(for: "kind")?.message == "err.grant.passDoesNotCover")
        guard case .failure(let none) = input().validate(child: ChildID(1), passes: [], today: today) else { Issue.record("no pass"); return }
        #expect(none.message(for: "periodFrom")?.message == "err.grant.noValidPass")
        let ended = pass(PassCover(guidance: false, fee: true, equipment: true), from: today.adding(days: -30), to: today.adding(days: 300),
                         status: .ended)
        #expect(throws: ValidationErrors.self) { try input().validate(child: ChildID(1), passes: [ended], today: today).get() }
    }

    @Test func grantFormProblemsAreNamedFieldByField() {
        let valid = pass(PassCover(guidance: true, fee: true, equipment: true), from: today, to: today.adding(days: 300))
        guard case .failure(let errors) = input(amount: "-5", from: "30.06.2027", to: "01.03.2027", deadline: "01.01.2027",
                                                 override: "yes").validate(child: ChildID(1), passes: [valid], today: today)
        else { Issue.record("expected errors"); return }
        #expect(errors.message(for: "amount")?.message == "err.money.negative")
        #expect(errors.message(for: "periodTo")?.message == "err.grant.periodTo.beforeFrom")
        #expect(errors.message(for: "claimDeadline")?.message == "err.grant.claimDeadline.past")
        #expect(errors.message(for: "overrideReason")?.message == "err.grant.overrideReason.required")
        let withReason = input(override: "yes", reason: "Aftalt med lederen").validate(child: ChildID(1), passes: [valid], today: today)
        #expect((try? withReason.get())?.1 == "Aftalt med lederen")
    }

    @Test func aClaimCannotExceedTheGrantOrLeaveItsPeriod() {
        let period = Period(from: LocalDate(iso: "2026-08-01")!, to: LocalDate(iso: "2027-06-30")!)
        let ok = ClaimInput(amount: "1.200,00", periodFrom: "2026-08-01", periodTo: "2027-06-30", note: " Startede i august ")
            .validate(grantAmount: Money(kroner: 1200), grantPeriod: period)
        #expect((try? ok.get()) == ClaimDraft(amount: Money(kroner: 1200), period: period, note: "Startede i august"))
        let less = ClaimInput(amount: "600", periodFrom: "2027-01-01", periodTo: "2027-06-30", note: nil)
            .validate(grantAmount: Money(kroner: 1200), grantPeriod: period)
        #expect((try? less.get())?.amount == Money(kroner: 600))
        guard case .failure(let errors) = ClaimInput(amount: "1.200,01", periodFrom: "2026-07-01", periodTo: "2027-06-30", note: nil)
            .validate(grantAmount: Money(kroner: 1200), grantPeriod: period) else { Issue.record("expected errors"); return }
        #expect(errors.message(for: "amount")?.message == "err.claim.amount.aboveGrant")
        #expect(errors.message(for: "amount")?.arguments == ["1.200,00 kr."])
        #expect(errors.message(for: "periodFrom")?.message == "err.claim.period.outsideGrant")
    }

    @Test func enrolmentDatesAreChecked() {
        let enrolled = LocalDate(iso: "2027-02-01")!
        #expect((try? EnrolmentDates.start("2027-02-10", enrolledOn: enrolled, today: today).get()) == LocalDate(iso: "2027-02-10"))
        #expect(throws: ValidationErrors.self) { try EnrolmentDates.start("2027-03-02", enrolledOn: enrolled, today: today).get() }
        #expect(throws: ValidationErrors.self) {
            try EnrolmentDates.stop("2027-02-05", reason: nil, enrolledOn: enrolled, startedOn: LocalDate(iso: "2027-02-10"), today: today).get()
        }
        let stop = try? EnrolmentDates.stop("2027-02-20", reason: " Flyttet ", enrolledOn: enrolled, startedOn: LocalDate(iso: "2027-02-10"),
                                            today: today).get()
        #expect(stop?.0 == LocalDate(iso: "2027-02-20") && stop?.1 == "Flyttet")
    }

    @Test func activityFormChecksAgesSeasonFeeAndPlaces() {
        let ok = ActivityInput(name: "U9 fodbold", category: "football", minAge: "6", maxAge: "9", weekdays: ["tue", "thu", "nope"],
                               seasonStart: "01.08.2026", seasonEnd: "30.06.2027", fee: "900", feePeriod: "season", capacity: "20",
                               freePlaces: "3").validate()
        let details = try? ok.get()
        #expect(details?.weekdays == [.tue, .thu] && details?.fee == Money(kroner: 900) && details?.fits(age: 9) == true)
        #expect(details?.fits(age: 10) == false)
        guard case .failure(let errors) = ActivityInput(name: "X", category: "curling", minAge: "10", maxAge: "8", seasonStart: "01.08.2026",
                                                        fee: "-1", feePeriod: "season", capacity: "2", freePlaces: "5").validate()
        else { Issue.record("expected errors"); return }
        #expect(errors.fields.map(\.field) == ["category", "maxAge", "seasonEnd", "fee", "freePlaces"])
    }
}
