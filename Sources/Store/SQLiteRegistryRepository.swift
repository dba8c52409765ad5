import Domain
import Foundation
import GRDB

/// A municipality's schools and districts. Records keep the name (so lists, filters and the
/// dashboard group by it without a join); a rename changes the registry and every record that
/// names the old name in one transaction.
public struct SQLiteRegistryRepository: RegistryRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    public func registry(in municipality: MunicipalityID) async throws -> SchoolRegistry {
        try await db.readAsync { db in try Self.registry(municipality, db) }
    }

    static func registry(_ municipality: MunicipalityID, _ db: Database) throws -> SchoolRegistry {
        let districts = try Row.fetchAll(db, sql: "SELECT id, name FROM school_district WHERE municipality_id = ? ORDER BY name COLLATE NOCASE, id",
                                         arguments: [municipality]).map { District(id: $0["id"], name: $0["name"]) }
        let schools = try Row.fetchAll(db, sql: "SELECT id, name, district_id FROM school WHERE municipality_id = ? ORDER BY name COLLATE NOCASE, id",
                                       arguments: [municipality]).map { School(id: $0["id"], name: $0["name"], districtID: $0["district_id"]) }
        let merges = try Row.fetchAll(db, sql: """
            SELECT kind, merged_from, merged_into, rows FROM registry_merge WHERE municipality_id = ? ORDER BY kind, merged_into, merged_from
            """, arguments: [municipality]).map {
            RegistryMerge(kind: RegistryMerge.Kind(rawValue: $0["kind"]) ?? .school, from: $0["merged_from"], into: $0["merged_into"],
                          rows: $0["rows"])
        }
        return SchoolRegistry(districts: districts, schools: schools, merges: merges)
    }

    public func createDistrict(named name: String, in municipality: MunicipalityID, audit: AuditEntry) async throws -> DistrictID {
        try await db.write { db in
            try DatabaseError.mapUnique(field: "name") {
                try db.execute(sql: "INSERT INTO school_district (municipality_id, name, name_key, created_at) VALUES (?, ?, ?, ?)",
                               arguments: [municipality, name, SchoolRegistry.key(name), audit.at])
            }
            let id = DistrictID(db.lastInsertedRowID)
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    public func renameDistrict(_ id: DistrictID, to name: String, in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            guard let old = try String.fetchOne(db, sql: "SELECT name FROM school_district WHERE id = ? AND municipality_id = ?",
                                                arguments: [id, municipality]) else { throw StoreError.notFound }
            try DatabaseError.mapUnique(field: "name") {
                try db.execute(sql: "UPDATE school_district SET name = ?, name_key = ? WHERE id = ? AND municipality_id = ?",
                               arguments: [name, SchoolRegistry.key(name), id, municipality])
            }
            for (table, column) in RegistryMerging.districtColumns {
                try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE municipality_id = ? AND \(column) = ?",
                               arguments: [name, municipality, old])
            }
            try AuditWriter.insert(audit, db)
        }
    }

    public func createSchool(named name: String, district: DistrictID?, in municipality: MunicipalityID,
                             audit: AuditEntry) async throws -> SchoolID {
        try await db.write { db in
            try Self.requireDistrict(district, municipality, db)
            try DatabaseError.mapUnique(field: "name") {
                try db.execute(sql: "INSERT INTO school (municipality_id, name, name_key, district_id, created_at) VALUES (?, ?, ?, ?, ?)",
                               arguments: [municipality, name, SchoolRegistry.key(name), district, audit.at])
            }
            let id = SchoolID(db.lastInsertedRowID)
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    public func updateSchool(_ id: SchoolID, name: String, district: DistrictID?, in municipality: MunicipalityID,
                             audit: AuditEntry) async throws {
        try await db.write { db in
            guard let old = try String.fetchOne(db, sql: "SELECT name FROM school WHERE id = ? AND municipality_id = ?",
                                                arguments: [id, municipality]) else { throw StoreError.notFound }
            try Self.requireDistrict(district, municipality, db)
            try DatabaseError.mapUnique(field: "name") {
                try db.execute(sql: "UPDATE school SET name = ?, name_key = ?, district_id = ? WHERE id = ? AND municipality_id = ?",
                               arguments: [name, SchoolRegistry.key(name), district, id, municipality])
            }
            try db.execute(sql: "UPDATE child SET school = ? WHERE municipality_id = ? AND school = ?", arguments: [name, municipality, old])
            try AuditWriter.insert(audit, db)
        }
    }

    /// Another municipality's district is no district here.
    static func requireDistrict(_ district: DistrictID?, _ municipality: MunicipalityID, _ db: Database) throws {
        guard let district else { return }
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM school_district WHERE id = ? AND municipality_id = ?)",
                                arguments: [district, municipality]) == true else { throw StoreError.notFound }
    }
}
