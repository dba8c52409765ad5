import Domain
import Foundation

/// Follow-ups due and overdue today, and the implementation's progress per QIF phase (the
/// workspace's own computation: done of the items that apply).
extension DashboardProgressView {
    static func phases(_ checklist: Checklist, t: Texts) -> [Phase] {
        checklist.phases.map { p in
            let title = ImplLabels.phase(p.phase, t)
            return Phase(title: title, href: Paths.implementationPhase.link(p.phase.key), percent: p.percent ?? 0,
                         percentText: ImplLabels.percent(p.percent), count: t("dashboard.qif.count", String(p.done), String(p.relevant)),
                         label: t("dashboard.qif.label", title))
        }
    }

    static func make(_ p: PublishedFigures, checklist: Checklist, t: Texts) -> DashboardProgressView {
        DashboardProgressView(due: FigureValue.count(p.count(.followUpsDue)).display(t),
                              overdue: FigureValue.count(p.count(.followUpsOverdue)).display(t),
                              hasOverdue: p.figures.followUps.overdue > 0, followUpsHref: Paths.followUps.link(),
                              phases: phases(checklist, t: t), implementationHref: Paths.implementation.link())
    }
}
