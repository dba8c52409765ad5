import Domain
import Foundation
import Mustache

/// All product text, one JSON file per language (`Resources/Texts/da.json`, `en.json`).
/// Templates read it as `{{t.some.key}}`; Swift code through `text(_:_:)`.
public struct TextCatalogue: Sendable {
    let tables: [Language: [String: String]]
    private let prefixes: [Language: Set<String>]

    public init(tables: [Language: [String: String]]) {
        self.tables = tables
        var prefixes: [Language: Set<String>] = [:]
        for (language, table) in tables {
            var set = Set<String>()
            for key in table.keys {
                var parts = key.split(separator: ".")
                while parts.count > 1 {
                    parts.removeLast()
                    set.insert(parts.joined(separator: "."))
                }
            }
            prefixes[language] = set
        }
        self.prefixes = prefixes
    }

    /// Loads the catalogues shipped in the Web module's resources.
    public static func bundled() throws -> TextCatalogue {
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let url = ResourceFiles.url("Texts/\(language.rawValue).json")
            tables[language] = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))
        }
        return TextCatalogue(tables: tables)
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
    static func fill(_ text: String, _ arguments: [String]) -> String {
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

    func node(_ language: Language) -> TextNode {
        TextNode(table: tables[language] ?? [:], prefixes: prefixes[language] ?? [], prefix: "")
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

    public func callAsFunction(_ key: String, _ arguments: String...) -> String {
        catalogue.text(key, language, arguments)
    }

    public func callAsFunction(_ key: String, arguments: [String]) -> String {
        catalogue.text(key, language, arguments)
    }
}

/// `{{t.a.b}}` walks this node by node.
struct TextNode: MustacheParent {
    let table: [String: String]
    let prefixes: Set<String>
    let prefix: String

    func child(named name: String) -> Any? {
        let key = prefix.isEmpty ? name : prefix + "." + name
        let isPrefix = prefixes.contains(key)
        if let text = table[key] {
            // `users.email` is a text and also the start of `users.email.hint`.
            return isPrefix ? TextLeaf(text: text, node: TextNode(table: table, prefixes: prefixes, prefix: key)) : text
        }
        if isPrefix { return TextNode(table: table, prefixes: prefixes, prefix: key) }
        return nil
    }
}

/// A text whose key is also a prefix of longer keys: renders as the text, navigates further.
struct TextLeaf: MustacheParent, MustacheCustomRenderable {
    let text: String
    let node: TextNode

    var renderText: String { text }
    var isNull: Bool { false }

    func child(named name: String) -> Any? { node.child(named: name) }
}
