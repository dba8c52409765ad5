import Hummingbird
import Logging

/// Serves `Public/` for asset paths before sessions and routing run, so a stylesheet costs no
/// database lookup. Hummingbird's FileMiddleware serves a file only when the rest of the chain
/// answers 404, so it gets a chain that does just that.
struct StaticFilesMiddleware<Context: RequestContext>: RouterMiddleware {
    let files: FileMiddleware<Context, LocalFileSystem>

    init(directory: String, logger: Logger) {
        files = FileMiddleware(directory, logger: logger)
    }

    static func isAsset(_ path: String) -> Bool {
        path.hasPrefix("/css/") || path.hasPrefix("/js/") || path.hasPrefix("/img/") || path == "/favicon.ico"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard Self.isAsset(request.uri.path), request.method == .get || request.method == .head else {
            return try await next(request, context)
        }
        return try await files.handle(request, context: context) { _, _ in throw HTTPError(.notFound) }
    }
}
