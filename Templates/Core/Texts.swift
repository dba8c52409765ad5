import Domain

/// All product text, one JSON file per language (`Resources/Texts/da.json`, `en.json`).
/// Views and view-model builders read it through `Texts`, bound to the request's language.
public struct TextCatalogue: Sendable {
    package let tables: [Language: [String: String]]

    public init(tables: [Language: [String: String]]) {
        self.tables = tables
    }

    public func keys(_ language: Language) -> Set<String> {
        Set(tables[language]?.keys ?? [:].keys)
    }

    /// The text for `key`, with `{0}`, `{1}` … replaced by `arguments`. A missing key shows
    /// as itself, which the catalogue tests catch.
    public func text(_ key: String, _ language: Language, _ arguments: [String] = []) -> String {
        let text = tables[language]?[key] ?? tables[.da]?[key] ?? key
        guard !arguments.isEmpty, text.contains("{") else { return text }
        return Self.fill(text, arguments)
    }

    /// Replaces `{0}`, `{1}` … in one pass (Foundation's `replacingOccurrences` per argument was a
    /// measurable part of rendering a list). A placeholder without an argument stays as it is.
    public static func fill(_ text: String, _ arguments: [String]) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let index = Int(rest[afterOpen..<close]),
               arguments.indices.contains(index), rest[afterOpen..<close].allSatisfy(\.isASCII) {
                result += arguments[index]
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    /// A bound lookup for one language, handy in view-model builders.
    public func bind(_ language: Language) -> Texts {
        Texts(catalogue: self, language: language)
    }
}

/// The catalogue bound to the request's language.
public struct Texts: Sendable {
    public let catalogue: TextCatalogue
    public let language: Language

    public init(catalogue: TextCatalogue, language: Language) {
        self.catalogue = catalogue
        self.language = language
    }

    public func callAsFunction(_ key: String, _ arguments: String...) -> String {
        catalogue.text(key, language, arguments)
    }

    public func callAsFunction(_ key: String, arguments: [String]) -> String {
        catalogue.text(key, language, arguments)
    }
}

