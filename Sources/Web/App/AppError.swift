import Domain

/// Errors the web layer turns into pages (see ErrorPageMiddleware).
public enum AppError: Error, Sendable, Equatable {
    /// Not signed in, or the session ended: go to the sign-in page.
    case signInRequired
    /// Signed in, but the role may not do this.
    case forbidden
    case notFound
    /// The form body could not be read (bad encoding, duplicated key).
    case badRequest
    /// The CSRF token was missing or wrong, or the request came from another site.
    case csrf
}

/// A form arrived after its session ended; `formKept` when it was kept for the user.
struct SessionEnded: Error, Sendable {
    let formKept: Bool
}

/// A not-found from a route's handler (its own or the store's), with the row the route aimed at:
/// the error page files the refused access under that row (`RouteTargets`).
struct NotFoundOnRoute: Error, Sendable {
    /// The route's name (`Route.rawValue`).
    let route: String
    let target: AuditTarget?
}
