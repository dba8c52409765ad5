import Domain
import Foundation

/// Fritidsvejledning on the dashboard: contacts, sessions, hours, outcomes and retention.
struct DashboardGuidanceView {
    let table: FigureTable
    let outcomes: Charts.BarChart
    let followUpsHref: String

    /// "40 % (2 af 5)"; on reports only the percentage, and nothing for fewer than five due.
    static func retention(_ r: Retention, t: Texts, report: Bool = false) -> String {
        guard let percent = Retention.percent(r.rate) else { return "–" }
        if report { return r.due < SmallGroups.threshold ? t("report.tooFew") : "\(percent) %" }
        return t("dashboard.guidance.retention.value", String(percent), String(r.stillActive), String(r.due))
    }

    static func rows(_ g: GuidanceFigures, t: Texts, report: Bool = false) -> [FigureTable.Row] {
        func children(_ key: String, _ figure: Compared) -> FigureTable.Row {
            report ? .children(t(key), figure) : .count(t(key), figure)
        }
        return [
            children("dashboard.guidance.contacted", g.contacted),
            .count(t("dashboard.guidance.sessions"), g.sessions),
            FigureTable.Row(t("dashboard.guidance.hours"), GuidanceHours.display(minutes: g.minutes.current),
                            GuidanceHours.display(minutes: g.minutes.previous)),
        ] + CourseStatus.outcomes.map { FigureTable.Row.children(t("dashboard.guidance.ended.\($0.rawValue)"), g.ended($0)) } + [
            FigureTable.Row(t("dashboard.guidance.retention"), retention(g.retention, t: t, report: report),
                            retention(g.previousRetention, t: t, report: report)),
        ]
    }

    static func make(_ figures: DashboardFigures, t: Texts) -> DashboardGuidanceView {
        let g = figures.guidance
        return DashboardGuidanceView(
            table: FigureTable(caption: t("dashboard.guidance.title"), labelHeading: t("dashboard.column.figure"), rows: rows(g, t: t), t: t),
            outcomes: Charts.bars(id: "outcomes", title: t("dashboard.guidance.outcomes"), items: CourseStatus.outcomes.map {
                (t("dashboard.guidance.ended.\($0.rawValue)"), g.ended($0).current)
            }, suppressSmall: true),
            followUpsHref: Paths.followUps.link())
    }
}

/// Volunteers on the dashboard, as they are today.
struct DashboardVolunteersView {
    let table: FigureTable
    let distribution: Charts.BarChart
    let distributionTable: FigureTable
    let volunteersHref: String

    static func bucketLabel(_ index: Int, _ t: Texts) -> String {
        t("dashboard.volunteers.bucket.\(index)")
    }

    static func rows(_ v: VolunteerFigures, t: Texts) -> [FigureTable.Row] {
        [FigureTable.Row(t("dashboard.volunteers.active"), String(v.active)),
         FigureTable.Row(t("dashboard.volunteers.certificate"), String(v.validCertificate)),
         FigureTable.Row(t("dashboard.volunteers.withoutChild"), String(v.withoutChild)),
         FigureTable.Row(t("dashboard.volunteers.average"), v.childrenPerVolunteer.map(decimal) ?? "–")]
    }

    /// One decimal with a decimal comma: 1,5.
    static func decimal(_ value: Double) -> String {
        String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }

    static func make(_ figures: DashboardFigures, t: Texts) -> DashboardVolunteersView {
        let v = figures.volunteers
        let buckets = v.distribution.enumerated().map { (label: bucketLabel($0.offset, t), value: $0.element) }
        return DashboardVolunteersView(
            table: FigureTable(caption: t("dashboard.volunteers.title"), labelHeading: t("dashboard.column.figure"), rows: rows(v, t: t), t: t,
                               previous: false, currentHeading: t("dashboard.column.today")),
            distribution: Charts.bars(id: "volunteers", title: t("dashboard.volunteers.distribution"), items: buckets),
            distributionTable: FigureTable(caption: t("dashboard.volunteers.distribution"), labelHeading: t("dashboard.volunteers.children"),
                                           rows: buckets.map { FigureTable.Row($0.label, String($0.value)) }, t: t, previous: false,
                                           currentHeading: t("dashboard.volunteers.count")),
            volunteersHref: Paths.volunteers.link())
    }
}
