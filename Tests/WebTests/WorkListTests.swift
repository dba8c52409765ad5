import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Store
import Testing
@testable import Web

/// Each role starts on a work list whose counts are what the database holds for that user.
@Suite struct WorkListTests {
    static func count(_ html: String, section: String) -> Int? {
        guard let heading = html.range(of: "id=\"work-\(section)\"") else { return nil }
        let rest = html[heading.upperBound...]
        guard let badge = rest.range(of: "<span class=\"work-count\">") else { return nil }
        return Int(rest[badge.upperBound...].prefix { $0.isNumber })
    }

    @Test func theCoordinatorStartsOnWhatWaitsOldestReferralFirstWithUrgentOnesMarked() async throws {
        let app = try TestApp()
        let today = app.clock.clock.today
        try await app.test { client in
            var coordinator = Browser(client)
            let login = try await coordinator.login("coordinator@holstebro.demo")
            #expect(login.location == "/")
            let home = try await coordinator.get("/")
            let t = home.text
            #expect(Self.count(t, section: "referrals") == (try await app.count(
                "SELECT COUNT(*) FROM referral WHERE municipality_id = 1 AND status IN ('submitted', 'assessment')")))
            #expect(Self.count(t, section: "claims") == (try await app.count("SELECT COUNT(*) FROM claim WHERE municipality_id = 1 AND status = 'submitted'")))
            #expect(Self.count(t, section: "followUps") == (try await app.count(
                "SELECT COUNT(*) FROM follow_up WHERE municipality_id = 1 AND answered_on IS NULL AND due_on < ?",
                [FollowUpState.overdueBefore(today: today)])))
            #expect(Self.count(t, section: "offers") == (try await app.count("SELECT COUNT(*) FROM board_offer WHERE municipality_id = 1 AND status = 'pending'")))
            #expect(Self.count(t, section: "certificates") != nil && Self.count(t, section: "payments") != nil)
            // Oldest first: the decision links appear in the order of the referral dates.
            let ordered = try await app.db.read { try Int64.fetchAll($0, sql: """
                SELECT id FROM referral WHERE municipality_id = 1 AND status IN ('submitted', 'assessment') ORDER BY referred_on, id LIMIT 8
                """) }
            let positions = ordered.compactMap { t.range(of: "href=\"/referrals/\($0)/decision\"")?.lowerBound }
            #expect(positions.count == ordered.count && positions == positions.sorted())
            let urgent = try await app.count("SELECT COUNT(*) FROM (SELECT urgency FROM referral WHERE municipality_id = 1 AND status IN ('submitted', 'assessment') ORDER BY referred_on, id LIMIT 8) WHERE urgency = 'high'")
            #expect(t.components(separatedBy: ">Haster<").count - 1 == urgent)
            #expect(t.contains("href=\"/dashboard\""), "the statistics stay on Overblik")
            #expect(!t.contains("Svendborg"), "only the own municipality's work")
        }
    }

    @Test func theCaseworkerSeesNewsAboutTheirChildrenUntilTheyOpenTheChildAndTheirChildrenWithoutAReferral() async throws {
        let app = try TestApp()
        let caseworker = try await app.userID("caseworker@holstebro.demo")
        let referral = try #require(try await app.db.read { try Row.fetchOne($0, sql: """
            SELECT r.id, r.child_id, c.first_name || ' ' || c.last_name AS name FROM referral r JOIN child c ON c.id = r.child_id
            WHERE r.municipality_id = 1 AND r.status IN ('submitted', 'assessment') AND (c.caseworker_id = ? OR c.created_by = ?)
            ORDER BY r.id LIMIT 1
            """, arguments: [caseworker, caseworker]) })
        let child: Int64 = referral["child_id"]
        let name: String = referral["name"]
        let referralID: Int64 = referral["id"]
        try await app.test { client in
            var worker = Browser(client)
            worker.ip = "192.0.2.50"
            try await worker.login("caseworker@holstebro.demo")
            try await worker.get("/children/\(child)")
            let before = try await worker.get("/")
            #expect(!before.text.contains("href=\"/children/\(child)\""))

            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            app.clock.advance(60)
            _ = try await coordinator.post("/referrals/\(referralID)/decision", [("outcome", "reject"), ("reason", "Går til svømning")])

            let after = try await worker.get("/")
            #expect(after.text.contains("href=\"/children/\(child)\">\(name)</a>"))
            #expect(after.text.contains("Afgjort"))
            #expect(Self.count(after.text, section: "news") ?? 0 >= 1)
            app.clock.advance(60)
            try await worker.get("/children/\(child)")
            let seen = try await worker.get("/")
            #expect(!seen.text.contains("href=\"/children/\(child)\">"), "opening the child clears its news")
            let drafts = try await app.count("SELECT COUNT(*) FROM child WHERE municipality_id = 1 AND created_by = ? AND status = 'registered'",
                                             [caseworker])
            #expect(Self.count(seen.text, section: "drafts") == drafts)
        }
    }

    @Test func theVolunteerSeesNextMeetingsAndFollowUpsAndTheClubMarksAChildStartedFromItsList() async throws {
        let app = try TestApp()
        try await app.test { client in
            var volunteer = Browser(client)
            try await volunteer.login("volunteer@holstebro.demo")
            let home = try await volunteer.get("/")
            #expect(home.status == .ok && home.text.contains("Næste møder"))
            let scope = DataScope.volunteer(MunicipalityID(1), try await app.userID("volunteer@holstebro.demo"), consentOn: app.clock.clock.today)
            let open = try await app.repos.followUps.open(until: FollowUpState.dueListLimit(today: app.clock.clock.today), scope: scope)
            #expect(Self.count(home.text, section: "volunteerFollowUps") == open.count)
            #expect(home.text.contains("/sessions/new") || Self.count(home.text, section: "sessions") == 0)

            var club = Browser(client)
            try await club.login("association@holstebro.demo")
            let list = try await club.get("/")
            let toStart = try #require(Self.count(list.text, section: "toStart"))
            #expect(toStart >= 1)
            let action = try #require(list.text.range(of: "action=\"/portal/enrolments/").map { r in
                "/portal/enrolments/" + list.text[r.upperBound...].prefix { $0 != "\"" }
            })
            #expect(try await club.post(action).status == .seeOther)
            #expect(Self.count(try await club.get("/").text, section: "toStart") == toStart - 1)
            #expect(Self.count(list.text, section: "toClaim") != nil && Self.count(list.text, section: "clubFollowUps") != nil)
        }
    }
}
