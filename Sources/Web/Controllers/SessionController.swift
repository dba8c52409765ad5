import Domain
import Foundation
import Hummingbird

/// Sign-in and sign-out.
struct SessionController {
    let signIn: SignInService
    let sessions: any SessionRepository
    let audit: any AuditLog
    let renderer: Renderer
    let clock: Clock

    struct LoginForm: Decodable {
        let email: String?
        let password: String?
    }

    struct LoginView {
        let form: [String: FormField]
        let notice: String?
        let noticeKind: String?
        let noticeHeading: String?
        let action: String
        var resetHref = Paths.passwordReset.link()
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.loginForm) { request, context in
            if let user = context.identity { return .seeOther(AccessPolicy.startPage(for: user.role)) }
            let reason = request.uri.queryParameters["reason"].map(String.init)
            return try render(context: context, notice: reason.flatMap(Self.notice))
        }
        routes.add(.login) { request, context in
            let form = try await request.decodeForm(LoginForm.self, context: context)
            var errors = ValidationErrors()
            let email = Text.trimmed(form.email)
            if email.isEmpty { errors.add("email", "err.login.email.required") }
            if (form.password ?? "").isEmpty { errors.add("password", "err.login.password.required") }
            guard errors.isEmpty else { return try render(context: context, values: ["email": email], errors: errors) }
            switch try await signIn.attempt(email: email, password: form.password ?? "", ip: context.clientIP) {
            case .success(let user):
                // A new session id at sign-in; any session the browser had is dropped.
                if let old = request.cookies[SessionSettings.cookieName]?.value {
                    try await sessions.remove(key: SessionSettings.storageKey(old))
                }
                let now = clock.now
                context.sessions.createSession(UserSession(userID: user.id, createdAt: now, lastSeenAt: now,
                                                           csrfToken: Tokens.random(), flash: nil))
                return .seeOther(AccessPolicy.startPage(for: user.role))
            case .invalid:
                return try render(context: context, values: ["email": email],
                                  errors: ValidationErrors("email", "err.login.invalid"), status: .unauthorized)
            case .locked:
                return try render(context: context, values: ["email": email],
                                  errors: ValidationErrors("email", "err.login.locked"), status: .tooManyRequests)
            }
        }
        routes.add(.logout) { _, context in
            let user = try context.requireUser()
            try await audit.record(try context.actor(now: clock.now).audit(.signOut, "session"))
            context.sessions.clearSession()
            _ = user
            return .seeOther(Paths.login.link() + "?reason=signedOut")
        }
    }

    static func notice(_ reason: String) -> (kind: String, key: String)? {
        switch reason {
        case "expired": ("info", "login.notice.expired")
        case "signedOut": ("success", "login.notice.signedOut")
        case "activated": ("success", "login.notice.activated")
        default: nil
        }
    }

    private func render(context: AppContext, values: [String: String] = [:], errors: ValidationErrors = .init(),
                        notice: (kind: String, key: String)? = nil, status: HTTPResponse.Status? = nil) throws -> Response {
        let t = renderer.texts.bind(context.language)
        let form = FormBuilder(t, values: values, errors: errors)
        let view = LoginView(
            form: [
                "email": form.field("email", label: "login.email", type: "email", autocomplete: "username", width: "l"),
                "password": form.field("password", label: "login.password", type: "password",
                                       autocomplete: "current-password", width: "m", value: ""),
            ],
            notice: notice.map { t($0.key) }, noticeKind: notice?.kind,
            noticeHeading: notice.map { t("flash.\($0.kind)") }, action: Paths.login.link())
        return try renderer.page("session/login", title: t("login.title"), content: view, context: context, form: form,
                                 status: status)
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
