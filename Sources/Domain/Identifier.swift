/// A typed row id: `Identifier<Child>` cannot be passed where an `Identifier<Grant>` is expected.
///
/// `LosslessStringConvertible` lets routes parse ids from the path; anything that is not a
/// positive integer is rejected there (400) before a query runs.
public struct Identifier<Entity>: Hashable, Comparable, Codable, Sendable, LosslessStringConvertible {
    public let rawValue: Int64

    public init(_ rawValue: Int64) {
        self.rawValue = rawValue
    }

    public init?(_ description: String) {
        guard description.count <= 18, let value = Int64(description), value > 0 else { return nil }
        self.rawValue = value
    }

    public var description: String { String(rawValue) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

public typealias MunicipalityID = Identifier<Municipality>
public typealias UserID = Identifier<User>
