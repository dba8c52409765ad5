import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Store
import Testing
@testable import Web

/// The coordinator's side of the money: granting, approving, batching, exporting, paying, budgets.
@Suite struct MoneyFlowTests {
    /// A Holstebro child with a pass covering the fee, consent to sharing with associations and
    /// little support so far this year; the demo contact's association and its first activity.
    struct Setup {
        let child: ChildID
        let activity: ActivityID
        let association: AssociationID
        let cvr: String
        let source: FundingSourceID

        init(_ app: TestApp) async throws {
            let today = app.clock.clock.today
            let contact = try await app.userID("association@holstebro.demo")
            (child, activity, association, cvr, source) = try await app.db.read { db in
                let association = try AssociationID.fetchOne(db, sql: "SELECT association_id FROM association_contact WHERE user_id = ?",
                                                             arguments: [contact])!
                let activity = try ActivityID.fetchOne(db, sql: "SELECT id FROM activity WHERE association_id = ? ORDER BY id", arguments: [association])!
                // No fee held for the activity already (a second one would need a reason).
                let child = try ChildID.fetchOne(db, sql: """
                    SELECT c.id FROM child c JOIN pass p ON p.child_id = c.id
                    WHERE c.municipality_id = 1 AND p.covers_fee AND p.status IN ('granted', 'in_use') AND p.valid_from <= ? AND p.valid_to > ?
                      AND EXISTS (SELECT 1 FROM consent k WHERE k.child_id = c.id AND k.covers_association AND k.withdrawn_on IS NULL
                                  AND (k.expires_on IS NULL OR k.expires_on > ?))
                      AND (SELECT COALESCE(SUM(amount), 0) FROM support_grant g WHERE g.child_id = c.id AND g.budget_year = ?) <= 100000
                      AND NOT EXISTS (SELECT 1 FROM support_grant g WHERE g.child_id = c.id AND g.activity_id = ? AND g.kind = 'fee'
                                      AND g.status NOT IN ('cancelled', 'expired'))
                    ORDER BY c.id LIMIT 1
                    """, arguments: [today, today.adding(days: 150), today, today.year, activity])!
                return (child, activity,
                        association, try String.fetchOne(db, sql: "SELECT cvr FROM association WHERE id = ?", arguments: [association])!,
                        try FundingSourceID.fetchOne(db, sql: "SELECT id FROM funding_source WHERE municipality_id = 1 ORDER BY id")!)
            }
        }

        func grantForm(_ today: LocalDate, amount: String, override: String? = nil, reason: String? = nil) -> [(String, String)] {
            var fields = [("activity", activity.description), ("kind", "fee"), ("amount", amount), ("periodFrom", today.iso),
                          ("periodTo", today.adding(days: 150).iso), ("fundingSource", source.description),
                          ("claimDeadline", today.adding(days: 150).iso), ("note", "Aftalt ved hjemmebesøg")]
            if let override { fields.append(("override", override)) }
            if let reason { fields.append(("overrideReason", reason)) }
            return fields
        }
    }

    @Test func theMoneyFlowsFromGrantToClaimToApprovalToBatchToPayment() async throws {
        let app = try TestApp()
        let s = try await Setup(app)
        let today = app.clock.clock.today
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let form = try await coordinator.get("/children/\(s.child)/grants/new?activity=\(s.activity)&kind=fee")
            #expect(form.status == .ok && form.text.contains("Bevil støtte"))
            let granted = try await coordinator.post("/children/\(s.child)/grants", s.grantForm(today, amount: "850,50"))
            #expect(granted.location == "/children/\(s.child)#money")
            let page = try await coordinator.get("/children/\(s.child)")
            #expect(page.text.contains("Aktiviteter og støtte") && page.text.contains("Kontingent, 850,50 kr."))
            #expect(page.text.contains("Bevilget: Kontingent, 850,50 kr."), "the timeline has the grant")
            let grant = try await app.db.read { try GrantID.fetchOne($0, sql: "SELECT MAX(id) FROM support_grant")! }

            var club = Browser(client)
            club.ip = "192.0.2.70"
            try await club.login("association@holstebro.demo")
            #expect(try await club.get("/portal").text.contains("Send krav om 850,50 kr."))
            try await club.get("/portal/grants/\(grant)/claim")
            let draft = try await club.postMultipart("/portal/grants/\(grant)/claim",
                                                     [("amount", "850,50"), ("periodFrom", today.iso), ("periodTo", today.adding(days: 150).iso)])
            let claimID = String(try #require(draft.location).split(separator: "/")[2])
            #expect(try await club.post("/portal/claims/\(claimID)/submission").status == .seeOther)

            #expect(try await coordinator.get("/claims").text.contains("850,50 kr."))
            let approved = try await coordinator.post("/claims/decisions", [("ids[]", claimID), ("decision", "approve")])
            #expect(approved.location == "/claims")
            #expect(try await coordinator.get("/claims").text.contains("Godkendte krav: 1."))
            let batch = try await coordinator.post("/payment-batches")
            let batchPath = try #require(batch.location)
            #expect(batchPath.hasPrefix("/payment-batches/"))
            #expect(try await coordinator.get(batchPath).text.contains("850,50 kr."))
            let expected = try await app.db.read { db in
                try Int64.fetchOne(db, sql: "SELECT SUM(amount) FROM claim WHERE association_id = ? AND batch_id = ?",
                                   arguments: [s.association, Int64(batchPath.split(separator: "/")[1])!])!
            }
            let csv = try await coordinator.post(batchPath + "/export")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition]?.contains("attachment") == true)
            #expect(csv.text.hasPrefix("\u{FEFF}Forening;CVR;Betalingsreference;Beløb (kr.);Krav;Periode fra;Periode til;Udbetalingsliste\r\n"))
            let line = try #require(csv.text.split(separator: "\r\n").first { $0.contains(";\(s.cvr);") })
            #expect(line.contains(";\"\(Money(ore: expected).export)\";"), "amounts with a decimal comma, quoted")
            #expect(line.split(separator: ";")[4].split(separator: " ").contains(Substring(claimID)))
            // Exporting again gives the same file and changes nothing but the count.
            #expect(try await coordinator.post(batchPath + "/export").text == csv.text)
            #expect(try await coordinator.get(batchPath).text.contains("2 gange i alt"))

            // Four eyes: the coordinator who approved the claim is sent to a colleague.
            let ownPaid = try await coordinator.get(batchPath + "/paid")
            #expect(ownPaid.text.contains("En kollega skal markere udbetalingslisten som udbetalt") && !ownPaid.text.contains("name=\"paidOn\""))
            let refused = try await coordinator.post(batchPath + "/paid", [("paidOn", today.iso), ("paymentReference", "OPUS 1")])
            #expect(refused.status == .unprocessableContent && refused.text.contains("En kollega skal markere den som udbetalt"))
            var finance = Browser(client)
            finance.ip = "192.0.2.71"
            try await finance.login("okonomi@holstebro.demo")
            var paidForm = try Browser.form(posting: batchPath + "/paid", in: try await finance.get(batchPath + "/paid"))
            #expect(paidForm.value("paidOn") == today.iso)
            let noReference = try await finance.submit(paidForm)
            #expect(noReference.status == .unprocessableContent && noReference.text.contains("Indtast betalingsreferencen fra økonomisystemet"))
            paidForm = try Browser.form(posting: batchPath + "/paid", in: noReference)
            paidForm.set("paymentReference", "OPUS 2026-4411")
            let paid = try await finance.submit(paidForm)
            #expect(paid.location == batchPath)
            let paidPage = try await finance.get(batchPath)
            #expect(paidPage.text.contains("er markeret som udbetalt") && paidPage.text.contains("OPUS 2026-4411"))
            #expect(paidPage.text.contains("Kravene godkendt af") && paidPage.text.contains("Mette Kjær") && paidPage.text.contains("Hanne Bach"))
            let again = try await finance.post(batchPath + "/paid", [("paidOn", today.iso), ("paymentReference", "OPUS 2026-4412")])
            #expect(again.location == batchPath)
            #expect(try await finance.get(batchPath).text.contains("Intet er betalt to gange"))

            let receipt = try await club.get("/portal/claims/\(claimID)")
            #expect(receipt.text.contains("Udbetalt den") && receipt.text.contains(today.display))
            let budget = try await coordinator.get("/budget")
            let paidTotal = try await app.db.read { db in
                try Int64.fetchOne(db, sql: """
                    SELECT SUM(p.amount) FROM payment p JOIN claim c ON c.id = p.claim_id JOIN support_grant g ON g.id = c.grant_id
                    WHERE g.funding_source_id = ? AND g.budget_year = ?
                    """, arguments: [s.source, today.year])!
            }
            #expect(budget.text.contains(Money(ore: paidTotal).display))
        }
        #expect(try await app.count("SELECT COUNT(*) FROM payment p JOIN claim c ON c.id = p.claim_id WHERE c.amount = 85050") == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM support_grant WHERE amount = 85050 AND status = 'paid'") == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'payment_batch' AND action = 'export'") == 2)
    }

    @Test func aGrantAboveTheCapIsRefusedSayingByHowMuchAndCanBeOverriddenWithAReason() async throws {
        let app = try TestApp()
        let s = try await Setup(app)
        let today = app.clock.clock.today
        let used = try await app.repos.grants.usage(of: s.child, year: today.year, in: MunicipalityID(1)).used[.fee] ?? .zero
        let tooMuch = Money(kroner: 2500) - used + Money(kroner: 100)
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let refused = try await coordinator.post("/children/\(s.child)/grants", s.grantForm(today, amount: tooMuch.plain))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Beløbet overskrider loftet for kontingent med 100,00 kr."))
            #expect(refused.text.contains("Bevil alligevel"))
            #expect(refused.text.contains("value=\"\(tooMuch.plain)\""), "the amount typed is kept")
            let noReason = try await coordinator.post("/children/\(s.child)/grants", s.grantForm(today, amount: tooMuch.plain, override: "yes"))
            #expect(noReason.status == .unprocessableContent && noReason.text.contains("Skriv hvorfor der bevilges som undtagelse"))
            let overridden = try await coordinator.post("/children/\(s.child)/grants",
                                                        s.grantForm(today, amount: tooMuch.plain, override: "yes", reason: "Lederen har godkendt"))
            #expect(overridden.status == .seeOther)

            // The funding source's budget: set it to what is already held and the next grant is refused.
            let held = try await app.repos.grants.budgetPosition(of: s.source, year: today.year, in: MunicipalityID(1)).committed
            // The pool's own form on the funding page, as a coordinator fills it in.
            func budgetForm(_ amount: Money, on page: TestResponse? = nil) async throws -> HTMLForm {
                let shown = if let page { page } else { try await coordinator.get("/funding-sources") }
                var form = try Browser.form(posting: "/funding-sources/\(s.source)/budgets", in: shown)
                form.set("year-\(s.source)", String(today.year))
                form.set("amount-\(s.source)", amount.plain)
                return form
            }
            let budget = try await coordinator.submit(try await budgetForm(held))
            #expect(budget.location == "/funding-sources")
            let empty = try await coordinator.post("/children/\(s.child)/grants", s.grantForm(today, amount: "10").map {
                $0.0 == "kind" ? ("kind", "equipment") : $0
            })
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains("Puljen har kun 0,00 kr. tilbage i året – beløbet er 10,00 kr. for meget"))
            #expect(try await coordinator.get("/budget").text.contains("Puljen er brugt op"))

            // Lowering the budget below what grants hold needs a confirmation, and says by how much.
            let lower = held - Money(kroner: 250)
            let asked = try await coordinator.submit(try await budgetForm(lower))
            #expect(asked.status == .unprocessableContent)
            #expect(asked.text.contains("Budgettet er 250,00 kr. lavere end det, der allerede er bevilget fra kilden i \(today.year) (\(held.display))"))
            #expect(asked.text.contains("value=\"\(lower.plain)\""), "the amount typed is kept")
            #expect(asked.text.contains("name=\"belowGranted\""), "a box to confirm it")
            #expect(try await app.repos.grants.budgetPosition(of: s.source, year: today.year, in: MunicipalityID(1)).budget == held, "not saved")
            var confirm = try await budgetForm(lower, on: asked)
            confirm.set("belowGranted", "yes")
            let confirmed = try await coordinator.submit(confirm)
            #expect(confirmed.location == "/funding-sources")
            #expect(try await coordinator.get("/funding-sources").text.contains("Det er 250,00 kr. lavere end det bevilgede"))
            #expect(try await app.repos.grants.budgetPosition(of: s.source, year: today.year, in: MunicipalityID(1)).budget == lower)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM support_grant WHERE override_reason = 'Lederen har godkendt'") == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM support_grant WHERE amount = 1000 AND kind = 'equipment' AND child_id = ?", [s.child]) == 0)
    }

    @Test func bulkDecisionsNeedAChoiceAndARejectionNeedsAReason() async throws {
        let app = try TestApp()
        let waiting = try await app.db.read { try Int64.fetchAll($0, sql: "SELECT id FROM claim WHERE municipality_id = 1 AND status = 'submitted'") }
        try #require(waiting.count >= 1)
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            #expect(try await coordinator.get("/claims?all=1").text.contains("value=\"\(waiting[0])\" checked"))
            let none = try await coordinator.post("/claims/decisions", [("decision", "approve")])
            #expect(none.status == .unprocessableContent && none.text.contains("Vælg mindst ét krav"))
            let noReason = try await coordinator.post("/claims/decisions", waiting.map { ("ids[]", String($0)) } + [("decision", "reject")])
            #expect(noReason.status == .unprocessableContent && noReason.text.contains("Skriv hvorfor kravet afvises"))
            #expect(noReason.text.contains("value=\"\(waiting[0])\" checked"), "the choice is kept")
            let rejected = try await coordinator.post("/claims/decisions", waiting.map { ("ids[]", String($0)) }
                                                      + [("decision", "reject"), ("reason", "Kontingentet er for højt")])
            #expect(rejected.location == "/claims")
            #expect(try await coordinator.post("/claims/decisions", [("decision", "maybe"), ("ids[]", "1")]).status == .badRequest)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM claim WHERE reject_reason = 'Kontingentet er for højt'") == waiting.count)
        #expect(try await app.count("SELECT COUNT(*) FROM support_grant WHERE id IN (SELECT grant_id FROM claim WHERE reject_reason = 'Kontingentet er for højt') AND status = 'granted'")
                == waiting.count, "rejected claims give the grants back to the clubs")
    }

    @Test func coordinatorsKeepAssociationsActivitiesAndRulesUpToDate() async throws {
        let app = try TestApp()
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let form: [(String, String)] = [("name", "Holstebro Bueskytter"), ("cvr", "29189918"), ("categories[]", "other"),
                                            ("acceptsFritidspas", "yes"), ("bankReference", "4111 1111 1111 1111")]
            let bad = try await coordinator.post("/associations", form)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("CVR-nummeret findes ikke") && bad.text.contains("Det ligner et kortnummer"))
            let created = try await coordinator.post("/associations", form.map {
                $0.0 == "cvr" ? ("cvr", "29 18 99 19") : $0.0 == "bankReference" ? ("bankReference", "Reg. 1234 konto 5678") : $0
            })
            let path = try #require(created.location)
            #expect(try await coordinator.get(path).text.contains("Holstebro Bueskytter"))
            #expect(try await coordinator.post("/associations", form.map { $0.0 == "cvr" ? ("cvr", "29189919") : $0.0 == "bankReference" ? ("bankReference", "") : $0 })
                    .text.contains("Der findes allerede en forening med dette CVR-nummer"))
            let id = path.split(separator: "/")[1]
            let contact = try await coordinator.post("\(path)/contacts", [("contactName", "Lone Bue"), ("contactPhone", "12 34 56 78")])
            #expect(contact.location == "\(path)#contacts")
            let activity = try await coordinator.post("/activities", [
                ("association", String(id)), ("name", "Bueskydning for børn"), ("category", "other"), ("minAge", "8"), ("maxAge", "12"),
                ("weekdays[]", "wed"), ("time", "16.00–17.30"), ("fee", "750"), ("feePeriod", "season"), ("freePlaces", "4"), ("isActive", "yes"),
            ])
            #expect(activity.status == .seeOther)
            let search = try await coordinator.get("/activities?age=9&free=yes&q=bue")
            #expect(search.text.contains("Bueskydning for børn") && search.text.contains("750,00 kr.<br><span class=\"muted\">pr. sæson"))
            #expect(!(try await coordinator.get("/activities?age=13&q=bue").text.contains("Bueskydning for børn")))
            #expect(try await coordinator.get("/activities?age=abc&category=nope&district=").status == .ok)

            let rules = try await coordinator.post("/grant-rules", [("maxFeePerYear", "-1"), ("maxEquipmentPerYear", "800"), ("campsCovered", "no"),
                                                                     ("unclaimedWeeks", "0")])
            #expect(rules.status == .unprocessableContent && rules.text.contains("Beløbet kan ikke være negativt"))
            let saved = try await coordinator.post("/grant-rules", [("maxFeePerYear", "3.000"), ("maxEquipmentPerYear", "800,50"),
                                                                     ("campsCovered", "yes"), ("maxCampPerYear", "1.200"), ("maxYears", ""),
                                                                     ("incomeLimit", "no"), ("unclaimedWeeks", "6")])
            #expect(saved.location == "/grant-rules")
            #expect(try await coordinator.get("/grants/unclaimed").text.contains("efter 6 uger"))
            #expect(try await coordinator.get("/budget?year=abc").status == .ok)
        }
        let rules = try await app.repos.grants.rules(for: MunicipalityID(1))
        #expect(rules.maxFeePerYear == Money(kroner: 3000) && rules.maxEquipmentPerYear == Money(ore: 80_050) && rules.campsCovered)
        #expect(rules.maxYears == nil && rules.unclaimedWeeks == 6)
        #expect(try await app.count("SELECT COUNT(*) FROM association WHERE cvr = '29189919' AND bank_reference = 'Reg. 1234 konto 5678'") == 1)
    }

    @Test func caseworkersAndGuidesFindActivitiesButNotTheMoney() async throws {
        let app = try TestApp()
        try await app.test { client in
            var volunteer = Browser(client)
            try await volunteer.login("volunteer@holstebro.demo")
            let list = try await volunteer.get("/activities?category=football")
            #expect(list.status == .ok && list.text.contains("Fodbold"))
            #expect(!list.text.contains("Opret aktivitet"))
            #expect(try await volunteer.get("/claims").status == .forbidden)
            #expect(try await volunteer.get("/budget").status == .forbidden)
            let nav = try await volunteer.get("/")
            #expect(nav.text.contains("href=\"/activities\"") && !nav.text.contains("href=\"/claims\""))
        }
    }
}
