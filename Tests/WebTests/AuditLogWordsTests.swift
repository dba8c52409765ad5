import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Store
import Testing
@testable import Web

/// The audit log speaks the product's language: every action, entity, outcome and known detail
/// has catalogue text in both languages, and the page shows names, not codes.
@Suite struct AuditLogWordsTests {
    static let sources = TestApp.root.appendingPathComponent("Sources")

    /// What the Swift sources say in a pattern's first group, by file name.
    static func matches(_ pattern: String) throws -> [(file: String, match: String)] {
        var found: [(String, String)] = []
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in ServedForm.matches(pattern, in: text) { found.append((url.lastPathComponent, match[1])) }
        }
        return found
    }

    @Test func everyActionEntityOutcomeAndDetailHasTextInBothLanguages() throws {
        let texts = try TextCatalogue.bundled()
        var keys = AuditEntry.Action.allCases.map { "audit.action.\($0.rawValue)" }
        keys += ["allowed", "denied"].map { "audit.outcome.\($0)" }
        keys += AuditEntity.allCases.map { "audit.entity.\($0.rawValue)" }
        keys += AuditLogController.detailCodes.map { "audit.detail.\($0.code)" }
        for language in Language.allCases {
            let present = texts.keys(language)
            for key in keys { #expect(present.contains(key), "\(key) has no \(language.rawValue) text") }
        }
    }

    /// The audit calls take an `AuditEntity`, so the compiler checks them; what it cannot check
    /// is an entity type spelt inside SQL, or an entry built from text outside the log's reader.
    @Test func entityTypesSpeltInSQLAreAuditEntities() throws {
        let inSQL = try Self.matches(#"entity_type\s*(?:=|IN\s*\()\s*'([a-z_]+)'"#)
        #expect(inSQL.count >= 4, "the scan finds the queries")
        for (file, type) in inSQL {
            #expect(AuditEntity(rawValue: type) != nil, "\(file): '\(type)' is no AuditEntity")
        }
        let stored = try Self.matches(#"(storedEntityType):"#).map(\.file)
        #expect(Set(stored) == ["AuditEntry.swift", "SQLiteAuditLog.swift"], "only the log's reader builds an entry from stored text")
    }

    @Test func detailsAreSaidInWords() throws {
        let t = try TextCatalogue.bundled().bind(.da)
        #expect(AuditLogController.detail("guide course 12", t) == "Vejleder · Forløb nr. 12")
        #expect(AuditLogController.detail("child 5, fee 85000", t, childNames: ["5": "Aya Haddad"]) == "Barn: Aya Haddad, Kontingent · 85000")
        #expect(AuditLogController.detail("child 7", t) == "Barn nr. 7")
        #expect(AuditLogController.detail("outside the user's data: GET /children/34", t) == "Uden for brugerens data: GET /children/34")
        #expect(AuditLogController.detail("from another municipality: outside the user's data: POST /children/3/caseworker", t)
                == "Forsøg fra en anden kommune: Uden for brugerens data: POST /children/3/caseworker")
        #expect(AuditLogController.detail("anonymised on request: Forældrene har bedt om det", t)
                == "Anonymiseret efter ønske fra familien: Forældrene har bedt om det", "a reason stays as written")
        #expect(AuditLogController.detail("q=aya status=active", t) == "q=aya status=active", "a search criterion too")
    }

    @Test func theLogShowsNamesAndWordsAndFiltersByChildName() async throws {
        let app = try TestApp()
        let (child, name) = try await app.db.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT id, first_name, last_name FROM child c WHERE municipality_id = 1 AND anonymised_at IS NULL
                  AND (SELECT COUNT(*) FROM child d WHERE instr(d.search_name, c.search_name) > 0 AND d.municipality_id = 1) = 1
                ORDER BY id LIMIT 1
                """)!
            return (row["id"] as Int64, "\(row["first_name"] as String) \(row["last_name"] as String)")
        }
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            try await coordinator.get("/children/\(child)")
            var svendborg = Browser(client)
            svendborg.ip = "192.0.2.41"
            try await svendborg.login("coordinator@svendborg.demo")
            try await svendborg.get("/children/\(child)")

            let log = try await coordinator.get("/audit")
            #expect(log.status == .ok)
            for code in ["audit.", "childShow", "not found in the user's data", "route ", ">view<", ">Så<", "child \(child)"] {
                #expect(!log.text.contains(code), "no raw code \(code)")
            }
            #expect(log.text.contains("Åbnede") && log.text.contains("Barn: \(name)"))
            #expect(log.text.contains("<td>Loggede ind"))

            let byName = try await coordinator.get("/audit?childName=\(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
            #expect(byName.text.contains("Barn: \(name)"))
            #expect(!byName.text.contains("<td>Loggede ind"), "only the child's entries")
            #expect(byName.text.contains("Forsøg fra en anden kommune"), "with the attempt from Svendborg")

            let many = try await coordinator.get("/audit?childName=an")
            #expect(many.text.contains("Flere børn passer på navnet"))
            let none = try await coordinator.get("/audit?childName=Zzyzx")
            #expect(none.text.contains("Der er intet barn med det navn"))

            let denied = try await coordinator.get("/audit?outcome=denied&action=access")
            #expect(denied.text.contains("Sofie Lund") && !denied.text.contains("<td>Loggede ind"))
            let mine = try await coordinator.get("/audit?user=\(try await app.userID("coordinator@holstebro.demo"))&action=view")
            #expect(mine.text.contains("Barn: \(name)") && !mine.text.contains("Sofie Lund"))
        }
    }
}
