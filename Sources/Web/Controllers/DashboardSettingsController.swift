import Domain
import Foundation
import Hummingbird

/// The coordinator's settings for the dashboard: the hourly rate of guidance (for the cost per
/// child) and after how many weeks an unclaimed grant is counted.
struct DashboardSettingsController {
    let dashboard: any DashboardRepository
    let renderer: Renderer
    let clock: Clock

    struct SettingsForm: Decodable {
        let hourlyRate, unclaimedWeeks: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.dashboardSettings) { _, context in
            let settings = try await dashboard.settings(in: try context.municipality())
            return try render(context, values: ["hourlyRate": settings.hourlyRate?.plain ?? "",
                                                "unclaimedWeeks": String(settings.unclaimedWeeks)])
        }
        routes.add(.dashboardSettingsUpdate) { request, context in
            let municipality = try context.municipality()
            let form = try await request.decodeForm(SettingsForm.self, context: context)
            switch DashboardSettingsInput(hourlyRate: form.hourlyRate, unclaimedWeeks: form.unclaimedWeeks).validate() {
            case .failure(let errors):
                return try render(context, values: ["hourlyRate": form.hourlyRate ?? "", "unclaimedWeeks": form.unclaimedWeeks ?? ""],
                                  errors: errors)
            case .success(let settings):
                let detail = "\(settings.hourlyRate?.export ?? "") kr./time, \(settings.unclaimedWeeks) uger"
                try await dashboard.saveSettings(settings, in: municipality,
                                                 audit: try context.actor().audit(.update, .dashboardSettings, detail: detail))
                context.flash(Flash(.success, "dashboard.settings.saved"))
                return .seeOther(Paths.dashboard.link() + "#cost-heading")
            }
        }
    }

    private func render(_ context: AppContext, values: [String: String], errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let view = DashboardSettingsView(action: Paths.dashboardSettings.link(), backHref: Paths.dashboard.link(), form: .init(
            hourlyRate: form.field("hourlyRate", label: "dashboard.settings.rate", hint: "dashboard.settings.rate.hint", width: "s",
                                     maxLength: 12, inputmode: "decimal"),
            unclaimedWeeks: form.field("unclaimedWeeks", label: "dashboard.settings.weeks", hint: "dashboard.settings.weeks.hint",
                                         width: "xs", maxLength: 2, inputmode: "numeric")))
        return try renderer.page(view, title: t("dashboard.settings.title"), context: context, form: form)
    }
}
