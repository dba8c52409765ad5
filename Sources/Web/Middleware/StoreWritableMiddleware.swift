import Hummingbird

/// While the database cannot be written (a full disk), every page answers 503 with the "cannot
/// save" page before anything tries to write: a sign-in, a session, an audited read. Static
/// files and the health check still answer, so the page has its style and monitors see why.
struct StoreWritableMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let health: StoreHealth

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        guard request.uri.path == Paths.health.pattern || health.isWritable else {
            health.logUnwritable(context.logger)
            throw StoreUnavailable()
        }
        return try await next(request, context)
    }
}
