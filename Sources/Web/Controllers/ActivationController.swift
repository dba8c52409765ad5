import Domain
import Foundation
import Hummingbird

/// One-time activation links: a new user (or one whose password was reset) sets a password.
struct ActivationController {
    let users: any UserRepository
    let municipalities: any MunicipalityRepository
    let hasher: PasswordHasher
    let renderer: Renderer
    let clock: Clock

    struct PasswordForm: Decodable {
        let password: String?
        let passwordConfirmation: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.activationForm) { _, context in
            let token = try context.parameters.require("token")
            let user = try await users.activationUser(tokenHash: Tokens.hash(token), now: clock.now)
            return try await render(token: token, user: user, context: context)
        }
        routes.add(.activate) { request, context in
            let token = try context.parameters.require("token")
            let hash = Tokens.hash(token)
            guard let user = try await users.activationUser(tokenHash: hash, now: clock.now) else {
                return try await render(token: token, user: nil, context: context)
            }
            let form = try await request.decodeForm(PasswordForm.self, context: context)
            let municipality = try await user.municipalityID.asyncMap { try await municipalities.find($0) } ?? nil
            let errors = PasswordPolicy.validate(password: form.password, confirmation: form.passwordConfirmation,
                                                 user: PasswordPolicy.Person(user, municipality: municipality))
            guard errors.isEmpty else { return try await render(token: token, user: user, context: context, errors: errors) }
            let passwordHash = try await hasher.hash(form.password ?? "")
            guard try await users.activate(tokenHash: hash, passwordHash: passwordHash, now: clock.now, ip: context.clientIP) != nil else {
                return try await render(token: token, user: nil, context: context)
            }
            return .seeOther(Paths.login.link() + "?reason=activated")
        }
    }

    private func render(token: String, user: User?, context: AppContext, errors: ValidationErrors = .init()) async throws -> Response {
        let t = context.t
        let isReset = try await users.isPasswordReset(tokenHash: Tokens.hash(token))
        let form = FormBuilder(t, errors: errors)
        let view = ActivationView(
            valid: user != nil, isReset: isReset, name: user?.name ?? "", email: user?.email ?? "", action: Paths.activation.link(token),
            form: .init(
                password: form.field("password", label: "activation.password", hint: "password.hint", type: "password",
                                     autocomplete: "new-password", width: "m", value: ""),
                passwordConfirmation: form.field("passwordConfirmation", label: "activation.passwordConfirmation",
                                                 type: "password", autocomplete: "new-password", width: "m", value: "")))
        return try renderer.page(view, title: t("activation.title"), context: context, form: form,
                                 status: user == nil ? .notFound : nil)
    }
}
