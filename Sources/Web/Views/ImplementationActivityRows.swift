import Domain
import Foundation

/// "What changed recently" on the overview: one line per change, linking to where it happened.
extension ImplementationOverviewController {
    func activityRow(_ activity: WorkspaceActivity, _ checklist: Checklist, _ meetings: [Meeting], _ t: Texts) -> ActivityRow {
        let meta = [DateFormat.dateTime(activity.at), activity.byName].compactMap { $0 }.joined(separator: " · ")
        let catalogue = checklist.catalogue
        func item(_ key: String) -> String { checklist.entry(key)?.text(t.language).truncated(90) ?? key }
        switch activity.kind {
        case .item:
            return ActivityRow(title: t("impl.activity.item", item(activity.subject)), href: Paths.implementationItem.link(activity.subject), meta: meta)
        case .comment where activity.subject.hasPrefix("plan:"):
            let key = String(activity.subject.dropFirst(5))
            let question = catalogue.planQuestion(key)?.text(t.language).truncated(90) ?? key
            return ActivityRow(title: t("impl.activity.comment", question), href: Paths.implementationPlanQuestion.link(key), meta: meta)
        case .comment:
            return ActivityRow(title: t("impl.activity.comment", item(activity.subject)), href: Paths.implementationItem.link(activity.subject), meta: meta)
        case .plan:
            let question = catalogue.planQuestion(activity.subject)?.text(t.language).truncated(90) ?? activity.subject
            return ActivityRow(title: t("impl.activity.plan", question), href: Paths.implementationPlanQuestion.link(activity.subject), meta: meta)
        case .meeting:
            let meeting = meetings.first { $0.id.description == activity.subject }
            return ActivityRow(title: t("impl.activity.meeting", meeting.map { ImplementationMeetingController.heading($0, t) } ?? ""),
                               href: meeting.map { Paths.implementationMeeting.link($0.id) } ?? Paths.implementationMeetings.link(), meta: meta)
        case .dialogue:
            return ActivityRow(title: t("impl.activity.dialogue"), href: Paths.implementationDialogue.link(), meta: meta)
        case .testRound:
            return ActivityRow(title: t("impl.activity.testRound"), href: Paths.implementationRounds.link(), meta: meta)
        case .table:
            let documentation = activity.subject == PlanTableKind.documentation.rawValue
            return ActivityRow(title: t(documentation ? "impl.activity.documentation" : "impl.activity.communication"),
                               href: documentation ? Paths.implementationDocumentationPlan.link() : Paths.implementationCommunicationPlan.link(),
                               meta: meta)
        }
    }
}

extension String {
    /// Shortened at a word boundary with an ellipsis, for lists that show long texts.
    func truncated(_ length: Int) -> String {
        guard count > length else { return self }
        let cut = prefix(length)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + " …"
    }
}
