import Domain
import Foundation
import Hummingbird

/// The coordinator's start page: how the scheme is doing in a period, beside the period before.
struct DashboardController {
    let repositories: Repositories
    /// For the implementation's progress per phase.
    let catalogue: ImplementationCatalogue
    let renderer: Renderer
    let clock: Clock

    struct EstimatesForm: Decodable {
        let districts: [String]?
        let estimates: [String]?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.dashboard) { request, context in
            let user = try context.requireUser()
            let municipality = try user.municipalityID()
            let (period, errors, values) = PeriodQuery.parse(request, today: clock.today)
            let figures = try await repositories.dashboard.figures(in: municipality, period: period, today: clock.today)
            let checklist = Checklist(catalogue: catalogue, state: try await repositories.implementation.checklist(in: municipality))
            let t = context.t
            var view = DashboardView.make(figures: figures, checklist: checklist, period: period, today: clock.today, t: t,
                                          form: FormBuilder(t, values: values, errors: errors))
            view.warnings = try await UnusualAccessWarnings.texts(audit: repositories.audit, user: user, today: clock.today, t: t)
            return try renderer.page(view, title: t("dashboard.title"), context: context,
                                     form: FormBuilder(t, values: values, errors: errors), status: .ok)
        }
        routes.add(.dashboardEstimates) { _, context in try await renderEstimates(context) }
        routes.add(.dashboardEstimatesUpdate) { request, context in
            let municipality = try context.municipality()
            let form = try await request.decodeForm(EstimatesForm.self, context: context)
            let districts = form.districts ?? [], raw = form.estimates ?? []
            guard districts.count == raw.count, districts.count <= 500 else { throw AppError.badRequest }
            // Estimates are for the registry's districts (and ones already estimated).
            let known = Set(try await repositories.registries.registry(in: municipality).districtNames)
                .union(try await repositories.dashboard.districtEstimates(in: municipality).keys)
            guard Set(districts).isSubset(of: known) else { throw AppError.badRequest }
            var errors = ValidationErrors()
            var estimates: [String: Int] = [:]
            for (index, (district, value)) in zip(districts, raw).enumerated() {
                let text = Text.trimmed(value)
                if text.isEmpty { continue }
                guard let number = Int(text), (0...1_000_000).contains(number) else {
                    errors.add("estimate-\(index)", "err.dashboard.estimate")
                    continue
                }
                estimates[String(district.prefix(100))] = number
            }
            guard errors.isEmpty else { return try await renderEstimates(context, submitted: Array(zip(districts, raw)), errors: errors) }
            try await repositories.dashboard.saveDistrictEstimates(estimates, in: municipality,
                                                                   audit: try context.actor().audit(.update, .districtEstimate))
            context.flash(Flash(.success, "dashboard.estimates.saved"))
            return .seeOther(Paths.dashboard.link())
        }
    }

    private func renderEstimates(_ context: AppContext, submitted: [(String, String)]? = nil,
                                 errors: ValidationErrors = .init()) async throws -> Response {
        let municipality = try context.municipality()
        let estimates = try await repositories.dashboard.districtEstimates(in: municipality)
        let known = try await repositories.registries.registry(in: municipality).districtNames
        let districts = submitted?.map(\.0) ?? Array(Set(known).union(estimates.keys)).sorted()
        var values: [String: String] = [:]
        for (index, district) in districts.enumerated() {
            values["estimate-\(index)"] = submitted?[index].1 ?? estimates[district].map(String.init) ?? ""
        }
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let rows = districts.enumerated().map { index, district in
            DistrictEstimatesView.Row(district: district, field: form.field("estimate-\(index)", label: "dashboard.estimates.field",
                                                              width: "s", inputmode: "numeric"))
        }
        let view = DistrictEstimatesView(action: Paths.dashboardEstimates.link(), rows: rows, backHref: Paths.dashboard.link())
        return try renderer.page(view, title: t("dashboard.estimates.title"), context: context, form: form)
    }
}

/// The period of a dashboard or report: `?from=…&to=…`, the current half-year by default.
enum PeriodQuery {
    static func parse(_ request: Request, today: LocalDate) -> (Period, ValidationErrors, [String: String]) {
        let p = request.uri.queryParameters
        let rawFrom = p["from"].map(String.init), rawTo = p["to"].map(String.init)
        var errors = ValidationErrors()
        let from = DateField.optional(rawFrom, field: "from", errors: &errors)
        let to = DateField.optional(rawTo, field: "to", errors: &errors)
        var period = Period.halfYear(containing: today)
        if let from, let to {
            if to < from { errors.add("to", "err.period.order") }
            else if from.days(until: to) > 5 * 366 { errors.add("to", "err.period.tooLong") }
            else { period = Period(from: from, to: to) }
        } else if (from == nil) != (to == nil) && errors.isEmpty {
            errors.add(from == nil ? "from" : "to", "err.period.both")
        }
        let values = ["from": errors.isEmpty ? period.from.iso : (rawFrom ?? ""), "to": errors.isEmpty ? period.to.iso : (rawTo ?? "")]
        return (period, errors, values)
    }

    /// Links for the common choices: this half-year, the previous one, this year, last year.
    static func presets(today: LocalDate, base: String, t: Texts) -> [PageFrame.NavItem] {
        let half = Period.halfYear(containing: today)
        let year = Period(from: LocalDate(year: today.year, month: 1, day: 1)!, to: LocalDate(year: today.year, month: 12, day: 31)!)
        return [("dashboard.preset.thisHalf", half), ("dashboard.preset.lastHalf", half.previous),
                ("dashboard.preset.thisYear", year), ("dashboard.preset.lastYear", year.previous)].map { key, period in
            PageFrame.NavItem(href: base + "?from=\(period.from.iso)&to=\(period.to.iso)", label: t(key), current: false)
        }
    }
}
