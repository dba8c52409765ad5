import Domain
import Foundation

/// The status report's figures as titled tables (also the lines of its CSV and the admin's
/// overview). Aggregates only, as `PublishedFigures` publishes them: a count of one to four
/// children shows "< 5", and a count or figure from which such a count could be worked out
/// shows "skjult".
struct ReportSection {
    struct Row {
        let label: String
        let figures: [FigureValue]
        /// The figures as the page shows them.
        let values: [String]
        /// What the row counts, the same in every municipality: the label, or a fixed key where
        /// the label holds a municipality's own setting (weeks, hourly rate). The admin's
        /// overview lines municipalities up by it.
        let key: String

        init(label: String, figures: [FigureValue], key: String? = nil, t: Texts) {
            self.label = label
            self.figures = figures
            values = figures.map { $0.display(t) }
            self.key = key ?? label
        }
    }

    /// Row keys the admin's overview picks out, or that stand for a label holding a setting.
    enum Key {
        static let allChildren = "allChildren", total = "total", guidanceCost = "guidanceCost"
        static let unclaimed = "unclaimed", unclaimedAmount = "unclaimedAmount"
    }

    /// The sections, in the report's order.
    enum ID: String {
        case passes, cohort, departments, schools, reach, guidance, associations, categories, freePlaces, volunteers, funding, payments, cost, progress
    }

    /// Which section this is: the admin's overview lines some up across municipalities.
    let id: ID
    let heading: String
    let note: String?
    /// What the rows are, when they name something (a school, an association); else "Tal".
    let rowHeading: String?
    let columns: [String]
    let rows: [Row]

    init(id: ID, _ heading: String, note: String? = nil, rowHeading: String? = nil, columns: [String], rows: [Row]) {
        self.id = id
        self.heading = heading
        self.note = note
        self.rowHeading = rowHeading
        self.columns = columns
        self.rows = rows
    }

    /// A section of figure rows with the period and the previous period.
    init(id: ID, _ heading: String, note: String? = nil, rowHeading: String? = nil, figures: [FigureTable.Row], t: Texts) {
        self.init(id: id, heading, note: note, rowHeading: rowHeading,
                  columns: [t("dashboard.column.current"), t("dashboard.column.previous")],
                  rows: figures.map { Row(label: $0.label, figures: $0.values, key: $0.key, t: t) })
    }

    /// The section as the report's page (and the admin's overview) shows it.
    var view: StatusReportView.Section {
        StatusReportView.Section(heading: heading, note: note, rowHeading: rowHeading, columns: columns,
                                 rows: rows.map { StatusReportView.Section.Row(label: $0.label, values: $0.values) })
    }

    static func all(_ p: PublishedFigures, checklist: Checklist, t: Texts) -> [ReportSection] {
        intake(p, t: t) + [guidance(p, t: t)] + clubs(p, t: t) + [volunteers(p.figures, t: t)] + money(p, t: t)
            + [cost(p, t: t), progress(p, checklist: checklist, t: t)]
    }

    static func intake(_ p: PublishedFigures, t: Texts) -> [ReportSection] {
        let i = p.figures.intake
        func days(_ average: Double?, _ side: PublishedFigures.Side) -> FigureValue {
            average.map { average in .days(p.derived(from: [(.redeemed, side)]) { Int(average.rounded()) }) } ?? .missing
        }
        let events = DashboardIntakeView.eventKeys.map { FigureTable.Row(t($0.label), p, $0.key, t: t) }
            + [FigureTable.Row(t("dashboard.daysToActivity"), days(i.averageDaysToFirstActivity, .current),
                               days(i.previousAverageDaysToFirstActivity, .previous), t: t)]
        let cohort = DashboardIntakeView.cohortStages(t).map { FigureTable.Row($0.label, p, $0.key, t: t) }
        let schools = i.bySchool.indices.sorted { i.bySchool[$0].key.localizedCompare(i.bySchool[$1].key) == .orderedAscending }
            .map { FigureTable.Row(i.bySchool[$0].key, p, .school($0), t: t) }
        let withoutSchool = p.pair(.withoutSchool) == (.value(0), .value(0)) ? [] : [FigureTable.Row(t("dashboard.schools.none"), p, .withoutSchool, t: t)]
        return [
            ReportSection(id: .passes, t("report.section.passes"), note: t("report.passes.note"), figures: events, t: t),
            ReportSection(id: .cohort, t("dashboard.funnel.title"), note: t("dashboard.funnel.note"), rowHeading: t("dashboard.column.stage"),
                          figures: cohort, t: t),
            ReportSection(id: .departments, t("report.section.departments"), rowHeading: t("referral.department"),
                          figures: i.byDepartment.compactMap { group in
                              Department(rawValue: group.key).map { FigureTable.Row(t("department.\($0.rawValue)"), p, .department($0), t: t) }
                          }, t: t),
            ReportSection(id: .schools, t("report.section.schools"), rowHeading: t("child.school"), figures: schools + withoutSchool, t: t),
            ReportSection(id: .reach, t("report.section.reach"), rowHeading: t("child.schoolDistrict"),
                          columns: [t("dashboard.reach.children"), t("dashboard.reach.previous"), t("dashboard.reach.estimate"),
                                    t("dashboard.reach.percent")],
                          rows: i.reach.enumerated().map { index, reach in
                              let (current, previous) = p.pair(.reach(index))
                              return Row(label: reach.district, figures: [.count(current), .count(previous), reach.estimate.map { .count($0) } ?? .missing,
                                                                          DashboardIntakeView.reachPercent(p, index, t: t)], t: t)
                          }),
        ]
    }

    static func guidance(_ p: PublishedFigures, t: Texts) -> ReportSection {
        ReportSection(id: .guidance, t("dashboard.guidance.title"), note: t("report.guidance.note"),
                      figures: DashboardGuidanceView.rows(p, t: t), t: t)
    }

    static func clubs(_ p: PublishedFigures, t: Texts) -> [ReportSection] {
        let a = p.figures.associations
        return [
            ReportSection(id: .associations, t("dashboard.clubs.associations"), note: t("dashboard.clubs.note"),
                          rowHeading: t("dashboard.clubs.association"),
                          figures: [FigureTable.Row(t("dashboard.clubs.allChildren"), p, .allChildren, reportKey: Key.allChildren, t: t)]
                              + a.byAssociation.indices.map { FigureTable.Row(a.byAssociation[$0].key, p, .association($0), t: t) }, t: t),
            ReportSection(id: .categories, t("dashboard.clubs.categories"), rowHeading: t("dashboard.clubs.category"),
                          figures: a.byCategory.indices.map {
                              FigureTable.Row(t("activity.category.\(a.byCategory[$0].key)"), p, .category($0), t: t)
                          }, t: t),
            ReportSection(id: .freePlaces, t("dashboard.clubs.freePlaces"), rowHeading: t("dashboard.clubs.association"),
                          columns: [t("dashboard.clubs.places")],
                          rows: a.freePlaces.map { Row(label: $0.label, figures: [.count($0.count)], t: t) }),
        ]
    }

    static func volunteers(_ f: DashboardFigures, t: Texts) -> ReportSection {
        let buckets = f.volunteers.distribution.enumerated().map {
            Row(label: t("report.volunteers.bucket.\($0.offset)"), figures: [.count($0.element)], t: t)
        }
        return ReportSection(id: .volunteers, t("dashboard.volunteers.title"), note: t("dashboard.volunteers.note"),
                             columns: [t("dashboard.column.today")],
                             rows: DashboardVolunteersView.rows(f.volunteers, t: t).map { Row(label: $0.label, figures: [$0.values[0]], t: t) } + buckets)
    }

    static func money(_ p: PublishedFigures, t: Texts) -> [ReportSection] {
        let m = p.figures.money
        let columns = ["budget", "granted", "claimed", "paid", "remaining"].map { t("dashboard.money.column.\($0)") }
        func figures(_ amounts: Money...) -> [FigureValue] { amounts.map { .kroner($0) } }
        let total = m.total
        let sources = m.funding.map {
            Row(label: t("report.money.source", $0.source.name, String($0.year)), figures: figures($0.budget, $0.granted, $0.claimed, $0.paid, $0.remaining),
                t: t)
        } + [Row(label: t("dashboard.money.total"), figures: figures(total.budget, total.granted, total.claimed, total.paid, total.remaining),
                 key: Key.total, t: t)]
        let years = m.budgetYears.map(String.init).joined(separator: ", ")
        return [
            ReportSection(id: .funding, t("dashboard.money.title"),
                          note: t(m.budgetYears.count == 1 ? "dashboard.money.intro" : "dashboard.money.introYears", years),
                          rowHeading: t("dashboard.money.source"), columns: columns, rows: sources),
            ReportSection(id: .payments, t("report.section.payments"), figures: [
                FigureTable.Row(t("dashboard.money.paid"), .amount(m.paid), .amount(m.previousPaid), t: t),
                FigureTable.Row(t("report.money.unclaimed", String(m.unclaimedWeeks)), .count(p.count(.unclaimed)), key: Key.unclaimed, t: t),
                FigureTable.Row(t("report.money.unclaimedAmount", String(m.unclaimedWeeks)), DashboardMoneyView.unclaimedAmount(p),
                                key: Key.unclaimedAmount, t: t),
            ], t: t),
        ]
    }

    static func cost(_ p: PublishedFigures, t: Texts) -> ReportSection {
        guard let rate = p.figures.cost.hourlyRate else {
            return ReportSection(id: .cost, t("dashboard.cost.title"), note: t("dashboard.cost.noRate"), columns: [], rows: [])
        }
        return ReportSection(id: .cost, t("dashboard.cost.title"), note: t("dashboard.cost.note"),
                             figures: DashboardCostView.rows(p, rate: rate, t: t), t: t)
    }

    static func progress(_ p: PublishedFigures, checklist: Checklist, t: Texts) -> ReportSection {
        let followUps = [Row(label: t("dashboard.followUps.due"), figures: [.count(p.count(.followUpsDue))], t: t),
                         Row(label: t("dashboard.followUps.overdue"), figures: [.count(p.count(.followUpsOverdue))], t: t)]
        let phases = checklist.phases.map { phase in
            Row(label: ImplLabels.phase(phase.phase, t), figures: [phase.percent.map { .percent(.value($0)) } ?? .missing], t: t)
        }
        return ReportSection(id: .progress, t("dashboard.progress.title"), columns: [t("dashboard.column.today")], rows: followUps + phases)
    }
}
