import Demo
import Domain
import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Web

/// A store's refusal reaches the user as a page saying what happened, never as a 500: the error
/// page answers every `StoreError` once and audits every not-found, and the handlers that can do
/// better (back to the row with a note of what changed) still do.
@Suite struct StoreErrorPagesTests {
    /// The application's own router and middleware, with routes whose handlers let each refusal
    /// through, as a handler (or a middleware) without a catch of its own would.
    static func withRefusingRoutes(_ app: TestApp, _ body: @escaping @Sendable (Browser) async throws -> Void) async throws {
        let (router, _) = try await buildRouter(app.deps)
        let refusals: [String: StoreError] = ["conflict": .conflict, "duplicate": .duplicate(field: "name"),
                                              "rule": .ruleNoLongerHolds, "missing": .notFound]
        router.post("/test/refusals/:kind") { _, context -> Response in
            throw refusals[context.parameters.get("kind") ?? ""] ?? StoreError.notFound
        }
        router.get("/test/refusals/missing") { _, _ -> Response in throw StoreError.notFound }
        try await Application(router: router).test(.router) { client in
            try await body(Browser(AppTestClient(base: client, db: app.db, clock: app.clock)))
        }
    }

    @Test func aRefusalNoHandlerCatchesIsA409SayingWhatHappened() async throws {
        let app = try TestApp()
        try await Self.withRefusingRoutes(app) { browser in
            var browser = browser
            try await browser.login("coordinator@holstebro.demo")
            let expected = [
                ("conflict", "Nogen har ændret det imens", "Nogen har ændret dette imens, så det, du sendte, er ikke gemt."),
                ("duplicate", "Det findes allerede", "er allerede registreret og må kun findes én gang"),
                ("rule", "Forudsætningerne er ændret", "fx er et samtykke trukket tilbage"),
            ]
            for (kind, heading, message) in expected {
                let page = try await browser.post("/test/refusals/\(kind)")
                #expect(page.status == .conflict, "\(kind)")
                #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(page.text.contains("<h1>\(heading)</h1>") && page.text.contains(message), "\(kind)")
                #expect(!page.text.contains("Fejlreference") && !page.text.contains("Der opstod en fejl"), "\(kind) is no fault of ours")
            }
            let missing = try await browser.post("/test/refusals/missing")
            #expect(missing.status == .notFound && missing.text.contains("Siden findes ikke"))
        }
    }

    /// A not-found thrown outside the route table (a middleware, a handler not registered through
    /// it) is audited like one from a route: the error page records it, not each caller.
    @Test func aNotFoundFromOutsideTheRouteTableIsAuditedAsARefusedAccess() async throws {
        let app = try TestApp()
        let coordinator = try await app.userID("coordinator@holstebro.demo")
        let refused = """
            SELECT COUNT(*) FROM audit_event WHERE action = 'access' AND outcome = 'denied' AND entity_type = 'route'
              AND entity_id = '/test/refusals/missing' AND detail = 'outside the user''s data: GET /test/refusals/missing'
            """
        try await Self.withRefusingRoutes(app) { browser in
            var anonymous = browser
            #expect(try await anonymous.get("/test/refusals/missing").status == .notFound)
            #expect(try await app.count(refused) == 0, "nobody to name: not recorded")
            var signedIn = browser
            try await signedIn.login("coordinator@holstebro.demo")
            let page = try await signedIn.get("/test/refusals/missing")
            #expect(page.status == .notFound && page.text.contains("Siden findes ikke"))
        }
        #expect(try await app.count(refused + " AND user_id = ? AND municipality_id = 1", [coordinator]) == 1)
    }

    /// The caseworker form's handler does not look the child up first: the store finds no such
    /// child in the user's municipality, and that alone is a 404 filed under the child in both
    /// municipalities' logs.
    @Test func aRowTheStoreCannotFindIsA404FiledUnderTheRowInBothLogs() async throws {
        let app = try TestApp()
        let child = try await app.db.read { try Int64.fetchOne($0, sql: "SELECT id FROM child WHERE municipality_id = 2 ORDER BY id LIMIT 1")! }
        let coordinator = try await app.userID("coordinator@holstebro.demo")
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            let page = try await browser.post("/children/\(child)/caseworker", [("caseworker", "")])
            #expect(page.status == .notFound && page.text.contains("Siden findes ikke"))
        }
        let rows = try await app.db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT municipality_id, detail FROM audit_event WHERE user_id = ? AND action = 'access' AND outcome = 'denied'
                  AND entity_type = 'child' AND entity_id = ? ORDER BY municipality_id
                """, arguments: [coordinator, String(child)])
        }
        #expect(rows.map { $0["municipality_id"] as Int64 } == [1, 2])
        #expect(rows.first?["detail"] == "outside the user's data: POST /children/\(child)/caseworker")
        #expect(rows.last?["detail"] == "from another municipality: outside the user's data: POST /children/\(child)/caseworker")
        #expect(try await app.count("SELECT COUNT(*) FROM child WHERE id = ? AND caseworker_id IS NOT NULL AND municipality_id = 1",
                                    [child]) == 0)
    }

    /// Two sessions start the assessment of the same referral at once: one starts it, the other
    /// is sent back to the child with a note that someone else changed it — no 500, one move.
    @Test func startingTheSameAssessmentTwiceAtOnceMovesItOnceAndTellsTheOther() async throws {
        let app = try TestApp()
        let (referral, child) = try await app.db.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT id, child_id FROM referral WHERE municipality_id = 1 AND status = 'submitted' ORDER BY id LIMIT 1")!
            return (row["id"] as Int64, row["child_id"] as Int64)
        }
        try await app.test { client in
            var first = Browser(client)
            try await first.login("coordinator@holstebro.demo")
            try await first.get("/children/\(child)")
            var second = Browser(client)
            second.ip = "192.0.2.11"
            try await second.login("coordinator@holstebro.demo")
            try await second.get("/children/\(child)")
            async let a = { var b = first; return (try await b.post("/referrals/\(referral)/assessment"), b) }()
            async let b = { var b = second; return (try await b.post("/referrals/\(referral)/assessment"), b) }()
            var notes: [String] = []
            for (response, browser) in [try await a, try await b] {
                #expect(response.status == .seeOther && response.location == "/children/\(child)#referrals")
                var browser = browser
                let page = try await browser.get("/children/\(child)")
                #expect(page.status == .ok)
                notes += ["Vurderingen er startet.", "Indstillingen var allerede ændret af en anden."].filter { page.text.contains($0) }
            }
            #expect(notes.sorted() == ["Indstillingen var allerede ændret af en anden.", "Vurderingen er startet."])
        }
        #expect(try await app.count("SELECT COUNT(*) FROM referral_event WHERE referral_id = ? AND to_status = 'assessment'", [referral]) == 1)
    }
}
