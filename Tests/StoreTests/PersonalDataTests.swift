import Domain
import GRDB
import Store
import Testing

/// Every column of every table is classified as personal or not, so the access-request export
/// and the anonymisation can never silently miss new personal data.
@Suite struct PersonalDataTests {
    @Test func everyColumnOfEveryTableIsClassified() async throws {
        let db = try AppDatabase.openInMemory()
        let schema = try await db.read { db -> [String: [String]] in
            var schema: [String: [String]] = [:]
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            where !PersonalData.internalTables.contains(table) {
                schema[table] = try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table]).map { $0["name"] }
            }
            return schema
        }
        let classified = Dictionary(uniqueKeysWithValues: PersonalData.tables.map { ($0.name, $0) })
        for (table, columns) in schema {
            let entry = try #require(classified[table], "table \(table) is not classified in PersonalData.tables")
            for column in columns {
                #expect(entry.columns[column] != nil, "\(table).\(column) is not classified as personal or not")
            }
            #expect(Set(entry.columns.keys) == Set(columns), "\(table): classified columns that no longer exist: \(Set(entry.columns.keys).subtracting(columns))")
        }
        #expect(Set(classified.keys) == Set(schema.keys), "classified tables that do not exist: \(Set(classified.keys).subtracting(schema.keys))")
    }

    @Test func childRowSelectorsAreValidSQL() async throws {
        let db = try AppDatabase.openInMemory()
        try await db.read { db in
            for table in PersonalData.tables {
                guard let condition = table.childRows else { continue }
                _ = try Row.fetchAll(db, sql: "SELECT * FROM \(table.name) WHERE \(condition)", arguments: ["child": 1])
            }
        }
    }

    @Test func tablesWithPersonalChildDataSayHowToFindAChildsRows() {
        for table in PersonalData.tables {
            let personal = table.columns.values.contains { rule in
                switch rule {
                case .erase, .replace, .birthYear, .file: true
                default: false
                }
            }
            if personal { #expect(table.childRows != nil, "\(table.name) holds child data but no childRows selector") }
        }
    }
}
