import Demo
import Domain
import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Store
import Testing
@testable import Web

@Suite struct PageConventionsTests {
    @Test func securityHeadersAndCharsetOnEveryResponse() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            for path in ["/login", "/css/app.css", "/nope"] {
                let response = try await browser.get(path)
                #expect(response.headers[.contentSecurityPolicy] == "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin")
            }
            try await browser.login("coordinator@holstebro.demo")
            let page = try await browser.get("/users")
            #expect(page.headers[.cacheControl] == "no-store")
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.text.contains("<meta charset=\"utf-8\">"))
            #expect(page.text.contains("Mette Kjær"))
            #expect(page.text.contains("Brugere – Fritidspas Holstebro – Holstebro Kommune"))
            #expect(page.text.contains("href=\"#main-content\">Gå til sidens indhold"))
            #expect(page.text.contains("Tilgængelighedserklæring"))
            #expect(page.text.contains("fritidspas@holstebro.demo"), "the municipality's support contact is in the footer")
            let css = try await browser.get("/css/app.css")
            #expect(css.status == .ok)
            #expect(css.headers[.cacheControl]?.contains("max-age") == true)
        }
    }

    @Test func serverTimingSplitsDatabaseReadsFromRendering() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            let page = try await browser.get("/children")
            let timing = try #require(page.headers[.serverTiming])
            let parts = Dictionary(uniqueKeysWithValues: timing.split(separator: ",").compactMap { part -> (String, Double)? in
                let pieces = part.split(separator: ";")
                guard pieces.count == 2, let value = Double(pieces[1].dropFirst("dur=".count)) else { return nil }
                return (pieces[0].trimmingCharacters(in: .whitespaces), value)
            })
            #expect(Set(parts.keys) == ["app", "db", "render"], "\(timing)")
            let app = try #require(parts["app"]), db = try #require(parts["db"]), render = try #require(parts["render"])
            #expect(db > 0 && render > 0, "the list reads the database and renders a template: \(timing)")
            #expect(db + render <= app, "both are parts of the request's time: \(timing)")
        }
    }

    @Test func navigationShowsOnlyWhatTheRoleMayUse() async throws {
        let app = try TestApp()
        try await app.test { client in
            var caseworker = Browser(client)
            try await caseworker.login("caseworker@holstebro.demo")
            let page = try await caseworker.get("/")
            #expect(!page.text.contains("href=\"/users\""))
            #expect(!page.text.contains("href=\"/admin/municipalities\""))
            var coordinator = Browser(client)
            coordinator.ip = "192.0.2.33"
            try await coordinator.login("coordinator@holstebro.demo")
            #expect(try await coordinator.get("/").text.contains("href=\"/users\""))
        }
    }

    @Test func friendlyNotFoundAndNoInternalsOnServerErrors() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            let missing = try await browser.get("/no/such/page")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("Siden findes ikke"))
            try await browser.login("coordinator@holstebro.demo")
            try await app.db.write { try $0.execute(sql: "DROP TABLE sign_in_throttle") }
            let broken = try await browser.get("/users")
            #expect(broken.status == .internalServerError)
            #expect(broken.text.contains("Der opstod en fejl"))
            #expect(broken.text.contains("Fejlreference"))
            #expect(!broken.text.contains("sign_in_throttle"))
            #expect(!broken.text.lowercased().contains("sqlite"))
        }
    }

    @Test func wasRedirectsToTheAccessibilityStatement() async throws {
        let app = try TestApp { $0.accessibilityStatementURL = "https://www.was.digst.dk/fritidspas-holstebro" }
        try await app.test { client in
            var browser = Browser(client)
            let response = try await browser.get("/was")
            #expect(response.status == .seeOther)
            #expect(response.location == "https://www.was.digst.dk/fritidspas-holstebro")
        }
    }

    @Test func healthReportsTheDatabaseSettings() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let pool = try AppDatabase.openPool(path: dir.appendingPathComponent("h.sqlite").path)
        var deps = try TestApp().deps
        deps.database = pool
        let app = try await buildApplication(deps)
        try await app.test(.router) { client in
            let ok = try await client.execute(uri: "/healthz", method: .get) { $0 }
            #expect(ok.status == .ok)
            #expect(String(buffer: ok.body).contains("\"journalMode\":\"wal\""))
            #expect(String(buffer: ok.body).contains("\"synchronous\":2"))
            try pool.close()
            let down = try await client.execute(uri: "/healthz", method: .get) { $0 }
            #expect(down.status == .serviceUnavailable)
        }
    }

    @Test func csvIsUTF8WithBOMAndNeutralisesFormulas() {
        var csv = CSV(header: ["Navn", "Note"])
        csv.append(["Søren Æbelø", "=HYPERLINK(\"http://x\")"])
        csv.append(["+45 12345678", "@SUM(A1)"])
        csv.append(["-1", "a;b"])
        let text = csv.text
        #expect(text.hasPrefix("\u{FEFF}Navn;Note\r\n"))
        #expect(text.contains("Søren Æbelø;\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(text.contains("'+45 12345678;'@SUM(A1)"))
        #expect(text.contains("'-1;\"a;b\""))
        let response = csv.response(filename: "børn.csv")
        #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
    }
}

/// Views and texts: one catalogue per language, complete, and no unescaped output.
@Suite struct TemplateAndTextTests {
    static let root = TestApp.root

    static func files(_ folder: String, _ ext: String) -> [URL] {
        let base = root.appendingPathComponent(folder)
        return (FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { $0.pathExtension == ext }
    }

    /// The pages are compiled Swift, nothing is read at run time: no template file may be left
    /// for someone to edit in vain. (Escaping is by type: `viewsWriteRawMarkupOnlyWhereListed`.)
    @Test func pagesAreCompiledViewsOnly() throws {
        #expect(Self.files("Templates", "swift").count >= 100)
        let others = (FileManager.default.enumerator(at: Self.root.appendingPathComponent("Templates"), includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL } ?? []).filter { !$0.hasDirectoryPath && $0.pathExtension != "swift" }
        #expect(others.isEmpty, "\(others.map { $0.lastPathComponent })")
    }

    @Test func bothLanguagesHaveTheSameKeysAndNoEmptyText() throws {
        let catalogue = try TextCatalogue.bundled()
        #expect(catalogue.keys(.da) == catalogue.keys(.en), "\(catalogue.keys(.da).symmetricDifference(catalogue.keys(.en)).sorted())")
        for language in Language.allCases {
            for key in catalogue.keys(language) {
                #expect(!catalogue.text(key, language).trimmingCharacters(in: .whitespaces).isEmpty, "\(key) is empty in \(language)")
            }
        }
        #expect(catalogue.text("layout.accessibility", .da) == "Tilgængelighedserklæring")
    }

    /// Literal catalogue keys in Swift code (`"err.…"`, `"users.…"`) must exist too.
    @Test func everyTextTheCodeUsesExists() throws {
        let keys = try TextCatalogue.bundled().keys(.da)
        let namespaces = Set(keys.compactMap { $0.split(separator: ".").first.map(String.init) })
        let pattern = try Regex(#""([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)""#)
        var checked = 0
        for file in Self.files("Sources/Web", "swift") + Self.files("Sources/Domain", "swift") + Self.files("Templates", "swift") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: pattern) {
                let key = String(text[match.output[1].range!])
                guard let namespace = key.split(separator: ".").first.map(String.init), namespaces.contains(namespace),
                      !key.hasSuffix(".json"), !key.hasSuffix(".css") else { continue }
                checked += 1
                #expect(keys.contains(key), "\(file.lastPathComponent): \"\(key)\" is not in the catalogue")
            }
        }
        #expect(checked > 50)
    }

    /// Compiled views read texts as `t("key")` (or `c.t("key")`): each key a literal that exists in
    /// both languages, so a misspelt key fails here instead of showing the key to a user.
    @Test func everyTextAViewUsesIsALiteralKeyThatExists() throws {
        let catalogue = try TextCatalogue.bundled()
        let literal = try Regex(#"\bt\("([^"\\]+)""#)
        let anyCall = try Regex(#"\bt\("#)
        var checked = 0
        for file in Self.files("Templates", "swift") {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.matches(of: anyCall).count == text.matches(of: literal).count,
                    "\(file.lastPathComponent) looks a text up by a key that is not a literal")
            for match in text.matches(of: literal) {
                let key = String(text[match.output[1].range!])
                checked += 1
                #expect(catalogue.keys(.da).contains(key) && catalogue.keys(.en).contains(key),
                        "\(file.lastPathComponent): t(\"\(key)\") is not in both catalogues")
            }
        }
        #expect(checked > 20)
    }

    /// Views write unescaped markup only through `UnsafeHTML`, and only where listed here.
    @Test func viewsWriteRawMarkupOnlyWhereListed() throws {
        let allowed: Set<String> = ["HTML.swift"]
        for file in Self.files("Templates", "swift") where !allowed.contains(file.lastPathComponent) {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(!text.contains("UnsafeHTML("), "\(file.lastPathComponent) writes raw markup")
        }
    }
}
