import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Testing
@testable import Web

/// Money under real use, through the pages: every pool's budget for next year saves through its
/// form (and saving a form unchanged succeeds), a form sent again says "Allerede gemt" and leads
/// to what was saved, the child's money page says what is held and never offers a second fee.
@Suite struct MoneyControlsWebTests {
    @Test func nextYearsBudgetSavesThroughTheFormOfEveryPoolAndAnUnchangedFormSavesAgain() async throws {
        let app = try TestApp()
        let next = app.clock.clock.today.year + 1
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let sources = try await app.repos.grants.fundingSources(in: MunicipalityID(1))
            #expect(sources.count >= 3)
            for (n, source) in sources.enumerated() {
                var form = try Browser.form(posting: "/funding-sources/\(source.id)/budgets", in: try await coordinator.get("/funding-sources"))
                form.set("year-\(source.id)", String(next))
                form.set("amount-\(source.id)", "\(60 + n).000")
                let saved = try await coordinator.submit(form)
                #expect(saved.location == "/funding-sources", "\(source.name): \(OneTimeFormsTests.problems(saved))")
                let page = try await coordinator.get("/funding-sources")
                #expect(page.text.contains("Budgettet for \(next) er sat til \(60 + n).000,00 kr."))
                // Sent again as the page serves it (this year's figures), it saves again.
                let again = try await coordinator.submit(try Browser.form(posting: "/funding-sources/\(source.id)/budgets", in: page))
                #expect(again.location == "/funding-sources", "\(source.name) saved unchanged: \(OneTimeFormsTests.problems(again))")
            }
            let budgets = try await app.repos.grants.fundingSources(in: MunicipalityID(1)).map { $0.budgets[next] }
            #expect(budgets == (0..<sources.count).map { Money(kroner: Int64(60 + $0) * 1000) })
            // Settings forms saved as served succeed too.
            for path in ["/grant-rules", "/settings/scheme", "/settings/privacy", "/dashboard/settings", "/dashboard/estimates",
                         "/volunteers/settings"] {
                let saved = try await coordinator.submit(try Browser.form(posting: path, in: try await coordinator.get(path)))
                #expect(saved.status == .seeOther, "\(path) saved unchanged: \(OneTimeFormsTests.problems(saved))")
            }
        }
    }

    @Test func aFormSentAgainSaysAlreadySavedAndLeadsToWhatWasSaved() async throws {
        let app = try TestApp()
        try await app.test { client in
            var caseworker = Browser(client)
            try await caseworker.login("caseworker@holstebro.demo")
            var form = try Browser.form(posting: "/children", in: try await caseworker.get("/children/new"))
            FormFiller.shared.fill(&form, tag: "igen", number: 1, today: app.clock.clock.today)
            let first = try await caseworker.submit(form)
            let child = try #require(first.location)
            // Back, and send again (or a reload of the post): nothing more, and the way to the child.
            let again = try await caseworker.submit(form)
            #expect(again.status == .seeOther && again.location == child)
            let page = try await caseworker.get(child)
            #expect(page.text.contains("Allerede gemt") && page.text.contains("Formularen var allerede sendt"))
            #expect(page.text.contains("<a href=\"\(child)\">Se det, der blev gemt</a>"))
            // A fresh page is a new form: the next child is saved.
            var next = try Browser.form(posting: "/children", in: try await caseworker.get("/children/new"))
            FormFiller.shared.fill(&next, tag: "ny", number: 2, today: app.clock.clock.today)
            #expect(try await caseworker.submit(next).location != child)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM child WHERE last_name = 'Barn igen'") == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM child WHERE last_name = 'Barn ny'") == 1)
    }

    @Test func theChildsMoneyPageSaysWhatIsHeldAndDoesNotInviteASecondFee() async throws {
        let app = try TestApp()
        let s = try await MoneyFlowTests.Setup(app)
        let today = app.clock.clock.today
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            var form = try Browser.form(posting: "/children/\(s.child)/grants",
                                        in: try await coordinator.get("/children/\(s.child)/grants/new?activity=\(s.activity)&kind=fee"))
            form.set("amount", "900")
            #expect(try await coordinator.submit(form).location == "/children/\(s.child)#money")
            let page = try await coordinator.get("/children/\(s.child)")
            #expect(page.text.contains("Bevilget: Kontingent, 900,00 kr."))
            #expect(page.text.contains("Bevilget i \(today.year)"))
            #expect(!page.text.contains("grants/new?activity=\(s.activity)\""), "no link inviting a second fee for the activity")
            let link = "/children/\(s.child)/grants/new?activity=\(s.activity)&amp;kind=equipment"
            #expect(page.text.contains("<a href=\"\(link)\">Bevil udstyr til aktiviteten"))
            // Asked for anyway, the form says what is held; a second fee needs a reason.
            let second = try await coordinator.get("/children/\(s.child)/grants/new?activity=\(s.activity)&kind=fee")
            #expect(second.text.contains("Allerede bevilget til aktiviteten"))
            var again = try Browser.form(posting: "/children/\(s.child)/grants", in: second)
            again.set("amount", "900")
            let refused = try await coordinator.submit(again)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Barnet har allerede fået kontingent til aktiviteten for perioden: 900,00 kr."))
            var overridden = try Browser.form(posting: "/children/\(s.child)/grants", in: refused)
            overridden.set("override", "yes")
            overridden.set("overrideReason", "Holdet skiftede til et dyrere hold")
            #expect(try await coordinator.submit(overridden).status == .seeOther)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM support_grant WHERE child_id = ? AND kind = 'fee' AND amount = 90000", [s.child]) == 2)
        #expect(try await app.count("SELECT COUNT(*) FROM support_grant WHERE child_id = ? AND override_reason IS NOT NULL", [s.child]) == 1)
    }

    @Test func batchesAreNumberedPerMunicipality() async throws {
        let app = try TestApp()
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@svendborg.demo")
            let list = try await coordinator.get("/payment-batches")
            let numbers = try await app.db.read { try Int.fetchAll($0, sql: "SELECT number FROM payment_batch WHERE municipality_id = 2 ORDER BY number") }
            #expect(!numbers.isEmpty && numbers == Array(1...numbers.count), "Svendborg's lists count from 1 without gaps: \(numbers)")
            for number in numbers { #expect(list.text.contains("Udbetalingsliste \(number)<"), "list \(number) is shown") }
            #expect(!list.text.contains("Udbetalingsliste \(numbers.count + 1)<"))
        }
    }
}
