import Domain
import Foundation

/// The guidance block of the child's page (staff only): courses, the family's agreements, the
/// sessions, and their entries for the page's timeline.
struct ChildGuidanceView {
    struct CourseItem {
        let title: String
        let href: String
        let status: String
        let statusKind: String
        let step: String
        let guide: String
        let activity: String
    }

    let courses: [CourseItem]
    let hasCourses: Bool
    let agreements: [CourseView.AgreementRow]
    let hasAgreements: Bool
    let sessions: [CourseView.SessionRow]
    let hasSessions: Bool
    let startHref: String?
    let startNote: String?
    let timeline: [ChildPageView.TimelineEntry]

    static func make(child: Child, courses: [GuidanceCourse], sessions: [GuidanceSession], agreements: [ParentAgreement],
                     followUps: [FollowUp], passes: [Pass], user: CurrentUser, today: LocalDate, t: Texts) -> ChildGuidanceView {
        let hasOpen = courses.contains { $0.status.isOpen }
        let eligible = GuidanceEligibility.pass(among: passes, on: today) != nil
        let mayStart = AccessPolicy.allows(user.role, .courseNew)
        var timeline: [ChildPageView.TimelineEntry] = []
        func entry(_ date: LocalDate, _ text: String, _ detail: String? = nil) {
            timeline.append(ChildPageView.TimelineEntry(date: date.display, text: text, detail: detail, sortKey: date.startOfDay))
        }
        for course in courses {
            entry(course.startedOn, t("course.timeline.started"), course.guideName)
            if let activity = course.activity, activity.started {
                entry(activity.startOn, t("course.timeline.activityStarted", activity.activity))
            }
            if let ended = course.endedOn {
                entry(ended, t("course.timeline.ended", t("course.status.\(course.status.rawValue)")), course.endReason)
            }
        }
        for session in sessions {
            entry(session.draft.heldOn, t("session.timeline", t("session.kind.\(session.draft.kind.rawValue)")), session.loggedBy)
        }
        for agreement in agreements {
            entry(agreement.agreedOn, t("agreement.timeline"), GuidanceDisplay.agreement(agreement, t))
        }
        for followUp in followUps {
            if let answered = followUp.answeredOn, let answer = followUp.answer {
                entry(answered, t("followup.timeline", String(followUp.months)), GuidanceDisplay.answer(answer, t))
            }
        }
        return ChildGuidanceView(
            courses: courses.map { c in
                let status = GuidanceDisplay.courseStatus(c.status, t)
                return CourseItem(title: t("course.heading", c.startedOn.display), href: Paths.course.link(c.id), status: status.label,
                                  statusKind: status.kind, step: GuidanceDisplay.step(c.step, t), guide: c.guideName ?? t("course.guide.none"),
                                  activity: GuidanceDisplay.activity(c.activity, t))
            },
            hasCourses: !courses.isEmpty,
            agreements: agreements.map { CourseView.AgreementRow(text: GuidanceDisplay.agreement($0, t), date: $0.agreedOn.display) },
            hasAgreements: !agreements.isEmpty,
            sessions: sessions.map { CourseView.sessionRow($0, showNote: true, t) }, hasSessions: !sessions.isEmpty,
            startHref: mayStart && eligible && !hasOpen ? Paths.courseNew.link(child.id) : nil,
            startNote: hasOpen || eligible ? nil : t("course.noGuidancePass"),
            timeline: timeline)
    }
}
