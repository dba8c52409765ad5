import Domain
import Foundation
import Hummingbird

/// The user's own authenticator on their account page: set one up (where the municipality does
/// not require it, or after single sign-on), see how many recovery codes are left, make new ones.
struct AccountSecondFactorController {
    let secondFactors: any SecondFactorRepository
    let signInSettings: any SignInSettingsRepository
    let check: SecondFactorCheck
    let secrets: SecretBox
    let renderer: Renderer
    let clock: Clock

    struct EnrolForm: Decodable {
        let code: String?
        let enrolment: String?
    }

    struct CodeForm: Decodable {
        let code: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.accountSecondFactor) { _, context in try await render(context) }
        routes.add(.accountSecondFactorEnrol) { request, context in
            let me = try context.requireUser()
            let form = try await request.decodeForm(EnrolForm.self, context: context)
            guard try await secondFactors.enrolment(of: me.id) == nil else { return .seeOther(Paths.accountSecondFactor.link()) }
            guard let secret = EnrolmentView.secret(from: form.enrolment, user: me.id, secrets: secrets) else {
                return try await render(context)
            }
            guard let step = try await check.verifyNew(form.code, secret: secret, user: me.user, ip: context.clientIP) else {
                return try await render(context, sealed: form.enrolment, error: "err.twoFactor.enrol.wrong")
            }
            let codes = SecondFactorCheck.newRecoveryCodes()
            do {
                try await secondFactors.enrol(me.id, sealedSecret: try secrets.seal(Data(secret), context: SecondFactorCheck.secretContext(me.id)),
                                              step: step, recoveryCodeHashes: codes.hashes,
                                              audit: try context.actor().audit(.update, .user, me.id, detail: "second factor"))
            } catch StoreError.duplicate {
                return .seeOther(Paths.accountSecondFactor.link())
            }
            return try SecondFactorController.renderRecoveryCodes(codes.shown, continueHref: Paths.accountSecondFactor.link(),
                                                                  intro: "twoFactor.codes.introEnrolled", renderer: renderer,
                                                                  context: context)
        }
        routes.add(.accountRecoveryCodes) { request, context in
            let me = try context.requireUser()
            let form = try await request.decodeForm(CodeForm.self, context: context)
            // New codes need a code from the app: a session left open is not enough.
            switch try await check.verify(form.code, user: me.user, ip: context.clientIP) {
            case .accepted:
                let codes = SecondFactorCheck.newRecoveryCodes()
                try await secondFactors.replaceRecoveryCodes(of: me.id, hashes: codes.hashes,
                                                             audit: try context.actor().audit(.update, .user, me.id,
                                                                                                           detail: "new recovery codes"))
                return try SecondFactorController.renderRecoveryCodes(codes.shown, continueHref: Paths.accountSecondFactor.link(),
                                                                      intro: "twoFactor.codes.introNew", renderer: renderer,
                                                                      context: context)
            case .wrong: return try await render(context, error: "err.twoFactor.code.wrong", status: .unprocessableContent)
            case .reused: return try await render(context, error: "err.twoFactor.code.reused", status: .unprocessableContent)
            case .locked: return try await render(context, error: "err.login.locked", status: .tooManyRequests)
            }
        }
    }

    private func render(_ context: AppContext, sealed: String? = nil, error: String? = nil,
                        status: HTTPResponse.Status? = nil) async throws -> Response {
        let me = try context.requireUser()
        let t = context.t
        let form = FormBuilder(t, errors: error.map { ValidationErrors("code", $0) } ?? .init())
        let enrolment = try await secondFactors.enrolment(of: me.id)
        let settings = try await me.municipality.asyncMap { try await signInSettings.settings(for: $0.id) }
        let view = AccountSecondFactorView(
            enrolled: enrolment != nil, required: SignInSettings.requiresSecondFactor(me.role, settings: settings),
            enrolledOn: enrolment.map { DateFormat.date($0.enrolledAt) },
            codesLeft: enrolment.map { t("twoFactor.account.codesLeft", String($0.recoveryCodesLeft)) },
            enrolment: enrolment == nil
                ? try EnrolmentView.make(user: me.user, issuer: me.municipality?.schemeName ?? "Fritidspas", secrets: secrets,
                                         action: Paths.accountSecondFactor.link(), form: form, t: t, sealedSecret: sealed)
                : nil,
            codesAction: Paths.accountRecoveryCodes.link(),
            form: .init(code: form.field("code", label: "twoFactor.code", hint: "twoFactor.account.newCodes.hint",
                                         autocomplete: "one-time-code", width: "m", value: "")),
            backHref: Paths.account.link())
        return try renderer.page(view, title: t("twoFactor.account.title"), context: context, form: form, status: status)
    }
}
