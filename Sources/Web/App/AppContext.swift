import Domain
import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore

/// The per-request context: session, signed-in user, CSRF token and client address.
public struct AppContext: AuthRequestContext, SessionRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: CurrentUser?
    public let sessions: SessionContext<UserSession>
    /// The token forms of this response must carry.
    public var csrfToken: String = ""
    /// The socket's peer address; the client IP unless a trusted proxy forwards another.
    public let peerAddress: String?
    public var clientIP: String?
    /// Set when the session ended by idle or absolute timeout during this request.
    public var sessionExpired = false
    /// Whose session just ended, and its form token: a form they posted is kept for them.
    public var expiredSession: (userID: UserID, csrfToken: String)?
    /// A form posted after the session ended was kept; the sign-in page says so.
    public var formKept = false
    /// When the signed-in session ends unless the user does something (idle or absolute limit),
    /// the request's own time, and how long before the end the page warns.
    public var sessionEndsAt: Date?
    public var now = Date()
    public var sessionWarning: TimeInterval = 300
    /// The path of a GET request, for the stay-signed-in form to return to.
    public var pagePath: String?
    /// The one-time form submission this request posts (`OneTimeForms`), carried into the
    /// audit entries of the changes it makes.
    public var submission: FormSubmission?
    /// Time spent rendering templates, reported in `Server-Timing` beside the total.
    public let timing = RequestTiming()

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.sessions = .init()
        self.peerAddress = source.channel.remoteAddress?.ipAddress
        self.clientIP = peerAddress
    }

    /// Request bodies above this are refused with 413: 1 MB, raised only for the upload routes
    /// by `BodyLimitMiddleware`.
    public var maxUploadSize: Int = AppContext.maxBody
    static let maxBody = 1 << 20

    public var language: Language { identity?.language ?? .da }

    /// The product's texts in the request's language, bound once by `AuthMiddleware` (which
    /// every route runs behind) as soon as the language is known.
    public var texts: Texts?

    /// The texts handlers and view models use: `context.t("children.title")`.
    public var t: Texts {
        // Only a request that never reached the auth middleware lacks them; it shows keys, not a crash.
        texts ?? TextCatalogue(tables: [:]).bind(language)
    }

    /// The signed-in user; routes behind the access policy always have one.
    public func requireUser() throws -> CurrentUser {
        guard let identity else { throw AppError.signInRequired }
        return identity
    }

    /// The municipality whose data the signed-in user works on (the admin has none: refused).
    public func municipality() throws -> MunicipalityID {
        try requireUser().municipalityID()
    }

    /// Makes audit entries for the signed-in user's actions, at the request's time (`now`, read
    /// once from the injected clock by `AuthMiddleware`) and under the form submission it posts.
    public func actor() throws -> Actor {
        let user = try requireUser()
        return Actor(userID: user.id, role: user.role, municipalityID: user.municipality?.id, ip: clientIP, now: now,
                     submission: submission)
    }

    /// Shows `flash` on the next page.
    public func flash(_ flash: Flash) {
        sessions.withLockedSession { $0?.flash = flash }
    }
}

/// Render time of a request, shared by every copy of its context.
public final class RequestTiming: @unchecked Sendable {
    private let lock = NSLock()
    private var renderNanoseconds: UInt64 = 0

    func addRender(_ nanoseconds: UInt64) {
        lock.withLock { renderNanoseconds += nanoseconds }
    }

    var renderMilliseconds: Double {
        lock.withLock { Double(renderNanoseconds) / 1_000_000 }
    }
}
