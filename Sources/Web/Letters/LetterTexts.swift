import Domain
import Foundation

/// The words of the letters to families, one JSON file per language in `Resources/Letters`
/// (`da.json`, `en.json`, …). A new language is a new file: the decision form and the child's
/// letter-language choice offer every file found. Danish is the fallback for a missing text.
struct LetterTexts: Sendable {
    let tables: [String: [String: String]]

    static func bundled() throws -> LetterTexts {
        let directory = ResourceFiles.url("Letters")
        var tables: [String: [String: String]] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasSuffix(".json") {
            let code = String(file.dropLast(5))
            tables[code] = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: directory.appendingPathComponent(file)))
        }
        guard tables["da"] != nil else { throw LetterTextsMissing() }
        return LetterTexts(tables: tables)
    }

    struct LetterTextsMissing: Error {}

    /// Danish first, then the others by code.
    var languages: [String] { ["da"] + tables.keys.filter { $0 != "da" }.sorted() }

    func language(_ code: String?) -> String {
        code.flatMap { tables[$0] == nil ? nil : $0 } ?? "da"
    }

    /// The language's own name, e.g. "Dansk", "English".
    func name(of code: String) -> String { tables[code]?["letter.language.name"] ?? code }

    func text(_ key: String, _ language: String, _ arguments: String...) -> String {
        let text = tables[language]?[key] ?? tables["da"]?[key] ?? key
        return TextCatalogue.fill(text, arguments)
    }
}
