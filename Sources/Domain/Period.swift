/// From–to, both days included.
public struct Period: Sendable, Equatable {
    public var from: LocalDate
    public var to: LocalDate

    public init(from: LocalDate, to: LocalDate) {
        self.from = from
        self.to = to
    }

    public func contains(_ date: LocalDate) -> Bool { from <= date && date <= to }

    /// The half-year (1 January–30 June or 1 July–31 December) that holds `date`.
    public static func halfYear(containing date: LocalDate) -> Period {
        date.month <= 6
            ? Period(from: LocalDate(year: date.year, month: 1, day: 1)!, to: LocalDate(year: date.year, month: 6, day: 30)!)
            : Period(from: LocalDate(year: date.year, month: 7, day: 1)!, to: LocalDate(year: date.year, month: 12, day: 31)!)
    }

    /// The period just before this one: the same number of whole months when the period is
    /// whole months (the previous half-year of a half-year), otherwise the same number of days.
    public var previous: Period {
        let end = from.adding(days: -1)
        if from.day == 1 && to.day == LocalDate.daysIn(month: to.month, year: to.year) {
            let months = (to.year * 12 + to.month) - (from.year * 12 + from.month) + 1
            return Period(from: from.adding(months: -months), to: end)
        }
        return Period(from: end.adding(days: -from.days(until: to)), to: end)
    }
}
