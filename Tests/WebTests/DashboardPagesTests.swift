import Demo
import Domain
import Foundation
import HummingbirdTesting
import Testing
@testable import Web

/// The dashboard's parts beyond intake, its settings form and the status report with its CSV
/// (the admin's overview: `AdminOverviewTests`). The test clock stands at 15.01.2027; the demo
/// data lies around it.
@Suite struct DashboardPagesTests {
    let lastHalf = "?from=2026-07-01&to=2026-12-31"

    @Test func everyPartOfTheDashboardShowsWithChartsAndTables() async throws {
        let app = try TestApp()
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let page = try await coordinator.get("/dashboard" + lastHalf)
            #expect(page.status == .ok)
            for heading in ["Indstillinger og fritidspas", "Fritidsvejledning", "Foreninger og aktiviteter", "Frivillige", "Økonomi",
                            "Omkostning pr. barn", "Opfølgning og implementering", "Implementering pr. fase"] {
                #expect(page.text.contains(">\(heading)</h2>") || page.text.contains(">\(heading)</h3>"), "part \(heading)")
            }
            #expect(page.text.contains("Går til en aktivitet efter 6 måneder"), "the funnel's fourth stage")
            #expect(page.text.contains("<title id=\"associations-title\">Børn pr. forening</title>"))
            #expect(page.text.contains("class=\"chart-hidden\""), "hidden groups drawn as a hatched mark")
            #expect(page.text.contains("<title id=\"funnel-title\">Børn indstillet i perioden – hvor langt de er nået</title>"))
            #expect(page.text.contains("Fritidsvejledning (timer × 450,00 kr.)"), "the demo's hourly rate")
            #expect(page.text.contains("Fase 1: Parat"))
            #expect(page.text.contains("href=\"/grants/unclaimed?weeks=8\""))
            #expect(page.text.contains("href=\"/follow-ups\""))
        }
    }

    @Test func changingThePeriodChangesTheFigures() async throws {
        let app = try TestApp()
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let m = MunicipalityID(1)
            let today = LocalDate(iso: "2027-01-15")!
            let half = Period(from: LocalDate(iso: "2026-07-01")!, to: LocalDate(iso: "2026-12-31")!)
            let a = try await app.repos.dashboard.figures(in: m, period: half, today: today)
            let b = try await app.repos.dashboard.figures(in: m, period: half.previous, today: today)
            #expect(a.guidance.sessions.current != b.guidance.sessions.current, "the demo has a different number of sessions per half-year")
            let pageA = try await coordinator.get("/dashboard" + lastHalf).text
            let pageB = try await coordinator.get("/dashboard?from=2026-01-01&to=2026-06-30").text
            #expect(pageA.contains("<th scope=\"row\">Samtaler og møder holdt</th><td class=\"num\">\(a.guidance.sessions.current)</td>"))
            #expect(pageB.contains("<th scope=\"row\">Samtaler og møder holdt</th><td class=\"num\">\(b.guidance.sessions.current)</td>"))
        }
    }

    @Test func withoutAnHourlyRateTheCostAsksForOne() async throws {
        let app = try TestApp()
        try await app.db.write { try $0.execute(sql: "DELETE FROM dashboard_settings WHERE municipality_id = 1") }
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let page = try await coordinator.get("/dashboard").text
            #expect(page.contains("Angiv en timepris for fritidsvejledning"))
            #expect(page.contains("timeprisen mangler"))
            #expect(!page.contains("Omkostning i alt"))
        }
    }

    @Test func theSettingsFormKeepsTheInputAndSaysWhatToFix() async throws {
        let app = try TestApp()
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let form = try await coordinator.get("/dashboard/settings")
            #expect(form.status == .ok)
            #expect(form.text.contains("value=\"450,00\"") && form.text.contains("value=\"8\""))
            let bad = try await coordinator.post("/dashboard/settings", [("hourlyRate", "fire hundrede"), ("unclaimedWeeks", "60")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("<title>Fejl: "))
            #expect(bad.text.contains("value=\"fire hundrede\"") && bad.text.contains("value=\"60\""), "input kept")
            #expect(bad.text.contains("id=\"hourlyRate-error\"") && bad.text.contains("id=\"unclaimedWeeks-error\""))
            #expect(bad.text.contains("Antal uger skal være et helt tal fra 1 til 52"))
            #expect(bad.text.contains("href=\"#unclaimedWeeks\""), "the error summary links to the field")
            let empty = try await coordinator.post("/dashboard/settings", [("hourlyRate", ""), ("unclaimedWeeks", "6")])
            #expect(empty.text.contains("Indtast timeprisen for fritidsvejledning") && empty.text.contains("value=\"6\""))
            let saved = try await coordinator.post("/dashboard/settings", [("hourlyRate", "425,50"), ("unclaimedWeeks", "6")])
            #expect(saved.status == .seeOther)
            #expect(saved.location == "/dashboard#cost-heading")
            let dashboard = try await coordinator.get("/dashboard")  // the location without its #fragment
            #expect(dashboard.text.contains("Opsætningen er gemt."))
            #expect(dashboard.text.contains("href=\"/grants/unclaimed?weeks=6\""))
        }
        let m = MunicipalityID(1)
        #expect(try await app.repos.dashboard.settings(in: m) == DashboardSettings(hourlyRate: Money(ore: 42_550), unclaimedWeeks: 6))
        #expect(try await app.repos.grants.rules(for: m).unclaimedWeeks == 6, "the grant rules share the weeks")
        #expect(try await app.repos.dashboard.settings(in: MunicipalityID(2)).unclaimedWeeks == 8)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'dashboard_settings' AND action = 'update'") == 1)
    }

    @Test func theReportAndItsCSVHaveEveryPartAndNoNames() async throws {
        let app = try TestApp()
        let names = try await app.db.read { try String.fetchAll($0, sql: "SELECT first_name || ' ' || last_name FROM child") }
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let report = try await coordinator.get("/reports/status" + lastHalf)
            #expect(report.status == .ok)
            for heading in ["Fritidspas", "Fritidsvejledning", "Børn pr. forening", "Børn pr. aktivitetstype", "Frivillige", "Økonomi",
                            "Omkostning pr. barn", "Opfølgning og implementering"] {
                #expect(report.text.contains("<h2>\(heading)</h2>"), "section \(heading)")
            }
            #expect(report.text.contains("flere samtaler og møder i fritidsvejledningen") || report.text.contains("færre samtaler og møder"))
            #expect(report.text.contains("Færre end 5"), "a trend of a small group says too few to compare")
            #expect(report.text.contains("href=\"/reports/status.csv?from=2026-07-01&amp;to=2026-12-31\""))
            let csv = try await coordinator.get("/reports/status.csv" + lastHalf)
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            #expect(csv.text.hasPrefix("\u{FEFF}Afsnit;Tal;Kolonne;Værdi;Enhed;Skjult;Vises som\r\n"))
            #expect(csv.text.contains("Fritidspas;Går til en aktivitet efter 6 måneder;01.07.2026–31.12.2026;"))
            #expect(csv.text.contains("Omkostning pr. barn;Omkostning i alt;01.07.2026–31.12.2026;"))
            #expect(csv.text.contains("Økonomi;I alt;Budget (kr.);"))
            #expect(csv.text.contains("< 5"))
            for name in names {
                #expect(!report.text.contains(name), "no child's name in the report")
                #expect(!csv.text.contains(name), "no child's name in the CSV")
            }
        }
    }
}
