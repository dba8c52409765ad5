import Domain
import Foundation
import Hummingbird

/// The admin's figures across municipalities: each municipality's status report, aggregates only,
/// with the report's rules (groups under five as "< 5", no rate or cost worked out from fewer
/// than five), because the sections are the report's own (`ReportSection`).
struct AdminOverviewController {
    let repositories: Repositories
    let catalogue: ImplementationCatalogue
    let renderer: Renderer
    let clock: Clock

    func addRoutes(to routes: RouteTable) {
        routes.add(.adminOverview) { request, context in
            let (period, errors, values) = PeriodQuery.parse(request, today: clock.today)
            let t = context.t
            let checklists = Dictionary(try await repositories.implementation.anonymousChecklists().map { ($0.municipalityID, $0) },
                                        uniquingKeysWith: { a, _ in a })
            var reports: [AdminOverviewView.Report] = []
            // One municipality at a time: each is one read, kept until the next write (FigureCache).
            for municipality in try await repositories.municipalities.all() {
                let figures = try await repositories.dashboard.figures(in: municipality.id, period: period, today: clock.today)
                let checklist = (checklists[municipality.id] ?? AnonymousChecklist(municipalityID: municipality.id)).checklist(catalogue)
                reports.append(AdminOverviewView.Report(name: municipality.name, figures: figures, checklist: checklist, t: t))
            }
            let form = FormBuilder(t, values: values, errors: errors)
            let view = AdminOverviewView(
                reports: reports, period: period,
                form: .init(from: form.field("from", label: "dashboard.period.from", hint: "form.date.hint", type: "date", width: "s"),
                            to: form.field("to", label: "dashboard.period.to", hint: "form.date.hint", type: "date", width: "s")),
                action: Paths.adminOverview.link(), t: t)
            return try renderer.page(view, title: t("adminOverview.title"), context: context, form: form, status: .ok)
        }
    }
}
