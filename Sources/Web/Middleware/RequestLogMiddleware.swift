import Foundation
import Hummingbird
import Logging
import Store

/// One structured log line per request: id, method, route, status, duration (and how much of it
/// went to database reads and to template rendering, also sent as `Server-Timing` so benchmarks
/// can tell queries from rendering).
///
/// The route is logged as its pattern (`/users/:id`), never the concrete path or query: a
/// query can hold a searched name, a path an activation token. Bodies are never logged.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = AppContext

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        let queries = QueryTimeRecorder()
        func milliseconds() -> Double {
            let elapsed = ContinuousClock.now - start
            return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        }
        defer {
            context.logger.info("request", metadata: [
                "method": .string(request.method.rawValue),
                "route": .string(Self.loggedPath(request, context)),
                "status": .stringConvertible(status),
                "duration_ms": .string(String(format: "%.2f", milliseconds())),
                "db_ms": .string(String(format: "%.2f", queries.milliseconds)),
                "render_ms": .string(String(format: "%.2f", context.timing.renderMilliseconds)),
            ])
        }
        var response = try await QueryTimeRecorder.$current.withValue(queries) { try await next(request, context) }
        status = response.status.code
        response.headers[.serverTiming] = String(format: "app;dur=%.3f, db;dur=%.3f, render;dur=%.3f", milliseconds(),
                                                 queries.milliseconds, context.timing.renderMilliseconds)
        return response
    }

    static func loggedPath(_ request: Request, _ context: Context) -> String {
        if let endpoint = context.endpointPath, endpoint != "NotFound" { return endpoint }
        let path = request.uri.path
        if StaticFilesMiddleware<AppContext>.isAsset(path) {
            return path
        }
        return "(unmatched)"
    }
}
