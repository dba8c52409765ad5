import Domain
import Foundation
import Hummingbird

/// The values of a form kept across a time-out, put back into the form the user lands on after
/// signing in again. Forms are built in many controllers from `FormBuilder`; the restored values
/// reach every one of them through this task-local, set for the one request that shows them.
struct RestoredForm: Sendable {
    var single: [String: String] = [:]
    var multiple: [String: Set<String>] = [:]

    @TaskLocal static var current: RestoredForm?

    init(pairs: [[String]]) {
        for pair in pairs where pair.count == 2 {
            let (name, value) = (pair[0], pair[1])
            if name.hasSuffix("[]") {
                multiple[String(name.dropLast(2)), default: []].insert(value)
            } else {
                single[name] = value
            }
        }
    }
}

/// Keeps a form posted after its session ended, for the user whose session it was, and hands
/// it back once after they sign in again. The fields are sealed with the server's key and bound
/// to the user; only a post that carries that session's own form token (so from the user's own
/// page, not another site) is kept, and never a file upload.
struct KeptForms: Sendable {
    let repository: any KeptFormRepository
    let secrets: SecretBox
    let clock: Clock

    static let queryName = "kept"

    static func context(_ user: UserID) -> String { "kept-form:\(user)" }

    /// Posts that are about the session itself, not work to keep.
    static let notKept: Set<String> = [Paths.sessionKeepAlive.link(), Paths.logout.link()]

    /// Tries to keep the request's form; true when it was kept.
    func keep(_ request: Request, context: AppContext) async throws -> Bool {
        guard let expired = context.expiredSession, request.method == .post, !Self.notKept.contains(request.uri.path),
              request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true,
              CSRFMiddleware.isSameOrigin(request) else { return false }
        var request = request
        guard let body = try? await request.collectBody(upTo: KeptForm.maxBytes) else { return false }
        let pairs = Self.pairs(String(buffer: body))
        guard let token = pairs.first(where: { $0[0] == CSRFMiddleware.fieldName })?[1],
              Tokens.constantTimeEquals(token, expired.csrfToken) else { return false }
        // Passwords are never kept: restored, they would stand in the page's HTML.
        let fields = pairs.filter { $0[0] != CSRFMiddleware.fieldName && !$0[0].lowercased().contains("password") }
        guard !fields.isEmpty else { return false }
        let sealed = try secrets.seal(try JSONEncoder().encode(fields), context: Self.context(expired.userID))
        let landing = Self.landingPath(referer: request.headers[.referer], postPath: request.uri.path,
                                       host: request.head.authority)
        try await repository.keep(sealed, path: landing, for: expired.userID, at: clock.now)
        return true
    }

    /// Where the user finds the form again: the page they posted from (same site only), else the
    /// route's own form page (`…/new`) when there is one, else their start page.
    static func landingPath(referer: String?, postPath: String, host: String?) -> String {
        if let referer, let url = URL(string: referer), let refererHost = url.host, let host,
           (url.port.map { "\(refererHost):\($0)" } ?? refererHost).lowercased() == host.lowercased(),
           url.path != postPath, isPage(url.path) {
            return url.path
        }
        if isPage(postPath + "/new") { return postPath + "/new" }
        return Paths.home.link()
    }

    /// Whether `path` is one of the application's pages (a GET route).
    static func isPage(_ path: String) -> Bool {
        let segments = path.split(separator: "/")
        return Route.allCases.contains { route in
            guard route.method == .get else { return false }
            let pattern = route.path.pattern.split(separator: "/")
            return pattern.count == segments.count && zip(pattern, segments).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
        }
    }

    /// The user's newest kept form as the address to land on after signing in, if any.
    func landing(for user: UserID) async throws -> String? {
        guard let form = try await repository.newest(for: user, now: clock.now) else { return nil }
        return form.path + "?\(Self.queryName)=\(form.id)"
    }

    /// Hands the kept form `id` over to `user` (once); nil for anything else.
    func restore(_ id: Int64, for user: UserID) async throws -> RestoredForm? {
        guard let sealed = try await repository.take(id, for: user, now: clock.now),
              let json = secrets.open(sealed, context: Self.context(user)),
              let pairs = try? JSONDecoder().decode([[String]].self, from: json) else { return nil }
        return RestoredForm(pairs: pairs)
    }

    /// `application/x-www-form-urlencoded` as name–value pairs, in order.
    static func pairs(_ body: String) -> [[String]] {
        body.split(separator: "&").compactMap { part in
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String? {
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let name = decode(halves[0]), !name.isEmpty, let value = halves.count == 2 ? decode(halves[1]) : "" else { return nil }
            return [name, value]
        }
    }
}

/// Shows a kept form's values on the page the user lands on after signing in again
/// (`?kept=ID`), with a notice saying so.
struct RestoredFormMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let keptForms: KeptForms

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        guard request.method == .get, let user = context.identity,
              let id = request.uri.queryParameters[Substring(KeptForms.queryName)].flatMap({ Int64(String($0)) }),
              let restored = try await keptForms.restore(id, for: user.id) else {
            return try await next(request, context)
        }
        context.flash(Flash(.info, "keptForm.restored"))
        return try await RestoredForm.$current.withValue(restored) { try await next(request, context) }
    }
}
