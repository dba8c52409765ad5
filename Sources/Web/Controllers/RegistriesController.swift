import Domain
import Foundation
import Hummingbird

/// The coordinator's registries of schools and school districts, which the child, club and
/// activity forms choose from; also what the registries' migration joined. Renaming is in
/// `RegistryEditController`.
struct RegistriesController {
    let registries: any RegistryRepository
    let renderer: Renderer
    let clock: Clock

    /// The registry page's two forms (distinct field names, as they share the page).
    struct CreateForm: Decodable {
        let districtName, schoolName, schoolDistrict: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.registries) { _, context in try await renderList(context) }
        routes.add(.districtCreate) { request, context in
            let municipality = try context.municipality()
            let form = try await request.decodeForm(CreateForm.self, context: context)
            let registry = try await registries.registry(in: municipality)
            var errors = ValidationErrors()
            guard let name = SchoolRegistry.validateName(form.districtName, field: "districtName", others: registry.districtNames,
                                                         errors: &errors) else {
                return try await renderList(context, values: ["districtName": form.districtName ?? ""], errors: errors)
            }
            do {
                _ = try await registries.createDistrict(named: name, in: municipality,
                                                        audit: try context.actor().audit(.create, .schoolDistrict))
            } catch StoreError.duplicate {
                return try await renderList(context, values: ["districtName": name], errors: Self.taken("districtName"))
            }
            context.flash(Flash(.success, "registry.district.created", [name]))
            return .seeOther(Paths.registries.link())
        }
        routes.add(.schoolCreate) { request, context in
            let municipality = try context.municipality()
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
                                                      audit: try context.actor().audit(.create, .school))
            } catch StoreError.duplicate {
                return try await renderList(context, values: ["schoolName": name, "schoolDistrict": form.schoolDistrict ?? ""],
                                            errors: Self.taken("schoolName"))
            }
            context.flash(Flash(.success, "registry.school.created", [name]))
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

    static func districtOptions(_ registry: SchoolRegistry) -> [(String, String)] {
        [("", "registry.district.none")] + registry.districts.map { ($0.id.description, $0.name) }
    }

    private func renderList(_ context: AppContext, values: [String: String] = [:], errors: ValidationErrors = .init()) async throws -> Response {
        let registry = try await registries.registry(in: try context.municipality())
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let view = RegistriesView(
            districts: registry.districts.map { RegistriesView.Row(name: $0.name, district: "", href: Paths.district.link($0.id)) },
            schools: registry.schools.map { RegistriesView.Row(name: $0.name, district: registry.district(of: $0)?.name ?? "–", href: Paths.school.link($0.id)) },
            merges: registry.merges.map {
                RegistriesView.Merge(kind: t("registry.merge.kind.\($0.kind.rawValue)"), from: $0.from, into: $0.into, rows: String($0.rows))
            },
            districtAction: Paths.districts.link(), schoolAction: Paths.schools.link(),
            form: .init(
                districtName: form.field("districtName", label: "registry.district.name", width: "m", maxLength: 100),
                schoolName: form.field("schoolName", label: "registry.school.name", width: "l", maxLength: 100),
                schoolDistrict: form.field("schoolDistrict", label: "registry.school.district", options: Self.districtOptions(registry))))
        return try renderer.page(view, title: t("registry.title"), context: context, form: form)
    }
}
