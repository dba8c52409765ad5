import Foundation
import Testing
@testable import Web

/// One word for one thing: the catalogue uses the glossary's words, never the retired ones, and
/// no style breaks a word in the middle.
@Suite struct GlossaryTests {
    struct Glossary: Decodable {
        struct Retired: Decodable {
            let pattern: String
            let why: String
            let except: [String]?
        }

        struct Term: Decodable {
            let concept: String
            let da: String
            let en: String
            let retired: [Retired]
        }

        let terms: [Term]
    }

    static let texts = TestApp.root.appendingPathComponent("Sources/Web/Resources/Texts")

    @Test func theCatalogueUsesNoRetiredWord() throws {
        let glossary = try JSONDecoder().decode(Glossary.self, from: Data(contentsOf: Self.texts.appendingPathComponent("glossary.json")))
        let danish = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: Self.texts.appendingPathComponent("da.json")))
        #expect(glossary.terms.count >= 6)
        var checked = 0
        for term in glossary.terms {
            #expect(!term.da.isEmpty && !term.en.isEmpty, "\(term.concept) has words in both languages")
            for retired in term.retired {
                let regex = try NSRegularExpression(pattern: retired.pattern, options: [.caseInsensitive])
                let exceptions = try (retired.except ?? []).map { try NSRegularExpression(pattern: $0) }
                for (key, value) in danish.sorted(by: { $0.key < $1.key }) {
                    let keyRange = NSRange(key.startIndex..., in: key)
                    if exceptions.contains(where: { $0.firstMatch(in: key, range: keyRange) != nil }) { continue }
                    checked += 1
                    let hit = regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value))
                    #expect(hit == nil, "\(key): \"\(value)\" uses a retired word for \(term.concept) (\(retired.why)); say \"\(term.da)\"")
                }
            }
        }
        #expect(checked > 10_000, "every rule ran over the whole catalogue")
    }

    @Test func theGlossaryRetiresWhatThePenetrationTestFound() throws {
        let glossary = try JSONDecoder().decode(Glossary.self, from: Data(contentsOf: Self.texts.appendingPathComponent("glossary.json")))
        let patterns = glossary.terms.flatMap(\.retired)
        for sample in ["søgt", "anmodet", "ansøgt", "uddelt", "udstedt", "indløst", "Bunke", "Indstillinger for overblikket", "1 gange"] {
            #expect(try patterns.contains { try NSRegularExpression(pattern: $0.pattern, options: [.caseInsensitive])
                .firstMatch(in: sample, range: NSRange(sample.startIndex..., in: sample)) != nil }, "\(sample) is retired")
        }
    }

    /// Chromium has no Danish hyphenation, so `overflow-wrap: anywhere` broke values like
    /// "Almindeli g" in narrow columns; `break-word` breaks only a word wider than its line. Only
    /// headings (a word wider than a phone must break somewhere) and code may break anywhere.
    @Test func noValueOrCellBreaksWordsInTheMiddle() throws {
        for file in ["app.css", "print.css"] {
            let css = try String(contentsOf: TestApp.root.appendingPathComponent("Public/css/\(file)"), encoding: .utf8)
            let rules = ServedForm.matches(#"([^{}]+)\{([^}]*)\}"#, in: css)
            for rule in rules where rule[2].contains("overflow-wrap: anywhere") || rule[2].contains("word-break: break-all") {
                let selectors = rule[1].components(separatedBy: "*/").last!.split(separator: ",")
                    .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                #expect(selectors.allSatisfy { ["h1", "h2", "h3", "h4", "code"].contains($0) }, "\(file): \(selectors) break words mid-word")
            }
        }
    }
}
