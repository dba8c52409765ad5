import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Testing
@testable import Web

/// Reads every page that publishes figures as a reader would — the dashboard, the status report,
/// its CSV and the admin's overview — and tries to work a hidden count out: from the sums a
/// reader knows (departments, schools and months add up to the referrals; clubs and kinds of
/// activity to the children in activities), from a share shown beside a hidden count, from a
/// change shown beside a hidden period, from a cost per child or an average over hidden children.
/// The data: the demo municipalities and `AdminOverviewData`'s Lemvig and Skive, whose small
/// numbers need hiding beyond "< 5".
@Suite struct PublishedFiguresPagesTests {
    let lastHalf = "?from=2026-07-01&to=2026-12-31"

    /// Signs in as a coordinator of `slug` (Lemvig and Skive get one here).
    func coordinator(_ app: TestApp, _ client: any TestClientProtocol, _ slug: String) async throws -> Browser {
        if !["holstebro", "svendborg"].contains(slug) {
            try await app.db.write { db in
                try db.execute(sql: """
                    INSERT OR IGNORE INTO app_user (municipality_id, role, email, name, password_hash, created_at)
                    SELECT m.id, 'coordinator', ?, 'Koordinator', u.password_hash, u.created_at FROM municipality m, app_user u
                    WHERE m.slug = ? AND u.email = 'coordinator@holstebro.demo'
                    """, arguments: ["coordinator@\(slug).test", slug])
            }
        }
        var browser = Browser(client)
        try await browser.login(["holstebro", "svendborg"].contains(slug) ? "coordinator@\(slug).demo" : "coordinator@\(slug).test")
        return browser
    }

    static let municipalities = ["holstebro", "svendborg", "lemvig", "skive"]
    static let periods = ["?from=2026-07-01&to=2026-12-31", "?from=2026-01-01&to=2026-06-30", ""]

    @Test func noHiddenCountCanBeWorkedOutFromTheDashboard() async throws {
        let app = try TestApp()
        try await AdminOverviewData.load(into: app.db)
        try await app.test { client in
            var hiddenSeen = 0
            for slug in Self.municipalities {
                var browser = try await coordinator(app, client, slug)
                for period in Self.periods {
                    let html = try await browser.get("/dashboard" + period).text
                    let page = ReadPage(html: html)
                    var attack = Attack()
                    let label = "\(slug) \(period)"
                    let funnel = page.table("Børn indstillet i perioden – hvor langt de er nået")
                    let departments = page.table("Hvem indstiller?")
                    let schools = page.table("Indstillinger pr. skole")
                    let months = page.table("Indstillinger pr. måned")
                    let kpis = page.keyFigures()
                    let referrals = try #require(kpis["Indstillinger modtaget"], "\(label): the key figure")
                    for column in 0..<2 {
                        let total = attack.cell("referrals\(column)", column == 0 ? referrals.value : referrals.previous)
                        attack.sum(total, departments.map { attack.cell("department \($0.label) \(column)", $0.values[column]) })
                        if !schools.isEmpty {
                            attack.sum(total, schools.map { attack.cell("school \($0.label) \(column)", $0.values[column]) })
                        }
                        if column == 0 { attack.sum(total, months.map { attack.cell("month \($0.label)", $0.values[0]) }) }
                        for stage in funnel { _ = attack.cell("cohort \(stage.label) \(column)", stage.values[column]) }
                    }
                    for (table, total) in [("Børn pr. forening", "Børn i en aktivitet i alt"), ("Børn pr. aktivitetstype", "Børn i en aktivitet i alt")] {
                        let rows = page.table(table)
                        guard let all = rows.first(where: { $0.label == total }) else { continue }
                        for column in 0..<2 {
                            attack.sum(attack.cell("children in activities \(column)", all.values[column]),
                                       rows.filter { $0.label != total }.map { attack.cell("\(table) \($0.label) \(column)", $0.values[column]) })
                        }
                    }
                    #expect(attack.pinned().isEmpty, "\(label): \(attack.pinned())")
                    hiddenSeen += attack.hiddenCount
                    // A change beside a hidden period, a share beside a hidden count.
                    for (name, figure) in kpis where figure.value.isHidden || figure.previous.isHidden {
                        #expect(!figure.compare.contains("%") || name.hasPrefix("Dage"), "\(label): \(name) shows a change: \(figure.compare)")
                    }
                    for row in page.reach() where row.children.isHidden {
                        #expect(!row.percent.hasSuffix("%"), "\(label): \(row.district) shows a share of a hidden count")
                    }
                    let cost = page.table("Omkostning pr. barn")
                    for (count, perChild) in [("Børn, der startede i en aktivitet", "Omkostning pr. barn, der startede i en aktivitet"),
                                              ("Børn, der går til en aktivitet efter 6 måneder", "Omkostning pr. barn, der går til en aktivitet efter 6 måneder")] {
                        guard let children = cost.first(where: { $0.label == count }), let money = cost.first(where: { $0.label == perChild }) else { continue }
                        for column in 0..<2 where children.values[column].isHidden {
                            #expect(money.values[column].isHidden, "\(label): \(perChild) beside a hidden count")
                        }
                    }
                }
            }
            #expect(hiddenSeen > 20, "the pages hide something to attack: \(hiddenSeen)")
        }
    }

    @Test func noHiddenCountCanBeWorkedOutFromTheReportOrItsCSV() async throws {
        let app = try TestApp()
        try await AdminOverviewData.load(into: app.db)
        try await app.test { client in
            var hiddenSeen = 0
            for slug in Self.municipalities {
                var browser = try await coordinator(app, client, slug)
                for period in Self.periods {
                    let html = ReadPage(html: try await browser.get("/reports/status" + period).text)
                    let csv = CSVPage(text: try await browser.get("/reports/status.csv" + period).text)
                    for (source, tables) in [("report", html.reportSections()), ("csv", csv.sections())] {
                        var attack = Attack()
                        let label = "\(slug) \(period) \(source)"
                        let passes = try #require(tables["Fritidspas"], "\(label): the passes section")
                        let referrals = try #require(passes.first { $0.label == "Indstillinger modtaget" })
                        for column in 0..<2 {
                            let total = attack.cell("referrals\(column)", referrals.values[column])
                            attack.sum(total, (tables["Indstillinger pr. afsender"] ?? []).map { attack.cell("d \($0.label) \(column)", $0.values[column]) })
                            if let schools = tables["Indstillinger pr. skole"], !schools.isEmpty {
                                attack.sum(total, schools.map { attack.cell("s \($0.label) \(column)", $0.values[column]) })
                            }
                            if let clubs = tables["Børn pr. forening"], let all = clubs.first {
                                attack.sum(attack.cell("all\(column)", all.values[column]),
                                           clubs.dropFirst().map { attack.cell("a \($0.label) \(column)", $0.values[column]) })
                                if let categories = tables["Børn pr. aktivitetstype"] {
                                    attack.sum(attack.cell("all\(column)", all.values[column]),
                                               categories.map { attack.cell("c \($0.label) \(column)", $0.values[column]) })
                                }
                            }
                            // The days to an activity are an average over the passes taken into use.
                            if let redeemed = passes.first(where: { $0.label == "Fritidspas taget i brug" }),
                               let days = passes.first(where: { $0.label == "Dage fra indstilling til aktivitet" }), redeemed.values[column].isHidden {
                                #expect(days.values[column].isHidden || days.values[column] == .other("–"), "\(label): an average over hidden children")
                            }
                        }
                        for row in tables["Børn i ordningen pr. skoledistrikt"] ?? [] where row.values[0].isHidden {
                            #expect(row.values.count < 4 || row.values[3].isHidden || row.values[3] == .other("–"),
                                    "\(label): \(row.label) shows a share of a hidden count")
                        }
                        #expect(attack.pinned().isEmpty, "\(label): \(attack.pinned())")
                        hiddenSeen += attack.hiddenCount
                    }
                    // The report's trend sentences give no change for a hidden count.
                    let referrals = html.reportSections()["Fritidspas"]?.first { $0.label == "Indstillinger modtaget" }?.values ?? []
                    for sentence in html.trends() where sentence.contains("indstillinger") && sentence.contains("%") {
                        #expect(!referrals.contains { $0.isHidden }, "\(slug) \(period): \(sentence)")
                    }
                }
            }
            #expect(hiddenSeen > 20, "the pages hide something to attack: \(hiddenSeen)")
        }
    }

    @Test func noHiddenCountCanBeWorkedOutFromTheAdminOverview() async throws {
        let app = try TestApp()
        try await AdminOverviewData.load(into: app.db)
        try await app.test { client in
            var hiddenSeen = 0
            var admin = Browser(client)
            try await admin.login(DemoData.adminEmail)
            for period in Self.periods {
                let page = OverviewPage(html: try await admin.get("/admin/overview" + period).text)
                let passes = page.table("passes"), departments = page.table("departments"), clubs = page.table("categories")
                #expect(passes.count == 4)
                for (municipality, figures) in passes {
                    var attack = Attack()
                    let total = attack.cell("referrals", Reading(figures["Indstillinger modtaget"] ?? ""))
                    attack.sum(total, (departments[municipality] ?? [:]).map { attack.cell("department \($0.key)", Reading($0.value)) })
                    if let row = clubs[municipality], let all = row["Børn i en aktivitet i alt"] {
                        attack.sum(attack.cell("all", Reading(all)),
                                   row.filter { $0.key != "Børn i en aktivitet i alt" }.map { attack.cell("category \($0.key)", Reading($0.value)) })
                    }
                    #expect(attack.pinned().isEmpty, "\(municipality) \(period): \(attack.pinned())")
                    hiddenSeen += attack.hiddenCount
                    if Reading(figures["Fritidspas taget i brug"] ?? "").isHidden {
                        #expect(Reading(figures["Dage fra indstilling til aktivitet"] ?? "").isHidden
                                || figures["Dage fra indstilling til aktivitet"] == "–", "\(municipality): an average over hidden children")
                    }
                }
                // Each municipality's own schools add up to its referrals too.
                for municipality in passes.keys {
                    let part = page.details(municipality)
                    var attack = Attack()
                    let total = attack.cell("referrals", Reading(passes[municipality]?["Indstillinger modtaget"] ?? ""))
                    let schools = ReadPage(html: part).table("Indstillinger pr. skole, \(municipality)")
                    if !schools.isEmpty { attack.sum(total, schools.map { attack.cell($0.label, $0.values[0]) }) }
                    #expect(attack.pinned().isEmpty, "\(municipality) \(period) schools: \(attack.pinned())")
                }
            }
            #expect(hiddenSeen > 10, "the overview hides something to attack: \(hiddenSeen)")
        }
    }
}

/// A figure as a page shows it.
enum Reading: Equatable {
    case value(Int)
    case few
    case hidden
    case other(String)

    init(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t == "< 5" { self = .few } else if t == "skjult" { self = .hidden } else if let n = Int(t) { self = .value(n) } else { self = .other(t) }
    }

    var isHidden: Bool { self == .few || self == .hidden }

    /// What the reader knows of it.
    var range: ClosedRange<Int>? {
        switch self {
        case .value(let n): n...n
        case .few: 1...4
        case .hidden: 5...100_000
        case .other: nil
        }
    }
}

/// The sums a reader knows, and what narrowing them tells of each hidden count. For sums
/// sharing at most a total, narrowing by intervals finds everything that can be known.
struct Attack {
    var ranges: [String: ClosedRange<Int>] = [:]
    var hidden: Set<String> = []
    var sums: [(String, [String])] = []

    mutating func cell(_ name: String, _ reading: Reading) -> String {
        if let range = reading.range { ranges[name] = range }
        if reading.isHidden { hidden.insert(name) }
        return name
    }

    mutating func sum(_ total: String, _ parts: [String]) {
        guard ranges[total] != nil, parts.allSatisfy({ ranges[$0] != nil }), !parts.isEmpty else { return }
        // A "< 5" part of a "< 5" total may be a zero.
        if ranges[total] == 1...4 { for part in parts where ranges[part] == 1...4 { ranges[part] = 0...4 } }
        sums.append((total, parts))
    }

    var hiddenCount: Int { hidden.count }

    /// Hidden counts the sums pin to a single value (a zero shown as "< 5" inside a "< 5" group
    /// may be worked out: it gives no group away).
    func pinned() -> [String] {
        var r = ranges
        for _ in 0..<50 {
            for (total, parts) in sums {
                let low = max(r[total]!.lowerBound, parts.map { r[$0]!.lowerBound }.reduce(0, +))
                let high = min(r[total]!.upperBound, parts.map { r[$0]!.upperBound }.reduce(0, +))
                guard low <= high else { return ["inconsistent sum \(total)"] }
                r[total] = low...high
                let partsLow = parts.map { r[$0]!.lowerBound }.reduce(0, +), partsHigh = parts.map { r[$0]!.upperBound }.reduce(0, +)
                for part in parts {
                    let own = r[part]!
                    r[part] = max(own.lowerBound, low - (partsHigh - own.upperBound))...min(own.upperBound, high - (partsLow - own.lowerBound))
                }
            }
        }
        return hidden.filter { r[$0].map { $0.count == 1 && $0.lowerBound > 0 } ?? false }.sorted()
    }
}

/// Tables of a page read by their caption; rows as label and readings.
struct ReadPage {
    struct Row {
        let label: String
        let values: [Reading]
    }

    let html: String

    func table(_ caption: String) -> [Row] {
        guard let start = html.range(of: "<caption class=\"sr-only\">\(caption)</caption>"),
              let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex) else { return [] }
        return rows(String(html[start.upperBound..<end.lowerBound]))
    }

    func rows(_ table: String) -> [Row] {
        table.components(separatedBy: "<tr><th scope=\"row\"").dropFirst().map { row in
            let label = OverviewPage.text(String(row.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }))
            let cells = OverviewPage.pieces(row, after: "<td class=\"num\">", upTo: "</td>").map { Reading(OverviewPage.text($0)) }
            return Row(label: label, values: cells)
        }
    }

    /// The status report's sections: heading → rows.
    func reportSections() -> [String: [Row]] {
        var result: [String: [Row]] = [:]
        for section in html.components(separatedBy: "<section class=\"report-section\">").dropFirst() {
            guard let heading = OverviewPage.pieces(section, after: "<h2>", upTo: "</h2>").first else { continue }
            result[OverviewPage.text(heading)] = rows(section.components(separatedBy: "</section>").first ?? section)
        }
        return result
    }

    func trends() -> [String] {
        OverviewPage.pieces(html.components(separatedBy: "class=\"report-trends\"").last ?? "", after: "<li>", upTo: "</li>").map(OverviewPage.text)
    }

    struct KeyFigure {
        let value: Reading
        let previous: Reading
        let compare: String
    }

    /// The dashboard's key figures: label → the value and the previous period from "Forrige periode: X (…)".
    func keyFigures() -> [String: KeyFigure] {
        var result: [String: KeyFigure] = [:]
        for kpi in html.components(separatedBy: "<div class=\"kpi\"><dt>").dropFirst() {
            let label = OverviewPage.text(String(kpi.prefix { $0 != "<" }))
            let dd = OverviewPage.pieces(kpi, after: "<dd>", upTo: "</dd>").first ?? ""
            let value = OverviewPage.text(dd.components(separatedBy: "<span").first ?? "")
            let compare = OverviewPage.text(OverviewPage.pieces(dd, after: "<span class=\"kpi-compare\">", upTo: "</span>").first ?? "")
            let previous = compare.components(separatedBy: ": ").dropFirst().first?.components(separatedBy: " (").first ?? ""
            result[label] = KeyFigure(value: Reading(value), previous: Reading(previous), compare: compare)
        }
        return result
    }

    struct ReachRow {
        let district: String
        let children: Reading
        let percent: String
    }

    func reach() -> [ReachRow] {
        table("Rækkevidde pr. skoledistrikt").map {
            ReachRow(district: $0.label, children: $0.values.first ?? .other(""),
                     percent: $0.values.last.map { if case .other(let s) = $0 { s } else { "" } } ?? "")
        }
    }
}

/// The status CSV read back: section → rows of (figure, value per column).
struct CSVPage {
    let text: String

    func sections() -> [String: [ReadPage.Row]] {
        var order: [String: [String]] = [:]
        var values: [String: [String: [Reading]]] = [:]
        for line in text.split(separator: "\r\n").dropFirst() {
            let cells = Self.split(String(line))
            guard cells.count == 7 else { continue }
            let (section, figure, value, mark) = (cells[0], cells[1], cells[3], cells[6])
            if values[section]?[figure] == nil { order[section, default: []].append(figure) }
            let reading = mark.isEmpty ? (value.isEmpty ? Reading.other("–") : Reading(value.replacingOccurrences(of: "\u{FEFF}", with: ""))) : Reading(mark)
            values[section, default: [:]][figure, default: []].append(reading)
        }
        return order.reduce(into: [:]) { result, entry in
            result[entry.key] = entry.value.map { ReadPage.Row(label: $0, values: values[entry.key]?[$0] ?? []) }
        }
    }

    /// One line's cells: semicolons, with quoted cells.
    static func split(_ line: String) -> [String] {
        var cells: [String] = [], current = "", quoted = false
        var iterator = line.makeIterator()
        while let c = iterator.next() {
            if c == "\"" { quoted.toggle(); continue }
            if c == ";" && !quoted { cells.append(current); current = ""; continue }
            current.append(c)
        }
        cells.append(current)
        return cells
    }
}
