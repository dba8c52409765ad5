import Domain
import Foundation
import Hummingbird

/// The admin's cross-municipality overview of phase progress, for a national programme that
/// supports several municipalities. Only numbers: no names of people, no notes, no answers.
struct ImplementationAdminController {
    let workspace: ImplementationWorkspace

    typealias Cell = ImplementationAdminView.Cell
    typealias MunicipalityRow = ImplementationAdminView.MunicipalityRow
    typealias StepRow = ImplementationAdminView.StepRow

    func addRoutes(to routes: RouteTable) {
        routes.add(.implAdminOverview) { _, context in try await overview(context) }
    }

    private func overview(_ context: AppContext) async throws -> Response {
        let t = context.t
        let catalogue = workspace.catalogue
        let today = workspace.clock.today
        let stored = Dictionary(uniqueKeysWithValues: try await workspace.store.anonymousChecklists().map { ($0.municipalityID, $0) })
        let municipalities = try await workspace.municipalities.all()
        let checklists = municipalities.map { (stored[$0.id] ?? AnonymousChecklist(municipalityID: $0.id)).checklist(catalogue) }
        let lastChanged = municipalities.map { stored[$0.id]?.lastChangedAt }
        func cell(done: Int, relevant: Int) -> Cell {
            Cell(percent: ImplLabels.percent(Checklist.percent(done, of: relevant)), count: t("impl.progress.short", String(done), String(relevant)))
        }
        let rows = zip(municipalities, zip(checklists, lastChanged)).map { municipality, pair in
            let (checklist, changed) = pair
            return MunicipalityRow(
                name: municipality.name, currentPhase: checklist.currentPhase.map { ImplLabels.phase($0.phase, t) } ?? "–",
                phases: checklist.phases.map { cell(done: $0.done, relevant: $0.relevant) },
                overdue: String(checklist.overdue(today: today).count), lastChanged: changed.map(DateFormat.date) ?? "–")
        }
        let steps = catalogue.sections.map { section in
            StepRow(title: ImplLabels.section(section, t), cells: checklists.map { checklist in
                let progress = checklist.progress(of: section)
                return cell(done: progress.done, relevant: progress.relevant)
            })
        }
        let view = ImplementationAdminView(phaseHeadings: catalogue.phases.map { ImplLabels.phase($0, t) }, rows: rows,
                             municipalityNames: municipalities.map(\.name), steps: steps, hasRows: !rows.isEmpty)
        return try workspace.page(view, title: t("impl.admin.title"), context: context)
    }
}
