import HTTPTypes

/// What a route is, stated in one line of `Route.declaration`: how it is called, where, and
/// which capability it needs.
///
/// Only two kinds exist. A page (`get`) shows something and never changes state; an action
/// (`post`) changes state and always passes the CSRF check, which applies to every method
/// but GET. `RouteSafetyTests` proves the first half by walking every page as every role.
public struct RouteDeclaration: Sendable, Equatable {
    public let method: HTTPRequest.Method
    public let path: RoutePath
    public let capability: AccessPolicy.Capability

    private init(method: HTTPRequest.Method, path: RoutePath, capability: AccessPolicy.Capability) {
        self.method = method
        self.path = path
        self.capability = capability
    }

    /// A page: reads only.
    public static func get(_ path: some RoutePattern, _ capability: AccessPolicy.Capability) -> RouteDeclaration {
        RouteDeclaration(method: .get, path: path.route, capability: capability)
    }

    /// An action: a form's post, CSRF-checked, answered by a redirect or the form again.
    public static func post(_ path: some RoutePattern, _ capability: AccessPolicy.Capability) -> RouteDeclaration {
        RouteDeclaration(method: .post, path: path.route, capability: capability)
    }
}
