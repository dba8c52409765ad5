import Domain
import Foundation
import Hummingbird

/// The municipality's associations: a list guides and caseworkers look clubs up in, and the
/// coordinator's forms to keep them and their contact persons up to date.
struct AssociationsController {
    let associations: any AssociationRepository
    let activities: any ActivityRepository
    let audit: any AuditLog
    let registries: any RegistryRepository
    let renderer: Renderer
    let clock: Clock

    struct Form: Decodable {
        let name, cvr, address, district: String?
        let categories: [String]?
        let website, bankReference, acceptsFritidspas, offerNote, isActive: String?
    }

    struct ContactForm: Decodable {
        let contactName, contactRole, contactEmail, contactPhone, contactUser: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.associations) { request, context in try await index(request, context) }
        routes.add(.associationNew) { _, context in
            try await renderForm(context, id: nil, values: ["acceptsFritidspas": "yes"], categories: [])
        }
        routes.add(.associationCreate) { request, context in try await save(request, context, id: nil) }
        routes.add(.associationShow) { _, context in
            try await AssociationPage(associations: associations, activities: activities, renderer: renderer, clock: clock)
                .render(context, association: try await find(context))
        }
        routes.add(.associationEdit) { _, context in
            let association = try await find(context)
            let input = AssociationInput(association.details)
            return try await renderForm(context, id: association.id, values: [
                "name": input.name ?? "", "cvr": input.cvr ?? "", "address": input.address ?? "", "district": input.district ?? "",
                "website": input.website ?? "", "bankReference": input.bankReference ?? "",
                "acceptsFritidspas": input.acceptsFritidspas ?? "yes", "offerNote": input.offerNote ?? "",
                "isActive": association.isActive ? "yes" : "no",
            ], categories: Set(input.categories), current: association.details.district)
        }
        routes.add(.associationUpdate) { request, context in
            let association = try await find(context)
            return try await save(request, context, id: association.id)
        }
        routes.add(.associationContactCreate) { request, context in try await addContact(request, context) }
        routes.add(.associationContactRemove) { _, context in
            let association = try await find(context)
            let contact = try context.parameters.require("contactID", as: AssociationContactID.self)
            try await associations.removeContact(contact, from: association.id, in: association.municipalityID,
                                                 audit: try context.actor().audit(.delete, .associationContact, contact))
            context.flash(Flash(.success, "association.contact.removed"))
            return .seeOther(Paths.association.link(association.id) + "#contacts")
        }
    }

    func find(_ context: AppContext) async throws -> Domain.Association {
        let id = try context.parameters.require("id", as: AssociationID.self)
        guard let association = try await associations.find(id, in: try context.municipality())
        else { throw AppError.notFound }
        return association
    }

    private func index(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let includeInactive = request.uri.queryParameters["inactive"] == "1"
        let rows = try await associations.list(in: try user.municipalityID(), includeInactive: includeInactive)
        let t = context.t
        let view = AssociationListView(
            rows: rows.map {
                AssociationListView.Row(name: $0.name, href: Paths.association.link($0.id), district: $0.district.ifEmpty("–"),
                    categories: Display.categories($0.categories, t), activities: $0.activityCount, children: $0.childCount,
                    freePlaces: Display.freePlaces($0.freePlaces, t), accepts: $0.acceptsFritidspas, inactive: !$0.isActive)
            },
            hasRows: !rows.isEmpty, canEdit: AccessPolicy.allows(user.role, .associationNew), newHref: Paths.associationNew.link(),
            toggleHref: Paths.associations.link() + (includeInactive ? "" : "?inactive=1"),
            toggleLabel: t(includeInactive ? "association.list.hideInactive" : "association.list.showInactive"))
        return try renderer.page(view, title: t("association.list.title"), context: context)
    }

    private func renderForm(_ context: AppContext, id: AssociationID?, values: [String: String], categories: Set<String>,
                            current district: String? = nil, errors: ValidationErrors = .init()) async throws -> Response {
        let registry = try await registries.registry(in: try context.municipality())
        let t = context.t
        var form = FormBuilder(t, values: values, errors: errors)
        form.multiValues["categories"] = categories
        let yesNo = [("yes", "common.yes"), ("no", "common.no")]
        let view = AssociationFormView(
            heading: t(id == nil ? "association.new.heading" : "association.edit.heading"),
            action: id.map { Paths.association.link($0) } ?? Paths.associations.link(),
            cancelHref: id.map { Paths.association.link($0) } ?? Paths.associations.link(),
            submit: t(id == nil ? "association.new.submit" : "association.edit.submit"), isEdit: id != nil,
            form: .init(
                name: form.field("name", label: "association.name", width: "l", maxLength: 100),
                cvr: form.field("cvr", label: "association.cvr", hint: "association.cvr.hint", width: "s", maxLength: 12,
                                  inputmode: "numeric"),
                address: form.field("address", label: "association.address", optional: true, width: "l", maxLength: 100),
                district: form.field("district", label: "association.district", hint: "association.district.hint", optional: true,
                                       options: [("", "registry.choose")]
                                           + registry.choices(registry.districtNames, current: district ?? values["district"]).map { ($0.value, $0.label) }),
                categories: form.field("categories", label: "association.categories",
                                         options: ActivityCategory.allCases.map { ($0.rawValue, "activity.category.\($0.rawValue)") }),
                website: form.field("website", label: "association.website", optional: true, width: "l", maxLength: 200),
                bankReference: form.field("bankReference", label: "association.bankReference", hint: "association.bankReference.hint",
                                            optional: true, width: "m", maxLength: 60),
                acceptsFritidspas: form.field("acceptsFritidspas", label: "association.accepts", options: yesNo),
                offerNote: form.field("offerNote", label: "association.offerNote", hint: "association.offerNote.hint",
                                        optional: true, width: "xl", rows: 3, maxLength: 500),
                isActive: form.field("isActive", label: "association.isActive", hint: "association.isActive.hint", options: yesNo)))
        return try renderer.page(view, title: view.heading, context: context, form: form)
    }

    private func save(_ request: Request, _ context: AppContext, id: AssociationID?) async throws -> Response {
        let municipality = try context.municipality()
        let form = try await request.decodeForm(Form.self, context: context)
        let input = AssociationInput(name: form.name, cvr: form.cvr, address: form.address, district: form.district,
                                     categories: form.categories ?? [], website: form.website, bankReference: form.bankReference,
                                     acceptsFritidspas: form.acceptsFritidspas, offerNote: form.offerNote)
        let values = ["name": form.name, "cvr": form.cvr, "address": form.address, "district": form.district, "website": form.website,
                      "bankReference": form.bankReference, "acceptsFritidspas": form.acceptsFritidspas, "offerNote": form.offerNote,
                      "isActive": form.isActive].compactMapValues { $0 }
        var errors = ValidationErrors()
        var current: String?
        if let id { current = try await associations.find(id, in: municipality)?.details.district }
        var registryErrors = ValidationErrors()
        try await registries.registry(in: municipality).validateDistrict(Text.trimmed(form.district), field: "district", keeping: current,
                                                                          errors: &registryErrors)
        switch input.validate() {
        case .failure(let problems):
            errors = problems
            errors.merge(registryErrors)
        case .success where !registryErrors.isEmpty:
            errors = registryErrors
        case .success(let details):
            let actor = try context.actor()
            do {
                if let id {
                    try await associations.update(id, details: details, isActive: form.isActive != "no", in: municipality,
                                                  audit: actor.audit(.update, .association, id))
                    context.flash(Flash(.success, "association.saved", [details.name]))
                    return .seeOther(Paths.association.link(id))
                }
                let created = try await associations.create(details, in: municipality, at: clock.now, audit: actor.audit(.create, .association))
                context.flash(Flash(.success, "association.created", [details.name]))
                return .seeOther(Paths.association.link(created))
            } catch StoreError.duplicate {
                errors.add("cvr", "err.association.cvr.duplicate")
            }
        }
        return try await renderForm(context, id: id, values: values, categories: Set(form.categories ?? []), current: current, errors: errors)
    }

    private func addContact(_ request: Request, _ context: AppContext) async throws -> Response {
        let association = try await find(context)
        let form = try await request.decodeForm(ContactForm.self, context: context)
        let input = ContactInput(name: form.contactName, role: form.contactRole, email: form.contactEmail, phone: form.contactPhone,
                                 user: form.contactUser)
        // A user of another municipality is always refused; file the attempt whatever else is wrong.
        try await audit.recordForeignReferences(
            try context.actor().audit(.create, .associationContact, detail: "association \(association.id)"),
            targets: form.contactUser.flatMap(UserID.init).map { [AuditTarget(.user, $0)] } ?? [])
        var errors = ValidationErrors()
        switch input.validate() {
        case .failure(let problems): errors = problems
        case .success(let contact):
            do {
                _ = try await associations.addContact(contact, to: association.id, in: association.municipalityID, at: clock.now,
                                                      audit: try context.actor().audit(.create, .associationContact,
                                                                                                   detail: "association \(association.id)"))
                context.flash(Flash(.success, "association.contact.added", [contact.name]))
                return .seeOther(Paths.association.link(association.id) + "#contacts")
            } catch StoreError.duplicate {
                errors.add("contactUser", "err.association.contact.userTaken")
            } catch StoreError.notFound {
                errors.add("contactUser", "err.association.contact.user")
            }
        }
        let values = ["contactName": form.contactName, "contactRole": form.contactRole, "contactEmail": form.contactEmail,
                      "contactPhone": form.contactPhone, "contactUser": form.contactUser].compactMapValues { $0 }
        return try await AssociationPage(associations: associations, activities: activities, renderer: renderer, clock: clock)
            .render(context, association: association, contactValues: values, errors: errors)
    }
}
