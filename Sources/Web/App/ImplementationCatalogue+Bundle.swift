import Domain
import Foundation

extension ImplementationCatalogue {
    /// The catalogue shipped in the Web module's resources. The server refuses to start if it
    /// cannot be read or its content is incomplete (a missing language, source or key).
    static func bundled() throws -> ImplementationCatalogue {
        let catalogue = try decode(from: Data(contentsOf: ResourceFiles.url("implementation-catalogue.json")))
        let problems = catalogue.problems()
        guard problems.isEmpty else { throw CatalogueError.invalid(problems) }
        return catalogue
    }
}

enum CatalogueError: Error, CustomStringConvertible {
    case invalid([String])

    var description: String {
        switch self {
        case .invalid(let problems): "implementation-catalogue.json: " + problems.joined(separator: "; ")
        }
    }
}
