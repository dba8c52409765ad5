import Domain
import Foundation

/// The admin's overview (`/admin/overview`): every municipality's status report, aggregates
/// only. Sections that mean the same everywhere are compared side by side; the ones naming a
/// municipality's own schools, districts, associations and funding sources cannot line up, so
/// they follow per municipality, folded.
struct AdminOverviewView {
    /// One municipality's report, its sections by id.
    struct Report {
        let name: String
        let figures: DashboardFigures
        let sections: [ReportSection.ID: ReportSection]

        init(name: String, figures: DashboardFigures, checklist: Checklist, t: Texts) {
            self.name = name
            self.figures = figures
            sections = Dictionary(ReportSection.all(PublishedFigures(figures), checklist: checklist, t: t).map { ($0.id, $0) },
                                  uniquingKeysWith: { a, _ in a })
        }

        func rows(_ id: ReportSection.ID) -> [ReportSection.Row] { sections[id]?.rows ?? [] }
    }

    /// A municipality's own sections, without the figures already compared above.
    struct Municipality {
        let name: String
        let sections: [ReportSection]

        init(_ report: Report) {
            name = report.name
            sections = Self.own.compactMap { report.sections[$0] }.map { section in
                ReportSection(id: section.id, section.heading, note: section.note, rowHeading: section.rowHeading, columns: section.columns,
                              rows: section.rows.filter { $0.key != ReportSection.Key.allChildren })
            }
        }

        static let own: [ReportSection.ID] = [.schools, .reach, .associations, .freePlaces, .funding]
    }

    struct Link {
        let href: String
        let label: String
    }

    let periodLabel: String
    /// The period and the previous one, whose figures stand in brackets.
    let periodNote: String
    let form: [String: FormField]
    let action: String
    let contents: [Link]
    let comparisons: [AdminComparison]
    let municipalities: [Municipality]
    let hasMunicipalities: Bool

    init(reports: [Report], period: Period, form: [String: FormField], action: String, t: Texts) {
        periodLabel = t("period.range", period.from.display, period.to.display)
        periodNote = t("adminOverview.period", periodLabel, t("period.range", period.previous.from.display, period.previous.to.display))
        self.form = form
        self.action = action
        comparisons = AdminComparison.all(reports, t: t)
        municipalities = reports.map(Municipality.init)
        hasMunicipalities = !reports.isEmpty
        contents = comparisons.map { Link(href: "#" + $0.anchor, label: $0.heading) }
            + (reports.isEmpty ? [] : [Link(href: "#municipalities", label: t("adminOverview.own.heading"))])
    }
}
