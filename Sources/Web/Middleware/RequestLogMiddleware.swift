import Foundation
import Hummingbird
import Logging

/// One structured log line per request: id, method, route, status, duration.
///
/// The route is logged as its pattern (`/users/:id`), never the concrete path or query: a
/// query can hold a searched name, a path an activation token. Bodies are never logged.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        defer {
            let elapsed = ContinuousClock.now - start
            let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            context.logger.info("request", metadata: [
                "method": .string(request.method.rawValue),
                "route": .string(Self.loggedPath(request, context)),
                "status": .stringConvertible(status),
                "duration_ms": .string(String(format: "%.2f", ms)),
            ])
        }
        let response = try await next(request, context)
        status = response.status.code
        return response
    }

    static func loggedPath(_ request: Request, _ context: Context) -> String {
        if let endpoint = context.endpointPath, endpoint != "NotFound" { return endpoint }
        let path = request.uri.path
        if StaticFilesMiddleware<Context>.isAsset(path) {
            return path
        }
        return "(unmatched)"
    }
}
