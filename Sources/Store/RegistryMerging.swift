import Domain
import Foundation
import GRDB

/// Builds the school and district registries from the names already typed into records, one
/// entry per name as `SchoolRegistry.key` compares them, and sets every record to the kept
/// spelling. Run by migration 015 (and by tests on a database from before it).
public enum RegistryMerging {
    /// Where district names are written, and the column holding them.
    static let districtColumns = [("child", "school_district"), ("association", "district"), ("activity", "district"),
                                  ("district_estimate", "district")]

    public static func run(_ db: Database, at now: Date) throws {
        for municipality in try Int64.fetchAll(db, sql: "SELECT id FROM municipality ORDER BY id") {
            let districts = try merge(.district, columns: districtColumns, municipality, db, at: now)
            let schools = try merge(.school, columns: [("child", "school")], municipality, db, at: now)
            // A school's district: the one most of its children have.
            for id in schools.values {
                let district = try String.fetchOne(db, sql: """
                    SELECT school_district FROM child WHERE municipality_id = ? AND school_district <> '' AND school = (
                      SELECT name FROM school WHERE id = ?) GROUP BY school_district ORDER BY COUNT(*) DESC, school_district LIMIT 1
                    """, arguments: [municipality, id])
                if let district, let districtID = districts[SchoolRegistry.key(district)] {
                    try db.execute(sql: "UPDATE school SET district_id = ? WHERE id = ?", arguments: [districtID, id])
                }
            }
        }
    }

    /// One registry entry per compared name; returns the entries' ids by key.
    private static func merge(_ kind: RegistryMerge.Kind, columns: [(String, String)], _ municipality: Int64, _ db: Database,
                              at now: Date) throws -> [String: Int64] {
        var uses: [String: Int] = [:]
        for (table, column) in columns {
            for row in try Row.fetchAll(db, sql: """
                SELECT \(column) AS name, COUNT(*) AS n FROM \(table) WHERE municipality_id = ? AND trim(\(column)) <> '' GROUP BY \(column)
                """, arguments: [municipality]) {
                uses[row["name"], default: 0] += row["n"]
            }
        }
        let groups = Dictionary(grouping: uses.map { (name: $0.key, uses: $0.value) }, by: { SchoolRegistry.key($0.name) })
        let table = kind == .school ? "school" : "school_district"
        var ids: [String: Int64] = [:]
        for (key, spellings) in groups.sorted(by: { $0.key < $1.key }) {
            guard let kept = SchoolRegistry.preferred(spellings) else { continue }
            try db.execute(sql: "INSERT INTO \(table) (municipality_id, name, name_key, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [municipality, kept, key, now])
            ids[key] = db.lastInsertedRowID
            for spelling in spellings where spelling.name != kept {
                for (table, column) in columns {
                    // Two estimates for spellings of one district: the kept spelling's row stays.
                    let update = table == "district_estimate" ? "UPDATE OR IGNORE" : "UPDATE"
                    try db.execute(sql: "\(update) \(table) SET \(column) = ? WHERE municipality_id = ? AND \(column) = ?",
                                   arguments: [kept, municipality, spelling.name])
                    if table == "district_estimate" {
                        try db.execute(sql: "DELETE FROM district_estimate WHERE municipality_id = ? AND district = ?",
                                       arguments: [municipality, spelling.name])
                    }
                }
                try db.execute(sql: """
                    INSERT INTO registry_merge (municipality_id, kind, merged_from, merged_into, rows, merged_at) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [municipality, kind.rawValue, spelling.name, kept, spelling.uses, now])
            }
        }
        return ids
    }
}
