import Domain
import Foundation
import Hummingbird

/// The coordinator's form for an association's activity: new and edit.
struct ActivityFormController {
    let activities: any ActivityRepository
    let associations: any AssociationRepository
    let audit: any AuditLog
    let registries: any RegistryRepository
    let renderer: Renderer
    let clock: Clock

    struct Form: Decodable {
        let association, name, category, minAge, maxAge, gender: String?
        let weekdays: [String]?
        let time, place, district, seasonStart, seasonEnd, fee, feePeriod, equipment, capacity, freePlaces, isActive: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.activityNew) { request, context in
            let chosen = request.uri.queryParameters["association"].map(String.init) ?? ""
            return try await renderForm(context, id: nil, values: ["association": chosen, "minAge": "6", "maxAge": "12",
                                                                   "gender": "all", "feePeriod": "season", "isActive": "yes"],
                                        weekdays: [])
        }
        routes.add(.activityCreate) { request, context in try await save(request, context, existing: nil) }
        routes.add(.activityEdit) { _, context in
            let activity = try await find(context)
            let input = ActivityInput(activity.details)
            let values = ["name": input.name, "category": input.category, "minAge": input.minAge, "maxAge": input.maxAge,
                          "gender": input.gender, "time": input.time, "place": input.place, "district": input.district,
                          "seasonStart": input.seasonStart, "seasonEnd": input.seasonEnd, "fee": input.fee, "feePeriod": input.feePeriod,
                          "equipment": input.equipment, "capacity": input.capacity, "freePlaces": input.freePlaces,
                          "isActive": input.isActive].compactMapValues { $0 }
            return try await renderForm(context, id: activity.id, values: values, weekdays: Set(input.weekdays), current: activity.details.district)
        }
        routes.add(.activityUpdate) { request, context in
            let activity = try await find(context)
            return try await save(request, context, existing: activity)
        }
    }

    private func find(_ context: AppContext) async throws -> Activity {
        let id = try context.parameters.require("id", as: ActivityID.self)
        guard let activity = try await activities.find(id, in: try context.municipality()) else { throw AppError.notFound }
        return activity
    }

    private func renderForm(_ context: AppContext, id: ActivityID?, values: [String: String], weekdays: Set<String>,
                            current district: String? = nil, errors: ValidationErrors = .init()) async throws -> Response {
        let municipality = try context.municipality()
        let t = context.t
        var form = FormBuilder(t, values: values, errors: errors)
        form.multiValues["weekdays"] = weekdays
        let clubs = id == nil ? try await associations.list(in: municipality, includeInactive: false) : []
        let registry = try await registries.registry(in: municipality)
        let view = ActivityEditView(
            heading: t(id == nil ? "activity.new.heading" : "activity.edit.heading"),
            action: id.map { Paths.activity.link($0) } ?? Paths.activities.link(),
            cancelHref: id.map { Paths.activity.link($0) } ?? Paths.activities.link(),
            submit: t(id == nil ? "activity.new.submit" : "activity.edit.submit"), isEdit: id != nil,
            form: .init(
                association: form.field("association", label: "activity.association",
                                          options: [("", "activity.association.choose")] + clubs.map { ($0.id.description, $0.name) }),
                name: form.field("name", label: "activity.name", hint: "activity.name.hint", width: "l", maxLength: 100),
                category: form.field("category", label: "activity.category", width: "m",
                                       options: [("", "activity.category.choose")] + ActivityCategory.allCases.map { ($0.rawValue, "activity.category.\($0.rawValue)") }),
                minAge: form.field("minAge", label: "activity.minAge", width: "xs", inputmode: "numeric"),
                maxAge: form.field("maxAge", label: "activity.maxAge", width: "xs", inputmode: "numeric"),
                gender: form.field("gender", label: "activity.gender", options: ActivityGender.allCases.map { ($0.rawValue, "activity.gender.\($0.rawValue)") }),
                weekdays: form.field("weekdays", label: "activity.weekdays", options: Weekday.allCases.map { ($0.rawValue, "activity.weekday.\($0.rawValue)") }),
                time: form.field("time", label: "activity.time", hint: "activity.time.hint", optional: true, width: "s", maxLength: 40),
                place: form.field("place", label: "activity.place", optional: true, width: "l", maxLength: 100),
                district: form.field("district", label: "activity.district", optional: true,
                                       options: [("", "registry.choose")]
                                           + registry.choices(registry.districtNames, current: district ?? values["district"]).map { ($0.value, $0.label) }),
                seasonStart: form.field("seasonStart", label: "activity.seasonStart", hint: "activity.season.hint", type: "date", optional: true, width: "s"),
                seasonEnd: form.field("seasonEnd", label: "activity.seasonEnd", hint: "form.date.hint", type: "date", optional: true, width: "s"),
                fee: form.field("fee", label: "activity.fee", hint: "money.input.hint", width: "s", inputmode: "decimal"),
                feePeriod: form.field("feePeriod", label: "activity.feePeriod", options: FeePeriod.allCases.map { ($0.rawValue, "activity.feePeriod.\($0.rawValue)") }),
                equipment: form.field("equipment", label: "activity.equipment", hint: "activity.equipment.hint", optional: true,
                                        width: "xl", rows: 2, maxLength: 300),
                capacity: form.field("capacity", label: "activity.capacity", optional: true, width: "xs", inputmode: "numeric"),
                freePlaces: form.field("freePlaces", label: "activity.freePlaces", hint: "activity.freePlaces.hint", optional: true,
                                         width: "xs", inputmode: "numeric"),
                isActive: form.field("isActive", label: "activity.isActive", options: [("yes", "common.yes"), ("no", "common.no")])))
        return try renderer.page(view, title: view.heading, context: context, form: form)
    }

    private func save(_ request: Request, _ context: AppContext, existing: Activity?) async throws -> Response {
        let municipality = try context.municipality()
        let form = try await request.decodeForm(Form.self, context: context)
        let input = ActivityInput(name: form.name, category: form.category, minAge: form.minAge, maxAge: form.maxAge, gender: form.gender,
                                  weekdays: form.weekdays ?? [], time: form.time, place: form.place, district: form.district,
                                  seasonStart: form.seasonStart, seasonEnd: form.seasonEnd, fee: form.fee, feePeriod: form.feePeriod,
                                  equipment: form.equipment, capacity: form.capacity, freePlaces: form.freePlaces, isActive: form.isActive)
        var errors = ValidationErrors()
        let association = existing?.associationID ?? form.association.flatMap(AssociationID.init)
        if association == nil { errors.add("association", "err.activity.association.required") }
        // Another municipality's association is always refused; file the attempt whatever else is wrong.
        try await audit.recordForeignReferences(
            try context.actor().audit(existing == nil ? .create : .update, .activity, existing?.id),
            targets: association.map { [AuditTarget(.association, $0)] } ?? [])
        try await registries.registry(in: municipality).validateDistrict(Text.trimmed(form.district), field: "district",
                                                                          keeping: existing?.details.district, errors: &errors)
        switch input.validate() {
        case .failure(let problems): errors.merge(problems)
        case .success(let details) where errors.isEmpty:
            let actor = try context.actor()
            do {
                if let existing {
                    try await activities.update(existing.id, details: details, in: municipality, at: clock.now,
                                                audit: actor.audit(.update, .activity, existing.id))
                    context.flash(Flash(.success, "activity.saved", [details.name]))
                    return .seeOther(Paths.activity.link(existing.id))
                }
                let id = try await activities.create(details, association: association!, in: municipality, at: clock.now,
                                                     audit: actor.audit(.create, .activity))
                context.flash(Flash(.success, "activity.created", [details.name]))
                return .seeOther(Paths.activity.link(id))
            } catch StoreError.notFound {
                errors.add("association", "err.activity.association.required")
            }
        case .success: break
        }
        let values = ["association": form.association, "name": form.name, "category": form.category, "minAge": form.minAge,
                      "maxAge": form.maxAge, "gender": form.gender, "time": form.time, "place": form.place, "district": form.district,
                      "seasonStart": form.seasonStart, "seasonEnd": form.seasonEnd, "fee": form.fee, "feePeriod": form.feePeriod,
                      "equipment": form.equipment, "capacity": form.capacity, "freePlaces": form.freePlaces,
                      "isActive": form.isActive].compactMapValues { $0 }
        return try await renderForm(context, id: existing?.id, values: values, weekdays: Set(form.weekdays ?? []),
                                    current: existing?.details.district, errors: errors)
    }
}
