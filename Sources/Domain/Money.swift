/// An amount of Danish kroner as whole øre. Never floating point: 0,1 + 0,2 must be 0,30.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let ore: Int64

    public init(ore: Int64) {
        self.ore = ore
    }

    public init(kroner: Int64) {
        self.ore = kroner * 100
    }

    public static let zero = Money(ore: 0)
    /// The largest amount the forms accept: 100 million kroner.
    public static let maximum = Money(kroner: 100_000_000)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(ore: lhs.ore + rhs.ore) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(ore: lhs.ore - rhs.ore) }
    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.ore < rhs.ore }

    public var isNegative: Bool { ore < 0 }
    public var isPositive: Bool { ore > 0 }

    /// How it reads on screen: `1.234,50 kr.` (`-300,00 kr.` below zero).
    public var display: String { plain + " kr." }

    /// Without the currency, as a form field shows it: `1.234,50`.
    public var plain: String {
        let magnitude = ore.magnitude
        let cents = magnitude % 100
        return (ore < 0 ? "-" : "") + Self.grouped(magnitude / 100) + "," + (cents < 10 ? "0" : "") + String(cents)
    }

    /// Rounded to whole kroner (half away from zero), for key figures: `1.235 kr.`.
    public var displayKroner: String {
        let kroner = (ore.magnitude + 50) / 100
        return (ore < 0 && kroner > 0 ? "-" : "") + Self.grouped(kroner) + " kr."
    }

    /// `1234567` as `1.234.567`.
    static func grouped(_ number: UInt64) -> String {
        let digits = String(number)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return grouped
    }

    /// For finance files: no thousands separator, decimal comma: `1234,50`.
    public var export: String {
        let magnitude = ore.magnitude
        let cents = magnitude % 100
        return (ore < 0 ? "-" : "") + String(magnitude / 100) + "," + (cents < 10 ? "0" : "") + String(cents)
    }

    public var description: String { display }

    public static func sum<S: Sequence>(_ amounts: S) -> Money where S.Element == Money {
        amounts.reduce(.zero, +)
    }

    public enum ParseError: Error, Sendable, Equatable {
        case empty, invalid, negative, tooLarge
    }

    /// Reads an amount as Danish people type it: `1.234,50`, `1234,5`, `1234`, `1 234 kr.`.
    /// A dot groups thousands and a comma starts the øre; more than two decimals are rounded to
    /// the nearest øre (half up). Negative amounts are refused.
    public static func parse(_ raw: String?) -> Result<Money, ParseError> {
        var text = Text.trimmed(raw).lowercased()
        if text.isEmpty { return .failure(.empty) }
        for suffix in ["kr.", "kr", "dkk"] where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count))
            break
        }
        text = text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        if text.hasPrefix("-") || text.hasPrefix("\u{2212}") { return .failure(.negative) }
        if text.hasPrefix("+") { text.removeFirst() }
        if text.isEmpty { return .failure(.invalid) }

        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .failure(.invalid) }
        let integerText = String(parts[0])
        let decimals = parts.count == 2 ? String(parts[1]) : ""
        if parts.count == 2 && (decimals.isEmpty || !decimals.allSatisfy(\.isASCIIDigit)) { return .failure(.invalid) }

        // Thousands separators must group by three: `1.234.567`, never `12.5`.
        let groups = integerText.split(separator: ".", omittingEmptySubsequences: false)
        if integerText.isEmpty && decimals.isEmpty { return .failure(.invalid) }
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return .failure(.invalid) }
        }
        let digits = groups.joined()
        guard digits.allSatisfy(\.isASCIIDigit) else { return .failure(.invalid) }
        let significant = digits.drop { $0 == "0" }
        if significant.count > 12 { return .failure(.tooLarge) }
        let kroner = Int64(digits.isEmpty ? "0" : digits) ?? 0

        var cents: Int64 = 0
        let padded = Array(decimals) + ["0", "0"]
        cents = Int64(String(padded[0...1]))!
        if decimals.count > 2, let next = padded[2].wholeNumberValue, next >= 5 { cents += 1 }
        let total = kroner * 100 + cents
        if total > maximum.ore { return .failure(.tooLarge) }
        return .success(Money(ore: total))
    }
}

/// Reads an amount field of a form into a `Money`, recording what went wrong against the field.
public enum MoneyField {
    /// A required amount above zero. `missing` is the message for an empty field.
    public static func required(_ raw: String?, field: String, missing: String, errors: inout ValidationErrors) -> Money? {
        switch Money.parse(raw) {
        case .success(let money) where money.isPositive: return money
        case .success: errors.add(field, "err.money.zero")
        case .failure(.empty): errors.add(field, missing)
        case .failure(.negative): errors.add(field, "err.money.negative")
        case .failure(.tooLarge): errors.add(field, "err.money.tooLarge")
        case .failure(.invalid): errors.add(field, "err.money.invalid")
        }
        return nil
    }

    /// An amount that may be zero (caps, budgets).
    public static func zeroOrMore(_ raw: String?, field: String, missing: String, errors: inout ValidationErrors) -> Money? {
        switch Money.parse(raw) {
        case .success(let money): return money
        case .failure(.empty): errors.add(field, missing)
        case .failure(.negative): errors.add(field, "err.money.negative")
        case .failure(.tooLarge): errors.add(field, "err.money.tooLarge")
        case .failure(.invalid): errors.add(field, "err.money.invalid")
        }
        return nil
    }
}

/// Danish company numbers (CVR): eight digits, not starting with 0, passing the modulus-11
/// check with the weights 2 7 6 5 4 3 2 1.
public enum CVR {
    static let weights = [2, 7, 6, 5, 4, 3, 2, 1]

    /// Digits only: spaces, dashes and a leading `DK` are dropped (`DK 29 40 34 73` → `29403473`).
    public static func normalised(_ raw: String?) -> String {
        var text = Text.trimmed(raw).uppercased()
        if text.hasPrefix("DK") { text.removeFirst(2) }
        return text.filter { $0 != " " && $0 != "-" }
    }

    public static func isValid(_ cvr: String) -> Bool {
        let digits = cvr.compactMap(\.wholeNumberValue)
        guard cvr.count == 8, digits.count == 8, cvr.allSatisfy(\.isASCIIDigit), digits[0] != 0 else { return false }
        return zip(digits, weights).map(*).reduce(0, +) % 11 == 0
    }
}
