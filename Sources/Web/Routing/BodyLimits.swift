import Domain
import Hummingbird

/// How large a request body may be: 1 MB everywhere, more only on the routes that take a file,
/// and only for the roles allowed to use them (an anonymous client cannot make the server read
/// 5 MB).
enum BodyLimits {
    static let standard = AppContext.maxBody
    /// A claim's attachment (at most 5 MB) with the form fields around it.
    static let claimUpload = FileKind.maximumSize + 256 * 1024

    static func limit(for route: Route) -> Int? {
        switch route {
        case .portalClaimDraft: claimUpload
        default: nil
        }
    }

    static let raised: [(route: Route, limit: Int)] = Route.allCases.compactMap { route in
        limit(for: route).map { (route, $0) }
    }

    /// The limit for a request to `path` by `role`.
    static func limit(method: HTTPRequest.Method, path: String, role: Role?) -> Int {
        guard let role, let match = raised.first(where: { $0.route.method == method && $0.route.path.matches(path) }),
              AccessPolicy.allows(role, match.route) else { return standard }
        return match.limit
    }
}

/// Sets the request's body limit before anything reads the body (the CSRF check does).
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = AppContext

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        if request.method == .post {
            context.maxUploadSize = BodyLimits.limit(method: request.method, path: request.uri.path, role: context.identity?.role)
        }
        return try await next(request, context)
    }
}

extension RoutePath {
    /// Whether a concrete path fits the pattern (`/portal/grants/7/claim` fits `/portal/grants/:id/claim`).
    func matches(_ path: String) -> Bool {
        let expected = pattern.split(separator: "/")
        let actual = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard expected.count == actual.count else { return false }
        return zip(expected, actual).allSatisfy { pattern, segment in
            pattern.hasPrefix(":") ? !segment.isEmpty : pattern == segment
        }
    }
}
