import Domain
import Foundation

/// The coordinator's volunteer overview, built from the volunteers with their load.
extension VolunteerListView {
    static func make(rows: [VolunteerRow], settings: GuidanceSettings, today: LocalDate, t: Texts) -> VolunteerListView {
        let active = rows.filter { $0.volunteer.details.status == .active }
        let certificates = active.map { settings.certificateRule.status(obtainedOn: $0.volunteer.details.certificateOn, today: today) }
        return VolunteerListView(
            rows: rows.map { row in
                let v = row.volunteer
                let status = GuidanceDisplay.volunteerStatus(v.details.status, t)
                let certificate = GuidanceDisplay.certificate(settings.certificateRule.status(obtainedOn: v.details.certificateOn, today: today), t)
                return Row(name: v.name, href: Paths.volunteer.link(v.id), roles: GuidanceDisplay.roles(v.details.roles, t),
                           status: status.label, statusKind: status.kind,
                           load: t("volunteer.load", String(row.load.activeCourses), String(row.load.capacity)),
                           certificate: certificate.label, certificateKind: certificate.kind, lastActivity: row.load.lastActivity.display,
                           idle: row.load.idleDays(status: v.details.status, today: today).map { t("volunteer.idle", String($0)) })
            },
            hasRows: !rows.isEmpty,
            figures: [
                ChildPageView.Fact(label: t("volunteer.figures.active"), value: String(active.count)),
                ChildPageView.Fact(label: t("volunteer.figures.free"), value: String(active.filter { !$0.load.isFull }.count)),
                ChildPageView.Fact(label: t("volunteer.figures.idle"),
                                   value: String(active.filter { $0.load.idleDays(status: .active, today: today) != nil }.count)),
                ChildPageView.Fact(label: t("volunteer.figures.certificate"), value: String(certificates.filter { !$0.isValid }.count)),
            ],
            newHref: Paths.volunteerNew.link(), settingsHref: Paths.volunteerSettings.link(),
            renewal: t("volunteer.renewalLine", String(settings.certificateRenewalMonths)))
    }
}
