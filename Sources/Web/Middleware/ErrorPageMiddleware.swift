import Domain
import Foundation
import Hummingbird
import Logging
import NIOHTTP1

/// The one error page. 4xx show a safe reason; 5xx are logged with details and show a generic
/// message. Validation problems never reach here: forms re-render themselves with 422.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let renderer: Renderer
    let storeHealth: StoreHealth

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return respond(to: error, request: request, context: context)
        }
    }

    struct ErrorView {
        let heading: String
        let message: String
        /// What the operator should do (the full-disk page).
        let operatorAdvice: String?
        let status: Int
        let requestID: String?
        let homeHref: String
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
        case AppError.notFound, StoreError.notFound: status = .notFound
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
        case (_, 400): key = "400"
        case (_, 403): key = "403"
        case (_, 404): key = "404"
        case (_, 405): key = "404"
        case (_, 413): key = "413"
        case (_, 400..<500): key = "400"
        case (_, 503): key = "503"
        default: key = "500"
        }
        if status.code >= 500 && status != .serviceUnavailable {
            context.logger.error("request failed", metadata: ["error": .string(String(reflecting: error))])
        }
        let t = renderer.texts.bind(context.language)
        let view = ErrorView(heading: t("error.\(key).heading"), message: t("error.\(key).message"),
                             operatorAdvice: key == "503" ? t("error.503.operator") : nil, status: status.code,
                             requestID: status.code >= 500 && key != "503" ? context.id : nil,
                             homeHref: context.identity.map { AccessPolicy.startPage(for: $0.role) } ?? Paths.login.link())
        do {
            var response = try renderer.page("error", title: view.heading, content: view, context: context, status: status)
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
