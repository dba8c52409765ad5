import Domain
import Testing

/// Which period a renewal gives a pass: one more year without a season; with one (August–June),
/// the rest of the running season, or the next season when little or none of it is left.
@Suite struct PassRenewalRulesTests {
    func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }
    let seasonal = SchemeSettings(season: Season(startMonth: 8, startDay: 1, endMonth: 6, endDay: 30))

    @Test func withoutASeasonAPassRunsOneMoreYear() {
        #expect(PassRenewal.nextPeriod(after: date("2027-01-06"), settings: SchemeSettings())
            == Period(from: date("2027-01-07"), to: date("2028-01-06")))
    }

    @Test func aPassEndingMidSeasonRunsToTheEndOfThatSeason() {
        #expect(PassRenewal.nextPeriod(after: date("2027-01-06"), settings: seasonal) == Period(from: date("2027-01-07"), to: date("2027-06-30")))
        #expect(PassRenewal.nextPeriod(after: date("2026-08-31"), settings: seasonal) == Period(from: date("2026-09-01"), to: date("2027-06-30")))
    }

    @Test func aPassEndingInTheSeasonsLastWeeksOrBetweenSeasonsGetsTheNextSeason() {
        let next = Period(from: date("2027-08-01"), to: date("2028-06-30"))
        #expect(PassRenewal.nextPeriod(after: date("2027-05-15"), settings: seasonal) == next, "less than 60 days of the season left")
        #expect(PassRenewal.nextPeriod(after: date("2027-06-30"), settings: seasonal) == next, "the season's last day")
        #expect(PassRenewal.nextPeriod(after: date("2027-07-10"), settings: seasonal) == next, "between seasons")
    }
}
