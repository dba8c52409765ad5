import Domain
import Foundation

/// The password step of signing in, with throttling per account and client address (ThrottleRule).
///
/// An unknown e-mail, a wrong password, a deactivated or not yet activated account all get the
/// same answer after the same work (a bcrypt verification against a dummy hash), so the answer
/// tells nobody which e-mail addresses exist.
struct SignInService: Sendable {
    let users: any UserRepository
    let throttle: any ThrottleRepository
    let audit: any AuditLog
    let hasher: PasswordHasher
    let rule: ThrottleRule
    let clock: Clock
    let dummyHash: String

    enum Outcome: Equatable {
        case success(User)
        case invalid
        case locked
    }

    func attempt(email rawEmail: String, password: String, ip: String?) async throws -> Outcome {
        let email = Contact.normalisedEmail(rawEmail)
        let now = clock.now
        // Counted before the (slow) check, in the write that decides: 40 guesses sent at once
        // are 40 failures, and only the first few are checked at all.
        guard case .check(let locksIfWrong) = try await throttle.reserveAttempt(account: email, address: ip ?? "unknown",
                                                                                  rule: rule, now: now) else {
            try await audit.record(AuditEntry(at: now, userID: nil, role: nil, municipalityID: nil, action: .signIn,
                                              entity: .session, detail: "locked", ip: ip, outcome: .denied))
            return .locked
        }
        let credentials = try await users.credentials(email: email)
        let hash = credentials?.passwordHash ?? dummyHash
        let matches = try await hasher.verify(password, hash: hash)
        if let credentials, credentials.passwordHash != nil, matches, credentials.user.isActive {
            // The sign-in itself is recorded when it completes (`SignInCompletion`): after the
            // second factor, where one is needed.
            try await throttle.clear(account: email)
            return .success(credentials.user)
        }
        let user = credentials?.user
        try await audit.record(AuditEntry(at: now, userID: user?.id, role: user?.role, municipalityID: user?.municipalityID,
                                          action: .signIn, entity: .session,
                                          detail: user == nil ? "unknown account" : "wrong password or inactive",
                                          ip: ip, outcome: .denied))
        return locksIfWrong ? .locked : .invalid
    }
}
