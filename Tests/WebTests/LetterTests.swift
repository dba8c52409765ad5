import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Store
import Testing
@testable import Web

/// Decision letters are written with the decision, kept as sent, shown in the family's language,
/// listed on the child's timeline and in the access-request export; pass cards and code look-up.
@Suite struct LetterTests {
    /// An open referral of a Holstebro child with consent in force, under the age limit.
    static func approvable(_ app: TestApp) async throws -> (referral: Int64, child: Int64, firstName: String) {
        let today = app.clock.clock.today
        let row = try #require(try await app.db.read { try Row.fetchOne($0, sql: """
            SELECT r.id, r.child_id, c.first_name FROM referral r JOIN child c ON c.id = r.child_id
            WHERE r.municipality_id = 1 AND r.status IN ('submitted', 'assessment') AND c.birth_date > ?
              AND EXISTS (SELECT 1 FROM consent k WHERE k.child_id = c.id AND k.covers_registration AND k.withdrawn_on IS NULL
                          AND (k.expires_on IS NULL OR k.expires_on > ?))
            ORDER BY r.id LIMIT 1
            """, arguments: [today.adding(years: -16), today]) })
        return (row["id"], row["child_id"], row["first_name"])
    }

    @Test func anApprovalWritesALetterWithReasonsCoverValidityContactAndTheMunicipalitysAppealGuidance() async throws {
        let app = try TestApp()
        let today = app.clock.clock.today
        let (referral, child, firstName) = try await Self.approvable(app)
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            _ = try await coordinator.post("/settings/communication", [
                ("kinds[]", "claim_approved"), ("appealGuidance", "Klag til Holstebro Kommune inden 4 uger.\n\nVi hjælper gerne."),
                ("contact", "Mette Kjær, 9611 1234"),
            ])
            let form = try await coordinator.get("/referrals/\(referral)/decision")
            #expect(form.text.contains("name=\"reasons[]\"") && form.text.contains("Bevilling: familiens økonomi"))
            let validTo = today.adding(years: 1).adding(days: -1)
            let decided = try await coordinator.post("/referrals/\(referral)/decision", [
                ("outcome", "approve"), ("track", "economic_only"), ("validFrom", today.iso), ("validTo", validTo.iso),
                ("covers[]", "fee"), ("covers[]", "equipment"), ("reasons[]", "economy"), ("reasons[]", "outside_age"),
            ])
            #expect(decided.status == .seeOther)
            let page = try await coordinator.get("/children/\(child)")
            let letterPath = try #require(page.text.range(of: "href=\"/letters/").map { r in
                "/letters/" + page.text[r.upperBound...].prefix { $0 != "\"" }
            })
            #expect(page.text.contains("Brev sendt: Afgørelse om fritidspas"), "on the timeline")
            let letter = try await coordinator.get(letterPath)
            #expect(letter.status == .ok)
            let text = letter.text
            #expect(text.contains("Kære forældre til \(firstName)"))
            #expect(text.contains("\(firstName) får et fritidspas, som gælder fra \(today.display) til og med \(validTo.display)."))
            #expect(text.contains("Familiens økonomi gør det svært at betale kontingent og udstyr."))
            #expect(!text.contains("uden for ordningens aldersgrænse"), "a rejection's code does not explain an approval")
            #expect(text.contains("Kontingent til foreningen") && text.contains("Udstyr til aktiviteten") && !text.contains("fritidsvejleder til at finde"))
            #expect(text.contains("Mette Kjær, 9611 1234"))
            #expect(text.contains("Klag til Holstebro Kommune inden 4 uger.") && text.contains("Vi hjælper gerne."))

            // Kept as sent: changing the settings later does not change the letter.
            _ = try await coordinator.post("/settings/communication", [("appealGuidance", "Ny tekst"), ("contact", "")])
            #expect(try await coordinator.get(letterPath).text.contains("Klag til Holstebro Kommune inden 4 uger."))

            // The pass card, and the club's look-up of its code.
            let passID = try await app.db.read { try Int64.fetchOne($0, sql: "SELECT id FROM pass WHERE referral_id = ?", arguments: [referral])! }
            let cardPath = "/passes/\(passID)/card"
            #expect(page.text.contains("href=\"\(cardPath)\""), "the child's page links to the card")
            let card = try await coordinator.get(cardPath)
            let code = try await app.db.read { try String.fetchOne($0, sql: "SELECT code FROM pass WHERE referral_id = ?", arguments: [referral])! }
            #expect(card.text.contains(PassCard.display(code)) && card.text.contains(firstName) && card.text.contains(validTo.display))
            var club = Browser(client)
            try await club.login("association@holstebro.demo")
            let found = try await club.get("/portal/pass?code=\(PassCard.display(code).lowercased())")
            #expect(found.text.contains("Fritidspasset gælder") && found.text.contains(firstName) && found.text.contains(validTo.display))
            #expect(try await club.get("/portal/pass?code=ZZZZ").status == .unprocessableContent)
            #expect(try await club.get("/portal/pass?code=00000000").text.contains("Vi kan ikke finde"))
            var svendborg = Browser(client)
            try await svendborg.login("association@svendborg.demo")
            #expect(try await svendborg.get("/portal/pass?code=\(code)").text.contains("Vi kan ikke finde"), "another municipality's pass is not found")
            var otherCoordinator = Browser(client)
            try await otherCoordinator.login("coordinator@svendborg.demo")
            #expect(try await otherCoordinator.get(letterPath).status == .notFound)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM decision_letter WHERE referral_id = ? AND body LIKE '%Familiens økonomi%'", [referral]) == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM referral WHERE id = ? AND decision_reasons = 'economy'", [referral]) == 1)
    }

    @Test func theLetterIsWrittenInTheFamilysLetterLanguageAndIsPartOfTheAccessExport() async throws {
        let app = try TestApp()
        let (referral, child, firstName) = try await Self.approvable(app)
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let page = try await coordinator.get("/children/\(child)")
            #expect(page.text.contains("name=\"letterLanguage\"") && page.text.contains("English"))
            let saved = try await coordinator.post("/children/\(child)/letter-language", [("letterLanguage", "en")])
            #expect(saved.status == .seeOther)
            #expect(try await coordinator.post("/children/\(child)/letter-language", [("letterLanguage", "xx")]).status == .badRequest)
            _ = try await coordinator.post("/referrals/\(referral)/decision", [("outcome", "waiting_list"), ("reasons[]", "no_guide_available")])
        }
        let letter = try #require(try await app.repos.letters.letters(for: ChildID(child), in: MunicipalityID(1)).first)
        #expect(letter.language == "en" && letter.title == "Decision on a leisure pass")
        let body = letter.sections.flatMap(\.paragraphs).joined(separator: "\n")
        #expect(body.contains("Dear parents of \(firstName)") && body.contains("put on the waiting list"))
        #expect(body.contains("There is no leisure guide available right now."))
        #expect(body.contains("You can appeal against this decision"))

        // The access-request export holds the letter as the family received it.
        let export = try await app.repos.privacy.export(child: ChildID(child), in: MunicipalityID(1), includeStaffNames: false)
        let table = try #require(export.tables.first { $0.name == "decision_letter" })
        #expect(table.rows.count == 1)
        let shown = AccessExportView.format("decision_letter", "body", table.rows[0].first { $0.column == "body" }?.value,
                                            t: try TextCatalogue.bundled().bind(.da))
        #expect(shown.contains("Dear parents of \(firstName)") && !shown.contains("paragraphs"))
    }
}

extension LetterTests {
    @Test func aGrantWritesALetterSayingWhatWasGrantedForWhatAndThatTheClubIsPaid() async throws {
        let app = try TestApp()
        let s = try await MoneyFlowTests.Setup(app)
        let today = app.clock.clock.today
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            try await coordinator.get("/children/\(s.child)/grants/new?activity=\(s.activity)&kind=fee")
            let granted = try await coordinator.post("/children/\(s.child)/grants", s.grantForm(today, amount: "850,50"))
            #expect(granted.location == "/children/\(s.child)#money")
            let page = try await coordinator.get("/children/\(s.child)")
            #expect(page.text.contains("Brev sendt: Afgørelse om støtte til fritidsaktivitet"))
        }
        let letter = try #require(try await app.repos.letters.letters(for: s.child, in: MunicipalityID(1)).first)
        #expect(letter.kind == .grant && letter.grantID != nil)
        let text = letter.sections.flatMap(\.paragraphs).joined(separator: "\n")
        #expect(text.contains("Vi har bevilget 850,50 kr. til kontingent"))
        #expect(text.contains("Pengene betales direkte til foreningen"))
        #expect(text.contains("Du kan klage over afgørelsen"))
    }
}
