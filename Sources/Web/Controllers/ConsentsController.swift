import Domain
import Foundation
import Hummingbird

/// Recording and withdrawing guardians' consent (samtykke).
struct ConsentsController {
    let children: any ChildRepository
    let consents: any ConsentRepository
    let audit: any AuditLog
    let renderer: Renderer
    let clock: Clock

    struct ConsentForm: Decodable {
        let givenBy: String?
        let givenOn: String?
        let method: String?
        let covers: [String]?
        let expiresOn: String?
    }

    struct WithdrawalForm: Decodable {
        let withdrawnOn: String?
        let reason: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.consentNew) { _, context in
            let child = try await find(context)
            try await audit.record(try context.actor().audit(.view, .child, child.id, detail: "consent form"))
            return try render(context, child: child, values: ["givenOn": clock.today.iso, "method": "written",
                                                              "givenBy": child.guardians.first?.name ?? ""], covers: ["registration"])
        }
        routes.add(.consentCreate) { request, context in try await create(request, context) }
        routes.add(.consentWithdrawalForm) { _, context in
            let (child, _) = try await findConsent(context)
            try await audit.record(try context.actor().audit(.view, .child, child.id, detail: "consent withdrawal form"))
            return try renderWithdrawal(context, child: child, consentID: try context.parameters.require("consentID", as: ConsentID.self),
                                        values: ["withdrawnOn": clock.today.iso])
        }
        routes.add(.consentWithdraw) { request, context in try await withdraw(request, context) }
    }

    private func find(_ context: AppContext) async throws -> Child {
        let id = try context.parameters.require("id", as: ChildID.self)
        guard let child = try await children.find(id, scope: AccessPolicy.scope(of: try context.requireUser())) else { throw AppError.notFound }
        return child
    }

    private func findConsent(_ context: AppContext) async throws -> (Child, Consent) {
        let child = try await find(context)
        let consentID = try context.parameters.require("consentID", as: ConsentID.self)
        guard let consent = try await consents.list(for: child.id, in: child.municipalityID).first(where: { $0.id == consentID })
        else { throw AppError.notFound }
        return (child, consent)
    }

    private func render(_ context: AppContext, child: Child, values: [String: String], covers: Set<String>,
                        errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        var form = FormBuilder(t, values: values, errors: errors)
        form.multiValues["covers"] = covers
        let view = ConsentFormView(childName: child.fullName, action: Paths.consents.link(child.id), cancelHref: Paths.child.link(child.id), form: .init(
            givenBy: form.field("givenBy", label: "consent.givenBy", hint: "consent.givenBy.hint", width: "l",
                                  suggestions: child.guardians.map(\.name)),
            givenOn: form.field("givenOn", label: "consent.givenOn", hint: "form.date.hint", type: "date", width: "s"),
            method: form.field("method", label: "consent.method",
                                 options: ConsentMethod.allCases.map { ($0.rawValue, "consent.method.\($0.rawValue)") }),
            covers: form.field("covers", label: "consent.covers", hint: "consent.covers.hint",
                                 options: [("registration", "consent.cover.registration.long"),
                                           ("association", "consent.cover.association.long"),
                                           ("volunteer", "consent.cover.volunteer.long")]),
            expiresOn: form.field("expiresOn", label: "consent.expiresOn", hint: "consent.expiresOn.hint", type: "date",
                                  optional: true, width: "s")))
        return try renderer.page(view, title: t("consent.new.title"), context: context, form: form)
    }

    private func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let child = try await find(context)
        let form = try await request.decodeForm(ConsentForm.self, context: context)
        let input = ConsentInput(givenBy: form.givenBy, givenOn: form.givenOn, method: form.method, covers: form.covers ?? [],
                                 expiresOn: form.expiresOn)
        switch input.validate(today: clock.today) {
        case .failure(let errors):
            let values = ["givenBy": form.givenBy ?? "", "givenOn": form.givenOn ?? "", "method": form.method ?? "",
                          "expiresOn": form.expiresOn ?? ""]
            return try render(context, child: child, values: values, covers: Set(form.covers ?? []), errors: errors)
        case .success(let consent):
            let now = clock.now
            _ = try await consents.record(consent, for: child.id, in: child.municipalityID, by: user.id, at: now,
                                          audit: try context.actor().audit(.create, .consent, child.id))
            context.flash(Flash(.success, "consent.recorded"))
            return .seeOther(Paths.child.link(child.id))
        }
    }

    private func renderWithdrawal(_ context: AppContext, child: Child, consentID: ConsentID, values: [String: String],
                                  errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let view = ConsentWithdrawalView(childName: child.fullName, action: Paths.consentWithdrawal.link(child.id, consentID),
                                         cancelHref: Paths.child.link(child.id), form: .init(
            withdrawnOn: form.field("withdrawnOn", label: "consent.withdrawnOn", hint: "form.date.hint", type: "date", width: "s"),
            reason: form.field("reason", label: "consent.withdrawalReason", optional: true, width: "xl", rows: 3, maxLength: 300)))
        return try renderer.page(view, title: t("consent.withdraw.title"), context: context, form: form)
    }

    private func withdraw(_ request: Request, _ context: AppContext) async throws -> Response {
        let (child, consent) = try await findConsent(context)
        let form = try await request.decodeForm(WithdrawalForm.self, context: context)
        var errors = ValidationErrors()
        let date = DateField.required(form.withdrawnOn, field: "withdrawnOn", missing: "err.consent.withdrawnOn.required", errors: &errors)
        if let date, date > clock.today { errors.add("withdrawnOn", "err.consent.withdrawnOn.future") }
        if let date, date < consent.givenOn { errors.add("withdrawnOn", "err.consent.withdrawnOn.beforeGiven") }
        if Text.trimmed(form.reason).count > 300 { errors.add("reason", "err.text.tooLong", ["300"]) }
        guard errors.isEmpty, let date else {
            return try renderWithdrawal(context, child: child, consentID: consent.id,
                                        values: ["withdrawnOn": form.withdrawnOn ?? "", "reason": form.reason ?? ""], errors: errors)
        }
        do {
            try await consents.withdraw(consent.id, child: child.id, in: child.municipalityID, on: date, reason: Text.optional(form.reason),
                                        audit: try context.actor().audit(.update, .consent, child.id, detail: "withdrawn"))
            context.flash(Flash(.success, "consent.withdrawn"))
        } catch StoreError.conflict {
            context.flash(Flash(.info, "consent.alreadyWithdrawn"))
        }
        return .seeOther(Paths.child.link(child.id))
    }
}
