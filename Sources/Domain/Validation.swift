/// Problems with user input, field by field. Messages are catalogue keys (`err.…`) that the
/// web layer turns into text in the user's language; the field name is the form field's name.
public struct ValidationErrors: Error, Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public let field: String
        public let message: String
        /// Values to put into the message, e.g. an amount or a maximum.
        public let arguments: [String]
    }

    public private(set) var fields: [Field] = []

    public init() {}

    public init(_ field: String, _ message: String, _ arguments: [String] = []) {
        add(field, message, arguments)
    }

    public var isEmpty: Bool { fields.isEmpty }

    /// Keeps only the first problem per field: one clear message beside each field.
    public mutating func add(_ field: String, _ message: String, _ arguments: [String] = []) {
        guard !fields.contains(where: { $0.field == field }) else { return }
        fields.append(Field(field: field, message: message, arguments: arguments))
    }

    public func message(for field: String) -> Field? {
        fields.first { $0.field == field }
    }

    public mutating func merge(_ other: ValidationErrors) {
        for f in other.fields { add(f.field, f.message, f.arguments) }
    }
}

/// Small helpers for raw form text.
public enum Text {
    public static func trimmed(_ value: String?) -> String {
        (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Trimmed text, or nil when blank.
    public static func optional(_ value: String?) -> String? {
        let t = trimmed(value)
        return t.isEmpty ? nil : t
    }
}
