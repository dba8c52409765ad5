import Domain
import Foundation
import Hummingbird

/// A coordinator marks a pass as taken into use (until the association portal does it) or ends it.
struct PassesController {
    let passes: any PassRepository
    let children: any ChildRepository
    let audit: any AuditLog
    let renderer: Renderer
    let clock: Clock

    struct UseForm: Decodable {
        let date: String?
    }

    struct EndForm: Decodable {
        let endedOn: String?
        let reason: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.passUse) { request, context in try await use(request, context) }
        routes.add(.passEndForm) { _, context in
            let (pass, child) = try await load(context)
            try await audit.record(try context.actor().audit(.view, .pass, pass.id, detail: "end form"))
            return try renderEnd(context, pass: pass, child: child, values: ["endedOn": clock.today.iso])
        }
        routes.add(.passEnd) { request, context in try await end(request, context) }
    }

    private func load(_ context: AppContext) async throws -> (Pass, Child) {
        let user = try context.requireUser()
        let id = try context.parameters.require("id", as: PassID.self)
        guard let pass = try await passes.find(id, in: try user.municipalityID()),
              let child = try await children.find(pass.childID, scope: AccessPolicy.scope(of: user)) else { throw AppError.notFound }
        return (pass, child)
    }

    private func use(_ request: Request, _ context: AppContext) async throws -> Response {
        let (pass, child) = try await load(context)
        let form = try await request.decodeForm(UseForm.self, context: context)
        var errors = ValidationErrors()
        let date = DateField.optional(form.date, field: "date", errors: &errors) ?? clock.today
        guard errors.isEmpty, date <= clock.today, date >= pass.validFrom.adding(days: -31) else { throw AppError.badRequest }
        do {
            try await passes.markInUse(pass.id, on: date, in: child.municipalityID,
                                       audit: try context.actor().audit(.update, .pass, pass.id, detail: "in use"))
            context.flash(Flash(.success, "pass.markedInUse"))
        } catch StoreError.conflict {
            context.flash(Flash(.info, "pass.changedMeanwhile"))
        }
        return .seeOther(Paths.child.link(child.id) + "#passes")
    }

    private func renderEnd(_ context: AppContext, pass: Pass, child: Child, values: [String: String],
                           errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let view = PassEndView(childName: child.fullName, period: t("pass.period", pass.validFrom.display, pass.validTo.display),
                           action: Paths.passEnd.link(pass.id), cancelHref: Paths.child.link(child.id), form: PassEndView.Fields(
            endedOn: form.field("endedOn", label: "pass.endedOn", hint: "form.date.hint", type: "date", width: "s"),
            reason: form.field("reason", label: "pass.endReason", hint: "pass.endReason.hint", width: "xl", rows: 2, maxLength: 300)))
        return try renderer.page(view, title: t("pass.end.title"), context: context, form: form)
    }

    private func end(_ request: Request, _ context: AppContext) async throws -> Response {
        let (pass, child) = try await load(context)
        let form = try await request.decodeForm(EndForm.self, context: context)
        var errors = ValidationErrors()
        let date = DateField.required(form.endedOn, field: "endedOn", missing: "err.pass.endedOn.required", errors: &errors)
        if let date, date > clock.today { errors.add("endedOn", "err.pass.endedOn.future") }
        if let date, date < pass.grantedOn { errors.add("endedOn", "err.pass.endedOn.beforeGranted") }
        let reason = Text.trimmed(form.reason)
        if reason.isEmpty { errors.add("reason", "err.pass.endReason.required") }
        else if reason.count > 300 { errors.add("reason", "err.text.tooLong", ["300"]) }
        guard errors.isEmpty, let date else {
            return try renderEnd(context, pass: pass, child: child, values: ["endedOn": form.endedOn ?? "", "reason": form.reason ?? ""],
                                 errors: errors)
        }
        do {
            try await passes.end(pass.id, on: date, reason: reason, in: child.municipalityID,
                                 audit: try context.actor().audit(.update, .pass, pass.id, detail: "ended"))
            context.flash(Flash(.success, "pass.ended"))
        } catch StoreError.conflict {
            context.flash(Flash(.info, "pass.changedMeanwhile"))
        }
        return .seeOther(Paths.child.link(child.id) + "#passes")
    }
}

/// The municipality's scheme rules: age limits and the season passes follow.
struct SchemeSettingsController {
    let settings: any SchemeSettingsRepository
    let renderer: Renderer
    let clock: Clock

    struct Form: Decodable {
        let minimumAge, maximumAge, useSeason, seasonStart, seasonEnd: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.schemeSettings) { _, context in
            let current = try await settings.settings(for: try context.municipality())
            return try render(context, current: current, values: [
                "minimumAge": String(current.minimumAge), "maximumAge": String(current.maximumAge),
                "useSeason": current.season == nil ? "no" : "yes",
                "seasonStart": current.season.map { "\($0.startDay).\($0.startMonth)" } ?? "1.8",
                "seasonEnd": current.season.map { "\($0.endDay).\($0.endMonth)" } ?? "30.6",
            ])
        }
        routes.add(.schemeSettingsUpdate) { request, context in
            let municipality = try context.municipality()
            let form = try await request.decodeForm(Form.self, context: context)
            let values = ["minimumAge": form.minimumAge, "maximumAge": form.maximumAge, "useSeason": form.useSeason,
                          "seasonStart": form.seasonStart, "seasonEnd": form.seasonEnd].compactMapValues { $0 }
            switch Self.validate(form) {
            case .failure(let errors):
                return try render(context, current: try await settings.settings(for: municipality), values: values, errors: errors)
            case .success(let new):
                try await settings.save(new, for: municipality, audit: try context.actor().audit(.update, .schemeSettings))
                context.flash(Flash(.success, "settings.saved"))
                return .seeOther(Paths.schemeSettings.link())
            }
        }
    }

    /// Day and month written as `1.8` or `01.08`.
    static func dayMonth(_ raw: String?) -> (Int, Int)? {
        let parts = Text.trimmed(raw).split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" })
        guard parts.count == 2, let d = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        return (d, m)
    }

    static func validate(_ form: Form) -> Result<SchemeSettings, ValidationErrors> {
        var errors = ValidationErrors()
        let minimum = Int(Text.trimmed(form.minimumAge))
        let maximum = Int(Text.trimmed(form.maximumAge))
        if minimum == nil || !(0...17).contains(minimum!) { errors.add("minimumAge", "err.settings.minimumAge") }
        if maximum == nil || !(1...25).contains(maximum!) { errors.add("maximumAge", "err.settings.maximumAge") }
        if let minimum, let maximum, minimum >= maximum { errors.add("maximumAge", "err.settings.ageOrder") }
        var season: Season?
        if form.useSeason == "yes" {
            let start = dayMonth(form.seasonStart)
            let end = dayMonth(form.seasonEnd)
            if start == nil { errors.add("seasonStart", "err.settings.dayMonth") }
            if end == nil { errors.add("seasonEnd", "err.settings.dayMonth") }
            if let start, let end {
                season = Season(startMonth: start.1, startDay: start.0, endMonth: end.1, endDay: end.0)
                if season == nil { errors.add("seasonStart", "err.settings.season") }
            }
        }
        guard errors.isEmpty, let minimum, let maximum else { return .failure(errors) }
        return .success(SchemeSettings(minimumAge: minimum, maximumAge: maximum, season: season))
    }

    private func render(_ context: AppContext, current: SchemeSettings, values: [String: String],
                        errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let example = current.defaultPassPeriod(decidedOn: clock.today)
        let view = SchemeSettingsView(action: Paths.schemeSettings.link(), form: SchemeSettingsView.Fields(
            minimumAge: form.field("minimumAge", label: "settings.minimumAge", hint: "settings.minimumAge.hint", width: "xs", inputmode: "numeric"),
            maximumAge: form.field("maximumAge", label: "settings.maximumAge", hint: "settings.maximumAge.hint", width: "xs", inputmode: "numeric"),
            useSeason: form.field("useSeason", label: "settings.useSeason",
                                    options: [("no", "settings.useSeason.no"), ("yes", "settings.useSeason.yes")]),
            seasonStart: form.field("seasonStart", label: "settings.seasonStart", hint: "settings.dayMonth.hint", width: "xs"),
            seasonEnd: form.field("seasonEnd", label: "settings.seasonEnd", hint: "settings.dayMonth.hint", width: "xs")), example: t("settings.example", clock.today.display, example.from.display, example.to.display))
        return try renderer.page(view, title: t("settings.title"), context: context, form: form)
    }
}
