import Domain
import Foundation
import Hummingbird

/// The coordinator's registries of schools and school districts, which the child, club and
/// activity forms choose from; also what the registries' migration joined.
struct RegistriesController {
    let registries: any RegistryRepository
    let renderer: Renderer
    let clock: Clock

    struct NameForm: Decodable {
        let name, district: String?
    }

    /// The registry page's two forms (distinct field names, as they share the page).
    struct CreateForm: Decodable {
        let districtName, schoolName, schoolDistrict: String?
    }

    struct Row {
        let name: String
        let district: String
        let href: String
    }

    struct Merge {
        let kind, from, into, rows: String
    }

    struct View {
        let districts: [Row]
        let schools: [Row]
        let merges: [Merge]
        let hasMerges: Bool
        let districtAction, schoolAction: String
        let form: [String: FormField]
    }

    struct EditView {
        let action, backHref: String
        let form: [String: FormField]
        let isSchool: Bool
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.registries) { _, context in try await renderList(context) }
        routes.add(.districtCreate) { request, context in
            let municipality = try context.requireUser().municipalityID()
            let form = try await request.decodeForm(CreateForm.self, context: context)
            let registry = try await registries.registry(in: municipality)
            var errors = ValidationErrors()
            guard let name = SchoolRegistry.validateName(form.districtName, field: "districtName", others: registry.districtNames,
                                                         errors: &errors) else {
                return try await renderList(context, values: ["districtName": form.districtName ?? ""], errors: errors)
            }
            do {
                _ = try await registries.createDistrict(named: name, in: municipality,
                                                        audit: try context.actor(now: clock.now).audit(.create, "school_district"))
            } catch StoreError.duplicate {
                return try await renderList(context, values: ["districtName": name], errors: Self.taken("districtName"))
            }
            context.flash(Flash(.success, "registry.district.created", [name]))
            return .seeOther(Paths.registries.link())
        }
        routes.add(.schoolCreate) { request, context in
            let municipality = try context.requireUser().municipalityID()
            let form = try await request.decodeForm(CreateForm.self, context: context)
            let registry = try await registries.registry(in: municipality)
            var errors = ValidationErrors()
            let name = SchoolRegistry.validateName(form.schoolName, field: "schoolName", others: registry.schoolNames, errors: &errors)
            let district = Self.district(form.schoolDistrict, in: registry, field: "schoolDistrict", errors: &errors)
            guard errors.isEmpty, let name else {
                return try await renderList(context, values: ["schoolName": form.schoolName ?? "", "schoolDistrict": form.schoolDistrict ?? ""],
                                            errors: errors)
            }
            do {
                _ = try await registries.createSchool(named: name, district: district, in: municipality,
                                                      audit: try context.actor(now: clock.now).audit(.create, "school"))
            } catch StoreError.duplicate {
                return try await renderList(context, values: ["schoolName": name, "schoolDistrict": form.schoolDistrict ?? ""],
                                            errors: Self.taken("schoolName"))
            }
            context.flash(Flash(.success, "registry.school.created", [name]))
            return .seeOther(Paths.registries.link())
        }
        routes.add(.districtEdit) { _, context in
            let (registry, district) = try await findDistrict(context)
            return try renderEdit(context, district: district, values: ["name": district.name], registry: registry)
        }
        routes.add(.districtUpdate) { request, context in
            let municipality = try context.requireUser().municipalityID()
            let (registry, district) = try await findDistrict(context)
            let form = try await request.decodeForm(NameForm.self, context: context)
            var errors = ValidationErrors()
            let others = registry.districtNames.filter { $0 != district.name }
            guard let name = SchoolRegistry.validateName(form.name, field: "name", others: others, errors: &errors) else {
                return try renderEdit(context, district: district, values: ["name": form.name ?? ""], registry: registry, errors: errors)
            }
            do {
                try await registries.renameDistrict(district.id, to: name, in: municipality,
                                                    audit: try context.actor(now: clock.now).audit(.update, "school_district", district.id,
                                                                                                   detail: "\(district.name) → \(name)"))
            } catch StoreError.duplicate {
                return try renderEdit(context, district: district, values: ["name": name], registry: registry, errors: Self.taken("name"))
            }
            context.flash(Flash(.success, "registry.saved"))
            return .seeOther(Paths.registries.link())
        }
        routes.add(.schoolEdit) { _, context in
            let (registry, school) = try await findSchool(context)
            return try renderEdit(context, school: school, values: ["name": school.name, "district": school.districtID?.description ?? ""],
                                  registry: registry)
        }
        routes.add(.schoolUpdate) { request, context in
            let municipality = try context.requireUser().municipalityID()
            let (registry, school) = try await findSchool(context)
            let form = try await request.decodeForm(NameForm.self, context: context)
            var errors = ValidationErrors()
            let others = registry.schoolNames.filter { $0 != school.name }
            let name = SchoolRegistry.validateName(form.name, field: "name", others: others, errors: &errors)
            let district = Self.district(form.district, in: registry, field: "district", errors: &errors)
            guard errors.isEmpty, let name else {
                return try renderEdit(context, school: school, values: ["name": form.name ?? "", "district": form.district ?? ""],
                                      registry: registry, errors: errors)
            }
            do {
                try await registries.updateSchool(school.id, name: name, district: district, in: municipality,
                                                  audit: try context.actor(now: clock.now).audit(.update, "school", school.id,
                                                                                                 detail: "\(school.name) → \(name)"))
            } catch StoreError.duplicate {
                return try renderEdit(context, school: school, values: ["name": name, "district": form.district ?? ""], registry: registry,
                                      errors: Self.taken("name"))
            }
            context.flash(Flash(.success, "registry.saved"))
            return .seeOther(Paths.registries.link())
        }
    }

    /// The chosen district's id: empty is none, anything else must be one of the registry's.
    static func district(_ raw: String?, in registry: SchoolRegistry, field: String, errors: inout ValidationErrors) -> DistrictID? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let id = DistrictID(raw), registry.districts.contains(where: { $0.id == id }) else {
            errors.add(field, "registry.err.district.unknown")
            return nil
        }
        return id
    }

    /// A name another save took meanwhile reads as the form's own message.
    static func taken(_ field: String) -> ValidationErrors {
        var errors = ValidationErrors()
        errors.add(field, "registry.err.name.taken")
        return errors
    }

    private func findDistrict(_ context: AppContext) async throws -> (SchoolRegistry, District) {
        let id = try context.parameters.require("id", as: DistrictID.self)
        let registry = try await registries.registry(in: try context.requireUser().municipalityID())
        guard let district = registry.districts.first(where: { $0.id == id }) else { throw AppError.notFound }
        return (registry, district)
    }

    private func findSchool(_ context: AppContext) async throws -> (SchoolRegistry, School) {
        let id = try context.parameters.require("id", as: SchoolID.self)
        let registry = try await registries.registry(in: try context.requireUser().municipalityID())
        guard let school = registry.schools.first(where: { $0.id == id }) else { throw AppError.notFound }
        return (registry, school)
    }

    private func districtOptions(_ registry: SchoolRegistry) -> [(String, String)] {
        [("", "registry.district.none")] + registry.districts.map { ($0.id.description, $0.name) }
    }

    private func renderList(_ context: AppContext, values: [String: String] = [:], errors: ValidationErrors = .init()) async throws -> Response {
        let registry = try await registries.registry(in: try context.requireUser().municipalityID())
        let t = renderer.texts.bind(context.language)
        let form = FormBuilder(t, values: values, errors: errors)
        let view = View(
            districts: registry.districts.map { Row(name: $0.name, district: "", href: Paths.district.link($0.id)) },
            schools: registry.schools.map { Row(name: $0.name, district: registry.district(of: $0)?.name ?? "–", href: Paths.school.link($0.id)) },
            merges: registry.merges.map {
                Merge(kind: t("registry.merge.kind.\($0.kind.rawValue)"), from: $0.from, into: $0.into, rows: String($0.rows))
            },
            hasMerges: !registry.merges.isEmpty, districtAction: Paths.districts.link(), schoolAction: Paths.schools.link(),
            form: [
                "districtName": form.field("districtName", label: "registry.district.name", width: "m", maxLength: 100),
                "schoolName": form.field("schoolName", label: "registry.school.name", width: "l", maxLength: 100),
                "schoolDistrict": form.field("schoolDistrict", label: "registry.school.district", options: districtOptions(registry)),
            ])
        return try renderer.page("settings/registries", title: t("registry.title"), content: view, context: context, form: form)
    }

    private func renderEdit(_ context: AppContext, district: District? = nil, school: School? = nil, values: [String: String],
                            registry: SchoolRegistry, errors: ValidationErrors = .init()) throws -> Response {
        let t = renderer.texts.bind(context.language)
        let form = FormBuilder(t, values: values, errors: errors)
        var fields = ["name": form.field("name", label: school == nil ? "registry.district.name" : "registry.school.name",
                                         hint: school == nil ? "registry.district.renameHint" : "registry.school.renameHint",
                                         width: "l", maxLength: 100)]
        if school != nil { fields["district"] = form.field("district", label: "registry.school.district", options: districtOptions(registry)) }
        let view = EditView(action: school.map { Paths.school.link($0.id) } ?? Paths.district.link(district!.id),
                            backHref: Paths.registries.link(), form: fields, isSchool: school != nil)
        let title = t(school == nil ? "registry.district.edit" : "registry.school.edit", school?.name ?? district?.name ?? "")
        return try renderer.page("settings/registry-edit", title: title, content: view, context: context, form: form)
    }
}
