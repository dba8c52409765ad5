import Demo
import Domain
import Foundation
import Testing
@testable import Web

/// No input, however malformed, yields a 500: every route, by every role that may use it, with
/// every field name the forms use, all set to the same awkward value (a form for POST, the query
/// string for GET).
@Suite struct MalformedInputTests {
    /// The fields some form somewhere sends: every `name="…"` in the views, every field the
    /// controllers build (`field("…"`) or report an error on (`errors.add("…"`).
    static let fieldNames: [String] = {
        var names = Set<String>()
        func scan(_ directory: String, _ ext: String, _ patterns: [String]) {
            let root = TestApp.root.appendingPathComponent(directory)
            let expressions = patterns.map { try! NSRegularExpression(pattern: $0) }
            for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! where url.pathExtension == ext {
                let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
                for expression in expressions {
                    for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                        names.insert(String(text[Range(match.range(at: 1), in: text)!]))
                    }
                }
            }
        }
        scan("Templates", "swift", [#"name=\\?"([A-Za-z_][A-Za-z0-9_\[\]]*)\\?""#])
        scan("Sources/Web", "swift", [#"field\("([A-Za-z_][A-Za-z0-9_]*)""#, #"errors\.add\("([A-Za-z_][A-Za-z0-9_]*)""#])
        names.remove("csrf_token")
        return names.sorted()
    }()

    static let values = [
        " ", "-1", "0", "99999999999999999999999", "1e308", "2026-02-30", "31.02.2026", "0000-00-00", "NaN",
        "<script>alert(1)</script>", "'; DROP TABLE child; --", String(repeating: "æø", count: 3000), "\u{0}", "%00", "١٢٣",
    ]

    @Test(arguments: ["coordinator@holstebro.demo", "caseworker@holstebro.demo", "volunteer@holstebro.demo",
                      "association@holstebro.demo", DemoData.adminEmail])
    func noFormAnswersWithAServerError(_ email: String) async throws {
        #expect(Self.fieldNames.count > 40, "the templates' field names were found")
        let app = try TestApp()
        let samples = try await AccessMatrixTests.Samples(app)
        let role = try #require(DemoData.logins.first { $0.email == email }?.role)
        let routes = Route.allCases.filter { $0 != .logout && $0 != .login && $0 != .health && AccessPolicy.allows(role, $0) }
        try await app.test { client in
            var browser = Browser(client)
            try #require(try await browser.login(email).status == .seeOther)
            for value in Self.values {
                // A long value in every query parameter only tests the query parser again.
                for route in routes where route.method == .post || value.count < 100 {
                    let path = samples.path(route)
                    let fields = Self.fieldNames.map { ($0, value) }
                    let response = route.method == .post ? try await browser.post(path, fields)
                        : try await browser.get(path + "?" + Browser.encode(fields))
                    #expect(response.status.code < 500, "\(route) \(path) as \(role.rawValue) with \(value.prefix(20)): \(response.status)")
                }
            }
        }
    }
}
