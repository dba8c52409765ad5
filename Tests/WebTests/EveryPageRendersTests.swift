import Foundation
import Synchronization
import Testing
@testable import Web

/// Every page each role can open, read as a reader would: a whole page in the user's language
/// with one heading, and no text shown as its catalogue key (the compiler checks a view's fields,
/// but a key is a string: a misspelt one would show itself).
@Suite struct EveryPageRendersTests {
    /// Catalogue namespaces (`children`, `grant`, …): a word such as `children.list.heading` in the
    /// visible text of a page is a key that was never looked up.
    static let namespaces: Set<String> = {
        let keys = (try? TextCatalogue.bundled().keys(.da)) ?? []
        return Set(keys.compactMap { $0.split(separator: ".").first.map(String.init) })
    }()

    /// The text a reader sees: tags, scripts and styles removed.
    static func visibleText(_ html: String) -> String {
        html.replacingOccurrences(of: "<(script|style)[^>]*>.*?</\\1>", with: " ", options: [.regularExpression, .caseInsensitive])
            .replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    }

    static let keyPattern = try! NSRegularExpression(pattern: #"(?<![\w@/.-])([a-z][A-Za-z0-9]*)(?:\.[A-Za-z][A-Za-z0-9]*)+(?![\w@/-])"#)

    static func keysShown(_ html: String) -> [String] {
        let text = visibleText(html)
        return keyPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            let word = String(text[Range(match.range, in: text)!])
            return namespaces.contains(String(text[Range(match.range(at: 1), in: text)!])) ? word : nil
        }
    }

    @Test func aMissingKeyWouldBeFound() {
        #expect(Self.keysShown("<p>children.list.heading</p>") == ["children.list.heading"])
        #expect(Self.keysShown("<p>Skriv til kontakt@holstebro.dk eller se fritidspas.dk</p>").isEmpty)
    }

    @Test(arguments: 0..<AccessMatrixTests.actors.count)
    func everyPageIsWholeWithOneHeadingAndNoKeyShown(_ index: Int) async throws {
        let actor = AccessMatrixTests.actors[index]
        let app = try TestApp()
        let samples = try await AccessMatrixTests.Samples(app)
        let paths = Route.allCases.filter { $0.method == .get && AccessPolicy.allows(actor.role, $0) && $0 != .health }
            .map { samples.path($0) }
            + ["/children?page=2", "/children?sort=age&dir=desc", "/children?q=zzz-nobody", "/no-such-page", "/children/999999",
               "/login?reason=expired", "/login?reason=ssoRefused"]
        let pages = Mutex(0)
        try await app.test { client in
            var browser = Browser(client)
            if let email = actor.email { try #require(try await browser.login(email).status == .seeOther) }
            for path in paths {
                let response = try await browser.get(path)
                let who = "\(path) as \(actor.role?.rawValue ?? "anonymous")"
                #expect(response.status.code < 500, "\(who): \(response.status)")
                guard response.headers[.contentType]?.hasPrefix("text/html") == true else { continue }
                let html = response.text
                pages.withLock { $0 += 1 }
                #expect(html.lowercased().hasPrefix("<!doctype html>") && html.contains("<html lang=\"da\"")
                        && html.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</html>"), "\(who) is not a whole page")
                #expect(html.components(separatedBy: "<h1").count - 1 == 1, "\(who) has not exactly one h1")
                #expect(Self.keysShown(html).isEmpty, "\(who) shows text keys: \(Self.keysShown(html))")
            }
        }
        #expect(pages.withLock { $0 } > 0)
    }
}
