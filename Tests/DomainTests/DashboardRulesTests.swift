import Domain
import Testing

@Suite struct DashboardRulesTests {
    @Test func smallGroupsAreSuppressed() {
        #expect(SmallGroups.display(0) == "0")
        #expect(SmallGroups.display(1) == "< 5")
        #expect(SmallGroups.display(4) == "< 5")
        #expect(SmallGroups.display(5) == "5")
        #expect(SmallGroups.display(120) == "120")
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

    @Test func reachPercent() {
        #expect(DistrictReach(district: "Nord", children: 12, estimate: 80).percent == 15)
        #expect(DistrictReach(district: "Nord", children: 12, estimate: nil).percent == nil)
        #expect(DistrictReach(district: "Nord", children: 12, estimate: 0).percent == nil)
    }
}
