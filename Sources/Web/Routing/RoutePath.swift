/// A route's path pattern, defined once and used both to register the route and to build links.
public struct RoutePath: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String

    public init(_ pattern: String) {
        self.pattern = pattern
    }

    public var description: String { pattern }

    /// Fills the `:name` parameters in order: `RoutePath("/users/:id").link(7)` is `/users/7`.
    public func link(_ values: CustomStringConvertible...) -> String {
        var values = values.makeIterator()
        return "/" + pattern.split(separator: "/").map { segment in
            segment.hasPrefix(":") ? (values.next()?.description ?? String(segment)) : String(segment)
        }.joined(separator: "/")
    }

    /// The names of the parameters in the pattern.
    public var parameters: [String] {
        pattern.split(separator: "/").filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) }
    }
}
