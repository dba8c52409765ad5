import Domain
import Foundation
import Hummingbird

/// Between a right password and the second factor: a short-lived cookie, sealed with the
/// server's key, saying whose password was right and when. No session exists until the second
/// step succeeds; a copied cookie is worth nothing without the code.
struct PendingSignIn: Codable, Sendable {
    var userID: UserID
    var passwordAt: Date

    static let cookieName = "fp_pending"
    static let lifetime: TimeInterval = 10 * 60
    static let sealContext = "pending-sign-in"

    func cookie(_ secrets: SecretBox, secure: Bool) throws -> Cookie {
        let sealed = try secrets.seal(try JSONEncoder().encode(self), context: Self.sealContext)
        return Cookie(name: Self.cookieName, value: Self.base64url(sealed), maxAge: Int(Self.lifetime), path: Paths.login.link(),
                      secure: secure, httpOnly: true, sameSite: .strict)
    }

    static func read(_ request: Request, _ secrets: SecretBox, now: Date) -> PendingSignIn? {
        guard let value = request.cookies[cookieName]?.value, let sealed = data(base64url: value),
              let json = secrets.open(sealed, context: sealContext),
              let pending = try? JSONDecoder().decode(PendingSignIn.self, from: json),
              now.timeIntervalSince(pending.passwordAt) < lifetime, now >= pending.passwordAt else { return nil }
        return pending
    }

    static func clearing(secure: Bool) -> Cookie {
        Cookie(name: cookieName, value: "", maxAge: 0, path: Paths.login.link(), secure: secure, httpOnly: true, sameSite: .strict)
    }

    static func base64url(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func data(base64url text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}

/// The last step of every way in (password alone, with a second factor, single sign-on): a new
/// session id, the sign-in recorded and audited, and the user sent to a form kept across their
/// time-out if there is one, else to their start page.
struct SignInCompletion: Sendable {
    let users: any UserRepository
    let sessions: any SessionRepository
    let audit: any AuditLog
    let keptForms: KeptForms
    let secureCookies: Bool
    let clock: Clock

    func complete(_ user: User, via: String, detail: String, request: Request, context: AppContext) async throws -> Response {
        var response = Response.seeOther(try await start(user, via: via, detail: detail, request: request, context: context))
        if request.cookies[PendingSignIn.cookieName] != nil {
            response.setCookie(PendingSignIn.clearing(secure: secureCookies))
        }
        return response
    }

    /// Starts the session; returns where the user goes next.
    func start(_ user: User, via: String, detail: String, request: Request, context: AppContext) async throws -> String {
        if let old = request.cookies[SessionSettings.cookieName]?.value {
            try await sessions.remove(key: SessionSettings.storageKey(old))
        }
        let now = clock.now
        context.sessions.createSession(UserSession(userID: user.id, createdAt: now, lastSeenAt: now, csrfToken: Tokens.random(),
                                                   flash: nil, signedInWith: via))
        try await users.recordSignIn(user.id, at: now)
        try await audit.record(AuditEntry(at: now, userID: user.id, role: user.role, municipalityID: user.municipalityID,
                                          action: .signIn, entity: .session, detail: detail, ip: context.clientIP))
        return try await keptForms.landing(for: user.id) ?? AccessPolicy.startPage(for: user.role)
    }
}
