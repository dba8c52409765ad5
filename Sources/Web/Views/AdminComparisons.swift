import Domain
import Foundation

/// Which of the status report's sections the admin compares side by side, and how.
extension AdminComparison {
    private typealias Key = ReportSection.Key

    static func all(_ reports: [AdminOverviewView.Report], t: Texts) -> [AdminComparison] {
        guard let first = reports.first else { return [] }
        let names = reports.map(\.name)
        func rows(_ id: ReportSection.ID) -> [[ReportSection.Row]] { reports.map { $0.rows(id) } }
        func table(_ id: ReportSection.ID, note: String? = nil, _ columns: [Column]) -> AdminComparison {
            AdminComparison(anchor: id.rawValue, heading: first.sections[id]?.heading ?? "", note: note ?? first.sections[id]?.note,
                            municipalities: names, columns: columns)
        }
        func same(_ id: ReportSection.ID, note: String? = nil) -> AdminComparison { table(id, note: note, columns(rows(id))) }
        func setting(_ heading: String, _ value: (DashboardFigures) -> String) -> Column {
            Column(heading: heading, cells: reports.map { Cell(value: value($0.figures), previous: nil) })
        }

        // Children in any activity, then per category in the catalogue's order.
        let order = ActivityCategory.allCases.map { t("activity.category.\($0.rawValue)") }
        let categories = columns(rows(.categories), missing: "0").sorted {
            (order.firstIndex(of: $0.heading) ?? order.count) < (order.firstIndex(of: $1.heading) ?? order.count)
        }
        let allChildren = columns(rows(.associations).map { $0.filter { $0.key == Key.allChildren } })

        // The money total of each municipality: the last row of its table per funding source.
        let totals = columns(of: reports.map { $0.rows(.funding).first { $0.key == Key.total } },
                             headings: first.sections[.funding]?.columns ?? [])

        // Labels that hold a municipality's own weeks or hourly rate get a common heading, with
        // the setting in a column of its own.
        var payments = columns(rows(.payments), headings: [Key.unclaimed: t("adminOverview.figure.unclaimed"),
                                                           Key.unclaimedAmount: t("adminOverview.figure.unclaimedAmount")])
        payments.insert(setting(t("adminOverview.column.weeks")) { t("adminOverview.weeks", String($0.money.unclaimedWeeks)) },
                        at: min(1, payments.count))
        let rate = setting(t("adminOverview.column.rate")) { $0.cost.hourlyRate?.display ?? t("adminOverview.noRate") }
        let cost = [rate] + columns(rows(.cost), headings: [Key.guidanceCost: t("adminOverview.figure.guidanceCost")])

        return [
            same(.passes), same(.cohort), same(.departments), same(.guidance),
            table(.categories, note: first.sections[.associations]?.note, allChildren + categories),
            same(.volunteers, note: t("adminOverview.volunteers.note")), table(.funding, totals), table(.payments, payments),
            table(.cost, note: t("dashboard.cost.note"), cost), same(.progress, note: t("adminOverview.progress.note")),
        ]
    }
}
