import Domain
import Foundation

/// The admin's overview (`/admin/overview`, `AdminOverviewView`): every municipality's status
/// report, aggregates only. Sections that mean the same everywhere are compared side by side; the
/// ones naming a municipality's own schools, districts, associations and funding sources cannot
/// line up, so they follow per municipality, folded.
extension AdminOverviewView {
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

    init(reports: [Report], period: Period, form: Fields, action: String, t: Texts) {
        let periodLabel = t("period.range", period.from.display, period.to.display)
        let comparisons = AdminComparison.all(reports, t: t)
        self.init(
            periodLabel: periodLabel,
            periodNote: t("adminOverview.period", periodLabel, t("period.range", period.previous.from.display, period.previous.to.display)),
            form: form, action: action,
            contents: comparisons.map { Link(href: "#" + $0.anchor, label: $0.heading) }
                + (reports.isEmpty ? [] : [Link(href: "#municipalities", label: t("adminOverview.own.heading"))]),
            comparisons: comparisons, municipalities: reports.map(Municipality.init), hasMunicipalities: !reports.isEmpty)
    }
}

/// A municipality's own sections, without the figures already compared above.
extension AdminOverviewView.Municipality {
    init(_ report: AdminOverviewView.Report) {
        self.init(name: report.name, sections: Self.own.compactMap { report.sections[$0] }.map { section in
            ReportSection(id: section.id, section.heading, note: section.note, rowHeading: section.rowHeading, columns: section.columns,
                          rows: section.rows.filter { $0.key != ReportSection.Key.allChildren }).view
        })
    }

    static let own: [ReportSection.ID] = [.schools, .reach, .associations, .freePlaces, .funding]
}
