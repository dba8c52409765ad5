import Domain
import Foundation
import Hummingbird

/// The workspace's front page: progress per phase and sub-step, overdue items, the next
/// meetings and what changed recently — everything a coordinator needs at a glance.
struct ImplementationOverviewController {
    let workspace: ImplementationWorkspace

    typealias SectionLine = ImplementationOverviewView.SectionLine
    typealias PhaseCard = ImplementationOverviewView.PhaseCard
    typealias OverdueRow = ImplementationOverviewView.OverdueRow
    typealias NextMeeting = ImplementationOverviewView.NextMeeting
    typealias ActivityRow = ImplementationOverviewView.ActivityRow

    func addRoutes(to routes: RouteTable) {
        routes.add(.implOverview) { _, context in try await overview(context) }
        ImplementationPhaseController(workspace: workspace).addRoutes(to: routes)
        ImplementationAdminController(workspace: workspace).addRoutes(to: routes)
    }

    private func overview(_ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let checklist = try await workspace.checklist(scope)
        let today = workspace.clock.today
        let meetings = try await workspace.store.meetings(in: scope.municipality)
        let activity = try await workspace.store.recentActivity(in: scope.municipality, limit: 8)
        let current = checklist.currentPhase
        let overdueCount = checklist.overdue(today: today).count
        let view = ImplementationOverviewView(
            subnav: workspace.subnav(.implOverview, t),
            currentPhase: current.map { ImplLabels.phase($0.phase, t) },
            phases: checklist.phases.map { phaseCard($0, isCurrent: $0.phase.key == current?.phase.key, t) },
            overdue: checklist.overdue(today: today).map { entry, progress in
                OverdueRow(text: entry.text(t.language).truncated(120), href: Paths.implementationItem.link(entry.key),
                           deadline: progress.deadline?.display ?? "", responsible: progress.responsible,
                           section: checklist.catalogue.sections.first { $0.key == entry.sectionKey }.map { ImplLabels.section($0, t) } ?? "")
            },
            overdueHeading: overdueCount == 1 ? t("impl.overview.overdue.one") : t("impl.overview.overdue.count", String(overdueCount)),
            warnings: ImplementationMeetingsController.warnings(meetings, today: today, t),
            nextMeetings: ImplementationMeetingsController.nextMeetings(meetings, today: today, t).map {
                NextMeeting(label: $0.label, date: $0.date, note: $0.note)
            },
            meetingsHref: Paths.implementationMeetings.link(),
            activity: activity.map { activityRow($0, checklist, meetings, t) },
            planHref: Paths.implementationPlan.link(), printHref: Paths.implementationPlanPrint.link())
        return try workspace.page(view, title: t("impl.overview.title"), context: context)
    }

    private func phaseCard(_ phase: PhaseProgress, isCurrent: Bool, _ t: Texts) -> PhaseCard {
        let heading = ImplLabels.phase(phase.phase, t)
        return PhaseCard(
            id: phase.phase.key, heading: heading, href: Paths.implementationPhase.link(phase.phase.key),
            summary: phase.phase.summary(t.language), percent: phase.percent ?? 0, percentText: ImplLabels.percent(phase.percent),
            count: t("impl.progress.count", String(phase.done), String(phase.relevant)),
            progressLabel: t("impl.progress.label", heading, ImplLabels.percent(phase.percent)), isCurrent: isCurrent,
            sections: phase.sections.map { section in
                let title = ImplLabels.section(section.section, t)
                return SectionLine(title: title, href: Paths.implementationPhase.link(phase.phase.key) + "#" + section.section.key,
                                   count: t("impl.progress.short", String(section.done), String(section.relevant)),
                                   percent: section.percent ?? 0, percentText: ImplLabels.percent(section.percent),
                                   progressLabel: t("impl.progress.label", title, ImplLabels.percent(section.percent)))
            })
    }
}
