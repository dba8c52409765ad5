import Domain
import Hummingbird

public typealias Handler = @Sendable (Request, AppContext) async throws -> Response

/// Registers each `Route` on the router behind the access policy, and remembers what was
/// registered so tests can walk every route with every role.
public final class RouteTable: @unchecked Sendable {
    let router: Router<AppContext>
    let audit: any AuditLog
    let clock: Clock
    /// Makes the forms of `Route.submitsOnce` routes change once however often they are posted.
    let oneTimeForms: OneTimeForms?
    public private(set) var registered: [Route] = []

    init(router: Router<AppContext>, audit: any AuditLog, clock: Clock, submissions: (any FormSubmissionRepository)? = nil) {
        self.router = router
        self.audit = audit
        self.clock = clock
        self.oneTimeForms = submissions.map(OneTimeForms.init)
    }

    public func add(_ route: Route, _ handler: @escaping Handler) {
        precondition(!registered.contains(route), "\(route) registered twice")
        registered.append(route)
        add(route.declaration, named: route.rawValue, submitsOnce: route.submitsOnce,
            target: { RouteTargets.target(of: route, parameters: $0) }, handler)
    }

    /// Registers what a declaration says. `add(_:_:)` is the way in for the application's
    /// routes; tests call this with a deliberately wrong declaration to prove the safety checks
    /// catch it.
    func add(_ declaration: RouteDeclaration, named name: String, submitsOnce: Bool = false,
             target: @escaping @Sendable (Parameters) -> AuditTarget? = { _ in nil }, _ handler: @escaping Handler) {
        let access = AccessPolicy.access(for: declaration.capability)
        let audit = self.audit
        let clock = self.clock
        let oneTime = submitsOnce ? oneTimeForms : nil
        router.on(RouterPath(declaration.path.pattern), method: declaration.method) { request, context in
            switch access {
            case .anyone:
                break
            case .signedIn:
                guard context.identity != nil else { throw AppError.signInRequired }
            case .roles(let roles):
                guard let user = context.identity else { throw AppError.signInRequired }
                guard roles.contains(user.role) else {
                    try await audit.record(AuditEntry(
                        at: clock.now, userID: user.id, role: user.role, municipalityID: user.municipality?.id,
                        action: .access, entity: .route, entityID: name, ip: context.clientIP, outcome: .denied))
                    throw AppError.forbidden
                }
            }
            do {
                if let oneTime { return try await oneTime.run(request, context, handler) }
                return try await handler(request, context)
            } catch let error where (error as? AppError) == .notFound || (error as? StoreError) == .notFound {
                // The error page answers 404 and files the refused access; only the route knows
                // which row its `:id` names.
                throw NotFoundOnRoute(route: name, target: target(context.parameters))
            }
        }
    }
}
