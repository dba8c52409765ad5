import Domain
import Foundation
import Testing
@testable import Web

/// How the dashboard's view models show hidden figures: in numbers, in charts (a hatched mark,
/// never a length), in the text alternative, in shares and costs per child, and in "fewest".
@Suite struct DashboardViewTests {
    let t = try! TextCatalogue.bundled().bind(.da)

    @Test func hiddenBarsAreAMarkOfTheirOwnAndTheScaleComesFromShownValues() {
        let chart = Charts.bars(id: "c", title: "Børn pr. forening",
                                items: [("Tvis", .value(10)), ("Mejrup", .few), ("Nord", .hidden), ("Øst", .value(0))], t: t)
        #expect(chart.bars.map(\.value) == ["10", "< 5", "skjult", "0"])
        #expect(chart.bars.map(\.hidden) == [false, true, true, false])
        #expect(chart.bars[1].width == Charts.format(Charts.hiddenMarkWidth) && chart.bars[2].width == chart.bars[1].width,
                "a hidden value has the mark's fixed size, whatever it hides")
        #expect(chart.bars[0].width == Charts.format(330), "the longest shown value spans the chart")
        #expect(chart.description == "Tvis: 10, Mejrup: < 5, Nord: skjult, Øst: 0")
        #expect(chart.empty == nil)
    }

    @Test func aChartWithNothingToShowSaysSoInWords() {
        let hidden = Charts.bars(id: "c", title: "t", items: [("A", .few), ("B", .few), ("C", .hidden), ("D", .value(0))], t: t)
        #expect(hidden.empty?.contains("under 5 eller skjult") == true)
        let zeros = Charts.bars(id: "c", title: "t", items: [("A", .value(0))], t: t)
        #expect(zeros.empty?.contains("alle tal er 0") == true)
        let funnel = Charts.funnel(id: "f", title: "t", stages: [("Indstillet", .few), ("Fik pas", .few)], t: t)
        #expect(funnel.empty != nil)
    }

    @Test func theLineBreaksAtHiddenMonthsAndMarksTheRunningMonth() {
        let items: [(label: String, value: Shown<Int>)] = [("jul 2026", .value(8)), ("aug 2026", .value(6)), ("sep 2026", .few),
                                                           ("okt 2026", .value(9)), ("nov 2026", .value(7)), ("dec 2026", .value(2))]
        let line = Charts.line(id: "m", title: "t", items: items, lastRunning: true, t: t)
        #expect(line.segments.count == 3, "jul–aug, okt–nov, and the dashed step into the running month")
        #expect(line.segments.map(\.running) == [false, false, true])
        #expect(line.dots[2].hidden && !line.dots[1].hidden)
        #expect(line.dots[5].running && line.runningNote != nil)
        #expect(line.legend != nil, "the hatched band is explained")
        #expect(line.dots.allSatisfy { $0.showLabel }, "six months: every month labelled")
        let long = Charts.line(id: "m", title: "t", items: (1...24).map { ("m\($0)", .value($0)) }, lastRunning: false, t: t)
        #expect(long.dots.filter(\.showLabel).count == 6 && long.dots.last?.showLabel == true && long.dots.last?.anchor == "end")
    }

    @Test func monthLabelsCarryTheYear() {
        #expect(DashboardIntakeView.monthLabel("2026-07", t) == "jul 2026")
    }

    @Test func aSharePercentageIsHiddenWithItsCount() {
        // "Nået 12 %" of an estimate of 25 would give away 3 children.
        var fixture = FiguresFixture()
        fixture.reach = [DistrictReach(district: "Tvis", children: 3, estimate: 25), DistrictReach(district: "Nord", children: 20, estimate: 80)]
        let p = fixture.published
        #expect(DashboardIntakeView.reachPercent(p, 0, t: t).display(t) == "skjult")
        #expect(DashboardIntakeView.reachPercent(p, 1, t: t).display(t) == "25 %")
    }

    @Test func fewestRanksOnlyShownCountsAndKeepsARealZero() {
        var fixture = FiguresFixture()
        fixture.referrals = Compared(30, 0)
        fixture.departments = [.school: Compared(12, 0), .healthNurse: Compared(3, 0), .ssp: Compared(0, 0), .club: Compared(15, 0)]
        let p = fixture.published
        #expect(p.fewest(DashboardIntakeView.rankedDepartments.map { .department($0) })
                == Set(DashboardIntakeView.rankedDepartments.filter { ![.school, .healthNurse, .club].contains($0) }.map { .department($0) }),
                "every real 0 is fewest; the < 5 is not ranked")
        var noZero = FiguresFixture()
        noZero.referrals = Compared(30, 0)
        noZero.departments = Dictionary(uniqueKeysWithValues: DashboardIntakeView.rankedDepartments.map { ($0, Compared(5, 0)) })
        noZero.departments[.school] = Compared(3, 0)
        noZero.referrals = Compared(3 + 5 * (DashboardIntakeView.rankedDepartments.count - 1), 0)
        #expect(noZero.published.fewest(DashboardIntakeView.rankedDepartments.map { .department($0) }).isEmpty,
                "beside a < 5 no shown count is certainly fewest")
    }

    @Test func ratesCostsAndAveragesFromHiddenCountsAreHidden() {
        var fixture = FiguresFixture()
        fixture.retention = Retention(due: 4, answered: 4, stillActive: 3)
        fixture.cost = CostFigures(current: CostBasis(paid: Money(kroner: 9_000), guidanceMinutes: 600, startedActivity: 3, activeAfterSixMonths: 3),
                                   previous: CostBasis(paid: Money(kroner: 9_000), guidanceMinutes: 0, startedActivity: 6, activeAfterSixMonths: 0),
                                   hourlyRate: Money(kroner: 450))
        fixture.unclaimed = 2
        let p = fixture.published
        #expect(DashboardGuidanceView.retention(p, .current).display(t) == "skjult")
        let rows = DashboardCostView.rows(p, rate: Money(kroner: 450), t: t)
        let perStarted = rows.first { $0.label == "Omkostning pr. barn, der startede i en aktivitet" }
        #expect(perStarted?.current == "skjult" && perStarted?.previous == "1.500,00 kr.")
        let started = rows.first { $0.label == "Børn, der startede i en aktivitet" }
        #expect(started?.current == "< 5" && started?.previous == "6")
        #expect(rows.first { $0.label == "Omkostning i alt" }?.current == "13.500,00 kr.", "9.000 kr. + 10 hours × 450 kr.")
        #expect(DashboardMoneyView.unclaimedAmount(p).display(t) == "skjult", "2 × 2.500 kr. would give the 2 away")
    }

    @Test func keyFiguresShowTheChangeOnlyWhenBothPeriodsAreShown() {
        var fixture = FiguresFixture()
        fixture.referrals = Compared(24, 4)
        fixture.granted = Compared(12, 10)
        let kpis = DashboardView.kpis(fixture.published, t: t)
        #expect(kpis[0].value == "24" && kpis[0].compare == "Forrige periode: < 5 (skjult)")
        #expect(kpis[1].value == "12" && kpis[1].compare == "Forrige periode: 10 (+20 %)")
    }

    @Test func trendSentencesGiveNoChangeOfAHiddenCount() {
        func referrals(_ figure: Compared) -> String {
            var fixture = FiguresFixture()
            fixture.referrals = figure
            return StatusReportController.trends(fixture.published, t: t)[0]
        }
        #expect(referrals(Compared(3, 2)).hasPrefix("Færre end 5 indstillinger"), "50 % more would give away what < 5 hides")
        #expect(referrals(Compared(12, 4)).hasPrefix("Færre end 5"))
        #expect(referrals(Compared(12, 0)).contains("der var ingen i forrige periode"), "a real 0 is no secret")
        #expect(referrals(Compared(24, 20)) == "20 % flere indstillinger end i forrige periode (24 mod 20).")
    }
}
