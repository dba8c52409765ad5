import Foundation

/// What a published figure shows: its value, or a mark saying that it is hidden.
public enum Shown<Value: Sendable & Equatable>: Sendable, Equatable {
    case value(Value)
    /// A count of one to four children ("< 5").
    case few
    /// Hidden so that a count under five cannot be worked out: a count hidden beside a small one,
    /// or a figure computed from a hidden count.
    case hidden

    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    public var isHidden: Bool { value == nil }

    public func map<T>(_ transform: (Value) -> T) -> Shown<T> {
        switch self {
        case .value(let value): .value(transform(value))
        case .few: .few
        case .hidden: .hidden
        }
    }

    /// A figure computed from others (a percentage with its base, a change since the previous
    /// period, a cost per child): shown only when every figure it is computed from is shown,
    /// so it can never give a hidden one away.
    public static func derived<A>(from inputs: [Shown<A>], _ compute: ([A]) -> Value) -> Shown<Value> {
        let values = inputs.compactMap(\.value)
        return values.count == inputs.count ? .value(compute(values)) : .hidden
    }
}

/// Small-number protection for a set of related counts (the one rule every published figure
/// follows, see `DisclosureTable.protect()`).
///
/// Counts of children from one to four are hidden ("< 5"), and a group under five is not broken
/// down (every part of a "< 5" total reads "< 5"). Where counts add up (departments to all
/// referrals, months to the period), a reader who knows the total and all but one part could
/// subtract, so more cells are hidden until no hidden count can be worked out. The reader is
/// assumed to know everything the page says: shown values exactly, that a "< 5" cell holds 1–4
/// (0–4 as a part of a "< 5" total) and that any other hidden count of children holds at least
/// five (a count hidden beside a small one is never zero).
public struct DisclosureTable: Sendable {
    public struct Cell: Hashable, Sendable {
        public let index: Int
    }

    enum Kind: Sendable {
        /// Children: hidden when 1–4.
        case children
        /// Counted, but not of people (sessions); never hidden for its own sake.
        case other
        /// Part of a sum but never published (e.g. referrals dated after today): unknown to the reader.
        case unpublished
    }

    private(set) var values: [Int] = []
    private(set) var kinds: [Kind] = []
    /// Each relation says `total = sum of parts`: the total first, then the parts.
    private(set) var relations: [[Int]] = []

    public init() {}

    /// A count of children.
    public mutating func children(_ value: Int) -> Cell { add(value, .children) }

    /// A count of something other than people.
    public mutating func other(_ value: Int) -> Cell { add(value, .other) }

    /// A count that belongs to a sum but is never shown.
    public mutating func unpublished(_ value: Int) -> Cell { add(value, .unpublished) }

    private mutating func add(_ value: Int, _ kind: Kind) -> Cell {
        values.append(max(0, value))
        kinds.append(kind)
        return Cell(index: values.count - 1)
    }

    /// `total` is the sum of `parts`. Where a total is at most the sum (a child in two clubs
    /// counts once in the total), declaring it equal protects at least as well: a reader who
    /// knew it was equal could work out no less.
    public mutating func sum(_ total: Cell, of parts: [Cell]) {
        guard !parts.isEmpty else { return }
        relations.append([total.index] + parts.map(\.index))
    }

    /// The marks: primary ("< 5") on every count of one to four children, then secondary
    /// ("hidden") on the smallest other count of a sum, repeated until no hidden count in any
    /// sum can be worked out exactly from what is shown and what the marks say.
    public func protect() -> Disclosure {
        var marks: [Mark?] = kinds.enumerated().map { index, kind in
            switch kind {
            case .children: (1..<Disclosure.threshold).contains(values[index]) ? .few : nil
            case .other: nil
            // A reader assumes there is nothing outside what is shown; only a real remainder is unknown.
            case .unpublished: values[index] > 0 ? .unpublished : nil
            }
        }
        // A group under five is not broken down: every part of a "< 5" total reads "< 5", its
        // zeros too (true: 0 is under five), or four parts of 1 under a total of 4 would show.
        var spreading = true
        while spreading {
            spreading = false
            for relation in relations where marks[relation[0]] == .few {
                for part in relation.dropFirst() where marks[part] == nil && kinds[part] == .children {
                    marks[part] = .few
                    spreading = true
                }
            }
        }
        // Each round hides one more cell, so this ends within the number of cells.
        for _ in 0...values.count {
            guard let next = exposedCells(marks).lazy.compactMap({ secondary(for: $0, marks) }).first else { break }
            marks[next] = .hidden
        }
        return Disclosure(values: values, marks: marks)
    }

    enum Mark: Sendable, Equatable { case few, hidden, unpublished }

    /// The hidden cells whose value the reader could work out.
    private func exposedCells(_ marks: [Mark?]) -> [Int] {
        let solver = SumSolver(values: values, bounds: bounds(marks), relations: relations)
        return marks.indices.filter { index in
            // A zero shown as "< 5" only keeps a small group from being broken down; working
            // it out gives no group away.
            guard let mark = marks[index], values[index] > 0 else { return false }
            // A remainder nobody sees matters only when it is itself a small group.
            if mark == .unpublished && !(1..<Disclosure.threshold).contains(values[index]) { return false }
            return solver.isDetermined(index)
        }
    }

    /// What the reader knows of each cell.
    func bounds(_ marks: [Mark?]) -> [ClosedRange<Int>] {
        // A "< 5" part of a "< 5" total may be a zero.
        let mayBeZero = Set(relations.filter { marks[$0[0]] == .few }.flatMap { $0.dropFirst() })
        return values.indices.map { index in
            switch marks[index] {
            case nil: values[index]...values[index]
            case .few: (mayBeZero.contains(index) ? 0 : 1)...(Disclosure.threshold - 1)
            case .hidden: kinds[index] == .children ? Disclosure.threshold...SumSolver.unbounded : 0...SumSolver.unbounded
            case .unpublished: 0...SumSolver.unbounded
            }
        }
    }

    /// The cell to hide next to protect `exposed`: the smallest shown count above zero in a sum
    /// it belongs to (parts before totals); when its own sums have none left, the same in the
    /// sums of the hidden cells linked to it, since those pin it down too.
    private func secondary(for exposed: Int, _ marks: [Mark?]) -> Int? {
        var reached: Set<Int> = [exposed], frontier = [exposed]
        while !frontier.isEmpty {
            let sums = relations.filter { relation in relation.contains { frontier.contains($0) } }
            // Ranked by (is a total, value, cell): parts before totals, smaller before larger.
            var best: (rank: (Int, Int, Int), cell: Int)?
            for relation in sums {
                for (position, cell) in relation.enumerated() where marks[cell] == nil && values[cell] > 0 {
                    let rank = (position == 0 ? 1 : 0, values[cell], cell)
                    if let current = best, current.rank <= rank { continue }
                    best = (rank, cell)
                }
            }
            if let best { return best.cell }
            frontier = sums.joined().filter { marks[$0] != nil && reached.insert($0).inserted }
        }
        return nil
    }
}

/// The marks `DisclosureTable.protect()` decided, read per cell.
public struct Disclosure: Sendable {
    /// Counts of children below this are never published.
    public static let threshold = 5

    let values: [Int]
    let marks: [DisclosureTable.Mark?]

    public func shown(_ cell: DisclosureTable.Cell) -> Shown<Int> {
        switch marks[cell.index] {
        case nil: .value(values[cell.index])
        case .few: .few
        case .hidden, .unpublished: .hidden
        }
    }
}

/// Works out what a reader can know of the cells of a set of sums, exactly: a cell is
/// determined when no other value of it fits every sum within every cell's bounds. Where the
/// search cannot finish it answers "determined", so the protection hides more, never less.
struct SumSolver {
    /// Stands for "no upper bound" (far above any count this system holds).
    static let unbounded = 1 << 40

    let values: [Int]
    let bounds: [ClosedRange<Int>]
    let relations: [[Int]]

    func isDetermined(_ cell: Int) -> Bool {
        guard var domains = propagate(bounds) else { return true }
        let truth = values[cell]
        let range = domains[cell]
        // The true values always fit; look for a solution with another value of `cell`. The values
        // a sum allows form an interval, so the neighbours and the ends of the range suffice.
        var budget = 20_000
        for candidate in Set([truth - 1, truth + 1, range.lowerBound, range.upperBound]).sorted()
        where candidate != truth && range.contains(candidate) {
            domains[cell] = candidate...candidate
            if solvable(domains, budget: &budget) { return false }
        }
        return true
    }

    /// Narrows every cell's range by each sum in turn until nothing changes; nil when no
    /// assignment fits, or when narrowing does not settle (treated as "cannot tell").
    func propagate(_ start: [ClosedRange<Int>]) -> [ClosedRange<Int>]? {
        var domains = start
        for _ in 0..<500 {
            var changed = false
            for relation in relations {
                // total - sum(parts) = 0: coefficient +1 for the total, -1 for each part.
                func coefficient(_ position: Int) -> Int { position == 0 ? 1 : -1 }
                var low = 0, high = 0
                for (position, cell) in relation.enumerated() {
                    low += coefficient(position) > 0 ? domains[cell].lowerBound : -domains[cell].upperBound
                    high += coefficient(position) > 0 ? domains[cell].upperBound : -domains[cell].lowerBound
                }
                if low > 0 || high < 0 { return nil }
                for (position, cell) in relation.enumerated() {
                    let d = domains[cell]
                    let positive = coefficient(position) > 0
                    // The rest of the sum spans [restLow, restHigh]; this term must cancel it.
                    let restLow = low - (positive ? d.lowerBound : -d.upperBound)
                    let restHigh = high - (positive ? d.upperBound : -d.lowerBound)
                    let lower = max(d.lowerBound, positive ? -restHigh : restLow)
                    let upper = min(d.upperBound, positive ? -restLow : restHigh)
                    if lower > upper { return nil }
                    if lower != d.lowerBound || upper != d.upperBound {
                        domains[cell] = lower...upper
                        changed = true
                    }
                }
            }
            if !changed { return domains }
        }
        return nil
    }

    /// Whether some assignment within `domains` fits every sum. Once no open cell is shared by
    /// two sums, each sum stands alone and narrowing has proved it solvable (a sum of intervals
    /// is an interval); until then, try the values of a shared cell.
    func solvable(_ start: [ClosedRange<Int>], budget: inout Int) -> Bool {
        budget -= 1
        guard budget > 0, let domains = propagate(start) else { return false }
        let shared = domains.indices.filter { cell in
            domains[cell].count > 1 && relations.filter { $0.contains(cell) }.count > 1
        }
        guard let branch = shared.min(by: { domains[$0].count < domains[$1].count }) else { return true }
        let range = domains[branch]
        let candidates = range.count <= 32 ? Array(range)
            : Array(Set([range.lowerBound, range.lowerBound + 1, values[branch], range.upperBound - 1, range.upperBound]))
                .filter { range.contains($0) }.sorted()
        for candidate in candidates {
            var next = domains
            next[branch] = candidate...candidate
            if solvable(next, budget: &budget) { return true }
        }
        return false
    }
}
