import Domain
import Foundation
import Mustache

extension TextCatalogue {
    /// Loads the catalogues shipped in the Web module's resources.
    public static func bundled() throws -> TextCatalogue {
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let url = ResourceFiles.url("Texts/\(language.rawValue).json")
            tables[language] = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))
        }
        return TextCatalogue(tables: tables)
    }

    func node(_ language: Language) -> TextNode {
        TextNode(table: tables[language] ?? [:], prefixes: prefixes[language] ?? [], prefix: "")
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
