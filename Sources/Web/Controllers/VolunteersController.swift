import Domain
import Foundation
import Hummingbird

/// The coordinator's volunteers: the overview with load, børneattest and idle volunteers
/// (experience 3.1.3–3.1.4), registering and editing a volunteer.
struct VolunteersController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    struct Form: Decodable {
        let name, phone, email: String?
        let roles: [String]?
        let organisation, languages, districts, availability, capacity, certificateOn, status, userID: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.volunteers) { _, context in try await index(context) }
        routes.add(.volunteerNew) { _, context in
            try await render(context, id: nil, values: ["capacity": "1", "status": "active"], roles: ["guide"])
        }
        routes.add(.volunteerCreate) { request, context in try await save(request, context, id: nil) }
        routes.add(.volunteerEdit) { _, context in
            let volunteer = try await find(context)
            let input = VolunteerInput(volunteer.details)
            let values = ["name": input.name, "phone": input.phone, "email": input.email, "organisation": input.organisation,
                          "languages": input.languages, "districts": input.districts, "availability": input.availability,
                          "capacity": input.capacity, "certificateOn": input.certificateOn, "status": input.status, "userID": input.userID]
            return try await render(context, id: volunteer.id, values: values.compactMapValues { $0 }, roles: Set(input.roles))
        }
        routes.add(.volunteerUpdate) { request, context in
            let volunteer = try await find(context)
            return try await save(request, context, id: volunteer.id)
        }
    }

    func find(_ context: AppContext) async throws -> Volunteer {
        let id = try context.parameters.require("id", as: VolunteerID.self)
        guard let volunteer = try await repositories.volunteers.find(id, in: try context.municipality()) else {
            throw AppError.notFound
        }
        return volunteer
    }

    private func index(_ context: AppContext) async throws -> Response {
        let m = try context.municipality()
        let today = clock.today
        let rows = try await repositories.volunteers.list(in: m, today: today)
        let settings = try await repositories.volunteers.settings(for: m)
        try await repositories.audit.record(try context.actor().audit(.view, .volunteer, detail: "list"))
        let t = context.t
        let view = VolunteerListView.make(rows: rows, settings: settings, today: today, t: t)
        return try renderer.page(view, title: t("volunteer.list.title"), context: context)
    }

    private func render(_ context: AppContext, id: VolunteerID?, values: [String: String], roles: Set<String>,
                        errors: ValidationErrors = .init()) async throws -> Response {
        let t = context.t
        var form = FormBuilder(t, values: values, errors: errors)
        form.multiValues["roles"] = roles
        let accounts = try await repositories.volunteers.accounts(in: try context.municipality())
            .filter { $0.linkedTo == nil || $0.linkedTo == id }
        let view = VolunteerFormView(
            heading: t(id == nil ? "volunteer.new.title" : "volunteer.edit.title"),
            action: id.map { Paths.volunteer.link($0) } ?? Paths.volunteers.link(),
            cancelHref: id.map { Paths.volunteer.link($0) } ?? Paths.volunteers.link(),
            submit: t(id == nil ? "volunteer.new.submit" : "volunteer.edit.submit"), form: .init(
                name: form.field("name", label: "volunteer.name", width: "l", maxLength: 100),
                phone: form.field("phone", label: "volunteer.phone", hint: "volunteer.phone.hint", type: "tel", width: "m"),
                email: form.field("email", label: "volunteer.email", type: "email", width: "l"),
                roles: form.field("roles", label: "volunteer.roles", hint: "volunteer.roles.hint",
                                    options: VolunteerRole.allCases.map { ($0.rawValue, "volunteer.role.\($0.rawValue).long") }),
                organisation: form.field("organisation", label: "volunteer.organisation", hint: "volunteer.organisation.hint",
                                           optional: true, width: "m", maxLength: 100,
                                           suggestions: ["Red Barnet", "DGI", "Dansk Flygtningehjælp", "Frivilligcenter"]),
                languages: form.field("languages", label: "volunteer.languages", hint: "volunteer.languages.hint", optional: true,
                                        width: "l", maxLength: 100),
                districts: form.field("districts", label: "volunteer.districts", hint: "volunteer.districts.hint", optional: true,
                                        width: "l", maxLength: 100),
                availability: form.field("availability", label: "volunteer.availability", hint: "volunteer.availability.hint",
                                           optional: true, width: "l", maxLength: 100),
                capacity: form.field("capacity", label: "volunteer.capacity", hint: "volunteer.capacity.hint", width: "xs",
                                       maxLength: 2, inputmode: "numeric"),
                certificateOn: form.field("certificateOn", label: "volunteer.certificateOn", hint: "volunteer.certificateOn.hint",
                                            type: "date", optional: true, width: "s"),
                status: form.field("status", label: "volunteer.status",
                                     options: VolunteerStatus.allCases.map { ($0.rawValue, "volunteer.status.\($0.rawValue)") }),
                userID: form.field("userID", label: "volunteer.user", hint: "volunteer.user.hint", width: "l",
                                     options: [("", "volunteer.user.none")] + accounts.map { ($0.user.id.description, "\($0.user.name) (\($0.user.email))") })))
        return try renderer.page(view, title: view.heading, context: context, form: form)
    }

    private func save(_ request: Request, _ context: AppContext, id: VolunteerID?) async throws -> Response {
        let m = try context.municipality()
        let form = try await request.decodeForm(Form.self, context: context)
        let accounts = Set(try await repositories.volunteers.accounts(in: m).filter { $0.linkedTo == nil || $0.linkedTo == id }.map(\.user.id))
        let input = VolunteerInput(name: form.name, phone: form.phone, email: form.email, roles: form.roles ?? [], organisation: form.organisation,
                                   languages: form.languages, districts: form.districts, availability: form.availability,
                                   capacity: form.capacity, certificateOn: form.certificateOn, status: form.status, userID: form.userID)
        let values = ["name": form.name, "phone": form.phone, "email": form.email, "organisation": form.organisation,
                      "languages": form.languages, "districts": form.districts, "availability": form.availability,
                      "capacity": form.capacity, "certificateOn": form.certificateOn, "status": form.status,
                      "userID": form.userID].compactMapValues { $0 }
        // Another municipality's user account is always refused; file the attempt.
        try await repositories.audit.recordForeignReferences(
            try context.actor().audit(id == nil ? .create : .update, .volunteer, id, detail: "user account"),
            targets: form.userID.flatMap(UserID.init).map { [AuditTarget(.user, $0)] } ?? [])
        switch input.validate(accounts: accounts, today: clock.today) {
        case .failure(let errors):
            return try await render(context, id: id, values: values, roles: Set(form.roles ?? []), errors: errors)
        case .success(let details):
            let now = clock.now
            do {
                if let id {
                    try await repositories.volunteers.update(id, details: details, in: m, at: now,
                                                             audit: try context.actor().audit(.update, .volunteer, id))
                    context.flash(Flash(.success, "volunteer.saved", [details.name]))
                    return .seeOther(Paths.volunteer.link(id))
                }
                let new = try await repositories.volunteers.create(details, in: m, at: now,
                                                                  audit: try context.actor().audit(.create, .volunteer))
                context.flash(Flash(.success, "volunteer.created", [details.name]))
                return .seeOther(Paths.volunteer.link(new))
            } catch StoreError.duplicate {
                return try await render(context, id: id, values: values, roles: Set(form.roles ?? []),
                                        errors: ValidationErrors("userID", "volunteer.err.user.linked"))
            }
        }
    }
}
