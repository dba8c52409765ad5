import Domain
import Foundation
import Testing
@testable import Web

/// How the dashboard's view models hide small groups: in numbers, in bar lengths, in the text
/// alternative, and in the report's rates and costs per child.
@Suite struct DashboardViewTests {
    let t = try! TextCatalogue.bundled().bind(.da)

    @Test func barsOfSmallGroupsNeitherSayNorShowTheirSize() {
        let chart = Charts.bars(id: "c", title: "Børn pr. forening", items: [("Tvis", 10), ("Mejrup", 1), ("Nord", 4), ("Øst", 0)],
                                suppressSmall: true)
        #expect(chart.bars.map(\.value) == ["10", "< 5", "< 5", "0"])
        #expect(chart.bars[1].width == chart.bars[2].width, "1 and 4 are drawn alike, at the length of 5")
        #expect(chart.bars[1].width == Charts.format(5.0 / 10 * 340))
        #expect(chart.bars.map(\.suppressed) == [false, true, true, false])
        #expect(chart.description == "Tvis: 10, Mejrup: < 5, Nord: < 5, Øst: 0")
        let plain = Charts.bars(id: "v", title: "Børn pr. frivillig", items: [("1 barn", 3)])
        #expect(plain.bars[0].value == "3" && !plain.bars[0].suppressed, "volunteers are not a group of children")
    }

    @Test func aLongLineLabelsEveryFewMonthsAndAlwaysTheLast() {
        let year = Charts.line(id: "m", title: "t", description: "d", items: (1...12).map { ("m\($0)", $0) })
        #expect(year.dots.filter { !$0.showLabel }.isEmpty)
        let twoYears = Charts.line(id: "m", title: "t", description: "d", items: (1...24).map { ("m\($0)", $0) })
        #expect(twoYears.dots.filter(\.showLabel).count == 6, "every fourth of 24 months")
        #expect(twoYears.dots.last?.showLabel == true && twoYears.dots[22].showLabel == false && twoYears.dots[19].showLabel)
        #expect(twoYears.dots.last?.anchor == "end" && twoYears.dots[19].anchor == "middle")
    }

    @Test func theReportSaysTooFewInsteadOfARateOrACostFromUnderFiveChildren() {
        let few = Retention(due: 4, answered: 4, stillActive: 3)
        #expect(DashboardGuidanceView.retention(few, t: t, report: true) == "for få")
        #expect(DashboardGuidanceView.retention(few, t: t) == "75 % (3 af 4)", "the coordinator's own dashboard shows it")
        #expect(DashboardGuidanceView.retention(Retention(due: 8, answered: 6, stillActive: 4), t: t, report: true) == "50 %")
        #expect(DashboardGuidanceView.retention(Retention(due: 0, answered: 0, stillActive: 0), t: t, report: true) == "–")
        let cost = CostFigures(current: CostBasis(paid: Money(kroner: 9_000), guidanceMinutes: 600, startedActivity: 3, activeAfterSixMonths: 0),
                               previous: CostBasis(paid: Money(kroner: 9_000), guidanceMinutes: 0, startedActivity: 6, activeAfterSixMonths: 5),
                               hourlyRate: Money(kroner: 450))
        let rows = DashboardCostView.rows(cost, rate: Money(kroner: 450), t: t, report: true)
        let perStarted = rows.first { $0.label == "Omkostning pr. barn, der startede i en aktivitet" }
        #expect(perStarted?.current == "for få" && perStarted?.previous == "1.500,00 kr.")
        let started = rows.first { $0.label == "Børn, der startede i en aktivitet" }
        #expect(started?.current == "< 5" && started?.previous == "6")
        #expect(rows.first { $0.label == "Omkostning i alt" }?.current == "13.500,00 kr.", "9.000 kr. + 10 hours × 450 kr.")
    }
}
