import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Testing
@testable import Web

@Suite struct IntakeTests {
    static let childForm: [(String, String)] = [
        ("firstName", "Aya"), ("lastName", "Østergård"), ("birthDateDay", "3"), ("birthDateMonth", "9"), ("birthDateYear", "2015"),
        ("gender", "girl"), ("school", "Tvis Skole"), ("schoolClass", "5.a"), ("schoolDistrict", "Tvis"), ("homeLanguage", "arabisk"),
        ("needsInterpreter", "yes"), ("needsAdaptation", "no"), ("interests", "Fodbold og dans"),
        ("guardianName1", "Leyla Østergård"), ("guardianRelation1", "mother"), ("guardianPhone1", "61 22 33 44"),
        ("guardianEmail1", "leyla@mail.demo"),
    ]

    static func childID(_ location: String?) -> String? {
        location.map { $0.replacingOccurrences(of: "/children/", with: "") }.flatMap { $0.split(separator: "#").first.map(String.init) }
    }

    @Test func theWholeIntakeFromRegistrationToPass() async throws {
        let app = try TestApp()
        let today = app.clock.clock.today
        try await app.test { client in
            var caseworker = Browser(client)
            try await caseworker.login("caseworker@holstebro.demo")
            // A form with problems keeps everything typed.
            var broken = Self.childForm
            broken[2] = ("birthDateDay", "31"); broken[3] = ("birthDateMonth", "2")
            broken.append(("guardianPhone2", "123"))
            let invalid = try await caseworker.post("/children", broken)
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text.contains("Datoen findes ikke"))
            #expect(invalid.text.contains("href=\"#birthDate\""))
            #expect(invalid.text.contains("value=\"Østergård\""))
            #expect(invalid.text.contains("Fodbold og dans"))
            #expect(invalid.text.contains("Indtast forælderens navn"), "a half-filled second guardian is reported")

            let created = try await caseworker.post("/children", Self.childForm + [("municipality_id", "2"), ("status", "active"), ("created_by", "1")])
            #expect(created.status == .seeOther)
            let childID = try #require(Self.childID(created.location))
            let page = try await caseworker.get("/children/\(childID)")
            #expect(page.text.contains("Aya Østergård er oprettet"))
            #expect(page.text.contains("Der er ikke registreret samtykke"))
            #expect(page.text.contains("Registreret"))

            // Registering the same child again warns first.
            let again = try await caseworker.post("/children", Self.childForm)
            #expect(again.status == .ok)
            #expect(again.text.contains("Barnet findes måske allerede"))
            #expect(again.text.contains("href=\"/children/\(childID)\""))
            #expect(again.text.contains("name=\"confirmDuplicate\" value=\"yes\""))

            let consent = try await caseworker.post("/children/\(childID)/consents", [
                ("givenBy", "Leyla Østergård"), ("givenOn", today.iso), ("method", "written"),
                ("covers[]", "registration"), ("covers[]", "volunteer"),
            ])
            #expect(consent.status == .seeOther)
            let referral = try await caseworker.post("/children/\(childID)/referrals", [
                ("referrerName", "Lars Nørgaard"), ("referrerRole", "lærer"), ("department", "school"), ("referredOn", today.iso),
                ("reasons[]", "economic"), ("reasons[]", "cultural_language"), ("childWishes", "Vil gerne spille fodbold"),
                ("urgency", "high"), ("support[]", "guidance"), ("support[]", "economic"),
            ])
            #expect(referral.location == "/children/\(childID)#referrals")
            #expect(try await caseworker.get("/referrals/1/decision").status == .forbidden)

            var coordinator = Browser(client)
            coordinator.ip = "192.0.2.41"
            try await coordinator.login("coordinator@holstebro.demo")
            let queue = try await coordinator.get("/referrals")
            #expect(queue.text.contains("Aya Østergård"))
            let referralID = try await app.db.read { try ReferralID.fetchOne($0, sql: "SELECT id FROM referral WHERE child_id = ?", arguments: [Int64(childID)!])! }
            let form = try await coordinator.get("/referrals/\(referralID)/decision")
            #expect(form.status == .ok)
            #expect(form.text.contains("Vil gerne spille fodbold"))
            let approve = try await coordinator.post("/referrals/\(referralID)/decision", [
                ("outcome", "approve"), ("track", "both"), ("validFrom", today.iso), ("validTo", today.adding(years: 1).adding(days: -1).iso),
                ("covers[]", "guidance"), ("covers[]", "fee"), ("covers[]", "equipment"),
            ])
            #expect(approve.status == .seeOther)
            let approved = try await coordinator.get("/children/\(childID)")
            #expect(approved.text.contains("har fået et fritidspas"))
            #expect(approved.text.contains("Har fritidspas"))
            #expect(approved.text.contains("Fritidsvejledning, Kontingent, Udstyr"))
            #expect(approved.text.contains("Godkendt – fritidspas tildelt"))
        }
        let child = try await app.db.read { try Row.fetchOne($0, sql: "SELECT * FROM child WHERE last_name = 'Østergård'")! }
        #expect(child["municipality_id"] as Int64 == 1, "posted municipality_id is ignored")
        #expect(child["status"] as String == "active")
        #expect(try await app.count("SELECT COUNT(*) FROM child WHERE last_name = 'Østergård'") == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM pass WHERE child_id = ?", [child["id"] as Int64]) == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'child' AND action = 'view' AND entity_id = ?",
                                    [String(child["id"] as Int64)]) >= 2)
    }

    @Test func approvalIsRefusedWithoutConsentOrOutsideTheAgeRule() async throws {
        let app = try TestApp()
        let today = app.clock.clock.today
        // A referred child without consent, and one who turns 18 soon.
        let (noConsent, referralA) = try await app.db.read { db -> (Int64, Int64) in
            let row = try Row.fetchOne(db, sql: """
                SELECT c.id, r.id AS rid FROM child c JOIN referral r ON r.child_id = c.id
                WHERE c.municipality_id = 1 AND r.status IN ('submitted', 'assessment') ORDER BY c.id LIMIT 1
                """)!
            return (row["id"], row["rid"])
        }
        try await app.db.write { db in
            try db.execute(sql: "DELETE FROM consent WHERE child_id = ?", arguments: [noConsent])
        }
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let form = [("outcome", "approve"), ("track", "economic_only"), ("validFrom", today.iso),
                        ("validTo", today.adding(days: 200).iso), ("covers[]", "fee")]
            let refused = try await coordinator.post("/referrals/\(referralA)/decision", form)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Registrér forældrenes samtykke til registrering, før indstillingen godkendes"))
            #expect(refused.text.contains("value=\"\(today.adding(days: 200).iso)\""), "the dates typed are kept")
            #expect(try await app.count("SELECT COUNT(*) FROM pass WHERE referral_id = ?", [referralA]) == 0, "nothing saved")
            #expect(try await app.count("SELECT COUNT(*) FROM referral WHERE id = ? AND decided_on IS NULL", [referralA]) == 1)
            try await app.db.write { db in
                try db.execute(sql: "INSERT INTO consent (child_id, municipality_id, given_by, given_on, method, covers_registration, covers_association, covers_volunteer, recorded_at) VALUES (?, 1, 'Mor', ?, 'oral', 1, 0, 0, ?)",
                               arguments: [noConsent, today.adding(days: -1), Date()])
                try db.execute(sql: "UPDATE child SET birth_date = ? WHERE id = ?", arguments: [today.adding(years: -18).adding(days: 10), noConsent])
            }
            let tooOld = try await coordinator.post("/referrals/\(referralA)/decision",
                                                    [("outcome", "approve"), ("track", "economic_only"), ("validFrom", today.adding(days: 10).iso),
                                                     ("validTo", today.adding(days: 200).iso), ("covers[]", "fee")])
            #expect(tooOld.status == .unprocessableContent)
            #expect(tooOld.text.contains("Barnet skal være under 18 år, når passet starter, men er 18 år"))
            #expect(try await app.count("SELECT COUNT(*) FROM pass WHERE referral_id = ?", [referralA]) == 0, "nothing saved")
            #expect(try await app.count("SELECT COUNT(*) FROM referral WHERE id = ? AND decided_on IS NULL", [referralA]) == 1)
            let ok = try await coordinator.post("/referrals/\(referralA)/decision",
                                                [("outcome", "approve"), ("track", "economic_only"), ("validFrom", today.adding(days: 9).iso),
                                                 ("validTo", today.adding(days: 200).iso), ("covers[]", "fee")])
            #expect(ok.status == .seeOther)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM pass WHERE referral_id = ?", [referralA]) == 1)
    }

    @Test func caseworkersWorkInTheirOwnSliceAndSearchNamesOnly() async throws {
        let app = try TestApp()
        let nurseChild = try await app.db.read { db in
            try Int64.fetchOne(db, sql: """
                SELECT c.id FROM child c JOIN app_user u ON u.id = c.created_by
                WHERE u.email = 'sundhedsplejerske@holstebro.demo' AND c.caseworker_id IS NULL LIMIT 1
                """)!
        }
        let name = try await app.db.read { try String.fetchOne($0, sql: "SELECT first_name || ' ' || last_name FROM child WHERE id = ?", arguments: [nurseChild])! }
        try await app.test { client in
            var caseworker = Browser(client)
            try await caseworker.login("caseworker@holstebro.demo")
            #expect(try await caseworker.get("/children/\(nurseChild)").status == .notFound)
            #expect(try await caseworker.post("/children/\(nurseChild)", Self.childForm).status == .notFound)
            #expect(try await caseworker.get("/children/\(nurseChild)/consents/new").status == .notFound)
            let list = try await caseworker.get("/children")
            #expect(!list.text.contains(">\(name.split(separator: " ").reversed().joined(separator: ", "))<"))
            let lastName = String(name.split(separator: " ").last!)
            let search = try await caseworker.get("/children/search?q=\(lastName.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
            #expect(search.text.contains(name))
            #expect(!search.text.contains("/children/\(nurseChild)"), "names only: no link to a record outside the slice")
            #expect(try await caseworker.get("/children/export").status == .forbidden)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE action = 'search' AND detail LIKE 'names:%'") == 1)
    }

    @Test func coordinatorsExportTheFilteredListAsCSV() async throws {
        let app = try TestApp()
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let filtered = try await coordinator.get("/children?status=active&sort=name")
            #expect(filtered.text.contains("Har fritidspas"))
            #expect(!filtered.text.contains("badge-inactive\">Registreret<"))
            let csv = try await coordinator.get("/children/export?status=active")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition]?.contains("attachment") == true)
            let text = csv.text
            #expect(text.hasPrefix("\u{FEFF}Fornavn;Efternavn;Fødselsdato"))
            let lines = text.split(separator: "\r\n")
            let active = try await app.count("SELECT COUNT(*) FROM child WHERE municipality_id = 1 AND status = 'active'")
            #expect(lines.count == active + 1)
            #expect(lines.dropFirst().allSatisfy { $0.contains("Har fritidspas") })
            // Bad filter values are ignored, never an error.
            #expect(try await coordinator.get("/children?status=nope&age=999&page=-4&sort=DROP").status == .ok)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE action = 'export' AND entity_type = 'child'") == 1)
    }

    @Test func formsThatShowTheWholeRecordAreAuditedLikeTheChildsPage() async throws {
        let app = try TestApp()
        let (child, referral) = try await app.db.read { db -> (Int64, Int64) in
            let row = try Row.fetchOne(db, sql: "SELECT child_id, id FROM referral WHERE municipality_id = 1 AND status = 'submitted' ORDER BY id LIMIT 1")!
            return (row["child_id"], row["id"])
        }
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            #expect(try await coordinator.get("/children/\(child)/edit").status == .ok)
            #expect(try await coordinator.get("/referrals/\(referral)/decision").status == .ok)
        }
        let sql = "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'child' AND action = 'view' AND entity_id = ? AND detail = ?"
        #expect(try await app.count(sql, [String(child), "edit form"]) == 1)
        #expect(try await app.count(sql, [String(child), "decision form"]) == 1)
    }

    @Test func withdrawnConsentShowsOnTheChildsPage() async throws {
        let app = try TestApp()
        let today = app.clock.clock.today
        let (child, consent) = try await app.db.read { db -> (Int64, Int64) in
            let row = try Row.fetchOne(db, sql: "SELECT child_id, id FROM consent WHERE municipality_id = 1 AND covers_association ORDER BY id LIMIT 1")!
            return (row["child_id"], row["id"])
        }
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let future = try await coordinator.post("/children/\(child)/consents/\(consent)/withdrawal",
                                                    [("withdrawnOn", today.adding(days: 3).iso), ("reason", "")])
            #expect(future.status == .unprocessableContent)
            let ok = try await coordinator.post("/children/\(child)/consents/\(consent)/withdrawal",
                                                [("withdrawnOn", today.iso), ("reason", "Familien ønsker det ikke længere")])
            #expect(ok.status == .seeOther)
            let page = try await coordinator.get("/children/\(child)")
            #expect(page.text.contains("Samtykket blev trukket tilbage \(today.display)"))
            #expect(page.text.contains("Trukket tilbage"))
        }
    }

    @Test func schemeRulesAreValidatedAndUsed() async throws {
        let app = try TestApp()
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@svendborg.demo")
            let bad = try await coordinator.post("/settings/scheme", [("minimumAge", "12"), ("maximumAge", "10"), ("useSeason", "yes"),
                                                                      ("seasonStart", "31.2"), ("seasonEnd", "x")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Den øvre aldersgrænse skal være højere end den nedre"))
            let ok = try await coordinator.post("/settings/scheme", [("minimumAge", "6"), ("maximumAge", "18"), ("useSeason", "yes"),
                                                                     ("seasonStart", "1.8"), ("seasonEnd", "30.6")])
            #expect(ok.location == "/settings/scheme")
        }
        let svendborg = try #require(try await app.repos.municipalities.find(slug: "svendborg"))
        let settings = try await app.repos.schemeSettings.settings(for: svendborg.id)
        #expect(settings.minimumAge == 6 && settings.season?.startText == "08-01")
    }
}
