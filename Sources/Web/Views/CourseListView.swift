import Domain
import Foundation

/// The course list, built from the rows of the selected tab.
extension CourseListView {
    static func make(rows: [CourseRow], awaiting: [AwaitingCourse] = [], tabs: [PageFrame.NavItem], counts: GuidanceCounts?,
                     period: Period, today: LocalDate, t: Texts) -> CourseListView {
        CourseListView(
            rows: rows.map { row in
                let c = row.course
                let status = GuidanceDisplay.courseStatus(c.status, t)
                return Row(childName: row.childName, href: Paths.course.link(c.id), age: Display.age(row.childBirthDate, today: today, t),
                           status: status.label, statusKind: status.kind, guide: c.guideName ?? t("course.guide.none"),
                           step: t("course.stepShort", String(c.step.rawValue)), lastSession: row.lastSessionOn?.display ?? "–",
                           activity: c.activity.map { GuidanceDisplay.activity($0, t) } ?? "–",
                           offers: row.pendingOffers > 0 ? t("course.offers", String(row.pendingOffers)) : nil,
                           onBoard: c.publishedOn != nil)
            },
            hasRows: !rows.isEmpty,
            awaiting: awaiting.map {
                AwaitingRow(childName: $0.childName, startHref: Paths.courseNew.link($0.childID),
                            line: t("course.awaiting.line", $0.passFrom.display, String(max(0, $0.grantedOn.days(until: today)))))
            },
            hasAwaiting: !awaiting.isEmpty, tabs: tabs,
            counts: counts.map { c in [
                ChildPageView.Fact(label: t("guidance.counts.sessions"), value: String(c.sessions)),
                ChildPageView.Fact(label: t("guidance.counts.started"), value: String(c.coursesStarted)),
                ChildPageView.Fact(label: t("guidance.counts.activityStarts"), value: String(c.activityStarts)),
                ChildPageView.Fact(label: t("guidance.counts.successful"), value: String(c.successful)),
                ChildPageView.Fact(label: t("guidance.counts.failed"), value: String(c.failed)),
            ] } ?? [],
            period: counts == nil ? nil : t("period.range", period.from.display, period.to.display))
    }
}
