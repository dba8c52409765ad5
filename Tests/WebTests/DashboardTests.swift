import Demo
import Domain
import Foundation
import HummingbirdTesting
import Testing
@testable import Web

@Suite struct DashboardTests {
    @Test func theCoordinatorsDashboardAndItsPeriod() async throws {
        let app = try TestApp()
        try await app.test { client in
            var coordinator = Browser(client)
            let login = try await coordinator.login("coordinator@holstebro.demo")
            #expect(login.location == "/", "the coordinator starts on the work list")
            #expect(try await coordinator.get("/").text.contains("href=\"/dashboard\""), "which links to the statistics")
            let page = try await coordinator.get("/dashboard")
            #expect(page.status == .ok)
            #expect(page.text.contains("<svg class=\"chart\" role=\"img\""))
            #expect(page.text.contains(">Børn indstillet i perioden – hvor langt de er nået</h3>"))
            #expect(page.text.contains("Indstillinger modtaget"))
            let lastYear = try await coordinator.get("/dashboard?from=2025-01-01&to=2025-12-31")
            #expect(lastYear.text.contains("01.01.2025–31.12.2025"))
            let bad = try await coordinator.get("/dashboard?from=2026-12-01&to=2026-01-01")
            #expect(bad.status == .ok)
            #expect(bad.text.contains("Slutdatoen skal ligge efter startdatoen"))
            #expect(try await coordinator.get("/dashboard?from=x&to=%00").status == .ok)
        }
    }

    @Test func theStatusReportSuppressesSmallGroupsAndNamesNoChild() async throws {
        let app = try TestApp()
        let names = try await app.db.read { try String.fetchAll($0, sql: "SELECT last_name FROM child WHERE municipality_id = 1") }
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let report = try await coordinator.get("/reports/status")
            #expect(report.status == .ok)
            #expect(report.text.contains("&lt; 5"))
            #expect(report.text.contains("end i forrige periode") || report.text.contains("som i forrige periode")
                    || report.text.contains("ingen i forrige periode"))
            for name in names { #expect(!report.text.contains(">\(name)<") && !report.text.contains(" \(name)<")) }
            let csv = try await coordinator.get("/reports/status.csv")
            #expect(csv.text.hasPrefix("\u{FEFF}Afsnit;Tal;"))
            #expect(csv.text.contains("< 5"))
            let saved = try await coordinator.post("/reports/status/commentary", [("from", "2026-07-01"), ("to", "2026-12-31"),
                                                                                 ("commentary", "Flere skoler indstiller nu.")])
            #expect(saved.location == "/reports/status?from=2026-07-01&to=2026-12-31")
            #expect(try await coordinator.get(saved.location!).text.contains("Flere skoler indstiller nu."))
            #expect(try await coordinator.post("/reports/status/commentary", [("from", "x"), ("to", "y")]).status == .badRequest)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE action = 'export' AND entity_type = 'status_report'") == 1)
    }

    @Test func adminsSeeAggregatesAcrossMunicipalitiesOnly() async throws {
        let app = try TestApp()
        try await app.test { client in
            var admin = Browser(client)
            try await admin.login(DemoData.adminEmail)
            let overview = try await admin.get("/admin/overview")
            #expect(overview.status == .ok)
            #expect(overview.text.contains("Holstebro Kommune") && overview.text.contains("Svendborg Kommune"))
            #expect(try await admin.get("/dashboard").status == .forbidden)
            #expect(try await admin.get("/reports/status").status == .forbidden)
        }
    }

    @Test func districtEstimatesAreValidatedAndKept() async throws {
        let app = try TestApp()
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let form = try await coordinator.get("/dashboard/estimates")
            #expect(form.text.contains("Tvis"))
            let bad = try await coordinator.post("/dashboard/estimates", [("districts[]", "Tvis"), ("estimates[]", "mange"),
                                                                           ("districts[]", "Nord"), ("estimates[]", "80")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("value=\"mange\"") && bad.text.contains("value=\"80\""))
            let ok = try await coordinator.post("/dashboard/estimates", [("districts[]", "Tvis"), ("estimates[]", "40"),
                                                                          ("districts[]", "Nord"), ("estimates[]", "")])
            #expect(ok.location == "/dashboard")
            #expect(try await coordinator.post("/dashboard/estimates", [("districts[]", "Tvis")]).status == .badRequest)
        }
        #expect(try await app.repos.dashboard.districtEstimates(in: MunicipalityID(1)) == ["Tvis": 40])
    }
}
