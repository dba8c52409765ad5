import Demo
import Domain
import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Web

/// A full disk in process: the free-space check, and SQLite's own "disk full" (a database that
/// may not grow). The tmpfs test in Tests/Operations does the same with a real file system.
@Suite struct StoreFullTests {
    @Test func belowTheFreeSpaceMarginEveryPageSaysItCannotSave() async throws {
        let app = try TestApp()
        var deps = app.deps
        deps.storeHealth = StoreHealth(minimumFreeBytes: 8 << 20) { 1 << 20 }
        try await buildApplication(deps).test(.router) { client in
            var browser = Browser(client)
            for (path, label) in [("/login", "the sign-in page"), ("/", "the start page")] {
                let page = try await browser.get(path)
                #expect(page.status == .serviceUnavailable, "\(label)")
                #expect(page.text.contains("Fritidspas kan ikke gemme lige nu") && page.text.contains("Til driften"), "\(label)")
                #expect(page.headers[.retryAfter] == "60")
            }
            let signIn = try await browser.post("/login", [("email", "coordinator@holstebro.demo"), ("password", DemoData.password)])
            #expect(signIn.status == .serviceUnavailable)
            let health = try await browser.get("/healthz")
            #expect(health.status == .serviceUnavailable && health.text.contains("\"writable\":false"))
            #expect(try await browser.get("/css/app.css").status == .ok, "the page keeps its style")
        }
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE action = 'sign_in'") == 0, "nothing was attempted")
    }

    @Test func sqliteSayingTheDiskIsFullIsA503NotA500AndPassesWhenThereIsRoom() async throws {
        let app = try TestApp()
        let child = try await app.db.read { try Int64.fetchOne($0, sql: "SELECT id FROM child WHERE municipality_id = 1 ORDER BY id LIMIT 1")! }
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            #expect(try await coordinator.get("/children/\(child)").status == .ok)
            // The database may not grow, and its free pages are used up: every write fails with SQLITE_FULL.
            try await app.db.writeWithoutTransaction { db in
                try db.execute(sql: "CREATE TABLE filler (x BLOB)")
                let pages = try Int.fetchOne(db, sql: "PRAGMA page_count")!
                try db.execute(sql: "PRAGMA max_page_count = \(pages + 1)")
                do {
                    while true { try db.execute(sql: "INSERT INTO filler VALUES (zeroblob(512))") }
                } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {}
            }
            // A row may still fit on a half-full page; soon one does not.
            var statuses: [HTTPResponse.Status] = []
            var refused: TestResponse?
            for _ in 0..<200 where refused == nil {
                let page = try await coordinator.get("/children/\(child)")
                statuses.append(page.status)
                if page.status == .serviceUnavailable { refused = page }
            }
            let page = try #require(refused, "the read must be audited, and at last the audit row cannot be written: \(statuses.suffix(3))")
            #expect(!statuses.contains(.internalServerError))
            #expect(page.text.contains("Fritidspas kan ikke gemme lige nu"))
            #expect(!page.text.contains("Fejlreference"), "not the generic error page")
            #expect(try await coordinator.get("/children/\(child)").status == .serviceUnavailable, "and it stays refused for a moment")
            try await app.db.writeWithoutTransaction { db in
                try db.execute(sql: "DROP TABLE filler")
                try db.execute(sql: "PRAGMA max_page_count = 1073741823")
            }
            try await Task.sleep(for: .milliseconds(1100))
            #expect(try await coordinator.get("/children/\(child)").status == .ok, "room again: the page opens")
        }
    }
}
