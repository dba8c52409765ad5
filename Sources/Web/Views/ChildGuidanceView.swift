import Domain
import Foundation

extension ChildGuidanceView {
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
            agreements: agreements.map { AgreementRow(text: GuidanceDisplay.agreement($0, t), date: $0.agreedOn.display) },
            hasAgreements: !agreements.isEmpty,
            sessions: sessions.map {
                let row = CourseView.sessionRow($0, showNote: true, t)
                return SessionRow(date: row.date, kind: row.kind, minutes: row.minutes, step: row.step, participants: row.participants,
                                  loggedBy: row.loggedBy, note: row.note)
            }, hasSessions: !sessions.isEmpty,
            startHref: mayStart && eligible && !hasOpen ? Paths.courseNew.link(child.id) : nil,
            startNote: hasOpen || eligible ? nil : t("course.noGuidancePass"),
            timeline: timeline)
    }
}
