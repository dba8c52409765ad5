import Domain
import Foundation
import Hummingbird

/// The coordinator's rules for how the municipality's users sign in: whether volunteers and club
/// contacts must use a second factor, the OpenID Connect provider, and whether passwords are
/// still accepted.
struct SignInSettingsController {
    let settings: any SignInSettingsRepository
    let clientSecrets: ClientSecrets
    let baseURL: String
    let renderer: Renderer
    let clock: Clock

    struct Form: Decodable {
        let secondFactor: [String]?
        let issuer: String?
        let clientID: String?
        let match: String?
        let passwordSignIn: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.signInSettings) { _, context in
            let municipality = try context.municipality()
            let current = try await settings.settings(for: municipality)
            return try render(context, values: Self.values(current),
                              multi: Set([current.secondFactorForVolunteers ? "volunteer" : nil,
                                          current.secondFactorForAssociations ? "association" : nil].compactMap { $0 }))
        }
        routes.add(.signInSettingsUpdate) { request, context in
            let municipality = try context.municipality()
            let form = try await request.decodeForm(Form.self, context: context)
            let chosen = Set(form.secondFactor ?? [])
            let viaSSO = context.sessions.session?.signedInWith == "sso"
            switch SignInSettings.validate(volunteers: chosen.contains("volunteer"), associations: chosen.contains("association"),
                                           passwordSignIn: form.passwordSignIn != "no", issuer: form.issuer, clientID: form.clientID,
                                           match: form.match, signedInWithSingleSignOn: viaSSO) {
            case .failure(let errors):
                let values = ["issuer": form.issuer ?? "", "clientID": form.clientID ?? "", "match": form.match ?? "email",
                              "passwordSignIn": form.passwordSignIn ?? "yes"]
                return try render(context, values: values, multi: chosen, errors: errors)
            case .success(let new):
                let changes = [new.secondFactorForVolunteers ? "volunteer" : nil, new.secondFactorForAssociations ? "association" : nil,
                               new.hasSingleSignOn ? "single sign-on" : nil, new.passwordSignIn ? nil : "password sign-in off"]
                try await settings.save(new, for: municipality,
                                        audit: try context.actor().audit(.update, .signInSettings,
                                                                                      detail: changes.compactMap { $0 }.joined(separator: ", ")))
                context.flash(Flash(.success, "signIn.settings.saved"))
                return .seeOther(Paths.signInSettings.link())
            }
        }
    }

    static func values(_ settings: SignInSettings) -> [String: String] {
        ["issuer": settings.issuer ?? "", "clientID": settings.clientID ?? "", "match": settings.match.rawValue,
         "passwordSignIn": settings.passwordSignIn ? "yes" : "no"]
    }

    private func render(_ context: AppContext, values: [String: String], multi: Set<String>,
                        errors: ValidationErrors = .init()) throws -> Response {
        let me = try context.requireUser()
        let t = context.t
        var form = FormBuilder(t, values: values, errors: errors)
        form.multiValues["secondFactor"] = multi
        let slug = me.municipality?.slug ?? ""
        let view = SignInSettingsView(
            action: Paths.signInSettings.link(), redirectURI: baseURL + Paths.singleSignOnCallback.link(),
            secretStatus: clientSecrets.secret(for: slug) == nil ? t("signIn.settings.secret.missing", ClientSecrets.variable(for: slug))
                : t("signIn.settings.secret.found", ClientSecrets.variable(for: slug)),
            form: .init(
                secondFactor: form.field("secondFactor", label: "signIn.settings.secondFactor",
                                           hint: "signIn.settings.secondFactor.hint",
                                           options: [("volunteer", "signIn.settings.secondFactor.volunteer"),
                                                     ("association", "signIn.settings.secondFactor.association")]),
                issuer: form.field("issuer", label: "signIn.settings.issuer", hint: "signIn.settings.issuer.hint", type: "url",
                                     autocomplete: "off", optional: true, width: "xl"),
                clientID: form.field("clientID", label: "signIn.settings.clientID", hint: "signIn.settings.clientID.hint",
                                       autocomplete: "off", width: "l"),
                match: form.field("match", label: "signIn.settings.match",
                                    options: [("email", "signIn.settings.match.email"), ("subject", "signIn.settings.match.subject")]),
                passwordSignIn: form.field("passwordSignIn", label: "signIn.settings.password",
                                             hint: "signIn.settings.password.hint",
                                             options: [("yes", "signIn.settings.password.yes"), ("no", "signIn.settings.password.no")])))
        return try renderer.page(view, title: t("signIn.settings.title"), context: context, form: form)
    }
}

/// OpenID Connect client secrets, per municipality, from the environment
/// (`FRITIDSPAS_OIDC_SECRET_<SLUG>`) or a file in `FRITIDSPAS_OIDC_SECRETS_DIR` named after the
/// slug — never from the database.
struct ClientSecrets: Sendable {
    let environment: [String: String]
    let directory: String?

    static func variable(for slug: String) -> String {
        "FRITIDSPAS_OIDC_SECRET_" + slug.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    func secret(for slug: String) -> String? {
        if let value = environment[Self.variable(for: slug)], !value.isEmpty { return value }
        guard let directory, MunicipalityDraft.isValidSlug(slug),
              let data = FileManager.default.contents(atPath: directory + "/" + slug),
              let text = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty
        else { return nil }
        return text
    }
}
