import Foundation

/// Builds `?a=1&b=2` query strings for links (filters, sorting, paging).
struct QueryString {
    private(set) var items: [(String, String)] = []

    mutating func set(_ name: String, _ value: String?) {
        items.removeAll { $0.0 == name }
        if let value, !value.isEmpty { items.append((name, value)) }
    }

    func with(_ name: String, _ value: String?) -> QueryString {
        var copy = self
        copy.set(name, value)
        return copy
    }

    var string: String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let encoded = items.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
        return encoded.isEmpty ? "" : "?" + encoded.joined(separator: "&")
    }
}
