import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Testing
@testable import Web

/// Season rollover through the pages: the coordinator sees the passes ending within 60 days and
/// renews one from the child's page or several from the list; a child keeps activities, course
/// and follow-ups; a pass whose consent lapses before the new season is shown, not renewable.
@Suite struct PassRenewalWebTests {
    @Test func aCoordinatorRenewsOnePassFromTheChildsPageAndSeveralFromTheList() async throws {
        let app = try TestApp()
        // One more pass ending soon than the demo has, and one whose consent ends with the pass.
        let today = app.clock.clock.today
        try await app.db.write { db in
            try db.execute(sql: """
                UPDATE pass SET valid_to = ? WHERE id IN (SELECT p.id FROM pass p WHERE p.municipality_id = 1 AND p.status IN ('granted', 'in_use')
                  AND p.valid_to > ? ORDER BY p.id LIMIT 2)
                """, arguments: [today.adding(days: 20), today.adding(days: 60)])
        }
        let before = try await app.repos.passes.endingSoon(in: MunicipalityID(1), today: today)
        try #require(before.filter(\.problems.isEmpty).count >= 3, "renewable passes ending soon: \(before.map(\.childName))")
        let lapsing = before.last { $0.problems.isEmpty }!
        try await app.db.write { db in
            try db.execute(sql: "UPDATE consent SET expires_on = ? WHERE child_id = ?", arguments: [lapsing.pass.validTo, lapsing.pass.childID])
        }
        let candidates = try await app.repos.passes.endingSoon(in: MunicipalityID(1), today: today)
        #expect(candidates.first { $0.pass.id == lapsing.pass.id }?.problems == [.consent])
        let renewable = candidates.filter(\.problems.isEmpty)
        let soon = renewable.map { (pass: $0.pass.id.rawValue, child: $0.pass.childID.rawValue, name: $0.childName) }
        let enrolmentsBefore = try await app.count("SELECT COUNT(*) FROM enrolment WHERE child_id = ? AND stopped_on IS NULL", [soon[0].child])
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            #expect(try await coordinator.get("/referrals").text.contains("href=\"/passes/renewals\""), "reached from the referrals")
            let list = try await coordinator.get("/passes/renewals")
            for row in candidates { #expect(list.text.contains(row.childName), "\(row.childName) is listed") }
            #expect(list.text.contains("samtykket til registrering gælder ikke i den nye periode"))
            #expect(!list.text.contains("value=\"\(lapsing.pass.id)\""), "a pass that cannot be renewed cannot be chosen")

            // One, from the child's page.
            let childPage = try await coordinator.get("/children/\(soon[0].child)")
            let single = try Browser.form(posting: "/passes/renewals", in: childPage)
            #expect(single.value("passes[]") == String(soon[0].pass))
            let renewed = try await coordinator.submit(single)
            #expect(renewed.location == "/children/\(soon[0].child)#passes")
            let after = try await coordinator.get("/children/\(soon[0].child)")
            #expect(after.text.contains("1 pas er fornyet til og med"))
            #expect(after.text.contains("Passet er fornyet") && after.text.contains("for en ny periode: fra"), "the renewal on the child's page")
            #expect((try? Browser.form(posting: "/passes/renewals", in: after)) == nil, "renewed: no longer offered")

            // The rest, from the list (the renewable ones are chosen already).
            let form = try Browser.form(posting: "/passes/renewals", in: try await coordinator.get("/passes/renewals"))
            let chosen = form.values.filter { $0.0 == "passes[]" }.map(\.1)
            #expect(Set(chosen) == Set(soon.dropFirst().map { String($0.pass) }))
            #expect(try await coordinator.submit(form).location == "/passes/renewals")
            let done = try await coordinator.get("/passes/renewals")
            #expect(done.text.contains("\(chosen.count) pas er fornyet"))
            #expect(done.text.contains(lapsing.childName) && !done.text.contains(soon[0].name))
            // Nothing chosen is a message by the list, not a change.
            let none = try await coordinator.post("/passes/renewals", [("submission_key", "nothing-chosen-key-1234")])
            #expect(none.status == .unprocessableContent && none.text.contains("Vælg mindst ét pas at forny"))
        }
        let renewedCount = try await app.count("SELECT COUNT(*) FROM pass_renewal")
        #expect(renewedCount == soon.count)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'pass' AND detail LIKE 'renewed %'") == renewedCount)
        #expect(try await app.count("SELECT COUNT(*) FROM pass WHERE id = ? AND valid_to > ?", [soon[0].pass, today.adding(days: 60)]) == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM enrolment WHERE child_id = ? AND stopped_on IS NULL", [soon[0].child]) == enrolmentsBefore)
    }
}
