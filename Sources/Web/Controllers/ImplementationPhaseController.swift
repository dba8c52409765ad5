import Domain
import Foundation
import Hummingbird

/// One phase's checklist: every sub-step with its items, their status, who and when.
struct ImplementationPhaseController {
    let workspace: ImplementationWorkspace

    typealias ItemRow = ImplementationPhaseView.ItemRow
    typealias SectionBlock = ImplementationPhaseView.SectionBlock

    func addRoutes(to routes: RouteTable) {
        routes.add(.implPhase) { _, context in try await show(context) }
    }

    private func show(_ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let key = try ImplementationWorkspace.key(context)
        let checklist = try await workspace.checklist(scope)
        guard let phase = checklist.phases.first(where: { $0.phase.key == key }) else { throw AppError.notFound }
        let today = workspace.clock.today
        let heading = ImplLabels.phase(phase.phase, t)
        let view = ImplementationPhaseView(
            subnav: workspace.subnav(nil, t), heading: heading, summary: phase.phase.summary(t.language),
            count: t("impl.progress.count", String(phase.done), String(phase.relevant)),
            backHref: Paths.implementation.link(),
            sections: phase.sections.map { section in
                let title = ImplLabels.section(section.section, t)
                return SectionBlock(
                    id: section.section.key, heading: title, summary: section.section.summary?(t.language),
                    count: t("impl.progress.count", String(section.done), String(section.relevant)),
                    percent: section.percent ?? 0, progressLabel: t("impl.progress.label", title, ImplLabels.percent(section.percent)),
                    items: section.entries.map { row($0, checklist.state.progress[$0.key], today: today, t) },
                    addHref: scope.canEdit ? Paths.implementationSectionItemNew.link(section.section.key) : nil,
                    addLabel: t("impl.customItem.add", title))
            },
            otherPhases: checklist.catalogue.phases.map {
                PageFrame.NavItem(href: Paths.implementationPhase.link($0.key), label: ImplLabels.phase($0, t), current: $0.key == key)
            })
        return try workspace.page(view, title: heading, context: context)
    }

    private func row(_ entry: ChecklistEntry, _ progress: ItemProgress?, today: LocalDate, _ t: Texts) -> ItemRow {
        let status = progress?.status ?? .notStarted
        let overdue = progress?.isOverdue(today: today) ?? false
        return ItemRow(href: Paths.implementationItem.link(entry.key), text: entry.text(t.language),
                       kind: ImplLabels.kind(entry.kind, t), source: entry.source, status: ImplLabels.status(status, t),
                       statusKind: ImplLabels.statusKind(status), responsible: progress?.responsible,
                       deadline: ImplLabels.deadline(progress?.deadline, overdue: overdue, t), overdue: overdue)
    }
}
