import Domain
import Foundation
import Hummingbird

/// Renaming a school or a district (and moving a school to another district): the new name is
/// written on every record that names the old one.
struct RegistryEditController {
    let registries: any RegistryRepository
    let renderer: Renderer
    let clock: Clock

    struct NameForm: Decodable {
        let name, district: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.districtEdit) { _, context in
            let (registry, district) = try await findDistrict(context)
            return try renderEdit(context, district: district, values: ["name": district.name], registry: registry)
        }
        routes.add(.districtUpdate) { request, context in
            let municipality = try context.municipality()
            let (registry, district) = try await findDistrict(context)
            let form = try await request.decodeForm(NameForm.self, context: context)
            var errors = ValidationErrors()
            let others = registry.districtNames.filter { $0 != district.name }
            guard let name = SchoolRegistry.validateName(form.name, field: "name", others: others, errors: &errors) else {
                return try renderEdit(context, district: district, values: ["name": form.name ?? ""], registry: registry, errors: errors)
            }
            do {
                try await registries.renameDistrict(district.id, to: name, in: municipality,
                                                    audit: try context.actor().audit(.update, .schoolDistrict, district.id,
                                                                                                   detail: "\(district.name) → \(name)"))
            } catch StoreError.duplicate {
                return try renderEdit(context, district: district, values: ["name": name], registry: registry,
                                      errors: RegistriesController.taken("name"))
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
            let municipality = try context.municipality()
            let (registry, school) = try await findSchool(context)
            let form = try await request.decodeForm(NameForm.self, context: context)
            var errors = ValidationErrors()
            let others = registry.schoolNames.filter { $0 != school.name }
            let name = SchoolRegistry.validateName(form.name, field: "name", others: others, errors: &errors)
            let district = RegistriesController.district(form.district, in: registry, field: "district", errors: &errors)
            guard errors.isEmpty, let name else {
                return try renderEdit(context, school: school, values: ["name": form.name ?? "", "district": form.district ?? ""],
                                      registry: registry, errors: errors)
            }
            do {
                try await registries.updateSchool(school.id, name: name, district: district, in: municipality,
                                                  audit: try context.actor().audit(.update, .school, school.id,
                                                                                                 detail: "\(school.name) → \(name)"))
            } catch StoreError.duplicate {
                return try renderEdit(context, school: school, values: ["name": name, "district": form.district ?? ""], registry: registry,
                                      errors: RegistriesController.taken("name"))
            }
            context.flash(Flash(.success, "registry.saved"))
            return .seeOther(Paths.registries.link())
        }
    }

    private func findDistrict(_ context: AppContext) async throws -> (SchoolRegistry, District) {
        let id = try context.parameters.require("id", as: DistrictID.self)
        let registry = try await registries.registry(in: try context.municipality())
        guard let district = registry.districts.first(where: { $0.id == id }) else { throw AppError.notFound }
        return (registry, district)
    }

    private func findSchool(_ context: AppContext) async throws -> (SchoolRegistry, School) {
        let id = try context.parameters.require("id", as: SchoolID.self)
        let registry = try await registries.registry(in: try context.municipality())
        guard let school = registry.schools.first(where: { $0.id == id }) else { throw AppError.notFound }
        return (registry, school)
    }

    private func renderEdit(_ context: AppContext, district: District? = nil, school: School? = nil, values: [String: String],
                            registry: SchoolRegistry, errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let fields = RegistryEditView.Fields(
            name: form.field("name", label: school == nil ? "registry.district.name" : "registry.school.name",
                             hint: school == nil ? "registry.district.renameHint" : "registry.school.renameHint",
                             width: "l", maxLength: 100),
            district: school == nil ? nil
                : form.field("district", label: "registry.school.district", options: RegistriesController.districtOptions(registry)))
        let view = RegistryEditView(action: school.map { Paths.school.link($0.id) } ?? Paths.district.link(district!.id),
                            backHref: Paths.registries.link(), form: fields, isSchool: school != nil)
        let title = t(school == nil ? "registry.district.edit" : "registry.school.edit", school?.name ?? district?.name ?? "")
        return try renderer.page(view, title: title, context: context, form: form)
    }
}
