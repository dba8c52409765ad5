import Domain
import Foundation
import Hummingbird

/// Admins set up municipalities and their coordinators. Admins see no child data.
struct MunicipalitiesController {
    let municipalities: any MunicipalityRepository
    let users: any UserRepository
    let audit: any AuditLog
    let links: ActivationLinks
    let renderer: Renderer
    let clock: Clock

    struct MunicipalityForm: Decodable {
        let name: String?
        let slug: String?
        let schemeName: String?
        let supportEmail: String?
        let supportPhone: String?
        let coordinatorName: String?
        let coordinatorEmail: String?
    }

    struct CoordinatorForm: Decodable {
        let name: String?
        let email: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.municipalities) { _, context in
            let t = context.t
            let rows = try await municipalities.all().map {
                MunicipalityListView.Row(name: $0.name, slug: $0.slug, schemeName: $0.schemeName, href: Paths.municipality.link($0.id))
            }
            return try renderer.page(MunicipalityListView(rows: rows, newHref: Paths.municipalityNew.link()),
                                     title: t("municipalities.title"), context: context)
        }
        routes.add(.municipalityNew) { _, context in try renderNew(context) }
        routes.add(.municipalityCreate) { request, context in try await create(request, context) }
        routes.add(.municipalityShow) { _, context in try await show(context) }
        routes.add(.municipalityCoordinatorCreate) { request, context in try await addCoordinator(request, context) }
    }

    private func renderNew(_ context: AppContext, values: [String: String] = [:], errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let view = MunicipalityNewView(action: Paths.municipalities.link(), cancelHref: Paths.municipalities.link(), form: .init(
            name: form.field("name", label: "municipalities.name", hint: "municipalities.name.hint", width: "l"),
            slug: form.field("slug", label: "municipalities.slug", hint: "municipalities.slug.hint", width: "m"),
            schemeName: form.field("schemeName", label: "municipalities.schemeName", hint: "municipalities.schemeName.hint", width: "l"),
            supportEmail: form.field("supportEmail", label: "municipalities.supportEmail", type: "email", optional: true, width: "l"),
            supportPhone: form.field("supportPhone", label: "municipalities.supportPhone", type: "tel", optional: true, width: "s"),
            coordinatorName: form.field("coordinatorName", label: "municipalities.coordinatorName", width: "l"),
            coordinatorEmail: form.field("coordinatorEmail", label: "municipalities.coordinatorEmail", type: "email", width: "l")))
        return try renderer.page(view, title: t("municipalities.new.title"), context: context, form: form)
    }

    private func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let input = try await request.decodeForm(MunicipalityForm.self, context: context)
        let values = ["name": input.name, "slug": input.slug, "schemeName": input.schemeName, "supportEmail": input.supportEmail,
                      "supportPhone": input.supportPhone, "coordinatorName": input.coordinatorName,
                      "coordinatorEmail": input.coordinatorEmail].compactMapValues { $0 }
        var errors = ValidationErrors()
        let draft: MunicipalityDraft?
        switch MunicipalityDraft.validate(slug: input.slug, name: input.name, schemeName: input.schemeName,
                                          supportEmail: input.supportEmail, supportPhone: input.supportPhone) {
        case .success(let d): draft = d
        case .failure(let e): errors.merge(e); draft = nil
        }
        let coordinator: UserDraft?
        switch UserDraft.validate(name: input.coordinatorName, email: input.coordinatorEmail, role: Role.coordinator.rawValue,
                                  allowedRoles: [.coordinator], municipalityID: MunicipalityID(1)) {
        case .success(let c): coordinator = c
        case .failure(let e):
            coordinator = nil
            for f in e.fields { errors.add(f.field == "name" ? "coordinatorName" : "coordinatorEmail", f.message) }
        }
        guard errors.isEmpty, let draft, let coordinator else { return try renderNew(context, values: values, errors: errors) }
        let activation = links.make()
        do {
            let (municipality, _) = try await municipalities.create(draft, firstCoordinator: coordinator, activation: activation,
                                                                    at: clock.now, audit: try context.actor().audit(.create, .municipality))
            context.flash(Flash(.success, "municipalities.created", [municipality.name, coordinator.name]))
            return .seeOther(Paths.municipality.link(municipality.id))
        } catch StoreError.duplicate(let field) {
            let errors = field == "slug" ? ValidationErrors("slug", "err.municipality.slug.taken")
                                         : ValidationErrors("coordinatorEmail", "err.user.email.taken")
            return try renderNew(context, values: values, errors: errors)
        }
    }

    private func find(_ context: AppContext) async throws -> Municipality {
        let id = try context.parameters.require("id", as: MunicipalityID.self)
        guard let municipality = try await municipalities.find(id) else { throw AppError.notFound }
        return municipality
    }

    private func show(_ context: AppContext, municipality shown: Municipality? = nil, values: [String: String] = [:],
                      errors: ValidationErrors = .init(), status: HTTPResponse.Status? = nil, notice: Flash? = nil) async throws -> Response {
        let municipality: Municipality
        if let shown { municipality = shown } else { municipality = try await find(context) }
        let t = context.t
        let all = try await users.list(in: municipality.id)
        try await audit.record(try context.actor().audit(.view, .user, detail: "coordinators",
                                                                      municipality: municipality.id))
        let coordinators = all.filter { AccessPolicy.can($0.role, .manageUsers) }.map {
            MunicipalityView.Coordinator(name: $0.name, email: $0.email, status: UsersController.status($0, locked: false, t).0)
        }
        let form = FormBuilder(t, values: values, errors: errors)
        let view = MunicipalityView(
            name: municipality.name, slug: municipality.slug, schemeName: municipality.schemeName,
            contactEmail: municipality.supportEmail ?? "–", contactPhone: municipality.supportPhone ?? "–",
            coordinators: coordinators, userCount: String(all.count),
            coordinatorAction: Paths.municipalityCoordinators.link(municipality.id), backHref: Paths.municipalities.link(),
            form: .init(
                name: form.field("name", label: "users.name", width: "l"),
                email: form.field("email", label: "users.email", type: "email", width: "l")))
        return try renderer.page(view, title: municipality.name, context: context, form: form,
                                 status: status, notice: notice)
    }

    private func addCoordinator(_ request: Request, _ context: AppContext) async throws -> Response {
        let municipality = try await find(context)
        let input = try await request.decodeForm(CoordinatorForm.self, context: context)
        let values = ["name": input.name ?? "", "email": input.email ?? ""]
        switch UserDraft.validate(name: input.name, email: input.email, role: Role.coordinator.rawValue,
                                  allowedRoles: [.coordinator], municipalityID: municipality.id) {
        case .failure(let errors):
            return try await show(context, values: values, errors: errors)
        case .success(let draft):
            let activation = links.make()
            do {
                let user = try await users.create(draft, passwordHash: nil, activation: activation, at: clock.now,
                                                  audit: try context.actor().audit(.create, .user, detail: "coordinator",
                                                                                                municipality: municipality.id))
                context.flash(Flash(.success, "users.created", [user.name]))
                return .seeOther(Paths.municipality.link(municipality.id))
            } catch StoreError.duplicate {
                return try await show(context, values: values, errors: ValidationErrors("email", "err.user.email.taken"))
            }
        }
    }
}
