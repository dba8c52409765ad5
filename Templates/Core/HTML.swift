/// Markup on its way to the response. Views are Swift functions that return it; the
/// compiler checks every field they read.
///
/// Two rules keep it safe: the literal parts of an `HTML` string literal are markup (they are
/// `StaticString`s, so they cannot come from a request), and everything interpolated into
/// one is escaped unless it is itself `HTML`. The only way to pass other text through
/// unescaped is `UnsafeHTML`, which is easy to find with grep.
public struct HTML: Sendable, ExpressibleByStringInterpolation {
    public internal(set) var bytes: [UInt8]

    public init() { bytes = [] }

    public init(stringLiteral value: StaticString) {
        bytes = []
        value.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public init(stringInterpolation: Interpolation) {
        bytes = stringInterpolation.bytes
    }

    /// Text, escaped.
    public init(text: String) {
        bytes = []
        HTML.escape(text, into: &bytes)
    }

    public mutating func append(_ other: HTML) {
        bytes.append(contentsOf: other.bytes)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public struct Interpolation: StringInterpolationProtocol {
        public typealias StringLiteralType = StaticString
        var bytes: [UInt8]

        public init(literalCapacity: Int, interpolationCount: Int) {
            bytes = []
            bytes.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        public mutating func appendInterpolation(_ text: String) {
            HTML.escape(text, into: &bytes)
        }

        /// Nothing when absent.
        public mutating func appendInterpolation(_ text: String?) {
            if let text { HTML.escape(text, into: &bytes) }
        }

        public mutating func appendInterpolation(_ number: Int) {
            bytes.append(contentsOf: String(number).utf8)
        }

        public mutating func appendInterpolation(_ number: Int?) {
            if let number { bytes.append(contentsOf: String(number).utf8) }
        }

        public mutating func appendInterpolation(_ markup: HTML) {
            bytes.append(contentsOf: markup.bytes)
        }

        public mutating func appendInterpolation(_ markup: HTML?) {
            if let markup { bytes.append(contentsOf: markup.bytes) }
        }

        public mutating func appendInterpolation(_ raw: UnsafeHTML) {
            bytes.append(contentsOf: raw.markup.utf8)
        }
    }

    /// The five characters that can change the meaning of text or of an attribute value,
    /// replaced by their entities (the apostrophe as `&#39;`, which every browser reads).
    static func escape(_ text: String, into bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for index in 0..<utf8.count {
                let replacement: StaticString
                switch utf8[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }
}

/// Markup that is not a literal in a view: written as it is, unescaped. Every use is a place
/// to review (`grep -rn UnsafeHTML Templates`).
public struct UnsafeHTML: Sendable {
    let markup: String
    public init(_ markup: String) { self.markup = markup }
}

/// Lets a view read like the page it writes: literals, `if`, `if let`, `for` and `switch`.
@resultBuilder
public enum Markup {
    public static func buildExpression(_ markup: HTML) -> HTML { markup }

    public static func buildBlock(_ parts: HTML...) -> HTML {
        joined(parts)
    }

    public static func buildArray(_ parts: [HTML]) -> HTML {
        joined(parts)
    }

    public static func buildOptional(_ markup: HTML?) -> HTML { markup ?? HTML() }
    public static func buildEither(first markup: HTML) -> HTML { markup }
    public static func buildEither(second markup: HTML) -> HTML { markup }
    public static func buildLimitedAvailability(_ markup: HTML) -> HTML { markup }

    static func joined(_ parts: [HTML]) -> HTML {
        guard parts.count != 1 else { return parts[0] }
        var result = HTML()
        result.bytes.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count })
        for part in parts { result.bytes.append(contentsOf: part.bytes) }
        return result
    }
}

extension HTML {
    /// Markup built with `Markup`'s statements, for a fragment inside an interpolation.
    public init(@Markup _ build: () -> HTML) {
        self = build()
    }

    /// `attribute="value"` with a leading space, or nothing when there is no value.
    public static func attribute(_ name: StaticString, _ value: String?) -> HTML {
        guard let value else { return HTML() }
        var markup: HTML = " "
        name.withUTF8Buffer { markup.bytes.append(contentsOf: $0) }
        markup.bytes.append(contentsOf: "=\"".utf8)
        escape(value, into: &markup.bytes)
        markup.bytes.append(UInt8(ascii: "\""))
        return markup
    }

    /// A boolean attribute or class fragment: `flag` when `condition` holds, else nothing.
    public static func when(_ condition: Bool, _ markup: HTML) -> HTML {
        condition ? markup : HTML()
    }
}

extension Sequence {
    /// One fragment per element, written one after another.
    public func html(@Markup _ row: (Element) -> HTML) -> HTML {
        Markup.joined(map(row))
    }
}
