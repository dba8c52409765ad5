import Domain
import Foundation
import Hummingbird

/// Registering a child and correcting the record. Before a new child is saved, possible
/// duplicates in the municipality are shown so the caseworker can open the existing record.
struct ChildFormController {
    let children: any ChildRepository
    let registries: any RegistryRepository
    let audit: any AuditLog
    let renderer: Renderer
    let clock: Clock

    struct Form: Decodable {
        var firstName, lastName, birthDateDay, birthDateMonth, birthDateYear, gender: String?
        var school, schoolClass, schoolDistrict, homeLanguage, needsInterpreter, needsAdaptation, adaptationNote: String?
        var interests, note: String?
        var guardianName1, guardianRelation1, guardianPhone1, guardianEmail1, guardianLanguage1: String?
        var guardianName2, guardianRelation2, guardianPhone2, guardianEmail2, guardianLanguage2: String?
        var confirmDuplicate: String?

        var input: ChildInput {
            ChildInput(firstName: firstName, lastName: lastName, birthDay: birthDateDay, birthMonth: birthDateMonth,
                       birthYear: birthDateYear, gender: gender, school: school, schoolClass: schoolClass,
                       schoolDistrict: schoolDistrict, homeLanguage: homeLanguage, needsInterpreter: needsInterpreter,
                       needsAdaptation: needsAdaptation, adaptationNote: adaptationNote, interests: interests, note: note,
                       guardians: [
                           GuardianInput(name: guardianName1, relation: guardianRelation1, phone: guardianPhone1,
                                         email: guardianEmail1, preferredLanguage: guardianLanguage1),
                           GuardianInput(name: guardianName2, relation: guardianRelation2, phone: guardianPhone2,
                                         email: guardianEmail2, preferredLanguage: guardianLanguage2),
                       ])
        }
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.childNew) { _, context in try await render(context, values: ChildFormView.values(ChildInput()), child: nil) }
        routes.add(.childCreate) { request, context in try await create(request, context) }
        routes.add(.childEdit) { _, context in
            let child = try await find(context)
            // The form shows the whole record, guardians and notes included: a read like the child's page.
            try await audit.record(try context.actor().audit(.view, .child, child.id, detail: "edit form"))
            return try await render(context, values: ChildFormView.values(ChildInput(child)), child: child)
        }
        routes.add(.childUpdate) { request, context in try await update(request, context) }
    }

    private func find(_ context: AppContext) async throws -> Child {
        let id = try context.parameters.require("id", as: ChildID.self)
        guard let child = try await children.find(id, scope: AccessPolicy.scope(of: try context.requireUser())) else {
            throw AppError.notFound
        }
        return child
    }

    private func render(_ context: AppContext, values: [String: String], child: Child?, errors: ValidationErrors = .init(),
                        duplicates: [ChildFormView.Duplicate] = []) async throws -> Response {
        let user = try context.requireUser()
        let registry = try await registries.registry(in: try user.municipalityID())
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let view = ChildFormView.make(form: form, child: child, registry: registry, duplicates: duplicates, t: t)
        let title = child == nil ? t("child.new.title") : t("child.edit.title", child!.fullName)
        return try renderer.page(view, title: title, context: context, form: form)
    }

    /// The form's own checks, then that school and district come from the registry (a stored
    /// child's old values may stay).
    private func validate(_ input: ChildInput, current child: Child?, _ context: AppContext) async throws
        -> Result<(ChildDetails, [Guardian]), ValidationErrors> {
        let registry = try await registries.registry(in: try context.municipality())
        var errors = ValidationErrors()
        registry.validateChoice(school: Text.trimmed(input.school), district: Text.trimmed(input.schoolDistrict),
                                keeping: child.map { ($0.details.school, $0.details.schoolDistrict) }, errors: &errors)
        switch input.validate(today: clock.today) {
        case .failure(var own):
            own.merge(errors)
            return .failure(own)
        case .success(let (checked, guardians)):
            guard errors.isEmpty else { return .failure(errors) }
            var details = checked
            // A school chosen without its district: the registry knows it.
            if details.schoolDistrict.isEmpty, let district = registry.district(ofSchoolNamed: details.school) {
                details.schoolDistrict = district
            }
            return .success((details, guardians))
        }
    }

    private func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let municipality = try user.municipalityID()
        let form = try await request.decodeForm(Form.self, context: context)
        let values = ChildFormView.values(form.input)
        switch try await validate(form.input, current: nil, context) {
        case .failure(let errors):
            return try await render(context, values: values, child: nil, errors: errors)
        case .success(let (details, guardians)):
            if form.confirmDuplicate != "yes" {
                let found = try await children.possibleDuplicates(of: details, guardians: guardians, in: municipality, excluding: nil)
                if !found.isEmpty {
                    let t = context.t
                    var duplicates: [ChildFormView.Duplicate] = []
                    let actor = try context.actor()
                    for candidate in found {
                        let visible = try await children.find(candidate.id, scope: AccessPolicy.scope(of: user)) != nil
                        // The check reveals that the child exists (and to whom it belongs): a use of its data.
                        try await audit.record(actor.audit(.search, .child, candidate.id,
                                                           detail: visible ? "possible duplicate" : "possible duplicate outside the user's children"))
                        duplicates.append(.init(candidate, visible: visible, t: t))
                    }
                    return try await render(context, values: values, child: nil, duplicates: duplicates)
                }
            }
            let now = clock.now
            let id = try await children.create(details, guardians: guardians, in: municipality, by: user.id, at: now,
                                               audit: try context.actor().audit(.create, .child))
            context.flash(Flash(.success, "child.created", [details.fullName]))
            return .seeOther(Paths.child.link(id))
        }
    }

    private func update(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let child = try await find(context)
        let form = try await request.decodeForm(Form.self, context: context)
        switch try await validate(form.input, current: child, context) {
        case .failure(let errors):
            return try await render(context, values: ChildFormView.values(form.input), child: child, errors: errors)
        case .success(let (details, guardians)):
            let now = clock.now
            try await children.update(child.id, details: details, guardians: guardians, scope: AccessPolicy.scope(of: user), at: now,
                                      audit: try context.actor().audit(.update, .child, child.id))
            context.flash(Flash(.success, "child.updated"))
            return .seeOther(Paths.child.link(child.id))
        }
    }
}
