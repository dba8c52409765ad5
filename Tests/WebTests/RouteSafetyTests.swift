import Domain
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Web

/// A route that changes state must be an action: posted, with the form's CSRF token. These
/// tests check it by behaviour, not by reading `Route.declaration` back: every page is opened
/// by every role that may open it and must leave the data as it was; every action posted
/// without its token must be refused and change nothing; no action answers a GET. Each check
/// is also run on a deliberately wrong declaration, to prove it would catch the mistake.
@Suite struct RouteSafetyTests {
    /// Tables a page may write to, and why: opening a page is audited and keeps the session alive.
    static let writtenByReading: Set<String> = ["audit_event", "app_session"]

    static let actors = AccessMatrixTests.actors

    /// Every table's rows, but for those a page may write to.
    static func fingerprint(_ db: any DatabaseReader) async throws -> [String: String] {
        try await db.read { db in
            var result: [String: String] = [:]
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                """)
            for table in tables where !writtenByReading.contains(table) {
                result[table] = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map { "\($0)" }.sorted().joined(separator: "\n")
            }
            return result
        }
    }

    static func changed(_ before: [String: String], _ after: [String: String]) -> [String] {
        Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }

    /// Opens each page and returns those after which the data differs, with the tables changed.
    static func pagesThatChangeState(_ browser: inout Browser, _ pages: [(label: String, path: String)],
                                     db: any DatabaseReader) async throws -> [String] {
        var found: [String] = []
        for page in pages {
            let before = try await fingerprint(db)
            try await browser.get(page.path)
            let tables = changed(before, try await fingerprint(db))
            if !tables.isEmpty { found.append("\(page.label) GET \(page.path) changed \(tables.joined(separator: ", "))") }
        }
        return found
    }

    @Test(arguments: 0..<actors.count)
    func noPageChangesStateForAnyRole(_ index: Int) async throws {
        let actor = Self.actors[index]
        let app = try TestApp()
        let samples = try await AccessMatrixTests.Samples(app)
        let pages = Route.allCases.filter { $0.method == .get && AccessPolicy.allows(actor.role, $0) }
            .map { (label: $0.rawValue, path: samples.path($0)) }
        #expect(pages.count > (actor.role == nil ? 5 : 10), "the walk reaches the role's pages")
        try await app.test { client in
            var browser = Browser(client)
            if let email = actor.email { try #require(try await browser.login(email).status == .seeOther) }
            let found = try await Self.pagesThatChangeState(&browser, pages, db: app.db)
            #expect(found.isEmpty, "pages that change state as \(actor.role?.rawValue ?? "anonymous"):\n\(found.joined(separator: "\n"))")
        }
    }

    @Test(arguments: 0..<actors.count)
    func everyActionPostedWithoutItsTokenIsRefusedAndChangesNothing(_ index: Int) async throws {
        let actor = Self.actors[index]
        let app = try TestApp()
        let samples = try await AccessMatrixTests.Samples(app)
        let actions = Route.allCases.filter { $0.method == .post && AccessPolicy.allows(actor.role, $0) }
        #expect(!actions.isEmpty)
        try await app.test { client in
            var browser = Browser(client)
            if let email = actor.email { try #require(try await browser.login(email).status == .seeOther) } else { try await browser.get("/login") }
            for route in actions {
                let before = try await Self.fingerprint(app.db)
                let response = try await browser.post(samples.path(route), [("name", "X"), ("amount", "100")], csrf: .some(nil))
                #expect(response.status == .forbidden, "\(route) without a token as \(actor.role?.rawValue ?? "anonymous"): \(response.status)")
                let tables = Self.changed(before, try await Self.fingerprint(app.db))
                #expect(tables.isEmpty, "\(route) without a token changed \(tables)")
            }
        }
    }

    @Test func noActionAnswersAGet() async throws {
        let app = try TestApp()
        let samples = try await AccessMatrixTests.Samples(app)
        let pagePatterns = Set(Route.allCases.filter { $0.method == .get }.map(\.path.pattern))
        // Where a page and an action share a path (a form and its post), the GET is the page.
        let actionsOnly = Route.allCases.filter { $0.method == .post && !pagePatterns.contains($0.path.pattern) }
        #expect(actionsOnly.count > 40)
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            for route in actionsOnly {
                let response = try await browser.get(samples.path(route))
                #expect([.notFound, .methodNotAllowed].contains(response.status), "GET \(route): \(response.status)")
            }
        }
    }

    @Test func aStateChangingRouteDeclaredAsAPageIsCaught() async throws {
        let app = try TestApp()
        let (router, routes) = try await buildRouter(app.deps)
        // The mistake the old method table allowed: an action that fell through to GET.
        routes.add(.get(RoutePath("/seeded-mistake/budget"), .manageMoney), named: "seededMistake") { _, _ in
            try await app.db.write { try $0.execute(sql: "UPDATE funding_source SET name = name || ' (ændret)'") }
            return Response(status: .seeOther, headers: [.location: "/funding-sources"])
        }
        try await Application(router: router).test(.router) { client in
            var browser = Browser(AppTestClient(base: client, db: app.db, clock: app.clock))
            try #require(try await browser.login("coordinator@holstebro.demo").status == .seeOther)
            let found = try await Self.pagesThatChangeState(&browser, [("seededMistake", "/seeded-mistake/budget")], db: app.db)
            #expect(found == ["seededMistake GET /seeded-mistake/budget changed funding_source"])
        }
    }

    @Test func aDeclarationIsOneLineThatSaysMethodPathAndCapability() {
        // Every route's declaration agrees with what the router registers and the policy checks.
        for route in Route.allCases {
            let declaration = route.declaration
            #expect(declaration.method == .get || declaration.method == .post, "\(route)")
            #expect(AccessPolicy.access(for: route) == AccessPolicy.access(for: declaration.capability))
        }
        // Two routes may share a path only as a page and its form's post.
        let byKey = Dictionary(grouping: Route.allCases) { "\($0.method) \($0.path.pattern)" }
        #expect(byKey.values.allSatisfy { $0.count == 1 }, "\(byKey.values.filter { $0.count > 1 })")
    }
}
