import Domain
import Foundation
import Hummingbird

/// The admin's figures across municipalities, side by side: aggregates only, with the status
/// report's rules (groups under five as "< 5", no rate or cost worked out from fewer than five).
struct AdminOverviewController {
    let repositories: Repositories
    let catalogue: ImplementationCatalogue
    let renderer: Renderer
    let clock: Clock

    struct View {
        let periodLabel: String
        let form: [String: FormField]
        let action: String
        let municipalities: [String]
        let rows: [ReportSection.Row]
    }

    static func rows(_ figures: [KeyFigures], phases: [[PhaseProgress]], catalogue: ImplementationCatalogue, t: Texts) -> [ReportSection.Row] {
        func row(_ key: String, _ value: (KeyFigures) -> String) -> ReportSection.Row {
            ReportSection.Row(label: t(key), values: figures.map(value))
        }
        func children(_ value: Int) -> String { SmallGroups.display(value) }
        func retention(_ r: Retention) -> String {
            r.due == 0 ? "–" : r.due < SmallGroups.threshold ? t("report.tooFew") : Retention.percent(r.rate).map { "\($0) %" } ?? "–"
        }
        func cost(_ f: KeyFigures) -> String {
            guard let rate = f.hourlyRate else { return t("adminOverview.noRate") }
            if f.startedActivity > 0 && f.startedActivity < SmallGroups.threshold { return t("report.tooFew") }
            return f.cost.perChild(f.startedActivity, rate: rate)?.display ?? "–"
        }
        return [
            row("dashboard.funnel.referrals") { children($0.referrals) }, row("dashboard.funnel.granted") { children($0.granted) },
            row("dashboard.funnel.redeemed") { children($0.redeemed) },
            row("dashboard.funnel.activeAfterSixMonths") { children($0.retention.stillActive) },
            row("dashboard.guidance.contacted") { children($0.contacted) }, row("dashboard.guidance.sessions") { String($0.sessions) },
            row("dashboard.guidance.hours") { GuidanceHours.display(minutes: $0.guidanceMinutes) },
            row("dashboard.guidance.ended.successful") { children($0.successful) },
            row("dashboard.guidance.retention") { retention($0.retention) },
            row("dashboard.clubs.allChildren") { children($0.childrenInActivities) },
            row("dashboard.volunteers.active") { String($0.activeVolunteers) }, row("dashboard.money.paid") { $0.paid.display },
            row("dashboard.cost.perStarted", cost), row("dashboard.followUps.overdue") { children($0.overdueFollowUps) },
        ] + catalogue.phases.enumerated().map { index, phase in
            ReportSection.Row(label: ImplLabels.phase(phase, t), values: phases.map { ImplLabels.percent($0[index].percent) })
        }
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.adminOverview) { request, context in
            let (period, errors, values) = PeriodQuery.parse(request, today: clock.today)
            let t = renderer.texts.bind(context.language)
            let municipalities = try await repositories.municipalities.all()
            let figures = try await repositories.dashboard.keyFigures(period: period, today: clock.today)
            let checklists = Dictionary(uniqueKeysWithValues: try await repositories.implementation.anonymousChecklists().map { ($0.municipalityID, $0) })
            let phases = municipalities.map { (checklists[$0.id] ?? AnonymousChecklist(municipalityID: $0.id)).checklist(catalogue).phases }
            let form = FormBuilder(t, values: values, errors: errors)
            let view = View(
                periodLabel: t("period.range", period.from.display, period.to.display),
                form: ["from": form.field("from", label: "dashboard.period.from", hint: "form.date.hint", type: "date", width: "s"),
                       "to": form.field("to", label: "dashboard.period.to", hint: "form.date.hint", type: "date", width: "s")],
                action: Paths.adminOverview.link(), municipalities: municipalities.map(\.name),
                rows: Self.rows(municipalities.map { figures[$0.id] ?? KeyFigures() }, phases: phases, catalogue: catalogue, t: t))
            return try renderer.page("dashboard/admin", title: t("adminOverview.title"), content: view, context: context, form: form, status: .ok)
        }
    }
}
