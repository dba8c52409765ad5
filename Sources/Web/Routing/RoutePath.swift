import Domain
import Foundation

/// A route's path pattern, defined once in `Paths` and used both to register the route and to
/// build links to it. Paths with parameters are `RoutePath1`/`RoutePath2`, whose `link` takes
/// exactly the parameters' types: a grant's id cannot go where a child's belongs, and no
/// parameter can be left out.
public struct RoutePath: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String

    public init(_ pattern: String) {
        self.pattern = pattern
    }

    public var description: String { pattern }

    /// The names of the parameters in the pattern.
    public var parameters: [String] {
        pattern.split(separator: "/").filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) }
    }

    /// The link to a path without parameters.
    public func link() -> String {
        filled([])
    }

    /// The pattern with its parameters filled in order. Only for code that walks every route
    /// whatever its parameters (the route tests); pages build links with the typed `link`.
    func filled(_ values: [any PathValue]) -> String {
        precondition(values.count == parameters.count, "\(pattern) takes \(parameters.count) values, got \(values.count)")
        var values = values.makeIterator()
        return "/" + pattern.split(separator: "/").map { segment in
            segment.hasPrefix(":") ? values.next()!.pathSegment : String(segment)
        }.joined(separator: "/")
    }
}

/// A value that may stand in a path: a typed id, or a string key, token or slug (escaped).
public protocol PathValue: Sendable {
    var pathSegment: String { get }
}

extension Identifier: PathValue {
    public var pathSegment: String { description }
}

extension String: PathValue {
    public var pathSegment: String {
        addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? self
    }
}

/// Anything a route can be declared with: a path without parameters or a typed one.
public protocol RoutePattern: Sendable {
    var route: RoutePath { get }
}

extension RoutePath: RoutePattern {
    public var route: RoutePath { self }
}

/// A path with one parameter of type `A`: `Paths.child.link(childID)`.
public struct RoutePath1<A: PathValue>: RoutePattern {
    public let route: RoutePath

    public init(_ pattern: String) {
        route = RoutePath(pattern)
        precondition(route.parameters.count == 1, "\(pattern) must have one parameter")
    }

    public func link(_ a: A) -> String { route.filled([a]) }
}

/// A path with two parameters: `Paths.consentWithdrawal.link(childID, consentID)`.
public struct RoutePath2<A: PathValue, B: PathValue>: RoutePattern {
    public let route: RoutePath

    public init(_ pattern: String) {
        route = RoutePath(pattern)
        precondition(route.parameters.count == 2, "\(pattern) must have two parameters")
    }

    public func link(_ a: A, _ b: B) -> String { route.filled([a, b]) }
}
