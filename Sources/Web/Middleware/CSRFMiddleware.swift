import Domain
import Foundation
import Hummingbird

/// Cross-site request forgery protection (Hummingbird has none).
///
/// Every form carries a hidden `csrf_token`. Signed in, it must equal the token stored in the
/// session; before sign-in (the login and activation forms, where no server session exists
/// yet), it must equal a random cookie set with the form (double submit). Requests from
/// another site (`Sec-Fetch-Site`, `Origin`) are refused outright. GET never changes state.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppContext
    static let cookieName = "fp_csrf"
    static let fieldName = "csrf_token"
    let secureCookies: Bool
    let audit: any AuditLog
    let clock: Clock
    /// Keeps a form posted after its session ended, so nothing typed is lost.
    var keptForms: KeptForms? = nil

    private struct TokenField: Decodable {
        let csrf_token: String?
    }

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var context = context
        var newCookie: String?
        if context.identity != nil, let session = context.sessions.session {
            context.csrfToken = session.csrfToken
        } else if let cookie = request.cookies[Self.cookieName]?.value, cookie.count == 43 {
            context.csrfToken = cookie
        } else {
            let token = Tokens.random()
            context.csrfToken = token
            newCookie = token
        }

        var request = request
        if request.method != .get && request.method != .head {
            // A form posted after the session timed out: ask to sign in again rather than
            // reporting a forgery.
            if context.sessionExpired {
                context.formKept = try await keptForms?.keep(request, context: context) ?? false
                throw SessionEnded(formKept: context.formKept)
            }
            guard Self.isSameOrigin(request) else { try await deny(context); throw AppError.csrf }
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            let submitted: String?
            if request.headers[.contentType]?.hasPrefix("multipart/form-data") == true {
                submitted = request.uri.queryParameters[Substring(Self.fieldName)].map(String.init)
            } else {
                let form = String(buffer: body)
                do {
                    submitted = try URLEncodedFormDecoder().decode(TokenField.self, from: form).csrf_token
                } catch {
                    throw AppError.badRequest
                }
            }
            guard let submitted, newCookie == nil, Tokens.constantTimeEquals(submitted, context.csrfToken) else {
                try await deny(context)
                throw AppError.csrf
            }
            request.body = .init(buffer: body)
        }

        var response = try await next(request, context)
        if let newCookie {
            response.setCookie(Cookie(name: Self.cookieName, value: newCookie, path: "/", secure: secureCookies,
                                      httpOnly: true, sameSite: .strict))
        }
        return response
    }

    private func deny(_ context: AppContext) async throws {
        let user = context.identity
        try await audit.record(AuditEntry(at: clock.now, userID: user?.id, role: user?.role, municipalityID: user?.municipality?.id,
                                          action: .access, entity: .csrf, ip: context.clientIP, outcome: .denied))
    }

    /// Browsers send `Sec-Fetch-Site` and `Origin` with form posts; a cross-site value means
    /// another site made this browser post here.
    static func isSameOrigin(_ request: Request) -> Bool {
        if let site = request.headers[.secFetchSite], site != "same-origin" && site != "none" {
            return false
        }
        if let origin = request.headers[.origin] {
            // "null" comes from sandboxed or privacy-sensitive contexts, never from our own pages.
            guard origin != "null" else { return false }
            guard let host = request.head.authority else { return false }
            guard let url = URL(string: origin), let originHost = url.host else { return false }
            let originAuthority = url.port.map { "\(originHost):\($0)" } ?? originHost
            return originAuthority.lowercased() == host.lowercased()
        }
        return true
    }
}
