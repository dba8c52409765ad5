import Domain
import Foundation
import Hummingbird

/// Sign-in with a password (then the second factor where one is used), sign-out, and keeping a
/// session alive from the time-out warning.
struct SessionController {
    let signIn: SignInService
    let secondFactors: any SecondFactorRepository
    let signInSettings: any SignInSettingsRepository
    let completion: SignInCompletion
    let secrets: SecretBox
    let secureCookies: Bool
    let timeouts: SessionTimeouts
    let audit: any AuditLog
    let renderer: Renderer
    let clock: Clock

    struct LoginForm: Decodable {
        let email: String?
        let password: String?
    }

    struct KeepAliveForm: Decodable {
        let `return`: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.loginForm) { request, context in
            if let user = context.identity { return .seeOther(AccessPolicy.startPage(for: user.role)) }
            let reason = request.uri.queryParameters["reason"].map(String.init)
            return try await render(context: context, notice: reason.flatMap(Self.notice))
        }
        routes.add(.login) { request, context in try await login(request, context) }
        routes.add(.logout) { _, context in
            _ = try context.requireUser()
            try await audit.record(try context.actor().audit(.signOut, .session))
            context.sessions.clearSession()
            return .seeOther(Paths.login.link() + "?reason=signedOut")
        }
        routes.add(.sessionKeepAlive) { request, context in
            // Any signed-in request moves the idle time-out; this one always writes it.
            let now = clock.now
            context.sessions.withLockedSession { $0?.lastSeenAt = now }
            if request.headers[.accept]?.contains("application/json") == true {
                let ends = context.sessions.session.map {
                    timeouts.endsAt(createdAt: $0.createdAt, lastSeenAt: now)
                } ?? now
                struct Answer: Encodable { let remaining: Int; let text: String }
                let t = context.t
                let body = try JSONEncoder().encode(Answer(remaining: Int(ends.timeIntervalSince(now)),
                                                           text: t("session.endsAt", DateFormat.time(ends))))
                return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: .init(data: body)))
            }
            let form = try await request.decodeForm(KeepAliveForm.self, context: context)
            let start = AccessPolicy.startPage(for: try context.requireUser().role)
            return .seeOther(Self.localPath(form.return) ?? start)
        }
    }

    private func login(_ request: Request, _ context: AppContext) async throws -> Response {
        let form = try await request.decodeForm(LoginForm.self, context: context)
        var errors = ValidationErrors()
        let email = Text.trimmed(form.email)
        if email.isEmpty { errors.add("email", "err.login.email.required") }
        if (form.password ?? "").isEmpty { errors.add("password", "err.login.password.required") }
        guard errors.isEmpty else { return try await render(context: context, values: ["email": email], errors: errors) }
        switch try await signIn.attempt(email: email, password: form.password ?? "", ip: context.clientIP) {
        case .success(let user):
            let now = clock.now
            let settings = try await user.municipalityID.asyncMap { try await signInSettings.settings(for: $0) }
            if let settings, !settings.passwordSignIn {
                try await audit.record(AuditEntry(at: now, userID: user.id, role: user.role, municipalityID: user.municipalityID,
                                                  action: .signIn, entity: .session, detail: "password sign-in off",
                                                  ip: context.clientIP, outcome: .denied))
                return try await render(context: context, values: ["email": email],
                                        errors: ValidationErrors("email", "err.login.passwordOff"), status: .forbidden)
            }
            let enrolled = try await secondFactors.enrolment(of: user.id) != nil
            guard enrolled || SignInSettings.requiresSecondFactor(user.role, settings: settings) else {
                return try await completion.complete(user, via: "password", detail: "password", request: request, context: context)
            }
            var response = Response.seeOther(enrolled ? Paths.secondFactor.link() : Paths.secondFactorEnrolment.link())
            response.setCookie(try PendingSignIn(userID: user.id, passwordAt: now).cookie(secrets, secure: secureCookies))
            return response
        case .invalid:
            return try await render(context: context, values: ["email": email],
                                    errors: ValidationErrors("email", "err.login.invalid"), status: .unauthorized)
        case .locked:
            return try await render(context: context, values: ["email": email],
                                    errors: ValidationErrors("email", "err.login.locked"), status: .tooManyRequests)
        }
    }

    /// A path inside the application to return to; nothing else (no other host, no `//`).
    static func localPath(_ text: String?) -> String? {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"), text.count < 2000,
              let url = URL(string: text), url.host == nil, url.scheme == nil else { return nil }
        return text
    }

    static func notice(_ reason: String) -> (kind: String, key: String)? {
        switch reason {
        case "expired": ("info", "login.notice.expired")
        case "kept": ("info", "login.notice.kept")
        case "signedOut": ("success", "login.notice.signedOut")
        case "activated": ("success", "login.notice.activated")
        case "secondFactorExpired": ("info", "login.notice.secondFactorExpired")
        case "ssoRefused": ("error", "login.notice.ssoRefused")
        case "ssoUnknownUser": ("error", "login.notice.ssoUnknownUser")
        case "ssoUnavailable": ("error", "login.notice.ssoUnavailable")
        default: nil
        }
    }

    private func render(context: AppContext, values: [String: String] = [:], errors: ValidationErrors = .init(),
                        notice: (kind: String, key: String)? = nil, status: HTTPResponse.Status? = nil) async throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let providers = try await signInSettings.singleSignOnMunicipalities().map { municipality, _ in
            LoginView.SingleSignOnLink(href: Paths.singleSignOn.link(municipality.slug), label: t("login.sso.with", municipality.name))
        }
        let view = LoginView(
            form: .init(
                email: form.field("email", label: "login.email", type: "email", autocomplete: "username", width: "l"),
                password: form.field("password", label: "login.password", type: "password",
                                     autocomplete: "current-password", width: "m", value: "")),
            notice: notice.map { t($0.key) }, noticeKind: notice?.kind,
            noticeHeading: notice.map { t("flash.\($0.kind)") }, action: Paths.login.link(),
            resetHref: Paths.passwordReset.link(), singleSignOn: providers)
        return try renderer.page(view, title: t("login.title"), context: context, form: form, status: status)
    }
}

/// The session cookie and how hummingbird-auth names its storage keys.
enum SessionSettings {
    static let cookieName = "fp_session"
    static let keyPrefix = "hbs."

    static func storageKey(_ cookieValue: String) -> String {
        keyPrefix + cookieValue
    }
}
