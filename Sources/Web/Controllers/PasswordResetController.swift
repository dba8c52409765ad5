import Domain
import Foundation
import Hummingbird

/// Self-service password reset: a user gives their e-mail address and gets a one-hour,
/// single-use link by e-mail. The answer is the same whether the address belongs to a user or
/// not, so the form cannot be used to find out who has an account.
struct PasswordResetController {
    let outbox: any OutboxRepository
    let links: ActivationLinks
    let renderer: Renderer
    let clock: Clock

    struct Form: Decodable {
        let email: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.passwordResetForm) { request, context in
            try render(context, sent: request.uri.queryParameters["sent"] != nil)
        }
        routes.add(.passwordResetRequest) { request, context in
            let form = try await request.decodeForm(Form.self, context: context)
            let email = Contact.normalisedEmail(form.email)
            guard Contact.isValidEmail(email) else {
                return try render(context, values: ["email": form.email ?? ""],
                                  errors: ValidationErrors("email", email.isEmpty ? "err.email.required" : "err.email.invalid"))
            }
            let reset = links.reset()
            try await outbox.requestPasswordReset(email: email, tokenHash: reset.tokenHash, link: reset.link,
                                                  expiresAt: reset.expiresAt, now: clock.now, ip: context.clientIP)
            return .seeOther(Paths.passwordReset.link() + "?sent=1")
        }
    }

    private func render(_ context: AppContext, sent: Bool = false, values: [String: String] = [:],
                        errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let view = PasswordResetView(action: Paths.passwordReset.link(), sent: sent, loginHref: Paths.login.link(), form: .init(
            email: form.field("email", label: "reset.email", hint: "reset.email.hint", type: "email", autocomplete: "username",
                              width: "l")))
        return try renderer.page(view, title: t("reset.title"), context: context, form: form)
    }
}
