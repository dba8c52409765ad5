import Foundation

/// A municipality's rules for its scheme: who can get a pass, and how long a pass runs.
public struct SchemeSettings: Sendable, Equatable {
    /// The youngest age (completed years) on the day the pass starts. 0 = no lower bound.
    public var minimumAge: Int
    /// The child must be under this age on the day the pass starts (default: under 18).
    public var maximumAge: Int
    /// The season passes follow, e.g. 1 August–30 June; nil means a pass runs one year.
    public var season: Season?

    public init(minimumAge: Int = 0, maximumAge: Int = 18, season: Season? = nil) {
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.season = season
    }

    public static let standard = SchemeSettings()

    /// The problem with granting a pass starting `start` to a child born `birthDate`, if any.
    public func ageProblem(birthDate: LocalDate, passStart start: LocalDate) -> (key: String, arguments: [String])? {
        let age = birthDate.age(on: start)
        if age >= maximumAge { return ("err.decision.age.tooOld", [String(maximumAge), String(age)]) }
        if age < minimumAge { return ("err.decision.age.tooYoung", [String(minimumAge), String(age)]) }
        return nil
    }

    /// The default validity of a pass decided on `date`: the season running then (or the next
    /// one), otherwise one year.
    public func defaultPassPeriod(decidedOn date: LocalDate) -> Period {
        guard let season else { return Period(from: date, to: date.adding(years: 1).adding(days: -1)) }
        let span = season.period(containing: date) ?? season.period(startingAfter: date)
        return Period(from: max(date, span.from), to: span.to)
    }
}

/// A yearly season given as month-day to month-day; it may cross New Year (August–June).
public struct Season: Sendable, Equatable {
    public var startMonth: Int
    public var startDay: Int
    public var endMonth: Int
    public var endDay: Int

    public init?(startMonth: Int, startDay: Int, endMonth: Int, endDay: Int) {
        // 2024 is a leap year, so 29 February is accepted as a day that can exist.
        guard LocalDate(year: 2024, month: startMonth, day: startDay) != nil,
              LocalDate(year: 2024, month: endMonth, day: endDay) != nil,
              (startMonth, startDay) != (endMonth, endDay) else { return nil }
        self.startMonth = startMonth
        self.startDay = startDay
        self.endMonth = endMonth
        self.endDay = endDay
    }

    /// `08-01` style text, as stored.
    public init?(start: String, end: String) {
        func parts(_ s: String) -> (Int, Int)? {
            let p = s.split(separator: "-")
            guard p.count == 2, let m = Int(p[0]), let d = Int(p[1]) else { return nil }
            return (m, d)
        }
        guard let s = parts(start), let e = parts(end) else { return nil }
        self.init(startMonth: s.0, startDay: s.1, endMonth: e.0, endDay: e.1)
    }

    public var startText: String { String(format: "%02d-%02d", startMonth, startDay) }
    public var endText: String { String(format: "%02d-%02d", endMonth, endDay) }

    private func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: min(day, LocalDate.daysIn(month: month, year: year)))!
    }

    /// The season that starts in `year`.
    public func period(startingIn year: Int) -> Period {
        let from = day(year, startMonth, startDay)
        let crosses = (endMonth, endDay) < (startMonth, startDay)
        return Period(from: from, to: day(crosses ? year + 1 : year, endMonth, endDay))
    }

    public func period(containing date: LocalDate) -> Period? {
        [period(startingIn: date.year - 1), period(startingIn: date.year)].first { $0.contains(date) }
    }

    public func period(startingAfter date: LocalDate) -> Period {
        let thisYear = period(startingIn: date.year)
        return thisYear.from > date ? thisYear : period(startingIn: date.year + 1)
    }
}

public struct DecisionInput: Sendable {
    public var outcome: String?
    public var track: String?
    public var reason: String?
    public var validFrom: String?
    public var validTo: String?
    public var covers: [String]
    public var reasons: [String] = []

    public init(outcome: String?, track: String?, reason: String?, validFrom: String?, validTo: String?, covers: [String]) {
        self.outcome = outcome
        self.track = track
        self.reason = reason
        self.validFrom = validFrom
        self.validTo = validTo
        self.covers = covers
    }

    /// Checks a decision against the referral's state, the guardians' consent and the age rule.
    /// A submitted referral can be decided directly: it passes through assessment on the way.
    public func validate(current: ReferralStatus, birthDate: LocalDate, consent: ConsentSummary,
                         settings: SchemeSettings, today: LocalDate) -> Result<Decision, ValidationErrors> {
        var errors = ValidationErrors()
        let outcome = self.outcome.flatMap(Decision.Outcome.init(rawValue:))
        let from = current == .submitted ? ReferralStatus.assessment : current
        if outcome == nil {
            errors.add("outcome", "err.decision.outcome.required")
        } else if !from.canMove(to: outcome!.status) && !current.canMove(to: outcome!.status) {
            errors.add("outcome", "err.decision.outcome.notAllowed")
        }
        let reason = Text.optional(self.reason)
        if (reason ?? "").count > 500 { errors.add("reason", "err.text.tooLong", ["500"]) }
        if outcome == .reject && reason == nil { errors.add("reason", "err.decision.reason.required") }

        var track: Track?
        var pass: PassDraft?
        if outcome == .approve {
            track = self.track.flatMap(Track.init(rawValue:))
            if track == nil { errors.add("track", "err.decision.track.required") }
            if !consent.inForce.registration { errors.add("outcome", "err.decision.consentMissing") }
            let validFrom = DateField.required(self.validFrom, field: "validFrom", missing: "err.decision.validFrom.required", errors: &errors)
            let validTo = DateField.required(self.validTo, field: "validTo", missing: "err.decision.validTo.required", errors: &errors)
            if let validFrom, let validTo {
                if validTo <= validFrom { errors.add("validTo", "err.decision.validTo.beforeFrom") }
                else if validFrom.days(until: validTo) > 2 * 366 { errors.add("validTo", "err.decision.validTo.tooLong") }
                if validTo < today { errors.add("validTo", "err.decision.validTo.past") }
                if let problem = settings.ageProblem(birthDate: birthDate, passStart: validFrom) {
                    errors.add("validFrom", problem.key, problem.arguments)
                }
            }
            let cover = PassCover(guidance: covers.contains("guidance"), fee: covers.contains("fee"),
                                  equipment: covers.contains("equipment"))
            if cover.isEmpty { errors.add("covers", "err.decision.covers.required") }
            else if let track, let problem = track.coverProblem(cover) { errors.add("covers", problem) }
            if let validFrom, let validTo { pass = PassDraft(validFrom: validFrom, validTo: validTo, cover: cover) }
        }
        guard errors.isEmpty, let outcome else { return .failure(errors) }
        return .success(Decision(outcome: outcome, track: track, reason: reason, pass: pass,
                                 reasons: DecisionReason.parse(reasons, for: outcome)))
    }
}
