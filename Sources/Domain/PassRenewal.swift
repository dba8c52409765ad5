import Foundation

/// Season rollover: a pass ending soon is renewed for the next season by the coordinator, without
/// a new referral. The pass runs on (same id, cover and status), so the child keeps enrolments,
/// guidance course and follow-ups; each renewal is recorded and audited.
public enum PassRenewal {
    /// How far ahead the coordinator sees passes ending.
    public static let windowDays = 60

    /// The period a pass ending on `validTo` is renewed for, whose end becomes the pass's new
    /// last day: without a season, one more year. With one, a pass ending mid-season runs on to
    /// the end of that season (the pass falls into step with the seasons, rather than running
    /// a year and a half unreviewed); one ending in a season's last weeks or between seasons
    /// is renewed for the next season.
    public static func nextPeriod(after validTo: LocalDate, settings: SchemeSettings) -> Period {
        let start = validTo.adding(days: 1)
        guard let season = settings.season else {
            return Period(from: start, to: validTo.adding(years: 1))
        }
        if let current = season.period(containing: start), start.adding(days: windowDays) <= current.to {
            return Period(from: start, to: current.to)
        }
        return season.period(startingAfter: validTo)
    }

    /// Whether a pass is one the coordinator may renew today: running, and ending within the window.
    public static func isDue(_ pass: Pass, today: LocalDate) -> Bool {
        let status = pass.effectiveStatus(on: today)
        return (status == .granted || status == .inUse) && pass.validTo >= today
            && pass.validTo <= today.adding(days: windowDays)
    }

    /// Everything that stands against renewing: the same rules as a first approval, judged for
    /// the new season, plus money for the pass's economic support.
    public static func problems(pass: Pass, birthDate: LocalDate, consentToday: ConsentSummary, consentAtStart: ConsentSummary,
                                settings: SchemeSettings, budget: RenewalBudget, today: LocalDate) -> [RenewalProblem] {
        guard isDue(pass, today: today) else { return [.notDue] }
        let next = nextPeriod(after: pass.validTo, settings: settings)
        var problems: [RenewalProblem] = []
        if !consentToday.inForce.registration || !consentAtStart.inForce.registration { problems.append(.consent) }
        if let age = settings.ageProblem(birthDate: birthDate, passStart: next.from) {
            problems.append(.age(key: age.key, arguments: age.arguments))
        }
        if pass.cover.economicSupport {
            switch budget {
            case .available: break
            case .none: problems.append(.noBudget(year: next.from.year))
            case .exhausted: problems.append(.budgetExhausted(year: next.from.year))
            }
        }
        return problems
    }
}

/// Money for the next season's first year on the municipality's active funding sources.
public enum RenewalBudget: Sendable, Equatable {
    /// Some active source has a budget with money left.
    case available
    /// No active source has a budget for the year.
    case none
    /// Budgets exist, but grants already hold all of them.
    case exhausted

    public init(_ positions: [BudgetPosition]) {
        let budgeted = positions.filter { $0.budget != nil }
        if budgeted.isEmpty { self = .none } else if budgeted.contains(where: { $0.budget! > $0.committed }) { self = .available } else { self = .exhausted }
    }
}

public enum RenewalProblem: Sendable, Equatable {
    /// Not running, or not ending within the window (e.g. renewed meanwhile).
    case notDue
    /// Consent to registration is not in force today or will have lapsed when the season starts.
    case consent
    case age(key: String, arguments: [String])
    case noBudget(year: Int)
    case budgetExhausted(year: Int)
}

/// A pass ending within the window, as the rollover list shows it.
public struct RenewalCandidate: Sendable, Equatable {
    public var pass: Pass
    public var childName: String
    public var birthDate: LocalDate
    /// The activities the child takes part in now (kept through the renewal).
    public var activities: [String]
    public var next: Period
    public var problems: [RenewalProblem]

    public init(pass: Pass, childName: String, birthDate: LocalDate, activities: [String], next: Period, problems: [RenewalProblem]) {
        self.pass = pass
        self.childName = childName
        self.birthDate = birthDate
        self.activities = activities
        self.next = next
        self.problems = problems
    }
}

/// What a rollover did: the passes renewed (with their new last day) and those refused, with why.
public struct RenewalOutcome: Sendable, Equatable {
    public struct Renewed: Sendable, Equatable {
        public var pass: PassID
        public var childName: String
        public var validTo: LocalDate
    }

    public struct Refused: Sendable, Equatable {
        public var pass: PassID
        public var childName: String
        public var problems: [RenewalProblem]
    }

    public var renewed: [Renewed] = []
    public var refused: [Refused] = []

    public init() {}

    public mutating func add(renewed pass: PassID, childName: String, validTo: LocalDate) {
        renewed.append(Renewed(pass: pass, childName: childName, validTo: validTo))
    }

    public mutating func add(refused pass: PassID, childName: String, problems: [RenewalProblem]) {
        refused.append(Refused(pass: pass, childName: childName, problems: problems))
    }
}

/// A renewal made: the pass's last day before and after, when and by whom.
public struct PassRenewalRecord: Sendable, Equatable {
    public var passID: PassID
    public var previousValidTo: LocalDate
    public var validTo: LocalDate
    public var renewedOn: LocalDate
    public var renewedByName: String?

    public init(passID: PassID, previousValidTo: LocalDate, validTo: LocalDate, renewedOn: LocalDate, renewedByName: String?) {
        self.passID = passID
        self.previousValidTo = previousValidTo
        self.validTo = validTo
        self.renewedOn = renewedOn
        self.renewedByName = renewedByName
    }
}

/// Part of `PassRepository` (the renewal is the pass's own change).
public protocol PassRenewalRepository: Sendable {
    /// The renewals of a child's passes, oldest first.
    func renewals(for child: ChildID, in municipality: MunicipalityID) async throws -> [PassRenewalRecord]
    /// Running passes ending within the window, soonest first, with what stands against renewing each.
    func endingSoon(in municipality: MunicipalityID, today: LocalDate) async throws -> [RenewalCandidate]
    /// Renews each pass whose rules still hold (checked inside the write), one audit entry per
    /// pass renewed (`audit` with the pass id filled in); the others are reported refused. A
    /// pass renewed already (e.g. the same form sent twice) is refused as `.notDue`.
    func renew(_ passes: [PassID], today: LocalDate, in municipality: MunicipalityID, by user: UserID, at: Date,
               audit: AuditEntry) async throws -> RenewalOutcome
}
