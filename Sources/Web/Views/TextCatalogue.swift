import Domain
import Foundation

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
}
