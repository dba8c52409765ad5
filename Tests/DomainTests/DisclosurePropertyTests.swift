import Domain
import Testing

/// Generated tables, protected by `DisclosureTable`, then attacked: an independent search tries
/// every value a hidden cell could hold given what a reader sees — shown cells, the meaning of
/// the marks ("< 5" is 1–4, "skjult" is at least 5), every row and column total, percentages
/// with their base and differences to the previous period — and fails when only one fits.
@Suite struct DisclosurePropertyTests {
    @Test(arguments: 0..<150)
    func noHiddenCountCanBeWorkedOutFromARowAndColumnTable(seed: Int) {
        var random = SplitMix(seed: UInt64(seed) &* 7919 &+ 17)
        let table = GeneratedTable.grid(&random)
        check(table, seed: seed)
    }

    @Test(arguments: 0..<150)
    func noHiddenCountCanBeWorkedOutFromListsSharingATotal(seed: Int) {
        var random = SplitMix(seed: UInt64(seed) &* 104_729 &+ 3)
        let table = GeneratedTable.star(&random)
        check(table, seed: seed)
    }

    @Test func theRulesOwnExamples() {
        // 12 % of 25 = 3: the share is hidden with the count.
        var table = DisclosureTable()
        let reached = table.children(3), estimate = 25
        let disclosure = table.protect()
        #expect(disclosure.shown(reached) == .few)
        #expect(Shown<Int>.derived(from: [disclosure.shown(reached)]) { _ in 3 * 100 / estimate } == .hidden)

        // Departments 5 + 1 = 6: hiding the 1 and the 5 is not enough (a "< 5" and a hidden
        // count of at least 5 adding to 6 can only be 1 and 5), so the total goes too.
        var departments = DisclosureTable()
        let total = departments.children(6), school = departments.children(5), ssp = departments.children(1)
        departments.sum(total, of: [school, ssp])
        let protected = departments.protect()
        #expect(protected.shown(ssp) == .few && protected.shown(school) == .hidden && protected.shown(total) == .hidden)

        // A real zero is shown, and one small group among large ones takes the smallest other.
        var clubs = DisclosureTable()
        let all = clubs.children(40)
        let parts = [12, 9, 3, 16, 0].map { clubs.children($0) }
        clubs.sum(all, of: parts)
        let shown = clubs.protect()
        #expect(parts.map { shown.shown($0) } == [.value(12), .hidden, .few, .value(16), .value(0)])
        #expect(shown.shown(all) == .value(40))
    }

    func check(_ table: GeneratedTable, seed: Int) {
        var disclosure = DisclosureTable()
        let cells = table.values.map { disclosure.children($0) }
        for relation in table.relations { disclosure.sum(cells[relation.total], of: relation.parts.map { cells[$0] }) }
        let protected = disclosure.protect()
        let shown = cells.map { protected.shown($0) }

        let partsOfFew = Set(table.relations.filter { shown[$0.total] == .few }.flatMap(\.parts))
        for (index, value) in table.values.enumerated() {
            if (1...4).contains(value) { #expect(shown[index] == .few, "seed \(seed): a count of \(value) must read < 5") }
            if value == 0 && !partsOfFew.contains(index) { #expect(shown[index] == .value(0), "seed \(seed): a real 0 is shown") }
            if partsOfFew.contains(index) { #expect(shown[index] == .few, "seed \(seed): a group under 5 is not broken down") }
            if let number = shown[index].value { #expect(number == value, "seed \(seed): a shown value is the true one") }
        }
        let page = Page(table: table, shown: shown)
        // Every hidden count; a zero hidden only so a small group is not broken down gives no group away.
        for index in shown.indices where shown[index].isHidden && table.values[index] > 0 {
            #expect(page.alternative(for: index) != nil,
                    "seed \(seed): cell \(index) (\(table.values[index])) can be worked out from \(page.describe())")
        }
    }
}

/// SplitMix64, seeded, so every failing table can be made again from its seed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Counts and the sums among them, as tables on the pages have them.
struct GeneratedTable {
    struct Relation {
        let total: Int
        let parts: [Int]
    }

    var values: [Int] = []
    var relations: [Relation] = []
    /// For each cell of the current period, its cell in the previous period (differences are shown).
    var previous: [Int: Int] = [:]
    /// Percentages shown as `part` of `base` (e.g. a school's share of all referrals).
    var shares: [(part: Int, base: Int)] = []

    /// Small counts are common, so most tables need protecting.
    static func count(_ random: inout SplitMix) -> Int {
        switch Int.random(in: 0..<10, using: &random) {
        case 0...1: 0
        case 2...5: Int.random(in: 1...4, using: &random)
        case 6...8: Int.random(in: 5...12, using: &random)
        default: Int.random(in: 13...30, using: &random)
        }
    }

    mutating func add(_ value: Int) -> Int {
        values.append(value)
        return values.count - 1
    }

    /// A table with row totals, column totals and a grand total, for this period and the one before.
    static func grid(_ random: inout SplitMix) -> GeneratedTable {
        var table = GeneratedTable()
        let rows = Int.random(in: 2...3, using: &random), columns = Int.random(in: 2...3, using: &random)
        var grids: [[[Int]]] = []
        for _ in 0..<2 {
            let grid = (0..<rows).map { _ in (0..<columns).map { _ in table.add(count(&random)) } }
            let rowTotals = grid.map { row in table.add(row.map { table.values[$0] }.reduce(0, +)) }
            let columnTotals = (0..<columns).map { c in table.add(grid.map { table.values[$0[c]] }.reduce(0, +)) }
            let grand = table.add(rowTotals.map { table.values[$0] }.reduce(0, +))
            for (r, row) in grid.enumerated() { table.relations.append(Relation(total: rowTotals[r], parts: row)) }
            for c in 0..<columns { table.relations.append(Relation(total: columnTotals[c], parts: grid.map { $0[c] })) }
            table.relations.append(Relation(total: grand, parts: rowTotals))
            table.relations.append(Relation(total: grand, parts: columnTotals))
            for (r, row) in grid.enumerated() { for cell in row { table.shares.append((cell, rowTotals[r])) } }
            grids.append(grid)
        }
        for r in 0..<rows { for c in 0..<columns { table.previous[grids[0][r][c]] = grids[1][r][c] } }
        return table
    }

    /// One total split several ways (departments, schools, months), for this period and the one before.
    static func star(_ random: inout SplitMix) -> GeneratedTable {
        var table = GeneratedTable()
        let lists = (0..<Int.random(in: 1...3, using: &random)).map { _ in Int.random(in: 1...4, using: &random) }
        var totals: [Int] = []
        var firstParts: [[Int]] = []
        for period in 0..<2 {
            let first = (0..<lists[0]).map { _ in count(&random) }
            let total = table.add(first.reduce(0, +))
            totals.append(total)
            for (index, length) in lists.enumerated() {
                // Every list splits the same total: spread it over `length` parts.
                var parts = index == 0 ? first : Array(repeating: 0, count: length)
                if index > 0 { for _ in 0..<table.values[total] { parts[Int.random(in: 0..<length, using: &random)] += 1 } }
                let cells = parts.map { table.add($0) }
                table.relations.append(Relation(total: total, parts: cells))
                for cell in cells { table.shares.append((cell, total)) }
                if index == 0 && period == 0 { firstParts.append(cells) }
                if index == 0 && period == 1 { for (a, b) in zip(firstParts[0], cells) { table.previous[a] = b } }
            }
        }
        table.previous[totals[0]] = totals[1]
        return table
    }
}

/// What a reader sees, and a search for another table that looks the same.
struct Page {
    let table: GeneratedTable
    let shown: [Shown<Int>]

    /// What each cell's mark tells the reader: "< 5" is 1–4, or 0–4 as a part of a "< 5" total.
    var marked: [ClosedRange<Int>] {
        let cap = table.values.reduce(0, +) + 10
        let partsOfFew = Set(table.relations.filter { shown[$0.total] == .few }.flatMap(\.parts))
        return shown.enumerated().map { index, shown in
            switch shown {
            case .value(let v): v...v
            case .few: (partsOfFew.contains(index) ? 0 : 1)...4
            case .hidden: 5...max(5, cap)
            }
        }
    }

    /// Narrows the ranges by the sums (a part is at most its total less the other parts' least,
    /// a total at least its parts' least and at most their most); nil when nothing fits.
    func narrowed(_ start: [ClosedRange<Int>]) -> [ClosedRange<Int>]? {
        var ranges = start
        var changed = true
        while changed {
            changed = false
            for relation in table.relations {
                let parts = relation.parts.map { ranges[$0] }
                let low = max(ranges[relation.total].lowerBound, parts.map(\.lowerBound).reduce(0, +))
                let high = min(ranges[relation.total].upperBound, parts.map(\.upperBound).reduce(0, +))
                guard low <= high else { return nil }
                if ranges[relation.total] != low...high { ranges[relation.total] = low...high; changed = true }
                let partsLow = parts.map(\.lowerBound).reduce(0, +), partsHigh = parts.map(\.upperBound).reduce(0, +)
                for (index, part) in relation.parts.enumerated() {
                    let lower = max(parts[index].lowerBound, low - (partsHigh - parts[index].upperBound))
                    let upper = min(parts[index].upperBound, high - (partsLow - parts[index].lowerBound))
                    guard lower <= upper else { return nil }
                    if ranges[part] != lower...upper { ranges[part] = lower...upper; changed = true }
                }
            }
        }
        return ranges
    }

    /// Whether fixed values fit what the reader sees besides the sums: shown shares and
    /// differences to the previous period read the same.
    func fitsShownFigures(_ values: [Int]) -> Bool {
        for share in table.shares where shown[share.part].value != nil && shown[share.base].value != nil {
            if values[share.part] * 1000 / max(1, values[share.base]) != table.values[share.part] * 1000 / max(1, table.values[share.base]) {
                return false
            }
        }
        for (now, before) in table.previous where shown[now].value != nil && shown[before].value != nil {
            if values[now] - values[before] != table.values[now] - table.values[before] { return false }
        }
        return true
    }

    /// Another table that reads the same on the page and differs in `cell`, if any.
    func alternative(for cell: Int) -> [Int]? {
        guard let start = narrowed(marked) else { return nil }
        for value in start[cell].sorted(by: { abs($0 - table.values[cell]) < abs($1 - table.values[cell]) }) where value != table.values[cell] {
            var ranges = start
            ranges[cell] = value...value
            var nodes = 0
            if let found = solve(ranges, &nodes) { return found }
        }
        return nil
    }

    /// Some whole table within the ranges: narrow, then try the values of the least certain cell.
    private func solve(_ start: [ClosedRange<Int>], _ nodes: inout Int) -> [Int]? {
        nodes += 1
        guard nodes < 200_000, let ranges = narrowed(start) else { return nil }
        guard let open = ranges.indices.filter({ ranges[$0].count > 1 }).min(by: { ranges[$0].count < ranges[$1].count }) else {
            let values = ranges.map(\.lowerBound)
            return fitsShownFigures(values) ? values : nil
        }
        for value in ranges[open].sorted(by: { abs($0 - table.values[open]) < abs($1 - table.values[open]) }) {
            var next = ranges
            next[open] = value...value
            if let found = solve(next, &nodes) { return found }
        }
        return nil
    }

    func describe() -> String {
        let cells = zip(table.values, shown).enumerated().map { "\($0.offset)=\($0.element.0)→\($0.element.1)" }.joined(separator: " ")
        let sums = table.relations.map { "\($0.total)=Σ\($0.parts)" }.joined(separator: " ")
        return cells + " | " + sums
    }
}
