import Domain
import Testing

@Suite struct DashboardRulesTests {
    @Test func smallGroupsAreSuppressed() {
        var table = DisclosureTable()
        let cells = [0, 1, 4, 5, 120].map { table.children($0) }
        let shown = table.protect()
        #expect(cells.map { shown.shown($0) } == [.value(0), .few, .few, .value(5), .value(120)])
    }

    @Test func trendSentences() {
        #expect(Trend.describe(Compared(23, 20), subject: "x").key == "trend.more")
        #expect(Trend.describe(Compared(23, 20), subject: "x").arguments == ["15", "x", "23", "20"])
        #expect(Trend.describe(Compared(15, 20), subject: "x").arguments == ["25", "x", "15", "20"])
        #expect(Trend.describe(Compared(15, 20), subject: "x").key == "trend.fewer")
        #expect(Trend.describe(Compared(20, 20), subject: "x").key == "trend.same")
        #expect(Trend.describe(Compared(3, 0), subject: "x").key == "trend.new")
        #expect(Trend.describe(Compared(0, 0), subject: "x").key == "trend.none")
        #expect(Compared(1, 3).changePercent == -67)
    }

    @Test func theReferralLineCoversThePeriodOnlyUpToTodaysMonth() {
        func span(_ from: String, _ to: String, today: String = "2026-11-25") -> (String, Int) {
            let result = IntakeFigures.monthSpan(of: Period(from: LocalDate(iso: from)!, to: LocalDate(iso: to)!), today: LocalDate(iso: today)!)
            return (String(result.first.iso.prefix(7)), result.count)
        }
        #expect(span("2026-07-01", "2026-12-31") == ("2026-07", 5), "this half-year: July up to the running November")
        #expect(span("2024-01-01", "2025-12-31") == ("2024-01", 24), "two past years: all their months")
        #expect(span("2026-01-01", "2026-12-31") == ("2026-01", 11), "not beyond today's month")
        #expect(span("2026-03-15", "2026-05-10") == ("2026-03", 3), "a period inside months: the months it touches")
        #expect(span("2027-01-01", "2027-06-30") == ("2027-01", 1), "a period not begun: its first month only")
        let half = Period(from: LocalDate(iso: "2026-07-01")!, to: LocalDate(iso: "2026-12-31")!)
        #expect(IntakeFigures.lastMonthRunning(of: half, today: LocalDate(iso: "2026-11-25")!))
        #expect(!IntakeFigures.lastMonthRunning(of: half, today: LocalDate(iso: "2027-01-15")!), "a past period has no running month")
    }

    @Test func reachPercent() {
        #expect(DistrictReach(district: "Nord", children: 12, estimate: 80).percent == 15)
        #expect(DistrictReach(district: "Nord", children: 12, estimate: nil).percent == nil)
        #expect(DistrictReach(district: "Nord", children: 12, estimate: 0).percent == nil)
    }

    @Test func trendsOfAmounts() {
        #expect(Trend.describe(Compared(3, 2), subject: "x").key == "trend.more", "not children: no suppression")
        let paid = Trend.describe(Compared(90_000, 100_000), subject: "udbetalt", amount: true) { Money(ore: Int64($0)).display }
        #expect(paid.key == "trend.amount.fewer")
        #expect(paid.arguments == ["10", "udbetalt", "900,00 kr.", "1.000,00 kr."])
        #expect(Trend.describe(Compared(0, 0), subject: "x", amount: true).key == "trend.amount.none")
    }

    @Test func guidanceHoursReadWithOneDecimal() {
        #expect(GuidanceHours.display(minutes: 90) == "1,5")
        #expect(GuidanceHours.display(minutes: 120) == "2")
        #expect(GuidanceHours.display(minutes: 125) == "2,1")
        #expect(GuidanceHours.display(minutes: 0) == "0")
        #expect(GuidanceHours.display(minutes: 3) == "0,1", "half a tenth rounds up")
    }

    @Test func costPerChildRoundsToWholeKroner() {
        let basis = CostBasis(paid: Money(kroner: 1_000), guidanceMinutes: 61, startedActivity: 3, activeAfterSixMonths: 0)
        let rate = Money(ore: 40_001)  // 400,01 kr. an hour
        #expect(basis.guidanceCost(rate: rate) == Money(ore: 40_668), "61 × 40.001 / 60 = 40.667,68 øre")
        #expect(basis.perChild(3, rate: rate) == Money(kroner: 469), "1.406,68 kr. / 3 = 468,89 kr.")
        #expect(basis.perChild(basis.activeAfterSixMonths, rate: rate) == nil)
    }

    @Test func dashboardSettingsAreValidatedWithAMessagePerField() throws {
        let ok = DashboardSettingsInput(hourlyRate: "425,50", unclaimedWeeks: " 6 ").validate()
        #expect(try ok.get() == DashboardSettings(hourlyRate: Money(ore: 42_550), unclaimedWeeks: 6))
        func messages(_ rate: String?, _ weeks: String?) -> [String: String] {
            guard case .failure(let errors) = DashboardSettingsInput(hourlyRate: rate, unclaimedWeeks: weeks).validate() else { return [:] }
            return Dictionary(uniqueKeysWithValues: errors.fields.map { ($0.field, $0.message) })
        }
        #expect(messages("", "") == ["hourlyRate": "dashboard.settings.err.rate.required", "unclaimedWeeks": "dashboard.settings.err.weeks.required"])
        #expect(messages("0", "8") == ["hourlyRate": "err.money.zero"])
        #expect(messages("5.000,01", "8") == ["hourlyRate": "dashboard.settings.err.rate.tooHigh"])
        #expect(messages("mange", "8") == ["hourlyRate": "err.money.invalid"])
        #expect(messages("450", "0") == ["unclaimedWeeks": "dashboard.settings.err.weeks.range"])
        #expect(messages("450", "53") == ["unclaimedWeeks": "dashboard.settings.err.weeks.range"])
        #expect(messages("450", "otte") == ["unclaimedWeeks": "dashboard.settings.err.weeks.range"])
        #expect(messages("5.000", "52").isEmpty)
    }

    @Test func budgetYearsOfAPeriod() {
        #expect(MoneyFigures.budgetYears(of: Period(from: LocalDate(iso: "2026-07-01")!, to: LocalDate(iso: "2026-12-31")!)) == [2026])
        #expect(MoneyFigures.budgetYears(of: Period(from: LocalDate(iso: "2025-07-01")!, to: LocalDate(iso: "2026-06-30")!)) == [2025, 2026])
        #expect(MoneyFigures.unclaimedCutoff(today: LocalDate(iso: "2026-11-25")!, weeks: 8) == LocalDate(iso: "2026-09-30")!)
    }
}
