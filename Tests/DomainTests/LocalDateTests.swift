import Domain
import Foundation
import Testing

@Suite struct LocalDateTests {
    @Test func parsesAndFormatsISOAndDanishDisplay() {
        let date = LocalDate(iso: "2026-03-07")
        #expect(date?.iso == "2026-03-07")
        #expect(date?.display == "07.03.2026")
    }

    @Test func rejectsImpossibleDates() {
        #expect(LocalDate(iso: "2026-02-29") == nil)
        #expect(LocalDate(iso: "2024-02-29") != nil)
        #expect(LocalDate(iso: "1900-02-29") == nil)
        #expect(LocalDate(iso: "2000-02-29") != nil)
        #expect(LocalDate(iso: "2026-13-01") == nil)
        #expect(LocalDate(iso: "2026-1-1") == nil)
        #expect(LocalDate(iso: "abcd-ef-gh") == nil)
        #expect(LocalDate(iso: "") == nil)
    }

    @Test func addingMonthsClampsToTheEndOfShorterMonths() {
        let jan31 = LocalDate(year: 2026, month: 1, day: 31)!
        #expect(jan31.adding(months: 1) == LocalDate(year: 2026, month: 2, day: 28))
        #expect(LocalDate(year: 2024, month: 1, day: 31)!.adding(months: 1) == LocalDate(year: 2024, month: 2, day: 29))
        #expect(LocalDate(year: 2026, month: 8, day: 31)!.adding(months: 6) == LocalDate(year: 2027, month: 2, day: 28))
        #expect(LocalDate(year: 2026, month: 11, day: 30)!.adding(months: 3) == LocalDate(year: 2027, month: 2, day: 28))
        #expect(LocalDate(year: 2024, month: 2, day: 29)!.adding(years: 1) == LocalDate(year: 2025, month: 2, day: 28))
    }

    @Test func dayArithmeticRoundTrips() {
        let date = LocalDate(year: 2026, month: 11, day: 25)!
        #expect(LocalDate(dayNumber: date.dayNumber) == date)
        #expect(date.adding(days: 7) == LocalDate(year: 2026, month: 12, day: 2))
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(LocalDate(year: 2024, month: 2, day: 28)!.days(until: LocalDate(year: 2024, month: 3, day: 1)!) == 2)
    }

    @Test func ageCountsCompletedYears() {
        let birth = LocalDate(year: 2010, month: 6, day: 15)!
        #expect(birth.age(on: LocalDate(year: 2028, month: 6, day: 14)!) == 17)
        #expect(birth.age(on: LocalDate(year: 2028, month: 6, day: 15)!) == 18)
        let leapling = LocalDate(year: 2012, month: 2, day: 29)!
        #expect(leapling.age(on: LocalDate(year: 2030, month: 2, day: 28)!) == 17)
        #expect(leapling.age(on: LocalDate(year: 2030, month: 3, day: 1)!) == 18)
    }

    @Test func todayIsTheDanishCalendarDay() {
        // 23:30 UTC on 31 December is already 1 January in Copenhagen.
        let clock = Clock { Date(timeIntervalSince1970: 1_798_759_800) } // 2026-12-31T23:30:00Z
        #expect(clock.today == LocalDate(year: 2027, month: 1, day: 1))
    }
}
