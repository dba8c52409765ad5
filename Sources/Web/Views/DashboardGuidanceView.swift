import Domain
import Foundation

/// Fritidsvejledning on the dashboard: contacts, sessions, hours, outcomes and retention.
extension DashboardGuidanceView {
    /// Still active at the six-month follow-up as a share of those due, hidden with either count.
    static func retention(_ p: PublishedFigures, _ side: PublishedFigures.Side) -> FigureValue {
        let r = side == .current ? p.figures.guidance.retention : p.figures.guidance.previousRetention
        guard let percent = Retention.percent(r.rate) else { return .missing }
        return .percent(p.derived(from: [(.retentionDue, side), (.activeAfterSixMonths, side)]) { percent })
    }

    static func rows(_ p: PublishedFigures, t: Texts) -> [FigureTable.Row] {
        let g = p.figures.guidance
        return [
            FigureTable.Row(t("dashboard.guidance.contacted"), p, .contacted, t: t),
            .count(t("dashboard.guidance.sessions"), g.sessions, t: t),
            FigureTable.Row(t("dashboard.guidance.hours"), .hours(minutes: g.minutes.current), .hours(minutes: g.minutes.previous), t: t),
        ] + CourseStatus.outcomes.map { FigureTable.Row(t("dashboard.guidance.ended.\($0.rawValue)"), p, .ended($0), t: t) } + [
            FigureTable.Row(t("dashboard.guidance.retentionDue"), p, .retentionDue, t: t),
            FigureTable.Row(t("dashboard.guidance.retention"), retention(p, .current), retention(p, .previous), t: t),
        ]
    }

    static func make(_ p: PublishedFigures, t: Texts) -> DashboardGuidanceView {
        DashboardGuidanceView(
            table: FigureTable(caption: t("dashboard.guidance.title"), labelHeading: t("dashboard.column.figure"), rows: rows(p, t: t), t: t),
            outcomes: Charts.bars(id: "outcomes", title: t("dashboard.guidance.outcomes"), items: CourseStatus.outcomes.map {
                (t("dashboard.guidance.ended.\($0.rawValue)"), p.count(.ended($0)))
            }, t: t),
            followUpsHref: Paths.followUps.link())
    }
}

/// Volunteers on the dashboard, as they are today.
extension DashboardVolunteersView {
    static func bucketLabel(_ index: Int, _ t: Texts) -> String {
        t("dashboard.volunteers.bucket.\(index)")
    }

    /// Volunteers are staff of the scheme, not a group of children: their counts are not hidden.
    static func rows(_ v: VolunteerFigures, t: Texts) -> [FigureTable.Row] {
        [FigureTable.Row(t("dashboard.volunteers.active"), .count(v.active), t: t),
         FigureTable.Row(t("dashboard.volunteers.certificate"), .count(v.validCertificate), t: t),
         FigureTable.Row(t("dashboard.volunteers.withoutChild"), .count(v.withoutChild), t: t),
         FigureTable.Row(t("dashboard.volunteers.average"), v.childrenPerVolunteer.map(FigureValue.decimal) ?? .missing, t: t)]
    }

    static func make(_ figures: DashboardFigures, t: Texts) -> DashboardVolunteersView {
        let v = figures.volunteers
        let buckets = v.distribution.enumerated().map { (label: bucketLabel($0.offset, t), value: Shown.value($0.element)) }
        return DashboardVolunteersView(
            table: FigureTable(caption: t("dashboard.volunteers.title"), labelHeading: t("dashboard.column.figure"), rows: rows(v, t: t), t: t,
                               previous: false, currentHeading: t("dashboard.column.today")),
            distribution: Charts.bars(id: "volunteers", title: t("dashboard.volunteers.distribution"), items: buckets, t: t),
            distributionTable: FigureTable(caption: t("dashboard.volunteers.distribution"), labelHeading: t("dashboard.volunteers.children"),
                                           rows: buckets.map { FigureTable.Row($0.label, .count($0.value), t: t) }, t: t, previous: false,
                                           currentHeading: t("dashboard.volunteers.count")),
            volunteersHref: Paths.volunteers.link())
    }
}
