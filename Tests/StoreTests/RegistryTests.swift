import Domain
import Foundation
import GRDB
import Store
import Testing

/// Schools and districts as registries: the migration that builds them from what was typed,
/// and the repository the coordinator keeps them with.
@Suite struct RegistryTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// A database from before the registries, with children typed by hand.
    func legacyDatabase() throws -> DatabaseQueue {
        let db = try DatabaseQueue()
        try AppDatabase.migrator.migrate(db, upTo: "011-dashboard-indexes")
        try db.write { db in
            for slug in ["holstebro", "svendborg"] {
                try db.execute(sql: "INSERT INTO municipality (slug, name, scheme_name, created_at) VALUES (?, ?, 'F', ?)", arguments: [slug, slug, now])
            }
            func child(_ m: Int, _ school: String, _ district: String) throws {
                try db.execute(sql: """
                    INSERT INTO child (municipality_id, first_name, last_name, search_name, birth_date, gender, school, school_district,
                      created_at, updated_at) VALUES (?, 'A', 'B', 'a b', '2015-01-01', 'girl', ?, ?, ?, ?)
                    """, arguments: [m, school, district, now, now])
            }
            try child(1, "Tvis Skole", "Tvis")
            try child(1, "Tvis Skole", "Tvis")
            try child(1, "Tvis skole", "tvis")
            try child(1, " tvis  skole ", "Tvis")
            try child(1, "Nørrelandsskolen", "Nord")
            try child(1, "", "")
            try child(2, "Thurø Skole", "Thurø")
            try db.execute(sql: """
                INSERT INTO association (municipality_id, name, cvr, district, is_active, created_at) VALUES (1, 'Tvis Boldklub', '29189919', 'TVIS ', 1, ?)
                """, arguments: [now])
            try db.execute(sql: "INSERT INTO district_estimate (municipality_id, district, target_children) VALUES (1, 'tvis', 40), (1, 'Tvis', 30)")
        }
        return db
    }

    @Test func theMigrationJoinsSpellingsThatDifferOnlyInCaseAndSpaces() async throws {
        let db = try legacyDatabase()
        try AppDatabase.migrator.migrate(db)
        let repos = Repositories.sqlite(db, erasures: MemoryErasureLedger())
        let holstebro = try await repos.registries.registry(in: MunicipalityID(1))
        #expect(holstebro.schoolNames == ["Nørrelandsskolen", "Tvis Skole"], "one Tvis Skole, spelt as most records spelt it")
        #expect(holstebro.districtNames == ["Nord", "Tvis"])
        #expect(holstebro.schools.first { $0.name == "Tvis Skole" }.flatMap(holstebro.district(of:))?.name == "Tvis")
        #expect(Set(holstebro.merges.map { "\($0.kind.rawValue):\($0.from)→\($0.into)×\($0.rows)" })
                == ["school:Tvis skole→Tvis Skole×1", "school: tvis  skole →Tvis Skole×1", "district:tvis→Tvis×2", "district:TVIS →Tvis×1"])
        let children = try await db.read { try String.fetchAll($0, sql: "SELECT DISTINCT school FROM child WHERE municipality_id = 1 ORDER BY school") }
        #expect(children == ["", "Nørrelandsskolen", "Tvis Skole"], "every record now names the kept spelling")
        #expect(try await db.read { try String.fetchOne($0, sql: "SELECT district FROM association") } == "Tvis")
        #expect(try await repos.dashboard.districtEstimates(in: MunicipalityID(1)) == ["Tvis": 30], "the kept spelling's estimate stays")
        let svendborg = try await repos.registries.registry(in: MunicipalityID(2))
        #expect(svendborg.schoolNames == ["Thurø Skole"] && svendborg.merges.isEmpty, "each municipality has its own registry")
        let today = LocalDate(iso: "2026-12-01")!
        let figures = try await repos.dashboard.intake(in: MunicipalityID(1), period: .halfYear(containing: today), today: today)
        #expect(figures.reach.map(\.district) == ["Tvis"], "one district row, not Tvis and tvis")
    }

    @Test func theCoordinatorAddsAndRenamesAndRecordsFollow() async throws {
        let db = try legacyDatabase()
        try AppDatabase.migrator.migrate(db)
        let repos = Repositories.sqlite(db, erasures: MemoryErasureLedger())
        let m = MunicipalityID(1)
        let audit = AuditEntry(at: now, userID: nil, role: .coordinator, municipalityID: m, action: .create, entity: .school, ip: nil)
        let mejrup = try await repos.registries.createDistrict(named: "Mejrup", in: m, audit: audit)
        await #expect(throws: StoreError.duplicate(field: "name")) {
            _ = try await repos.registries.createDistrict(named: "mejrup", in: m, audit: audit)
        }
        _ = try await repos.registries.createDistrict(named: "Mejrup", in: MunicipalityID(2), audit: audit)
        let school = try await repos.registries.createSchool(named: "Mejrup Skole", district: mejrup, in: m, audit: audit)
        await #expect(throws: StoreError.notFound) {
            _ = try await repos.registries.createSchool(named: "Anden Skole", district: mejrup, in: MunicipalityID(2), audit: audit)
        }
        let tvis = try #require(try await repos.registries.registry(in: m).districts.first { $0.name == "Tvis" })
        try await repos.registries.renameDistrict(tvis.id, to: "Tvis By", in: m, audit: audit)
        #expect(try await db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM child WHERE school_district = 'Tvis By'") } == 4)
        #expect(try await repos.dashboard.districtEstimates(in: m) == ["Tvis By": 30])
        let tvisSchool = try #require(try await repos.registries.registry(in: m).schools.first { $0.name == "Tvis Skole" })
        try await repos.registries.updateSchool(tvisSchool.id, name: "Tvis Friskole", district: tvis.id, in: m, audit: audit)
        #expect(try await db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM child WHERE school = 'Tvis Friskole'") } == 4)
        await #expect(throws: StoreError.notFound) {
            try await repos.registries.updateSchool(school, name: "X", district: nil, in: MunicipalityID(2), audit: audit)
        }
        #expect(try await db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'school'") } == 5,
                "each change that was saved, with its audit row")
    }
}
