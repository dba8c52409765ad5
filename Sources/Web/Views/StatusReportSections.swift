import Domain
import Foundation
import Mustache

/// The status report's figures as titled tables (also the lines of its CSV). Aggregates only:
/// every count of children shows "< 5" below five, and figures that would let a small count
/// be worked out (a rate, a cost per child) say "for få" instead.
struct ReportSection {
    struct Row: MustacheParent {
        let label: String
        let values: [String]
        /// What the row counts, the same in every municipality: the label, or a fixed key where
        /// the label holds a municipality's own setting (weeks, hourly rate). The admin's
        /// overview lines municipalities up by it.
        let key: String

        init(label: String, values: [String], key: String? = nil) {
            self.label = label
            self.values = values
            self.key = key ?? label
        }

        func child(named name: String) -> Any? {
            switch name {
            case "label": label
            case "values": values
            default: nil
            }
        }
    }

    /// Row keys the admin's overview picks out, or that stand for a label holding a setting.
    enum Key {
        static let allChildren = "allChildren", total = "total", guidanceCost = "guidanceCost"
        static let unclaimed = "unclaimed", unclaimedAmount = "unclaimedAmount"
    }

    /// The sections, in the report's order.
    enum ID: String {
        case passes, departments, schools, reach, guidance, associations, categories, freePlaces, volunteers, funding, payments, cost, progress
    }

    /// Which section this is: the admin's overview lines some up across municipalities.
    let id: ID
    let heading: String
    let note: String?
    /// What the rows are, when they name something (a school, an association); else "Tal".
    let rowHeading: String?
    let columns: [String]
    let rows: [Row]
    let hasRows: Bool

    init(id: ID, _ heading: String, note: String? = nil, rowHeading: String? = nil, columns: [String], rows: [Row]) {
        self.id = id
        self.heading = heading
        self.note = note
        self.rowHeading = rowHeading
        self.columns = columns
        self.rows = rows
        self.hasRows = !rows.isEmpty
    }

    /// A section of figure rows with the period and the previous period.
    init(id: ID, _ heading: String, note: String? = nil, rowHeading: String? = nil, figures: [FigureTable.Row], t: Texts) {
        self.init(id: id, heading, note: note, rowHeading: rowHeading,
                  columns: [t("dashboard.column.current"), t("dashboard.column.previous")],
                  rows: figures.map { Row(label: $0.label, values: [$0.current, $0.previous], key: $0.key) })
    }

    static func all(_ f: DashboardFigures, checklist: Checklist, t: Texts) -> [ReportSection] {
        intake(f, t: t) + [guidance(f, t: t)] + clubs(f, t: t) + [volunteers(f, t: t)] + money(f, t: t)
            + [cost(f, t: t), progress(f, checklist: checklist, t: t)]
    }

    static func intake(_ f: DashboardFigures, t: Texts) -> [ReportSection] {
        let i = f.intake
        func days(_ average: Double?) -> String { average.map { t("report.days", String(Int($0.rounded()))) } ?? "–" }
        let funnel = DashboardIntakeView.stages(f, t).map { FigureTable.Row.children($0.label, $0.figure) }
            + [FigureTable.Row(t("dashboard.daysToActivity"), days(i.averageDaysToFirstActivity), days(i.previousAverageDaysToFirstActivity))]
        return [
            ReportSection(id: .passes, t("report.section.passes"), note: t("dashboard.funnel.note"), figures: funnel, t: t),
            ReportSection(id: .departments, t("report.section.departments"), rowHeading: t("referral.department"),
                          figures: i.byDepartment.map { .children(t("department.\($0.key)"), $0.counts) }, t: t),
            ReportSection(id: .schools, t("report.section.schools"), rowHeading: t("child.school"),
                          figures: i.bySchool.sorted { $0.key < $1.key }.map { .children($0.key, $0.counts) }, t: t),
            ReportSection(id: .reach, t("report.section.reach"), rowHeading: t("child.schoolDistrict"),
                          columns: [t("dashboard.reach.children"), t("dashboard.reach.previous"), t("dashboard.reach.estimate")],
                          rows: i.reach.map { Row(label: $0.district, values: [SmallGroups.display($0.children), SmallGroups.display($0.previousChildren),
                                                                                $0.estimate.map(String.init) ?? "–"]) }),
        ]
    }

    static func guidance(_ f: DashboardFigures, t: Texts) -> ReportSection {
        ReportSection(id: .guidance, t("dashboard.guidance.title"), note: t("report.guidance.note"),
                      figures: DashboardGuidanceView.rows(f.guidance, t: t, report: true), t: t)
    }

    static func clubs(_ f: DashboardFigures, t: Texts) -> [ReportSection] {
        let a = f.associations
        return [
            ReportSection(id: .associations, t("dashboard.clubs.associations"), note: t("dashboard.clubs.note"),
                          rowHeading: t("dashboard.clubs.association"),
                          figures: [.children(t("dashboard.clubs.allChildren"), a.children, key: Key.allChildren)]
                              + a.byAssociation.map { .children($0.key, $0.counts) }, t: t),
            ReportSection(id: .categories, t("dashboard.clubs.categories"), rowHeading: t("dashboard.clubs.category"),
                          figures: a.byCategory.map { .children(t("activity.category.\($0.key)"), $0.counts) }, t: t),
            ReportSection(id: .freePlaces, t("dashboard.clubs.freePlaces"), rowHeading: t("dashboard.clubs.association"),
                          columns: [t("dashboard.clubs.places")], rows: a.freePlaces.map { Row(label: $0.label, values: [String($0.count)]) }),
        ]
    }

    static func volunteers(_ f: DashboardFigures, t: Texts) -> ReportSection {
        let buckets = f.volunteers.distribution.enumerated().map {
            Row(label: t("report.volunteers.bucket.\($0.offset)"), values: [String($0.element)])
        }
        return ReportSection(id: .volunteers, t("dashboard.volunteers.title"), note: t("dashboard.volunteers.note"),
                             columns: [t("dashboard.column.today")],
                             rows: DashboardVolunteersView.rows(f.volunteers, t: t).map { Row(label: $0.label, values: [$0.current]) } + buckets)
    }

    static func money(_ f: DashboardFigures, t: Texts) -> [ReportSection] {
        let m = f.money
        let columns = ["budget", "granted", "claimed", "paid", "remaining"].map { t("dashboard.money.column.\($0)") }
        func values(_ budget: Money, _ granted: Money, _ claimed: Money, _ paid: Money, _ remaining: Money) -> [String] {
            [budget, granted, claimed, paid, remaining].map(\.plain)
        }
        let total = m.total
        let sources = m.funding.map {
            Row(label: t("report.money.source", $0.source.name, String($0.year)), values: values($0.budget, $0.granted, $0.claimed, $0.paid, $0.remaining))
        } + [Row(label: t("dashboard.money.total"), values: values(total.budget, total.granted, total.claimed, total.paid, total.remaining),
               key: Key.total)]
        let years = m.budgetYears.map(String.init).joined(separator: ", ")
        return [
            ReportSection(id: .funding, t("dashboard.money.title"),
                          note: t(m.budgetYears.count == 1 ? "dashboard.money.intro" : "dashboard.money.introYears", years),
                          rowHeading: t("dashboard.money.source"), columns: columns, rows: sources),
            ReportSection(id: .payments, t("report.section.payments"), figures: [
                FigureTable.Row(t("dashboard.money.paid"), m.paid.display, m.previousPaid.display),
                FigureTable.Row(t("report.money.unclaimed", String(m.unclaimedWeeks)), String(m.unclaimedCount), "–", key: Key.unclaimed),
                FigureTable.Row(t("report.money.unclaimedAmount", String(m.unclaimedWeeks)), m.unclaimedAmount.display, "–",
                                key: Key.unclaimedAmount),
            ], t: t),
        ]
    }

    static func cost(_ f: DashboardFigures, t: Texts) -> ReportSection {
        guard let rate = f.cost.hourlyRate else {
            return ReportSection(id: .cost, t("dashboard.cost.title"), note: t("dashboard.cost.noRate"), columns: [], rows: [])
        }
        return ReportSection(id: .cost, t("dashboard.cost.title"), note: t("dashboard.cost.note"),
                             figures: DashboardCostView.rows(f.cost, rate: rate, t: t, report: true), t: t)
    }

    static func progress(_ f: DashboardFigures, checklist: Checklist, t: Texts) -> ReportSection {
        let followUps = [Row(label: t("dashboard.followUps.due"), values: [SmallGroups.display(f.followUps.due)]),
                         Row(label: t("dashboard.followUps.overdue"), values: [SmallGroups.display(f.followUps.overdue)])]
        let phases = DashboardProgressView.phases(checklist, t: t).map { Row(label: $0.title, values: [$0.percentText]) }
        return ReportSection(id: .progress, t("dashboard.progress.title"), columns: [t("dashboard.column.today")], rows: followUps + phases)
    }
}
