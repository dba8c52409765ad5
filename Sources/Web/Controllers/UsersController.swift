import Domain
import Foundation
import Hummingbird

/// A coordinator manages the users of their own municipality.
struct UsersController {
    let users: any UserRepository
    let throttle: any ThrottleRepository
    let audit: any AuditLog
    let links: ActivationLinks
    let renderer: Renderer
    let clock: Clock
    var secondFactors: (any SecondFactorRepository)? = nil
    var signInSettings: (any SignInSettingsRepository)? = nil

    struct UserForm: Decodable {
        let name: String?
        let email: String?
        let role: String?
    }

    struct ActiveForm: Decodable {
        let active: String?
    }

    struct UnlockForm: Decodable {
        /// One address's lock; empty or absent lifts every lock on the account.
        let address: String?
    }

    typealias LockRow = UserLockRow

    typealias SignInPanel = UserShowView.SignInPanel

    func addRoutes(to routes: RouteTable) {
        routes.add(.users) { _, context in try await index(context) }
        routes.add(.userNew) { _, context in try renderNew(context) }
        routes.add(.userCreate) { request, context in try await create(request, context) }
        routes.add(.userShow) { _, context in try await show(context) }
        routes.add(.userUpdate) { request, context in try await update(request, context) }
        routes.add(.userActive) { request, context in try await setActive(request, context) }
        routes.add(.userPasswordReset) { request, context in try await resetPassword(request, context) }
        routes.add(.userUnlock) { request, context in try await unlock(request, context) }
    }

    private func index(_ context: AppContext) async throws -> Response {
        let municipality = try context.municipality()
        let now = clock.now
        let list = try await users.list(in: municipality)
        let locked = try await throttle.lockedAccounts(now: now)
        let locks = try await throttle.locks(in: municipality, now: now)
        try await audit.record(try context.actor().audit(.view, .user, detail: "list"))
        let t = context.t
        let rows = list.map { user in
            let (status, kind) = Self.status(user, locked: locked.contains(user.email), t)
            return UsersIndexView.Row(name: user.name, email: user.email, role: t("role.\(user.role.rawValue)"), status: status,
                       statusKind: kind, href: Paths.user.link(user.id))
        }
        let view = UsersIndexView(rows: rows, newHref: Paths.userNew.link(), count: t("users.count", String(rows.count)),
                                  locks: locks.map { Self.lockRow($0, t) }, signInSettingsHref: Paths.signInSettings.link())
        return try renderer.page(view, title: t("users.title"), context: context)
    }

    static func lockRow(_ lock: SignInLock, _ t: Texts) -> LockRow {
        LockRow(userName: lock.userName, userHref: Paths.user.link(lock.userID),
                address: lock.address ?? t("users.locks.everywhere"), until: DateFormat.dateTime(lock.lockedUntil),
                failures: String(lock.failures), formAddress: lock.address ?? "")
    }

    static func status(_ user: User, locked: Bool, _ t: Texts) -> (String, String) {
        if !user.isActive { return (t("users.status.inactive"), "inactive") }
        if locked { return (t("users.status.locked"), "warning") }
        if !user.hasPassword { return (t("users.status.pending"), "info") }
        return (t("users.status.active"), "success")
    }

    private func renderNew(_ context: AppContext, values: [String: String] = [:], errors: ValidationErrors = .init()) throws -> Response {
        let user = try context.requireUser()
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let all = fields(form, role: user.role)
        let view = UserNewView(action: Paths.users.link(), cancelHref: Paths.users.link(),
                               form: .init(name: all["name"]!, email: all["email"]!, role: all["role"]!))
        return try renderer.page(view, title: t("users.new.title"), context: context, form: form)
    }

    private func fields(_ form: FormBuilder, role: Role) -> [String: FormField] {
        [
            "name": form.field("name", label: "users.name", autocomplete: "off", width: "l", maxLength: 100),
            "email": form.field("email", label: "users.email", hint: "users.email.hint", type: "email", autocomplete: "off", width: "l"),
            "role": form.field("role", label: "users.role",
                               options: AccessPolicy.assignableRoles(by: role).map { ($0.rawValue, "role.\($0.rawValue).described") }),
        ]
    }

    private func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let municipality = try user.municipalityID()
        let input = try await request.decodeForm(UserForm.self, context: context)
        let values = ["name": input.name ?? "", "email": input.email ?? "", "role": input.role ?? ""]
        switch UserDraft.validate(name: input.name, email: input.email, role: input.role,
                                  allowedRoles: AccessPolicy.assignableRoles(by: user.role), municipalityID: municipality) {
        case .failure(let errors):
            if let role = input.role.flatMap(Role.init(rawValue:)), !AccessPolicy.assignableRoles(by: user.role).contains(role) {
                // A role beyond the coordinator's (admin) is an attempt, not a typo.
                try await audit.recordDenied(try context.actor().audit(.create, .user, detail: "role: \(role.rawValue)"),
                                             target: nil)
            }
            return try renderNew(context, values: values, errors: errors)
        case .success(let draft):
            let activation = links.make()
            do {
                let created = try await users.create(draft, passwordHash: nil, activation: activation, at: clock.now,
                                                     audit: try context.actor().audit(.create, .user, detail: draft.role.rawValue))
                context.flash(Flash(.success, "users.created", [created.name]))
                return .seeOther(Paths.user.link(created.id))
            } catch StoreError.duplicate {
                return try renderNew(context, values: values, errors: ValidationErrors("email", "err.user.email.taken"))
            }
        }
    }

    private func find(_ context: AppContext) async throws -> User {
        let id = try context.parameters.require("id", as: UserID.self)
        guard let user = try await users.find(id, in: try context.municipality()) else { throw AppError.notFound }
        return user
    }

    private func show(_ context: AppContext, user shown: User? = nil, values: [String: String]? = nil,
                      errors: ValidationErrors = .init(), notice: Flash? = nil, status: HTTPResponse.Status? = nil) async throws -> Response {
        let me = try context.requireUser()
        let user: User
        if let shown { user = shown } else { user = try await find(context) }
        let now = clock.now
        try await audit.record(try context.actor().audit(.view, .user, user.id))
        let locks = try await throttle.locks(in: try me.municipalityID(), now: now).filter { $0.userID == user.id }
        let locked = !locks.isEmpty
        let t = context.t
        let form = FormBuilder(t, values: values ?? ["name": user.name, "role": user.role.rawValue], errors: errors)
        let (statusText, kind) = Self.status(user, locked: locked, t)
        let formFields = fields(form, role: me.role)
        let view = UserShowView(
            name: user.name, email: user.email, role: t("role.\(user.role.rawValue)"), status: statusText, statusKind: kind,
            lastSignIn: user.lastSignInAt.map { DateFormat.dateTime($0) } ?? t("users.neverSignedIn"),
            isSelf: user.id == me.id, isActive: user.isActive, isLocked: locked, awaitingActivation: !user.hasPassword,
            updateAction: Paths.user.link(user.id), activeAction: Paths.userActive.link(user.id),
            resetAction: Paths.userPasswordReset.link(user.id), unlockAction: Paths.userUnlock.link(user.id),
            locks: locks.map { Self.lockRow($0, t) }, backHref: Paths.users.link(),
            form: .init(name: formFields["name"]!, role: formFields["role"]!),
            signIn: try await signInPanel(user, me: me, t: t))
        return try renderer.page(view, title: user.name, context: context, form: form, status: status, notice: notice)
    }

    private func signInPanel(_ user: User, me: CurrentUser, t: Texts) async throws -> SignInPanel? {
        guard let secondFactors, let signInSettings else { return nil }
        let municipality = try me.municipalityID()
        let enrolment = try await secondFactors.enrolment(of: user.id)
        let settings = try await signInSettings.settings(for: municipality)
        let bySubject = settings.hasSingleSignOn && settings.match == .subject
        let subject = bySubject ? try await signInSettings.subject(of: user.id, in: municipality) : nil
        return SignInPanel(
            secondFactor: enrolment.map { t("users.twoFactor.enrolled", DateFormat.date($0.enrolledAt)) }
                ?? t(SignInSettings.requiresSecondFactor(user.role, settings: settings) ? "users.twoFactor.notYet" : "users.twoFactor.none"),
            secondFactorResetAction: enrolment != nil && user.id != me.id ? Paths.userSecondFactorReset.link(user.id) : nil,
            subjectAction: bySubject ? Paths.userSingleSignOn.link(user.id) : nil,
            subject: bySubject ? FormBuilder(t, values: ["subject": subject ?? ""]).field("subject", label: "users.sso.subject",
                                                                                          hint: "users.sso.subject.hint", autocomplete: "off",
                                                                                          optional: true, width: "l") : nil)
    }

    private func update(_ request: Request, _ context: AppContext) async throws -> Response {
        let me = try context.requireUser()
        let user = try await find(context)
        let input = try await request.decodeForm(UserForm.self, context: context)
        let values = ["name": input.name ?? "", "role": input.role ?? ""]
        var errors = ValidationErrors()
        let name = Text.trimmed(input.name)
        if name.isEmpty { errors.add("name", "err.user.name.required") }
        else if name.count > 100 { errors.add("name", "err.text.tooLong100") }
        let role = input.role.flatMap(Role.init(rawValue:))
        if let role, !AccessPolicy.assignableRoles(by: me.role).contains(role) {
            try await audit.recordDenied(try context.actor().audit(.update, .user, user.id, detail: "role: \(role.rawValue)"),
                                         target: nil)
        }
        if role == nil || !AccessPolicy.assignableRoles(by: me.role).contains(role!) { errors.add("role", "err.user.role.required") }
        else if user.id == me.id && role != user.role { errors.add("role", "err.user.role.self") }
        guard errors.isEmpty, let role else { return try await show(context, values: values, errors: errors) }
        _ = try await users.update(user.id, in: try me.municipalityID(), name: name, role: role,
                                   audit: try context.actor().audit(.update, .user, user.id,
                                                                                 detail: role == user.role ? "name" : "role"))
        context.flash(Flash(.success, "users.updated"))
        return .seeOther(Paths.user.link(user.id))
    }

    private func setActive(_ request: Request, _ context: AppContext) async throws -> Response {
        let me = try context.requireUser()
        let user = try await find(context)
        let input = try await request.decodeForm(ActiveForm.self, context: context)
        guard let active = input.active.flatMap(Bool.init) else { throw AppError.badRequest }
        if user.id == me.id && !active {
            context.flash(Flash(.error, "users.cannotDeactivateSelf"))
            return .seeOther(Paths.user.link(user.id))
        }
        try await users.setActive(user.id, in: try me.municipalityID(), active: active,
                                  audit: try context.actor().audit(.update, .user, user.id,
                                                                                detail: active ? "reactivated" : "deactivated"))
        context.flash(Flash(.success, active ? "users.reactivated" : "users.deactivated", [user.name]))
        return .seeOther(Paths.user.link(user.id))
    }

    private func resetPassword(_ request: Request, _ context: AppContext) async throws -> Response {
        let me = try context.requireUser()
        let user = try await find(context)
        let activation = links.make()
        try await users.resetPassword(user.id, in: try me.municipalityID(), activation: activation,
                                      audit: try context.actor().audit(.update, .user, user.id, detail: "password reset"))
        context.flash(Flash(.success, "users.passwordReset", [user.name]))
        return .seeOther(Paths.user.link(user.id))
    }

    /// Lifts one address's lock on the account, or (without an address) every lock on it.
    private func unlock(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try await find(context)
        let address = try await request.decodeForm(UnlockForm.self, context: context).address.flatMap { $0.isEmpty ? nil : $0 }
        // The password's counters and the second-factor codes' alike.
        for account in [user.email, SecondFactorCheck.throttleAccount(user.email)] {
            if let address {
                try await throttle.clear(account: account, address: address)
            } else {
                try await throttle.clear(account: account)
            }
        }
        try await audit.record(try context.actor().audit(.update, .user, user.id,
                                                                      detail: address.map { "unlocked: \($0)" } ?? "unlocked"))
        context.flash(Flash(.success, "users.unlocked", [user.name]))
        return .seeOther(Paths.user.link(user.id))
    }
}
