/// Formats of contact data. Deliberately permissive where people really differ (names), strict
/// where a typo makes the data useless (e-mail, phone).
public enum Contact {
    public static func normalisedEmail(_ value: String?) -> String {
        Text.trimmed(value).lowercased()
    }

    public static func isValidEmail(_ email: String) -> Bool {
        guard email.count <= 254, !email.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," || $0 == ";" }) else { return false }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64 else { return false }
        let domain = parts[1]
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }),
              let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { return false }
        return true
    }

    /// A Danish number (8 digits, optionally +45/0045) or an international one (+ and 7–15 digits).
    /// Spaces and dashes between digits are allowed.
    public static func isValidPhone(_ phone: String) -> Bool {
        let compact = phone.filter { $0 != " " && $0 != "-" }
        if compact.hasPrefix("+") {
            let digits = compact.dropFirst()
            return (7...15).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit)
        }
        if compact.hasPrefix("0045") {
            let digits = compact.dropFirst(4)
            return digits.count == 8 && digits.allSatisfy(\.isASCIIDigit)
        }
        return compact.count == 8 && compact.allSatisfy(\.isASCIIDigit)
    }
}

extension Character {
    public var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
