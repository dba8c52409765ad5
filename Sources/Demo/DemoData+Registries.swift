import Domain
import Foundation
import GRDB
import Store

/// The registries of schools and districts, built as the registries' migration builds them:
/// from the names already in the records. Holstebro registered children before the school was
/// chosen from a list, and a few were typed differently; the registry page shows them joined.
extension DemoData {
    static let legacySpellings: [(slug: String, column: String, typed: String, proper: String)] = [
        ("holstebro", "school", "Tvis skole", "Tvis Skole"),
        ("holstebro", "school", "tvis  skole", "Tvis Skole"),
        ("holstebro", "school", "Nørrelandsskolen ", "Nørrelandsskolen"),
        ("holstebro", "school_district", "tvis", "Tvis"),
    ]

    static func seedRegistries(_ demo: inout DemoContext) throws {
        for spelling in legacySpellings {
            guard let municipality = demo.municipalities[spelling.slug] else { continue }
            // The most recently registered child of the school got the other spelling.
            try demo.db.execute(sql: """
                UPDATE child SET \(spelling.column) = ? WHERE id = (
                  SELECT id FROM child WHERE municipality_id = ? AND \(spelling.column) = ? ORDER BY created_at DESC, id DESC LIMIT 1)
                """, arguments: [spelling.typed, municipality, spelling.proper])
        }
        try RegistryMerging.run(demo.db, at: demo.clock.now)
    }
}
