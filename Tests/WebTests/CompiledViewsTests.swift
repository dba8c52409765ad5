import Foundation
import Synchronization
import Testing
@testable import Web

/// While pages move from Mustache to compiled Swift, both engines must write the same page from
/// the same view model: every page each role can open, in two apps over the same demo data,
/// one rendering with Mustache and one with compiled views.
@Suite struct CompiledViewsTests {
    /// Pages differ only in random values (form tokens, pass codes, a new authenticator's secret)
    /// and in whitespace between tags.
    static func normalized(_ html: String) -> String {
        var html = html
        for name in ["csrf_token", "submission_key"] {
            html = html.replacingOccurrences(of: "name=\"\(name)\" value=\"[^\"]*\"", with: "name=\"\(name)\" value=\"…\"",
                                             options: .regularExpression)
        }
        // Multipart forms carry the token in their address; a new authenticator's secret is random.
        html = html.replacingOccurrences(of: "csrf_token=[^\"&]*", with: "csrf_token=…", options: .regularExpression)
        html = html.replacingOccurrences(of: "<path d=\"[^\"]*\"", with: "<path d=\"…\"", options: .regularExpression)
        html = html.replacingOccurrences(of: "id=\"authenticator-secret\">[^<]*<", with: "id=\"authenticator-secret\">…<", options: .regularExpression)
        html = html.replacingOccurrences(of: "name=\"enrolment\" value=\"[^\"]*\"", with: "name=\"enrolment\" value=\"…\"", options: .regularExpression)
        // Pass codes are random too.
        html = html.replacingOccurrences(of: "\\b[0-9A-F]{4}-?[0-9A-F]{4}\\b", with: "PASS-CODE", options: .regularExpression)
        html = html.replacingOccurrences(of: ">\\s+", with: ">", options: .regularExpression)
        html = html.replacingOccurrences(of: "\\s+<", with: "<", options: .regularExpression)
        return html.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    /// The first place two pages part, with some context, for a readable failure.
    static func difference(_ a: String, _ b: String) -> String? {
        guard a != b else { return nil }
        let a = Array(a), b = Array(b)
        var index = 0
        while index < min(a.count, b.count), a[index] == b[index] { index += 1 }
        let from = max(0, index - 120)
        return "mustache: …\(String(a[from..<min(a.count, index + 160)]))…\ncompiled: …\(String(b[from..<min(b.count, index + 160)]))…"
    }

    @Test(arguments: 0..<AccessMatrixTests.actors.count)
    func everyPageIsTheSameInBothEngines(_ index: Int) async throws {
        let actor = AccessMatrixTests.actors[index]
        let mustache = try TestApp { $0.viewEngine = .mustache }
        let compiled = try TestApp()
        // Samples adds rows of its own (a letter, say): the same to both apps.
        _ = try await AccessMatrixTests.Samples(mustache)
        let samples = try await AccessMatrixTests.Samples(compiled)
        let paths = Route.allCases.filter { $0.method == .get && AccessPolicy.allows(actor.role, $0) && $0 != .health }
            .map { samples.path($0) } 
            + ["/children?page=2", "/children?sort=age&dir=desc", "/children?q=zzz-nobody", "/no-such-page", "/children/999999",
               "/login?reason=expired", "/login?reason=ssoRefused"]
        let pages = Mutex<[String: String]>([:])
        try await mustache.test { client in
            var browser = Browser(client)
            if let email = actor.email { try #require(try await browser.login(email).status == .seeOther) }
            for path in paths {
                let page = Self.normalized(try await browser.get(path).text)
                pages.withLock { $0[path] = page }
            }
        }
        let expected = pages.withLock { $0 }
        let compared = Mutex(0)
        try await compiled.test { client in
            var browser = Browser(client)
            if let email = actor.email { try #require(try await browser.login(email).status == .seeOther) }
            for path in paths {
                let page = Self.normalized(try await browser.get(path).text)
                if let difference = Self.difference(expected[path] ?? "", page) {
                    Issue.record("\(path) as \(actor.role?.rawValue ?? "anonymous") differs:\n\(difference)")
                }
                compared.withLock { $0 += 1 }
            }
        }
        #expect(compared.withLock { $0 } == paths.count)
    }
}
