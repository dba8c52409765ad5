import Domain
import Foundation
import Hummingbird

/// The signed-in user's own profile: language and password.
struct AccountController {
    let users: any UserRepository
    let throttle: any ThrottleRepository
    let audit: any AuditLog
    let rule: ThrottleRule
    let outbox: any OutboxRepository
    let hasher: PasswordHasher
    let renderer: Renderer
    let clock: Clock

    struct PasswordForm: Decodable {
        let currentPassword: String?
        let password: String?
        let passwordConfirmation: String?
    }

    struct LanguageForm: Decodable {
        let language: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.account) { _, context in
            try await render(context: context)
        }
        routes.add(.accountNotifications) { request, context in
            let user = try context.requireUser()
            let kinds = NotificationKind.choosable(for: user.role)
            let fields = try await request.decodeForm([String: String].self, context: context)
            var choices: [NotificationKind: NotificationChoice] = [:]
            for kind in kinds {
                guard let choice = fields[kind.rawValue].flatMap(NotificationChoice.init(rawValue:)) else { continue }
                choices[kind] = choice
            }
            try await outbox.setPreferences(choices, of: user.id,
                                            audit: try context.actor().audit(.update, .user, user.id, detail: "e-mail choices"))
            context.flash(Flash(.success, "notify.saved"))
            return .seeOther(Paths.account.link() + "#notifications")
        }
        routes.add(.accountLanguage) { request, context in
            let user = try context.requireUser()
            let form = try await request.decodeForm(LanguageForm.self, context: context)
            guard let language = form.language.flatMap(Language.init(rawValue:)) else {
                return try await render(context: context, errors: ValidationErrors("language", "err.language.required"))
            }
            try await users.setLanguage(user.id, language: language)
            context.flash(Flash(.success, "account.languageSaved"))
            return .seeOther(Paths.account.link())
        }
        routes.add(.accountPassword) { request, context in
            let user = try context.requireUser()
            let form = try await request.decodeForm(PasswordForm.self, context: context)
            var errors = ValidationErrors()
            let current = form.currentPassword ?? ""
            let now = clock.now
            if current.isEmpty {
                errors.add("currentPassword", "err.account.currentPassword.required")
                return try await render(context: context, errors: errors)
            }
            // The current password is guessed under the same limits as at sign-in: a stolen
            // session must not be a way to try passwords without end.
            let email = user.user.email
            guard case .check = try await throttle.reserveAttempt(account: email, address: context.clientIP ?? "unknown",
                                                                  rule: rule, now: now) else {
                try await audit.record(try context.actor().audit(.update, .user, user.id, detail: "password: locked",
                                                                         outcome: .denied))
                return try await render(context: context, errors: ValidationErrors("currentPassword", "err.login.locked"),
                                  status: .tooManyRequests)
            }
            if let stored = try await users.credentials(email: email)?.passwordHash, try await hasher.verify(current, hash: stored) {
                try await throttle.clear(account: email)
                errors.merge(PasswordPolicy.validate(password: form.password, confirmation: form.passwordConfirmation,
                                                     user: PasswordPolicy.Person(user.user, municipality: user.municipality)))
            } else {
                try await audit.record(try context.actor().audit(.update, .user, user.id, detail: "password: wrong current password",
                                                                         outcome: .denied))
                errors.add("currentPassword", "err.account.currentPassword.wrong")
            }
            guard errors.isEmpty else { return try await render(context: context, errors: errors) }
            let hash = try await hasher.hash(form.password ?? "")
            let sessionKey = request.cookies[SessionSettings.cookieName].map { SessionSettings.storageKey($0.value) }
            try await users.changePassword(user.id, passwordHash: hash, keepSession: sessionKey,
                                           audit: try context.actor().audit(.update, .user, user.id, detail: "password"))
            context.flash(Flash(.success, "account.passwordChanged"))
            return .seeOther(Paths.account.link())
        }
    }

    private func render(context: AppContext, errors: ValidationErrors = .init(), status: HTTPResponse.Status? = nil) async throws -> Response {
        let user = try context.requireUser()
        let t = context.t
        let form = FormBuilder(t, values: ["language": user.language.rawValue], errors: errors)
        let chosen = try await outbox.preferences(of: user.id)
        let choices = FormBuilder(t, values: Dictionary(uniqueKeysWithValues: NotificationKind.choosable(for: user.role).map {
            ($0.rawValue, (chosen[$0] ?? .email).rawValue)
        }))
        let notifications = NotificationKind.choosable(for: user.role).map {
            choices.field($0.rawValue, label: "notify.kind.\($0.rawValue)", hint: "notify.kind.\($0.rawValue).hint",
                          options: [("email", "notify.choice.email"), ("none", "notify.choice.none")])
        }
        let view = AccountView(
            name: user.user.name, email: user.user.email, role: t("role.\(user.role.rawValue)"),
            municipality: user.municipality?.name,
            languageAction: Paths.accountLanguage.link(), passwordAction: Paths.accountPassword.link(),
            language: form.field("language", label: "account.language", options: [("da", "language.da"), ("en", "language.en")]),
            form: .init(
                currentPassword: form.field("currentPassword", label: "account.currentPassword", type: "password",
                                            autocomplete: "current-password", width: "m", value: ""),
                password: form.field("password", label: "account.newPassword", hint: "password.hint", type: "password",
                                     autocomplete: "new-password", width: "m", value: ""),
                passwordConfirmation: form.field("passwordConfirmation", label: "account.passwordConfirmation",
                                                 type: "password", autocomplete: "new-password", width: "m", value: "")),
            notifications: notifications, notificationsAction: Paths.accountNotifications.link(),
            twoFactorHref: Paths.accountSecondFactor.link())
        return try renderer.page(view, title: t("account.title"), context: context, form: form, status: status)
    }
}
