import Foundation
import Mustache

/// swift-mustache reads a view model that is not a `MustacheParent` through a new `Mirror` on
/// every lookup, including each lookup that misses and climbs the context stack. On the benchmark
/// that was most of a page's time (and Mirror's type lookups take runtime locks, so it scaled
/// badly over cores). Hot rows conform to `MustacheParent` with a `child(named:)` switch; every
/// other view model is wrapped here so it is reflected once per render: `wrap` turns structs into
/// `Reflected` boxes that read their fields once and wrap what they hand on.
///
/// What templates see is unchanged: optionals are unwrapped (nil is "not here", as with Mirror),
/// arrays stay arrays (of wrapped elements), dictionaries with `String` keys stay dictionaries,
/// strings, numbers, booleans, enums and values that render themselves pass through untouched.
enum MustacheReflection {
    static func wrap(_ value: Any?) -> Any? {
        guard let value else { return nil }
        switch value {
        case is String, is Bool, is Int, is Double, is Substring, is MustacheParent, is MustacheCustomRenderable, is MustacheLambda:
            return value
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return wrap(mirror.children.first?.value)
        case .struct, .class, .tuple:
            return Reflected(mirror)
        case .collection:
            let elements = mirror.children.map(\.value)
            guard elements.contains(where: needsWrapping) else { return value }
            return elements.map { wrap($0) as Any }
        case .dictionary:
            guard let dictionary = value as? [String: Any], dictionary.values.contains(where: needsWrapping) else { return value }
            return dictionary.mapValues { wrap($0) as Any }
        default:
            return value
        }
    }

    /// A struct or class (not one that is already a `MustacheParent`).
    private static func needsWrapping(_ value: Any) -> Bool {
        switch value {
        case is String, is Bool, is Int, is Double, is MustacheParent, is MustacheCustomRenderable:
            return false
        default:
            let style = Mirror(reflecting: value).displayStyle
            return style == .struct || style == .class || style == .tuple || style == .optional
        }
    }
}

/// A view model's fields, read through one `Mirror`; what a lookup finds is wrapped once and kept.
final class Reflected: MustacheParent {
    private let fields: [String: Any]
    private var wrapped: [String: Any?] = [:]

    init(_ mirror: Mirror) {
        var fields: [String: Any] = [:]
        for case let (label?, value) in mirror.children where fields[label] == nil {
            fields[label] = value
        }
        self.fields = fields
    }

    func child(named name: String) -> Any? {
        if let known = wrapped[name] { return known }
        let value = MustacheReflection.wrap(fields[name])
        wrapped[name] = .some(value)
        return value
    }
}
