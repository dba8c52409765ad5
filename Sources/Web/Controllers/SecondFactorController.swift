import Domain
import Foundation
import Hummingbird

/// The step after a right password: a code from the authenticator (or a recovery code), or —
/// for a user who must have one and has none yet — setting up the authenticator.
struct SecondFactorController {
    let users: any UserRepository
    let municipalities: any MunicipalityRepository
    let secondFactors: any SecondFactorRepository
    let check: SecondFactorCheck
    let completion: SignInCompletion
    let secrets: SecretBox
    let renderer: Renderer
    let clock: Clock

    struct CodeForm: Decodable {
        let code: String?
    }

    struct EnrolForm: Decodable {
        let code: String?
        let enrolment: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.secondFactorForm) { request, context in
            guard try await pendingUser(request) != nil else { return expired() }
            return try renderCode(context)
        }
        routes.add(.secondFactorVerify) { request, context in
            guard let user = try await pendingUser(request) else { return expired() }
            let form = try await request.decodeForm(CodeForm.self, context: context)
            switch try await check.verify(form.code, user: user, ip: context.clientIP) {
            case .accepted(let how):
                return try await completion.complete(user, via: "password", detail: "password and \(how)", request: request,
                                                     context: context)
            case .wrong:
                return try renderCode(context, error: "err.twoFactor.code.wrong", status: .unauthorized)
            case .reused:
                return try renderCode(context, error: "err.twoFactor.code.reused", status: .unauthorized)
            case .locked:
                return try renderCode(context, error: "err.login.locked", status: .tooManyRequests)
            }
        }
        routes.add(.secondFactorEnrolForm) { request, context in
            guard let user = try await pendingUser(request) else { return expired() }
            guard try await secondFactors.enrolment(of: user.id) == nil else { return .seeOther(Paths.secondFactor.link()) }
            return try await renderEnrol(context, user: user)
        }
        routes.add(.secondFactorEnrol) { request, context in
            guard let user = try await pendingUser(request) else { return expired() }
            let form = try await request.decodeForm(EnrolForm.self, context: context)
            guard let secret = EnrolmentView.secret(from: form.enrolment, user: user.id, secrets: secrets) else {
                return try await renderEnrol(context, user: user)
            }
            guard let step = try await check.verifyNew(form.code, secret: secret, user: user, ip: context.clientIP) else {
                return try await renderEnrol(context, user: user, sealed: form.enrolment, error: "err.twoFactor.enrol.wrong")
            }
            let codes = SecondFactorCheck.newRecoveryCodes()
            do {
                try await secondFactors.enrol(user.id, sealedSecret: try secrets.seal(Data(secret), context: SecondFactorCheck.secretContext(user.id)),
                                              step: step, recoveryCodeHashes: codes.hashes,
                                              audit: AuditEntry(at: clock.now, userID: user.id, role: user.role,
                                                                municipalityID: user.municipalityID, action: .update, entity: .user,
                                                                entityID: user.id.description, detail: "second factor",
                                                                ip: context.clientIP))
            } catch StoreError.duplicate {
                return .seeOther(Paths.secondFactor.link())
            }
            let next = try await completion.start(user, via: "password", detail: "password and second factor", request: request,
                                                  context: context)
            var response = try Self.renderRecoveryCodes(codes.shown, continueHref: next, intro: "twoFactor.codes.introEnrolled",
                                                        renderer: renderer, context: context)
            response.setCookie(PendingSignIn.clearing(secure: completion.secureCookies))
            return response
        }
    }

    private func pendingUser(_ request: Request) async throws -> User? {
        guard let pending = PendingSignIn.read(request, secrets, now: clock.now),
              let user = try await users.find(pending.userID), user.isActive else { return nil }
        return user
    }

    private func expired() -> Response {
        .seeOther(Paths.login.link() + "?reason=secondFactorExpired")
    }

    private func renderCode(_ context: AppContext, error: String? = nil, status: HTTPResponse.Status? = nil) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, errors: error.map { ValidationErrors("code", $0) } ?? .init())
        let view = SecondFactorCodeView(action: Paths.secondFactor.link(), form: .init(
            code: form.field("code", label: "twoFactor.code", hint: "twoFactor.code.hint", autocomplete: "one-time-code",
                             width: "m", value: "")), cancelHref: Paths.login.link())
        return try renderer.page(view, title: t("twoFactor.code.title"), context: context, form: form, status: status)
    }

    private func renderEnrol(_ context: AppContext, user: User, sealed: String? = nil, error: String? = nil) async throws -> Response {
        let t = context.t
        let form = FormBuilder(t, errors: error.map { ValidationErrors("code", $0) } ?? .init())
        let issuer = try await user.municipalityID.asyncMap { try await municipalities.find($0)?.schemeName } ?? nil
        let view = try EnrolmentView.make(user: user, issuer: issuer ?? "Fritidspas", secrets: secrets,
                                          action: Paths.secondFactorEnrolment.link(), form: form, t: t, sealedSecret: sealed)
        return try renderer.page(view, title: t("twoFactor.enrol.title"), context: context, form: form)
    }

    static func renderRecoveryCodes(_ codes: [String], continueHref: String, intro: String, renderer: Renderer,
                                    context: AppContext) throws -> Response {
        let t = context.t
        return try renderer.page(RecoveryCodesView(codes: codes, continueHref: continueHref, intro: t(intro)),
                                 title: t("twoFactor.codes.title"), context: context)
    }
}
