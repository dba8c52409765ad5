import Foundation

public typealias GrantID = Identifier<Grant>
public typealias FundingSourceID = Identifier<FundingSource>

/// Economic support (the fee, equipment, a camp) granted to a child for an activity and paid to
/// the association when it claims it. The amount is reserved on a funding source's budget for
/// the year the grant's period starts in.
public struct Grant: Sendable, Equatable, Identifiable {
    public var id: GrantID
    public var childID: ChildID
    public var enrolmentID: EnrolmentID?
    public var activityID: ActivityID
    public var activityName: String
    public var associationID: AssociationID
    public var associationName: String
    public var fundingSourceID: FundingSourceID
    public var fundingSourceName: String
    public var kind: GrantKind
    public var amount: Money
    public var period: Period
    public var status: GrantStatus
    public var grantedOn: LocalDate
    public var claimDeadline: LocalDate
    public var note: String?
    public var overrideReason: String?
    public var cancelledOn: LocalDate?
    public var cancelReason: String?

    public init(id: GrantID, childID: ChildID, enrolmentID: EnrolmentID?, activityID: ActivityID, activityName: String,
                associationID: AssociationID, associationName: String, fundingSourceID: FundingSourceID, fundingSourceName: String,
                kind: GrantKind, amount: Money, period: Period, status: GrantStatus, grantedOn: LocalDate, claimDeadline: LocalDate,
                note: String?, overrideReason: String?, cancelledOn: LocalDate?, cancelReason: String?) {
        self.id = id
        self.childID = childID
        self.enrolmentID = enrolmentID
        self.activityID = activityID
        self.activityName = activityName
        self.associationID = associationID
        self.associationName = associationName
        self.fundingSourceID = fundingSourceID
        self.fundingSourceName = fundingSourceName
        self.kind = kind
        self.amount = amount
        self.period = period
        self.status = status
        self.grantedOn = grantedOn
        self.claimDeadline = claimDeadline
        self.note = note
        self.overrideReason = overrideReason
        self.cancelledOn = cancelledOn
        self.cancelReason = cancelReason
    }

    /// The stored status, with an unclaimed grant past its deadline shown as expired (the daily
    /// job stores it).
    public func effectiveStatus(on date: LocalDate) -> GrantStatus {
        ClaimWindow.hasLapsed(status: status, deadline: claimDeadline, on: date) ? .expired : status
    }
}

public enum GrantKind: String, Sendable, CaseIterable, Codable {
    case fee, equipment, camp
}

/// granted → claimed → approved → paid; a rejected claim sends the grant back to granted (the
/// association may claim again); an unclaimed grant can be cancelled or expires at its deadline.
public enum GrantStatus: String, Sendable, CaseIterable, Codable {
    case granted, claimed, approved, paid, cancelled, expired

    public var next: Set<GrantStatus> {
        switch self {
        case .granted: [.claimed, .cancelled, .expired]
        case .claimed: [.approved, .granted]
        case .approved: [.paid]
        case .paid, .cancelled, .expired: []
        }
    }

    public func canMove(to status: GrantStatus) -> Bool { next.contains(status) }

    /// Whether the grant still holds money on its funding source.
    public var holdsMoney: Bool { self != .cancelled && self != .expired }
}

/// A municipality's rules for economic support, editable by the coordinator.
public struct GrantRules: Sendable, Equatable {
    public var maxFeePerYear: Money
    public var maxEquipmentPerYear: Money
    public var campsCovered: Bool
    public var maxCampPerYear: Money
    /// How many calendar years a child can be supported; nil means no limit.
    public var maxYears: Int?
    /// Whether the household income must be checked before granting (the check itself is done
    /// outside the system; the flag shows on the grant form).
    public var incomeLimit: Bool
    public var incomeLimitNote: String?
    /// Grants unclaimed after this many weeks appear on the "granted but not claimed" list.
    public var unclaimedWeeks: Int
    /// Four eyes on payments: whoever approved a claim may not mark its payment batch paid.
    public var fourEyesPayments: Bool

    public init(maxFeePerYear: Money, maxEquipmentPerYear: Money, campsCovered: Bool, maxCampPerYear: Money, maxYears: Int?,
                incomeLimit: Bool, incomeLimitNote: String?, unclaimedWeeks: Int = 8, fourEyesPayments: Bool = true) {
        self.maxFeePerYear = maxFeePerYear
        self.maxEquipmentPerYear = maxEquipmentPerYear
        self.campsCovered = campsCovered
        self.maxCampPerYear = maxCampPerYear
        self.maxYears = maxYears
        self.incomeLimit = incomeLimit
        self.incomeLimitNote = incomeLimitNote
        self.unclaimedWeeks = unclaimedWeeks
        self.fourEyesPayments = fourEyesPayments
    }

    /// Until a coordinator sets the rules: 2.000 kr. fee and 1.000 kr. equipment a year, no camps.
    public static let standard = GrantRules(maxFeePerYear: Money(kroner: 2000), maxEquipmentPerYear: Money(kroner: 1000),
                                            campsCovered: false, maxCampPerYear: .zero, maxYears: nil, incomeLimit: false,
                                            incomeLimitNote: nil)

    public func cap(for kind: GrantKind) -> Money {
        switch kind {
        case .fee: maxFeePerYear
        case .equipment: maxEquipmentPerYear
        case .camp: maxCampPerYear
        }
    }

    /// Everything that stands against granting `draft`, given what the child already holds in
    /// the draft's year, what is left on the funding source and the child's grants for the same
    /// activity. Empty means it can be granted.
    public func problems(for draft: GrantDraft, usage: GrantUsage, budget: BudgetPosition,
                         sameActivity: [Grant] = []) -> [GrantProblem] {
        var problems: [GrantProblem] = []
        // One fee per activity and season: a fee whose period overlaps one still held.
        if draft.kind == .fee, let held = sameActivity.first(where: {
            $0.kind == .fee && $0.status.holdsMoney && $0.period.from <= draft.period.to && draft.period.from <= $0.period.to
        }) {
            problems.append(.feeAlreadyGranted(amount: held.amount, period: held.period))
        }
        let year = draft.period.from.year
        if draft.kind == .camp && !campsCovered {
            problems.append(.campsNotCovered)
        } else {
            let used = usage.used[draft.kind] ?? .zero
            let cap = cap(for: draft.kind)
            if used + draft.amount > cap {
                problems.append(.cap(kind: draft.kind, cap: cap, used: used, requested: draft.amount))
            }
        }
        if let maxYears, !usage.years.contains(year), usage.years.count + 1 > maxYears {
            problems.append(.years(max: maxYears, used: usage.years.count))
        }
        if let budgetAmount = budget.budget {
            let remaining = budgetAmount - budget.committed
            if draft.amount > remaining { problems.append(.budget(remaining: remaining, requested: draft.amount)) }
        } else {
            problems.append(.noBudget(year: year))
        }
        return problems
    }
}

/// What stands against a grant. Each says by how much, so the coordinator can adjust the amount
/// or override with a reason.
public enum GrantProblem: Sendable, Equatable {
    /// The child's yearly cap for this kind would be exceeded.
    case cap(kind: GrantKind, cap: Money, used: Money, requested: Money)
    case campsNotCovered
    /// The child has been supported in `used` other years; the rules allow `max`.
    case years(max: Int, used: Int)
    /// The funding source has too little left this year.
    case budget(remaining: Money, requested: Money)
    /// The funding source has no budget for the year.
    case noBudget(year: Int)
    /// The child already holds a fee for the activity for (part of) the period.
    case feeAlreadyGranted(amount: Money, period: Period)

    /// By how much the amount is too high (zero where it is not a question of amount).
    public var excess: Money {
        switch self {
        case .cap(_, let cap, let used, let requested): used + requested - cap
        case .budget(let remaining, let requested): requested - (remaining.isNegative ? .zero : remaining)
        case .campsNotCovered, .years, .noBudget, .feeAlreadyGranted: .zero
        }
    }
}

/// Thrown by the store when a grant breaks a rule and no override was given.
public struct GrantRefused: Error, Sendable, Equatable {
    public var problems: [GrantProblem]

    public init(problems: [GrantProblem]) {
        self.problems = problems
    }
}

/// What a child already holds in one year: reserved amounts per kind, and the years with support.
public struct GrantUsage: Sendable, Equatable {
    public var used: [GrantKind: Money]
    public var years: Set<Int>

    public init(used: [GrantKind: Money] = [:], years: Set<Int> = []) {
        self.used = used
        self.years = years
    }
}

/// A funding source's budget for a year and what grants hold of it. Nil budget: none set.
public struct BudgetPosition: Sendable, Equatable {
    public var budget: Money?
    public var committed: Money

    public init(budget: Money?, committed: Money) {
        self.budget = budget
        self.committed = committed
    }

    /// How far `newBudget` would fall below what grants already hold; nil when it covers them.
    /// A budget is never lowered below that silently: the coordinator confirms it.
    public func shortfall(ifBudgetIs newBudget: Money) -> Money? {
        newBudget < committed ? committed - newBudget : nil
    }

    /// The shortfall the coordinator must confirm: only when the change lowers the budget (or
    /// sets a first one) below what grants hold. Saving an overdrawn budget unchanged, or
    /// raising it, needs no confirmation.
    public func shortfallToConfirm(ifBudgetIs newBudget: Money) -> Money? {
        if let budget, newBudget >= budget { return nil }
        return shortfall(ifBudgetIs: newBudget)
    }
}

/// Thrown by the store when a budget would fall below what grants hold (judged inside the
/// write, so a grant made at the same moment counts) and the coordinator did not confirm it.
public struct BudgetBelowCommitted: Error, Sendable, Equatable {
    public var position: BudgetPosition
    public var shortfall: Money

    public init(position: BudgetPosition, shortfall: Money) {
        self.position = position
        self.shortfall = shortfall
    }
}

/// A grant about to be made.
public struct GrantDraft: Sendable, Equatable {
    public var childID: ChildID
    public var activityID: ActivityID
    public var kind: GrantKind
    public var amount: Money
    public var period: Period
    public var fundingSourceID: FundingSourceID
    public var claimDeadline: LocalDate
    public var note: String?
    /// The letter to the guardians, stored with the grant.
    public var letter: LetterDraft?

    public init(childID: ChildID, activityID: ActivityID, kind: GrantKind, amount: Money, period: Period,
                fundingSourceID: FundingSourceID, claimDeadline: LocalDate, note: String?) {
        self.childID = childID
        self.activityID = activityID
        self.kind = kind
        self.amount = amount
        self.period = period
        self.fundingSourceID = fundingSourceID
        self.claimDeadline = claimDeadline
        self.note = note
    }
}

/// Raw input of the grant form.
public struct GrantInput: Sendable {
    public var activity, kind, amount, periodFrom, periodTo, fundingSource, claimDeadline, note, override, overrideReason: String?

    public init(activity: String?, kind: String?, amount: String?, periodFrom: String?, periodTo: String?, fundingSource: String?,
                claimDeadline: String?, note: String?, override: String? = nil, overrideReason: String? = nil) {
        self.activity = activity
        self.kind = kind
        self.amount = amount
        self.periodFrom = periodFrom
        self.periodTo = periodTo
        self.fundingSource = fundingSource
        self.claimDeadline = claimDeadline
        self.note = note
        self.override = override
        self.overrideReason = overrideReason
    }

    /// The grant, and the override reason if the coordinator chose to grant despite the rules.
    /// The child must hold a pass valid at the start of the period covering this kind of support.
    public func validate(child: ChildID, passes: [Pass], today: LocalDate) -> Result<(GrantDraft, String?), ValidationErrors> {
        var errors = ValidationErrors()
        let activity = self.activity.flatMap(ActivityID.init)
        if activity == nil { errors.add("activity", "err.grant.activity.required") }
        let kind = self.kind.flatMap(GrantKind.init(rawValue:))
        if kind == nil { errors.add("kind", "err.grant.kind.required") }
        let amount = MoneyField.required(self.amount, field: "amount", missing: "err.grant.amount.required", errors: &errors)
        let from = DateField.required(periodFrom, field: "periodFrom", missing: "err.grant.periodFrom.required", errors: &errors)
        let to = DateField.required(periodTo, field: "periodTo", missing: "err.grant.periodTo.required", errors: &errors)
        if let from, let to {
            if to < from { errors.add("periodTo", "err.grant.periodTo.beforeFrom") }
            else if from.days(until: to) > 366 { errors.add("periodTo", "err.grant.period.tooLong") }
        }
        let source = fundingSource.flatMap(FundingSourceID.init)
        if source == nil { errors.add("fundingSource", "err.grant.fundingSource.required") }
        let deadline = DateField.required(claimDeadline, field: "claimDeadline", missing: "err.grant.claimDeadline.required", errors: &errors)
        if let deadline, deadline < today { errors.add("claimDeadline", "err.grant.claimDeadline.past") }
        if let deadline, let from, deadline < from { errors.add("claimDeadline", "err.grant.claimDeadline.beforeFrom") }
        if Text.trimmed(note).count > 500 { errors.add("note", "err.text.tooLong", ["500"]) }
        if let kind, let from, let to {
            // A pass in force today whose validity overlaps the grant's period.
            let valid = passes.filter {
                let status = $0.effectiveStatus(on: today)
                return (status == .granted || status == .inUse) && from <= $0.validTo && $0.validFrom <= to
            }
            let covering = valid.filter { kind == .equipment ? $0.cover.equipment : kind == .fee ? $0.cover.fee : $0.cover.economicSupport }
            if valid.isEmpty { errors.add("periodFrom", "err.grant.noValidPass") }
            else if covering.isEmpty { errors.add("kind", "err.grant.passDoesNotCover") }
        }
        var overrideReason: String?
        if override == "yes" {
            overrideReason = Text.optional(self.overrideReason)
            if overrideReason == nil { errors.add("overrideReason", "err.grant.overrideReason.required") }
            else if overrideReason!.count > 500 { errors.add("overrideReason", "err.text.tooLong", ["500"]) }
        }
        guard errors.isEmpty, let activity, let kind, let amount, let from, let to, let source, let deadline else {
            return .failure(errors)
        }
        return .success((GrantDraft(childID: child, activityID: activity, kind: kind, amount: amount, period: Period(from: from, to: to),
                                    fundingSourceID: source, claimDeadline: deadline, note: Text.optional(note)), overrideReason))
    }
}

/// Where grants' money comes from: the municipal budget or an external pool, with a budget per year.
public struct FundingSource: Sendable, Equatable, Identifiable {
    public var id: FundingSourceID
    public var name: String
    public var kind: FundingKind
    public var isActive: Bool
    public var budgets: [Int: Money]

    public init(id: FundingSourceID, name: String, kind: FundingKind, isActive: Bool, budgets: [Int: Money]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.isActive = isActive
        self.budgets = budgets
    }
}

public enum FundingKind: String, Sendable, CaseIterable, Codable {
    case municipal, broen, fritidspuljen, difDgi = "dif_dgi", other
}

/// A funding source's year in figures: the budget view and the dashboard.
public struct FundingStatus: Sendable, Equatable {
    public var source: FundingSource
    public var year: Int
    public var budget: Money
    /// What grants hold: the granted amount, or the paid amount once paid.
    public var granted: Money
    /// Claims submitted, approved or paid.
    public var claimed: Money
    public var paid: Money

    public init(source: FundingSource, year: Int, budget: Money, granted: Money, claimed: Money, paid: Money) {
        self.source = source
        self.year = year
        self.budget = budget
        self.granted = granted
        self.claimed = claimed
        self.paid = paid
    }

    /// Below zero only when a coordinator overrode the budget; the budget view says so.
    public var remaining: Money { budget - granted }
}

/// When a pool runs out at the current rate of granting: several Danish schemes simply stop
/// when the money is gone, so the coordinator needs to see it coming.
public enum BudgetForecast: Sendable, Equatable {
    /// Nothing left.
    case exhausted
    /// Nothing granted yet this year: no rate to extrapolate.
    case noRate
    /// At the current rate the money lasts beyond the year.
    case lastsTheYear
    case runsOut(LocalDate)
    /// Past or future years have no forecast.
    case notThisYear

    /// `granted` so far in `year`, spread over the days from 1 January until `today`.
    public static func forecast(remaining: Money, granted: Money, year: Int, today: LocalDate) -> BudgetForecast {
        guard today.year == year else { return .notThisYear }
        if !remaining.isPositive { return .exhausted }
        guard granted.isPositive else { return .noRate }
        let start = LocalDate(year: year, month: 1, day: 1)!
        let elapsed = max(1, start.days(until: today) + 1)
        // Days until the remaining money is granted at `granted / elapsed` a day (rounded down).
        let days = Int((Double(remaining.ore) * Double(elapsed) / Double(granted.ore)).rounded(.down))
        let date = today.adding(days: days)
        return date.year > year ? .lastsTheYear : .runsOut(date)
    }
}
