import Domain
import Foundation
import Hummingbird
import Mustache

/// One phase's checklist: every sub-step with its items, their status, who and when.
struct ImplementationPhaseController {
    let workspace: ImplementationWorkspace

    /// A row of the item table; rows conform to `MustacheParent` because phases have many items.
    struct ItemRow: MustacheParent {
        let href: String
        let text: String
        let kind: String
        let source: String?
        let status: String
        let statusKind: String
        let responsible: String?
        let deadline: String?
        let overdue: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "href": href
            case "text": text
            case "kind": kind
            case "source": source
            case "status": status
            case "statusKind": statusKind
            case "responsible": responsible
            case "deadline": deadline
            case "overdue": overdue
            default: nil
            }
        }
    }

    struct SectionBlock {
        let id: String
        let heading: String
        let summary: String?
        let count: String
        let percent: Int
        let progressLabel: String
        let items: [ItemRow]
        let addHref: String?
        let addLabel: String
    }

    struct PhaseView {
        let subnav: [PageFrame.NavItem]
        let heading: String
        let summary: String
        let count: String
        let backHref: String
        let sections: [SectionBlock]
        let otherPhases: [PageFrame.NavItem]
    }

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
        let view = PhaseView(
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
        return try workspace.page("phase", title: heading, content: view, context: context)
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
