import Domain
import Foundation
import Hummingbird

/// Turns the session into the signed-in user, enforcing the idle timeout and absolute lifetime
/// (hummingbird-auth keeps only a fixed expiry). Ends sessions of deactivated users.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let users: any UserRepository
    let municipalities: any MunicipalityRepository
    let timeouts: SessionTimeouts
    let clock: Clock
    let trustedProxies: TrustedProxies
    let texts: TextCatalogue

    /// Writing the session on every request would turn every page view into a write; a
    /// minute's precision on the idle timeout is plenty (less when the idle time-out is short).
    static let touchInterval: TimeInterval = 60

    var touchInterval: TimeInterval { min(Self.touchInterval, timeouts.idle / 10) }

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        // One time for the whole request: its audit entries and the page's "signed in until".
        context.now = clock.now
        // Several X-Forwarded-For headers are one list, in order.
        let forwarded = request.headers[values: .xForwardedFor]
        context.clientIP = trustedProxies.clientAddress(peer: context.peerAddress,
                                                        forwardedFor: forwarded.isEmpty ? nil : forwarded.joined(separator: ","))
        if let session = context.sessions.session {
            let now = context.now
            if timeouts.isExpired(createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, now: now) {
                context.sessions.clearSession()
                context.sessionExpired = true
                context.expiredSession = (session.userID, session.csrfToken)
            } else if let user = try await users.find(session.userID), user.isActive {
                let municipality = try await user.municipalityID.asyncMap { try await municipalities.find($0) } ?? nil
                context.identity = CurrentUser(user: user, municipality: municipality, today: clock.today)
                // Set here rather than in the CSRF middleware so error pages rendered outside it
                // still carry the token in their sign-out form.
                context.csrfToken = session.csrfToken
                var lastSeen = session.lastSeenAt
                if now.timeIntervalSince(session.lastSeenAt) >= touchInterval {
                    context.sessions.withLockedSession { $0?.lastSeenAt = now }
                    lastSeen = now
                }
                context.sessionEndsAt = timeouts.endsAt(createdAt: session.createdAt, lastSeenAt: lastSeen)
                context.sessionWarning = timeouts.warning
                if request.method == .get { context.pagePath = request.uri.path }
            } else {
                context.sessions.clearSession()
            }
        }
        context.texts = texts.bind(context.language)
        return try await next(request, context)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case .some(let value): return try await transform(value)
        case .none: return nil
        }
    }
}
