import Domain
import Foundation
import Hummingbird
import Logging
import NIOHTTP1

/// The one error page. 4xx show a safe reason; 5xx are logged with details and show a generic
/// message. Validation problems never reach here: forms re-render themselves with 422.
///
/// Every `StoreError` is answered here, so a handler catches one only to do something better
/// than this page (keep the form with a field message, go back to the row with a note of what
/// changed). Every not-found is audited here, whoever threw it.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let renderer: Renderer
    let storeHealth: StoreHealth
    let audit: any AuditLog
    let clock: Clock

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            do {
                try await recordRefusal(of: error, request: request, context: context)
            } catch let unrecorded {
                // A refusal that cannot be logged is answered like any failed write (a full disk: 503).
                return respond(to: unrecorded, request: request, context: context)
            }
            return respond(to: error, request: request, context: context)
        }
    }

    /// A row outside the user's municipality or slice answers 404 like a missing one (nothing is
    /// revealed), and is audited as a refused access like a forbidden route: under the row the
    /// route aimed at, and also in that row's municipality's own log. The outer instance, before
    /// the session is read, has no user and records nothing.
    func recordRefusal(of error: any Error, request: Request, context: AppContext) async throws {
        guard let user = context.identity else { return }
        let route: String?
        let target: AuditTarget?
        switch error {
        case let notFound as NotFoundOnRoute: (route, target) = (notFound.route, notFound.target)
        case AppError.notFound, StoreError.notFound: (route, target) = (nil, nil)
        default: return
        }
        try await audit.recordDenied(AuditEntry(
            at: clock.now, userID: user.id, role: user.role, municipalityID: user.municipality?.id,
            // Without a route (a middleware found nothing), the page is named by its path.
            action: .access, entity: target?.entity ?? .route, entityID: target?.id ?? route ?? request.uri.path,
            detail: "outside the user's data: \(request.method.rawValue) \(request.uri.path)",
            ip: context.clientIP, outcome: .denied), target: target)
    }

    func respond(to error: any Error, request: Request, context: AppContext) -> Response {
        let status: HTTPResponse.Status
        switch error {
        case AppError.signInRequired:
            let query = context.sessionExpired ? "?reason=expired" : ""
            return .seeOther(Paths.login.link() + query)
        case let ended as SessionEnded:
            return .seeOther(Paths.login.link() + (ended.formKept ? "?reason=kept" : "?reason=expired"))
        case AppError.forbidden: status = .forbidden
        case AppError.notFound, StoreError.notFound, is NotFoundOnRoute: status = .notFound
        // What was sent no longer fits what is stored (changed meanwhile, there already): nothing was saved.
        case StoreError.conflict, StoreError.duplicate, StoreError.ruleNoLongerHolds: status = .conflict
        // A malformed body (a bad chunk size) surfaces while a handler reads it.
        case AppError.badRequest, is DecodingError, is HTTPParserError: status = .badRequest
        case is StoreUnavailable:
            status = .serviceUnavailable
        case let error where StoreHealth.isStorageFailure(error):
            storeHealth.noteFull()
            storeHealth.logUnwritable(context.logger, error: error)
            status = .serviceUnavailable
        case AppError.csrf: status = .forbidden
        case let error as HTTPError:
            status = error.status
        case let error as any HTTPResponseError where error.status.code < 500:
            status = error.status
        default:
            status = .internalServerError
        }
        let key: String
        switch (error, status.code) {
        case (AppError.csrf, _): key = "csrf"
        case (StoreError.conflict, _): key = "conflict"
        case (StoreError.duplicate, _): key = "duplicate"
        case (StoreError.ruleNoLongerHolds, _): key = "ruleNoLongerHolds"
        case (_, 400): key = "400"
        case (_, 403): key = "403"
        case (_, 404): key = "404"
        case (_, 405): key = "404"
        case (_, 413): key = "413"
        case (_, 400..<500): key = "400"
        case (_, 503): key = "503"
        default: key = "500"
        }
        if status == .conflict {
            // Not a fault, but a handler that lets it through may deserve a message of its own.
            context.logger.notice("store refused the change", metadata: ["error": .string(String(reflecting: error)),
                                                                          "path": .string(request.uri.path)])
        }
        if status.code >= 500 && status != .serviceUnavailable {
            context.logger.error("request failed", metadata: ["error": .string(String(reflecting: error))])
        }
        // Before the auth middleware (the outer instance) the request has no bound texts yet.
        let t = context.texts ?? renderer.texts.bind(context.language)
        let view = ErrorView(heading: t("error.\(key).heading"), message: t("error.\(key).message"),
                             operatorAdvice: key == "503" ? t("error.503.operator") : nil, status: status.code,
                             requestID: status.code >= 500 && key != "503" ? context.id : nil,
                             homeHref: context.identity.map { AccessPolicy.startPage(for: $0.role) } ?? Paths.login.link())
        do {
            var response = try renderer.page(view, title: view.heading, context: context, status: status)
            if status == .methodNotAllowed { response.headers[.allow] = "GET, POST" }
            if status == .serviceUnavailable { response.headers[.retryAfter] = "60" }
            return response
        } catch {
            context.logger.error("error page failed", metadata: ["error": .string(String(reflecting: error))])
            return Renderer.html("<!doctype html><meta charset=utf-8><title>Fejl</title><p>Der opstod en fejl.</p>",
                                 status: status)
        }
    }
}
