import Foundation

/// The dashboard's figures as anyone may see them: every count of children passed through one
/// `DisclosureTable`, so the dashboard, the status report, its CSV and the admin's overview
/// hide the same cells, and a figure computed from a hidden count is hidden with it.
///
/// The sums a reader could subtract: referrals are the sum of the departments, of the schools
/// (with the children without a school) and, for the period, of the months; children in
/// activities are at most the sum of the associations and of the kinds of activity.
public struct PublishedFigures: Sendable {
    public enum Side: Sendable, CaseIterable { case current, previous }

    /// A count of children on the dashboard. Groups from lists are named by their position.
    public enum Key: Hashable, Sendable {
        case referrals, granted, redeemed, activeAfterSixMonths
        case cohort(Cohort.Stage)
        case department(Department)
        case school(Int), withoutSchool
        case month(Int), afterLastMonth
        case reach(Int)
        case contacted, ended(CourseStatus), retentionDue
        case allChildren, association(Int), category(Int)
        case startedActivity
        case followUpsDue, followUpsOverdue, unclaimed
    }

    struct CellKey: Hashable {
        let key: Key
        let side: Side
    }

    public let figures: DashboardFigures
    private let cells: [CellKey: DisclosureTable.Cell]
    private let disclosure: Disclosure

    public init(_ figures: DashboardFigures) {
        self.figures = figures
        var table = DisclosureTable()
        var cells: [CellKey: DisclosureTable.Cell] = [:]
        func add(_ key: Key, _ side: Side, _ value: Int) -> DisclosureTable.Cell {
            let cell = table.children(value)
            cells[CellKey(key: key, side: side)] = cell
            return cell
        }
        func pick(_ compared: Compared, _ side: Side) -> Int { side == .current ? compared.current : compared.previous }
        let intake = figures.intake, guidance = figures.guidance, clubs = figures.associations

        for side in Side.allCases {
            let referrals = add(.referrals, side, pick(intake.referrals, side))
            _ = add(.granted, side, pick(intake.granted, side))
            _ = add(.redeemed, side, pick(intake.redeemed, side))
            _ = add(.activeAfterSixMonths, side, pick(guidance.activeAfterSixMonths, side))
            let cohort = side == .current ? intake.cohort : intake.previousCohort
            for stage in Cohort.Stage.allCases { _ = add(.cohort(stage), side, cohort[stage]) }

            let departments = intake.byDepartment.compactMap { group in
                Department(rawValue: group.key).map { add(.department($0), side, pick(group.counts, side)) }
            }
            table.sum(referrals, of: departments)
            let schools = intake.bySchool.enumerated().map { add(.school($0.offset), side, pick($0.element.counts, side)) }
            let withoutSchool = pick(intake.referrals, side) - intake.bySchool.map { pick($0.counts, side) }.reduce(0, +)
            table.sum(referrals, of: schools + [add(.withoutSchool, side, max(0, withoutSchool))])

            for (index, reach) in intake.reach.enumerated() {
                _ = add(.reach(index), side, side == .current ? reach.children : reach.previousChildren)
            }
            _ = add(.contacted, side, pick(guidance.contacted, side))
            for status in CourseStatus.outcomes { _ = add(.ended(status), side, pick(guidance.ended(status), side)) }
            _ = add(.retentionDue, side, side == .current ? guidance.retention.due : guidance.previousRetention.due)

            let all = add(.allChildren, side, pick(clubs.children, side))
            table.sum(all, of: clubs.byAssociation.enumerated().map { add(.association($0.offset), side, pick($0.element.counts, side)) })
            table.sum(all, of: clubs.byCategory.enumerated().map { add(.category($0.offset), side, pick($0.element.counts, side)) })

            _ = add(.startedActivity, side, side == .current ? figures.cost.current.startedActivity : figures.cost.previous.startedActivity)
        }

        // The line of months covers the period; referrals dated after its last month (if any)
        // belong to the sum but are not drawn.
        let months = intake.referralsPerMonth.enumerated().map { add(.month($0.offset), .current, $0.element.count) }
        let drawn = intake.referralsPerMonth.map(\.count).reduce(0, +)
        let after = table.unpublished(max(0, intake.referrals.current - drawn))
        cells[CellKey(key: .afterLastMonth, side: .current)] = after
        if let total = cells[CellKey(key: .referrals, side: .current)] { table.sum(total, of: months + [after]) }

        _ = add(.followUpsDue, .current, figures.followUps.due)
        _ = add(.followUpsOverdue, .current, figures.followUps.overdue)
        _ = add(.unclaimed, .current, figures.money.unclaimedCount)

        self.cells = cells
        disclosure = table.protect()
    }

    /// A count of children as it may be shown.
    public func count(_ key: Key, _ side: Side = .current) -> Shown<Int> {
        guard let cell = cells[CellKey(key: key, side: side)] else { return .hidden }
        return disclosure.shown(cell)
    }

    /// The same count for the period and the one before.
    public func pair(_ key: Key) -> (current: Shown<Int>, previous: Shown<Int>) {
        (count(key, .current), count(key, .previous))
    }

    /// The change in percent since the previous period; hidden when either count is, nil
    /// inside when there is nothing to compare with.
    public func change(_ key: Key) -> Shown<Int?> {
        let (current, previous) = pair(key)
        return .derived(from: [current, previous]) { Compared($0[0], $0[1]).changePercent }
    }

    /// A figure computed from counts (a share, a cost per child, an average over children):
    /// shown only when all of them are.
    public func derived<Value>(from keys: [(Key, Side)], _ compute: () -> Value) -> Shown<Value> {
        .derived(from: keys.map { count($0.0, $0.1) }) { _ in compute() }
    }

    /// Which of `candidates` certainly hold the fewest. Only shown counts are ranked, and only
    /// when nothing hidden could be lower: a "< 5" group may hold 1, any other hidden count 5,
    /// so a real zero is always the fewest, and a shown 12 never is beside a "< 5". Empty when
    /// the fewest cannot be told without ranking hidden counts.
    public func fewest(_ candidates: [Key], _ side: Side = .current) -> Set<Key> {
        let counts = candidates.map { ($0, count($0, side)) }
        let shown = counts.compactMap { key, count in count.value.map { (key, $0) } }
        guard let lowest = shown.map(\.1).min() else { return [] }
        let hiddenFloor = counts.map { _, count -> Int in
            switch count {
            case .value: Int.max
            case .few: 1
            case .hidden: Disclosure.threshold
            }
        }.min() ?? Int.max
        guard lowest <= hiddenFloor else { return [] }
        return Set(shown.filter { $0.1 == lowest }.map(\.0))
    }
}
