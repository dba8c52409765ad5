import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Testing
@testable import Web

@Suite struct PrivacyTests {
    static func demoChild(_ app: TestApp) async throws -> (id: Int64, lastName: String, phone: String) {
        try await app.db.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT c.id, c.last_name, g.phone FROM child c JOIN guardian g ON g.child_id = c.id
                JOIN pass p ON p.child_id = c.id WHERE c.municipality_id = 1 ORDER BY c.id LIMIT 1
                """)!
            return (row["id"], row["last_name"], row["phone"])
        }
    }

    @Test func theAuditLogIsForCoordinatorsAndOpeningItIsLogged() async throws {
        let app = try TestApp()
        let child = try await Self.demoChild(app)
        try await app.test { client in
            var caseworker = Browser(client)
            caseworker.ip = "192.0.2.31"
            try await caseworker.login("caseworker@holstebro.demo")
            _ = try await caseworker.get("/children/\(child.id)")
            #expect(try await caseworker.get("/audit").status == .forbidden)
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            _ = try await coordinator.get("/children/\(child.id)")
            let log = try await coordinator.get("/audit?child=\(child.id)&action=view")
            #expect(log.status == .ok)
            #expect(log.text.contains("Mette Kjær"))
            #expect(log.text.contains("href=\"/children/\(child.id)\""))
            let bad = try await coordinator.get("/audit?from=31.02.2026&user=abc&page=x")
            #expect(bad.status == .ok, "bad filters never fail the page")
            // Who opened the record is on the child's page for coordinators only.
            let page = try await coordinator.get("/children/\(child.id)")
            #expect(page.text.contains("Hvem har åbnet oplysningerne"))
            #expect(page.text.contains("Mette Kjær (Koordinator)"))
            var svendborg = Browser(client)
            svendborg.ip = "192.0.2.32"
            try await svendborg.login("coordinator@svendborg.demo")
            let other = try await svendborg.get("/audit?child=\(child.id)")
            #expect(!other.text.contains("Mette Kjær"), "another municipality's log is invisible")
        }
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'audit_log' AND action = 'view'") >= 3)
    }

    @Test func anAccessRequestIsAnsweredWithEverythingAboutTheChild() async throws {
        let app = try TestApp()
        let child = try await Self.demoChild(app)
        let today = app.clock.clock.today
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let invalid = try await coordinator.post("/children/\(child.id)/access-requests", [("requestedBy", ""), ("receivedOn", "i morgen")])
            #expect(invalid.status == .unprocessableContent)
            let created = try await coordinator.post("/children/\(child.id)/access-requests", [
                ("requestedBy", "Barnets mor"), ("receivedOn", today.adding(days: -40).iso)])
            let location = try #require(created.location)
            let show = try await coordinator.get(location)
            #expect(show.text.contains("Svarfristen er overskredet"), "40 days ago: more than a month")
            let list = try await coordinator.get("/access-requests")
            #expect(list.text.contains("Fristen er overskredet"))
            let document = try await coordinator.get(location + "/document")
            #expect(document.status == .ok)
            #expect(document.text.contains(child.lastName))
            #expect(document.text.contains(child.phone))
            #expect(document.text.contains("Hvem har brugt oplysningerne"))
            #expect(document.text.contains("Medarbejdernes navne er udeladt"))
            #expect(!document.text.contains("Mette Kjær,"), "staff names left out of the log summary by default")
            let withStaff = try await coordinator.get(location + "/document?staffNames=1")
            #expect(withStaff.text.contains("Mette Kjær"))
            let json = try await coordinator.get(location + "/export.json")
            #expect(json.headers[.contentType] == "application/json; charset=utf-8")
            let object = try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any]
            let tables = try #require(object?["tables"] as? [String: Any])
            #expect(Set(tables.keys).isSuperset(of: ["child", "guardian", "consent", "referral", "referral_event", "pass", "access_request"]))
            #expect(json.text.contains(child.phone))
            #expect(try await coordinator.post(location + "/answered").status == .seeOther)
            #expect(try await coordinator.get(location).text.contains("Besvaret"))
        }
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE action = 'export' AND detail LIKE 'access request%'") == 3)
    }

    /// The club's portal shows the child, so the family's access request names the club.
    @Test func anAccessRequestNamesTheClubThatSawTheChild() async throws {
        let app = try TestApp()
        let portal = try await PortalFixture(app)
        let clubName = try await app.db.read { try String.fetchOne($0, sql: "SELECT name FROM association WHERE id = ?", arguments: [portal.association])! }
        try await app.test { client in
            var club = Browser(client)
            try await club.login("association@holstebro.demo")
            #expect(try await club.get("/portal").status == .ok)
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let created = try await coordinator.post("/children/\(portal.childID)/access-requests", [
                ("requestedBy", "Barnets far"), ("receivedOn", app.clock.clock.today.iso)])
            let location = try #require(created.location)
            let document = try await coordinator.get(location + "/document")
            #expect(document.text.contains("Foreningsportalens liste over foreningens børn i ordningen"))
            #expect(document.text.contains("Foreningskontakt, \(clubName.replacingOccurrences(of: "&", with: "&amp;"))"), "the club is named as the organisation")
            let json = try await coordinator.get(location + "/export.json")
            let object = try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any]
            let log = try #require(object?["access_log"] as? [[String: Any]])
            #expect(log.contains { $0["subject"] as? String == "association" && $0["organisation"] as? String == clubName })
        }
    }

    @Test func aCoordinatorAnonymisesAChildAfterConfirming() async throws {
        let app = try TestApp()
        let child = try await Self.demoChild(app)
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let form = try await coordinator.get("/children/\(child.id)/anonymisation")
            #expect(form.text.contains("Dette kan ikke fortrydes"))
            #expect(form.text.contains("button-danger"))
            let unconfirmed = try await coordinator.post("/children/\(child.id)/anonymisation", [("reason", "Forældrene har bedt om sletning")])
            #expect(unconfirmed.status == .unprocessableContent)
            #expect(unconfirmed.text.contains("Forældrene har bedt om sletning"), "the reason is kept")
            let done = try await coordinator.post("/children/\(child.id)/anonymisation",
                                                  [("reason", "Forældrene har bedt om sletning"), ("confirm", "yes")])
            #expect(done.status == .seeOther)
            let page = try await coordinator.get("/children/\(child.id)")
            #expect(page.text.contains("Barnet blev anonymiseret"))
            #expect(!page.text.contains(child.lastName))
            #expect(!page.text.contains(child.phone))
            #expect(!(try await coordinator.get("/children?q=\(child.lastName)").text.contains("/children/\(child.id)\"")))
        }
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE action = 'delete' AND entity_id = ? AND detail LIKE '%bedt om sletning%'",
                                    [String(child.id)]) == 1)
        #expect(try app.erasures.records().map(\.childID.rawValue) == [child.id], "recorded outside the database, for restores")
    }

    @Test func theRecordOfProcessingIsGeneratedFromTheClassificationAndPolicy() async throws {
        let app = try TestApp()
        try await app.test { client in
            var admin = Browser(client)
            try await admin.login(DemoData.adminEmail)
            let page = try await admin.get("/privacy/records")
            #expect(page.status == .ok)
            #expect(page.text.contains("Fortegnelse over behandling af personoplysninger"))
            #expect(page.text.contains("Forældre og værger"))
            #expect(page.text.contains("Koordinator, Sagsbehandler"), "who sees children comes from the access policy")
            #expect(page.text.contains("Koordinator, Sagsbehandler, Frivillig"), "a volunteer sees the courses they guide")
            #expect(page.text.contains("Koordinator, Sagsbehandler, Foreningskontakt"), "a club sees its children's enrolments and grants")
            #expect(page.text.contains("5 år efter barnets sidste aktivitet"))
            #expect(!page.text.contains("href=\"/audit\""), "admins see no municipality's log")
        }
    }

    @Test func unusualAccessIsFlaggedToTheCoordinator() async throws {
        let app = try TestApp()
        let caseworker = try await app.userID("caseworker@holstebro.demo")
        let now = app.clock.now
        try await app.db.write { db in
            // A usual day: 2 records a day for two weeks; today 60.
            for day in 1...14 {
                for child in 1...2 {
                    try db.execute(sql: "INSERT INTO audit_event (at, user_id, role, municipality_id, action, entity_type, entity_id, outcome) VALUES (?, ?, 'caseworker', 1, 'view', 'child', ?, 'allowed')",
                                   arguments: [now.addingTimeInterval(-Double(day) * 86400), caseworker, String(child)])
                }
            }
            for child in 1...60 {
                try db.execute(sql: "INSERT INTO audit_event (at, user_id, role, municipality_id, action, entity_type, entity_id, outcome) VALUES (?, ?, 'caseworker', 1, 'view', 'child', ?, 'allowed')",
                               arguments: [now.addingTimeInterval(-60), caseworker, String(child)])
            }
        }
        let hits = try await app.repos.audit.unusualAccess(in: MunicipalityID(1), on: app.clock.clock.today)
        #expect(hits.count == 1 && hits[0].count == 60 && hits[0].usualPerDay == 2)
        #expect(UnusualAccess.isUnusual(count: 11, median: 2))
        #expect(!UnusualAccess.isUnusual(count: 10, median: 2))
        #expect(UnusualAccess.isUnusual(count: 51, median: 20))
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let home = try await coordinator.get("/")
            #expect(home.text.contains("Lars Nørgaard åbnede 60 børns oplysninger"))
        }
    }
}
