import Domain
import Foundation

/// Checks a typed code — six digits from the authenticator, or a recovery code — under the same
/// throttle as passwords (its own counter per account and address, so a right password does not
/// reset it), and never accepts a time step twice.
struct SecondFactorCheck: Sendable {
    let secondFactors: any SecondFactorRepository
    let throttle: any ThrottleRepository
    let audit: any AuditLog
    let rule: ThrottleRule
    let secrets: SecretBox
    let clock: Clock

    enum Outcome: Equatable {
        /// "second factor" or "recovery code", as the audit detail says it.
        case accepted(String)
        case wrong
        /// The code's time step was already used: wait for the next code.
        case reused
        case locked
    }

    static func secretContext(_ user: UserID) -> String { "totp:\(user)" }
    static func enrolmentContext(_ user: UserID) -> String { "enrolment:\(user)" }

    /// The throttle counter for codes, apart from the password's.
    static func throttleAccount(_ email: String) -> String { ThrottleRule.codeAccountPrefix + email }

    func verify(_ typed: String?, user: User, ip: String?) async throws -> Outcome {
        let now = clock.now
        guard case .check(let locksIfWrong) = try await throttle.reserveAttempt(account: Self.throttleAccount(user.email),
                                                                                  address: ip ?? "unknown", rule: rule, now: now) else {
            try await record(user, "second factor: locked", ip: ip, denied: true)
            return .locked
        }
        let outcome = try await check(typed, user: user, now: now)
        switch outcome {
        case .accepted(let how):
            try await throttle.clear(account: Self.throttleAccount(user.email))
            _ = how
        case .reused:
            try await record(user, "second factor: code already used", ip: ip, denied: true)
        case .wrong, .locked:
            try await record(user, "second factor: wrong code", ip: ip, denied: true)
            if locksIfWrong { return .locked }
        }
        return outcome
    }

    private func check(_ typed: String?, user: User, now: Date) async throws -> Outcome {
        guard let enrolment = try await secondFactors.enrolment(of: user.id) else { return .wrong }
        if let code = TOTPRules.normalised(typed) {
            guard let secret = secrets.open(enrolment.sealedSecret, context: Self.secretContext(user.id)) else { return .wrong }
            let fresh = TOTPRules.candidateSteps(now: now, lastUsed: enrolment.lastUsedStep)
            if let step = TOTP.matchingStep(code, secret: Array(secret), candidates: fresh) {
                return try await secondFactors.use(step: step, of: user.id) ? .accepted("second factor") : .reused
            }
            let all = TOTPRules.candidateSteps(now: now, lastUsed: .min)
            return TOTP.matchingStep(code, secret: Array(secret), candidates: all) != nil ? .reused : .wrong
        }
        if let recovery = RecoveryCodes.normalised(typed) {
            return try await secondFactors.useRecoveryCode(hash: Tokens.hash(recovery), of: user.id, at: now)
                ? .accepted("recovery code") : .wrong
        }
        return .wrong
    }

    /// Checks the first code from a new authenticator against the secret being enrolled.
    func verifyNew(_ typed: String?, secret: [UInt8], user: User, ip: String?) async throws -> Int64? {
        let now = clock.now
        guard case .check = try await throttle.reserveAttempt(account: Self.throttleAccount(user.email), address: ip ?? "unknown",
                                                              rule: rule, now: now) else { return nil }
        guard let code = TOTPRules.normalised(typed),
              let step = TOTP.matchingStep(code, secret: secret, candidates: TOTPRules.candidateSteps(now: now, lastUsed: 0)) else {
            try await record(user, "second factor: wrong code", ip: ip, denied: true)
            return nil
        }
        try await throttle.clear(account: Self.throttleAccount(user.email))
        return step
    }

    private func record(_ user: User, _ detail: String, ip: String?, denied: Bool) async throws {
        try await audit.record(AuditEntry(at: clock.now, userID: user.id, role: user.role, municipalityID: user.municipalityID,
                                          action: .signIn, entity: .session, detail: detail, ip: ip,
                                          outcome: denied ? .denied : .allowed))
    }

    /// New recovery codes: shown once, stored only as hashes.
    static func newRecoveryCodes() -> (shown: [String], hashes: [String]) {
        var generator = SystemRandomNumberGenerator()
        let codes = RecoveryCodes.generate(using: &generator)
        return (codes, codes.map { Tokens.hash(RecoveryCodes.normalised($0)!) })
    }
}

/// What an enrolment page shows (`AuthenticatorSetup`): the QR code, the secret to type by hand,
/// and the sealed secret the form posts back (no server state until the first code proves the
/// app has it).
enum EnrolmentView {
    static func make(user: User, issuer: String, secrets: SecretBox, action: String, form: FormBuilder,
                     t: Texts, sealedSecret: String? = nil) throws -> AuthenticatorSetup {
        // After a wrong code the same secret is shown again: the app already holds it.
        let secret = sealedSecret.flatMap { PendingSignIn.data(base64url: $0) }
            .flatMap { secrets.open($0, context: SecondFactorCheck.enrolmentContext(user.id)) }.map(Array.init) ?? TOTP.newSecret()
        let sealed = PendingSignIn.base64url(try secrets.seal(Data(secret), context: SecondFactorCheck.enrolmentContext(user.id)))
        let uri = TOTP.provisioningURI(secret: secret, account: user.email, issuer: issuer)
        let qr = try QRCode(text: uri).svg(label: t("twoFactor.qr.label"))
        return AuthenticatorSetup(qr: .init(viewBox: qr.viewBox, size: qr.size, path: qr.path, label: qr.label),
                                  secret: Base32.grouped(Base32.encode(secret)), sealed: sealed, action: action, form: .init(
                                      code: form.field("code", label: "twoFactor.enrol.code", hint: "twoFactor.enrol.code.hint",
                                                       autocomplete: "one-time-code", width: "s", inputmode: "numeric", value: "")))
    }

    static func secret(from sealed: String?, user: UserID, secrets: SecretBox) -> [UInt8]? {
        sealed.flatMap { PendingSignIn.data(base64url: $0) }
            .flatMap { secrets.open($0, context: SecondFactorCheck.enrolmentContext(user)) }.map(Array.init)
    }
}
