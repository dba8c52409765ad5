import Demo
import Domain
import Foundation
import HummingbirdTesting
import Testing
@testable import Web

/// The admin's overview: every section of the status report for every municipality, compared
/// side by side where the figures line up and folded out per municipality where they name its
/// own schools, associations and funds. Counted by hand over `AdminOverviewData`.
@Suite struct AdminOverviewTests {
    let lastHalf = "?from=2026-07-01&to=2026-12-31"
    let lemvig = "Lemvig Kommune", skive = "Skive Kommune"

    func overview(_ app: TestApp, _ client: any TestClientProtocol, _ query: String) async throws -> (TestResponse, OverviewPage) {
        var admin = Browser(client)
        try await admin.login(DemoData.adminEmail)
        let response = try await admin.get("/admin/overview" + query)
        return (response, OverviewPage(html: response.text))
    }

    @Test func everyComparableSectionHasARowPerMunicipality() async throws {
        let app = try TestApp()
        try await AdminOverviewData.load(into: app.db)
        try await app.test { client in
            let (response, page) = try await overview(app, client, lastHalf)
            #expect(response.status == .ok)
            let passes = page.table("passes")
            #expect(passes.count == 4, "the demo's two municipalities and these two")
            // Lemvig's six referrals are five from a school and one from SSP: the one is "< 5", and
            // since a "< 5" and a hidden count of at least 5 adding up to 6 can only be 1 and 5,
            // the school's 5 and the total 6 are hidden too.
            #expect(passes[lemvig] == ["Indstillinger modtaget": "skjult", "Fritidspas tildelt": "6", "Fritidspas taget i brug": "5",
                                       "Går til en aktivitet efter 6 måneder": "0", "Dage fra indstilling til aktivitet": "31 dage"])
            // Skive's average wait is one child's wait: hidden with the "< 5" it is computed from.
            #expect(passes[skive] == ["Indstillinger modtaget": "< 5", "Fritidspas tildelt": "< 5", "Fritidspas taget i brug": "< 5",
                                      "Går til en aktivitet efter 6 måneder": "0", "Dage fra indstilling til aktivitet": "skjult"])
            #expect(page.table("passes", previous: true)[lemvig]?["Indstillinger modtaget"] == "skjult(forrige periode: 0)")
            #expect(page.table("passes", previous: true)[lemvig]?["Dage fra indstilling til aktivitet"] == "31 dage(forrige periode: –)")

            let departments = page.table("departments")
            #expect(departments[lemvig]?["Skole"] == "skjult" && departments[lemvig]?["SSP"] == "< 5")
            // Skive's two referrals are under five, so they are not broken down: even the zeros read "< 5".
            #expect(departments[skive]?["Sundhedspleje"] == "< 5" && departments[skive]?["Skole"] == "< 5")

            let guidance = page.table("guidance")[lemvig]
            #expect(guidance?["Børn kontaktet (første samtale)"] == "< 5" && guidance?["Samtaler og møder holdt"] == "2")
            #expect(guidance?["Timer med fritidsvejledning"] == "2" && guidance?["Forløb, hvor barnet faldt fra"] == "0")
            #expect(guidance?["Går stadig til aktiviteten efter 6 måneder"] == "–")

            let clubs = page.table("categories")
            #expect(clubs[lemvig]?["Børn i en aktivitet i alt"] == "5" && clubs[lemvig]?["Fodbold"] == "5" && clubs[lemvig]?["Spejder"] == "0")
            #expect(clubs[skive]?["Børn i en aktivitet i alt"] == "< 5" && clubs[skive]?["Spejder"] == "< 5" && clubs[skive]?["Fodbold"] == "0")

            #expect(page.table("volunteers")[lemvig] == [
                "Aktive frivillige": "2", "Aktive med gyldig børneattest": "2", "Aktive uden et barn lige nu": "1",
                "Børn pr. aktiv frivillig (gennemsnit)": "0,5", "Frivillige uden et barn": "1", "Frivillige med 1 barn": "1",
                "Frivillige med 2 børn": "0", "Frivillige med 3 børn eller flere": "0",
            ])
            #expect(page.table("volunteers")[skive]?["Aktive frivillige"] == "0")

            let money = page.table("funding")
            #expect(money[lemvig]?["Budget (kr.)"] == "20.000,00" && money[lemvig]?["Udbetalt (kr.)"] == "5.000,00")
            #expect(money[skive]?["Budget (kr.)"] == "10.000,00" && money[skive]?["Udbetalt (kr.)"] == "600,00")
            let payments = page.table("payments")
            // One unclaimed grant: its amount would be that family's grant, so it is hidden with the count.
            #expect(payments[lemvig] == ["Udbetalt til foreninger": "5.000,00 kr.", "Frist for krav om udbetaling": "8 uger",
                                         "Bevillinger uden krav om udbetaling inden fristen (i dag)": "< 5",
                                         "Beløb uden krav om udbetaling inden fristen (i dag)": "skjult"])
            #expect(payments[skive]?["Frist for krav om udbetaling"] == "6 uger")
            #expect(payments[skive]?["Bevillinger uden krav om udbetaling inden fristen (i dag)"] == "0")

            let cost = page.table("cost")
            #expect(cost[lemvig]?["Timepris for fritidsvejledning"] == "400,00 kr.")
            #expect(cost[lemvig]?["Fritidsvejledning (timer × timepris)"] == "800,00 kr." && cost[lemvig]?["Omkostning i alt"] == "5.800,00 kr.")
            #expect(cost[lemvig]?["Omkostning pr. barn, der startede i en aktivitet"] == "1.160,00 kr.", "(5.000 + 2 × 400) / 5")
            #expect(cost[skive]?["Timepris for fritidsvejledning"] == "Ingen timepris" && cost[skive]?["Omkostning i alt"] == "–")

            let progress = page.table("progress")
            #expect(progress[lemvig]?["Forsinkede opfølgninger"] == "5" && progress[skive]?["Forsinkede opfølgninger"] == "0")
            #expect(progress[lemvig]?["Fase 1: Parat"] == "0 %")
            #expect(page.html.contains("href=\"#cost\"") && page.html.contains("href=\"#municipalities\""), "the page's contents")
        }
    }

    @Test func eachMunicipalitysOwnSchoolsAssociationsAndFundsFoldOut() async throws {
        let app = try TestApp()
        try await AdminOverviewData.load(into: app.db)
        try await app.test { client in
            let (_, page) = try await overview(app, client, lastHalf)
            let lemvigPart = page.details(lemvig)
            #expect(lemvigPart.contains("<th scope=\"row\">Lemtorpskolen</th><td class=\"num\">skjult</td><td class=\"num\">0</td>"),
                    "5 + < 5 = the hidden total 6: hidden beside Klinkby's 1")
            #expect(lemvigPart.contains("<th scope=\"row\">Klinkby Skole</th><td class=\"num\">&lt; 5</td>"))
            #expect(lemvigPart.contains("<th scope=\"row\">Lemvig By</th><td class=\"num\">5</td>"), "reach per district")
            #expect(lemvigPart.contains("<th scope=\"row\">Lemvig Boldklub</th><td class=\"num\">5</td><td class=\"num\">0</td>"), "per association")
            #expect(lemvigPart.contains("<th scope=\"row\">Lemvig Boldklub</th><td class=\"num\">4</td></tr>"), "free places")
            #expect(lemvigPart.contains("<th scope=\"row\">Lemvig Fritidspulje (2026)</th><td class=\"num\">20.000,00</td>"))
            #expect(!lemvigPart.contains("Børn i en aktivitet i alt"), "compared above, not again")
            let skivePart = page.details(skive)
            #expect(skivePart.contains("<th scope=\"row\">Resen Skole</th><td class=\"num\">&lt; 5</td>"))
            #expect(skivePart.contains("<th scope=\"row\">Skive Spejderne</th><td class=\"num\">&lt; 5</td>"))
            #expect(skivePart.contains("<th scope=\"row\">Skive Fritidsmidler (2026)</th><td class=\"num\">10.000,00</td>"))
            #expect(skivePart.contains("Intet at vise."), "no free places")
            #expect(!skivePart.contains("Lemtorpskolen") && !skivePart.contains("Lemvig Boldklub"))
        }
    }

    @Test func aggregatesOnlyAndForAdminsOnly() async throws {
        let app = try TestApp()
        try await AdminOverviewData.load(into: app.db)
        let names = try await app.db.read { db in
            try String.fetchAll(db, sql: """
                SELECT first_name || ' ' || last_name FROM child UNION SELECT name FROM volunteer
                UNION SELECT name FROM association_contact UNION SELECT name FROM app_user WHERE role <> 'admin'
                """)
        }
        try await app.test { client in
            let (_, page) = try await overview(app, client, lastHalf)
            #expect(names.contains("Barn1 \(AdminOverviewData.lastName)") && names.contains("Vera Frivilligsen"))
            #expect(!page.html.contains(AdminOverviewData.lastName))
            for name in names { #expect(!page.html.contains(name), "no name of a child, volunteer, contact or staff member: \(name)") }
            let (wrong, _) = try await overview(app, client, "?from=2026-12-01&to=2026-01-01")
            #expect(wrong.status == .ok && wrong.text.contains("Slutdatoen skal ligge efter startdatoen"), "the period form says what to fix")
            for email in ["coordinator@holstebro.demo", "caseworker@holstebro.demo", "association@holstebro.demo"] {
                var user = Browser(client)
                try await user.login(email)
                #expect(try await user.get("/admin/overview").status == .forbidden, "\(email)")
            }
        }
    }

    @Test func sectionsLineUpByWhatTheirRowsCount() {
        typealias Row = ReportSection.Row
        let t = try! TextCatalogue.bundled().bind(.da)
        let columns = AdminComparison.columns([
            [Row(label: "Fodbold", figures: [.count(6), .count(2)], t: t), Row(label: "Efter 8 uger", figures: [.count(1), .missing], key: "unclaimed", t: t)],
            [Row(label: "Efter 6 uger", figures: [.count(0), .missing], key: "unclaimed", t: t), Row(label: "Spejder", figures: [.count(.few), .count(0)], t: t)],
        ], headings: ["unclaimed": "Efter fristen"], missing: "0")
        #expect(columns.map(\.heading) == ["Fodbold", "Efter fristen", "Spejder"])
        #expect(columns[0].cells.map(\.value) == ["6", "0"] && columns[0].cells.map(\.previous) == ["2", nil])
        #expect(columns[1].cells.map(\.value) == ["1", "0"] && columns[1].cells.allSatisfy { $0.previous == nil }, "no previous period today")
        #expect(columns[2].cells.map(\.value) == ["0", "< 5"])
    }
}

/// The overview's HTML, read the way its tables read.
struct OverviewPage {
    let html: String

    /// The comparison under the heading `id`: municipality → column → the period's value, or
    /// with `previous` the cell's whole text (the previous period follows in brackets).
    func table(_ id: String, previous: Bool = false) -> [String: [String: String]] {
        guard let start = html.range(of: "<h2 id=\"\(id)\">"),
              let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex) else { return [:] }
        let table = String(html[start.upperBound..<end.lowerBound])
        let headings = Self.pieces(table, after: "<th scope=\"col\"", upTo: "</th>").dropFirst().map(Self.text)
        var result: [String: [String: String]] = [:]
        for row in table.components(separatedBy: "<tr><th scope=\"row\">").dropFirst() {
            let cells = Self.pieces(row, after: "<td class=\"num\">", upTo: "</td>").map {
                Self.text(previous ? $0 : $0.components(separatedBy: "<span").first ?? $0)
            }
            result[Self.text(String(row.prefix { $0 != "<" }))] = Dictionary(zip(headings, cells), uniquingKeysWith: { a, _ in a })
        }
        return result
    }

    /// A municipality's folded part.
    func details(_ municipality: String) -> String {
        guard let start = html.range(of: "<summary>\(municipality)</summary>"),
              let end = html.range(of: "</details>", range: start.upperBound..<html.endIndex) else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }

    static func pieces(_ s: String, after open: String, upTo close: String) -> [String] {
        s.components(separatedBy: open).dropFirst().map { piece in
            let inner = open.hasSuffix(">") ? Substring(piece) : piece.drop { $0 != ">" }.dropFirst()
            return String(inner.components(separatedBy: close).first ?? "")
        }
    }

    static func text(_ s: String) -> String {
        s.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: .whitespaces)
    }
}
