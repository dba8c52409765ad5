import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Testing
@testable import Web

/// Guidance in the running application: matching through the open board, a guide's week, and the
/// coordinator's rules.
@Suite struct GuidanceTests {
    static func id(_ app: TestApp, _ sql: String, _ arguments: StatementArguments = []) async throws -> Int64 {
        try await app.db.read { try #require(try Int64.fetchOne($0, sql: sql, arguments: arguments)) }
    }

    @Test func fromTheOpenBoardToAnAnsweredFollowUp() async throws {
        let app = try TestApp()
        let today = app.clock.clock.today
        let course = try await Self.id(app, "SELECT id FROM guidance_course WHERE municipality_id = 1 AND status = 'waiting_for_guide' AND published_on IS NULL")
        let child = try await app.db.read { try Row.fetchOne($0, sql: "SELECT c.* FROM child c JOIN guidance_course g ON g.child_id = c.id WHERE g.id = ?",
                                                            arguments: [course])! }
        let first: String = child["first_name"], last: String = child["last_name"]
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            #expect(try await coordinator.get("/courses?status=waiting").text.contains("\(first) \(last)"))
            let published = try await coordinator.post("/courses/\(course)/publication", [("publish", "yes")])
            #expect(published.location == "/courses/\(course)")

            var amira = Browser(client)
            amira.ip = "192.0.2.77"
            let login = try await amira.login("volunteer@holstebro.demo")
            #expect(login.location == "/", "a volunteer starts on their work list")
            let board = try await amira.get("/board")
            #expect(board.text.contains(">\(first), "))
            #expect(!board.text.contains(last), "the board shows first names only")
            #expect(board.text.contains("Tilbyd at blive vejleder for \(first)"))
            let offered = try await amira.post("/board/\(course)/offer")
            #expect(offered.location == "/board")
            #expect(try await amira.get("/board").text.contains("Koordinatoren har fået dit tilbud om at blive vejleder for \(first)"))
            #expect(try await amira.get("/courses/\(course)").status == .notFound, "not hers until the coordinator confirms")

            let page = try await coordinator.get("/courses/\(course)")
            #expect(page.text.contains("Bekræft Amira Hassan som vejleder"))
            let offer = try await Self.id(app, "SELECT id FROM board_offer WHERE course_id = ? AND status = 'pending'", [course])
            let confirmed = try await coordinator.post("/board/offers/\(offer)/confirmation")
            #expect(confirmed.location == "/courses/\(course)")
            #expect(try await coordinator.get("/courses/\(course)").text.contains("Amira Hassan er nu vejleder for \(first)"))

            // The guide's week: find the child, log a session, record the start, answer the follow-up.
            #expect(try await amira.get("/my-children").text.contains("\(first) \(last)"))
            #expect(try await amira.get("/courses/\(course)/sessions/new").text.contains("name=\"minutes\""))
            let invalid = try await amira.post("/courses/\(course)/sessions", [("heldOn", today.iso), ("minutes", "45"), ("step", "1"),
                                                                             ("participants[]", "child"), ("note", "Hyggeligt møde")])
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text.contains("Vælg hvad slags samtale det var"))
            #expect(invalid.text.contains("Hyggeligt møde") && invalid.text.contains("value=\"45\""), "the input is kept")
            let logged = try await amira.post("/courses/\(course)/sessions", [("heldOn", today.iso), ("kind", "home_visit"), ("minutes", "45"),
                                                                            ("step", "2"), ("participants[]", "child"), ("participants[]", "guardian"),
                                                                            ("note", "Hyggeligt møde")])
            #expect(logged.location == "/courses/\(course)")
            let started = today.adding(months: -3)
            let activity = try await amira.post("/courses/\(course)/activity", [("activity", "Spejder hos KFUM"), ("started", "yes"),
                                                                              ("startOn", started.iso)])
            #expect(activity.location == "/courses/\(course)")
            let mine = try await amira.get("/my-children")
            #expect(mine.text.contains("\(first) \(last): opfølgning efter 3 måneder"))
            #expect(mine.text.contains("Skal besvares"))
            let followUp = try await Self.id(app, "SELECT id FROM follow_up WHERE course_id = ? AND months = 3", [course])
            #expect(try await amira.get("/follow-ups/\(followUp)").text.contains("Går barnet stadig til aktiviteten?"))
            let answered = try await amira.post("/follow-ups/\(followUp)", [("stillActive", "yes"), ("attendsRegularly", "yes"), ("needsHelp", "no")])
            #expect(answered.location == "/my-children")
        }
        let session = try await app.db.read { try Row.fetchOne($0, sql: "SELECT * FROM guidance_session WHERE course_id = ?", arguments: [course])! }
        #expect(session["logged_role"] as String == "volunteer" && session["kind"] as String == "home_visit")
        #expect(try await app.count("SELECT COUNT(*) FROM guidance_course WHERE id = ? AND status = 'ongoing' AND step = 6", [course]) == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM pass WHERE child_id = ? AND status = 'in_use'", [child["id"] as Int64]) == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM follow_up WHERE course_id = ? AND answered_role = 'volunteer' AND still_active", [course]) == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE role = 'volunteer' AND entity_type = 'child' AND entity_id = ?",
                                    [String(child["id"] as Int64)]) >= 4, "every read by the volunteer is logged")
    }

    @Test func aChildGrantedGuidanceWaitsAtTheTopOfTheCoursesUntilACourseBegins() async throws {
        let app = try TestApp()
        let today = app.clock.clock.today
        // A submitted referral of a child with consent to registration, approved on the guidance track.
        let (referral, child) = try await app.db.read { db -> (Int64, Int64) in
            let row = try #require(try Row.fetchOne(db, sql: """
                SELECT r.id, r.child_id FROM referral r WHERE r.municipality_id = 1 AND r.status = 'submitted'
                  AND EXISTS (SELECT 1 FROM consent k WHERE k.child_id = r.child_id AND k.covers_registration AND k.withdrawn_on IS NULL)
                  AND NOT EXISTS (SELECT 1 FROM pass p WHERE p.child_id = r.child_id)
                ORDER BY r.id LIMIT 1
                """))
            return (row["id"], row["child_id"])
        }
        let name = try await app.db.read { try String.fetchOne($0, sql: "SELECT first_name || ' ' || last_name FROM child WHERE id = ?", arguments: [child])! }
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            #expect(!(try await coordinator.get("/courses").text.contains("Begynd forløb for \(name)")))
            let decided = try await coordinator.post("/referrals/\(referral)/decision", [
                ("outcome", "approve"), ("track", "guidance_only"), ("validFrom", today.iso), ("validTo", today.adding(days: 300).iso),
                ("covers[]", "guidance"),
            ])
            #expect(decided.status == .seeOther)
            let courses = try await coordinator.get("/courses")
            #expect(courses.text.contains("Bevilget vejledning – forløbet er ikke begyndt"))
            #expect(courses.text.contains("href=\"/children/\(child)/courses/new\">Begynd forløb for \(name)</a>"))
            #expect(!(try await coordinator.get("/courses?status=ended").text.contains("Begynd forløb for")), "only above the open courses")
        }
    }

    @Test func theCoordinatorCannotBreakTheConsentOrBørneattestRules() async throws {
        let app = try TestApp()
        let today = app.clock.clock.today
        let course = try await Self.id(app, "SELECT id FROM guidance_course WHERE municipality_id = 1 AND status = 'waiting_for_guide' AND published_on IS NULL")
        let child = try await Self.id(app, "SELECT child_id FROM guidance_course WHERE id = ?", [course])
        try await app.db.write { db in
            // A young child, so the børneattest rule applies.
            try db.execute(sql: "UPDATE child SET birth_date = ? WHERE id = ?", arguments: [today.adding(years: -9), child])
        }
        let henrik = try await Self.id(app, "SELECT id FROM volunteer WHERE name = 'Henrik Lauridsen'")
        let fatma = try await Self.id(app, "SELECT id FROM volunteer WHERE name = 'Fatma Yilmaz'")
        let amira = try await Self.id(app, "SELECT id FROM volunteer WHERE name = 'Amira Hassan'")
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let form = try await coordinator.get("/courses/\(course)/guide")
            #expect(form.text.contains("Amira Hassan (frivillig"))
            #expect(!form.text.contains("value=\"volunteer-\(fatma)\""), "a følgeven is not offered as guide")
            let expired = try await coordinator.post("/courses/\(course)/guide", [("guide", "volunteer-\(henrik)"), ("companion", "")])
            #expect(expired.status == .unprocessableContent)
            #expect(expired.text.contains("Barnet er under 15 år, og Henrik Lauridsen har ikke en gyldig børneattest"))
            let companion = try await coordinator.post("/courses/\(course)/guide", [("guide", "volunteer-\(amira)"), ("companion", "\(fatma)")])
            #expect(companion.status == .unprocessableContent, "Fatma has no børneattest")
            #expect(try await coordinator.post("/courses/\(course)/guide", [("guide", "volunteer-x")]).status == .badRequest)

            try await app.db.write { db in
                try db.execute(sql: "UPDATE consent SET covers_volunteer = 0 WHERE child_id = ?", arguments: [child])
            }
            let noConsent = try await coordinator.post("/courses/\(course)/guide", [("guide", "volunteer-\(amira)")])
            #expect(noConsent.text.contains("Forældrene har ikke givet samtykke til deling med en frivillig"))
            #expect(try await coordinator.post("/courses/\(course)/publication", [("publish", "yes")]).status == .seeOther)
            #expect(try await coordinator.get("/courses/\(course)").text.contains("barnet kan ikke slås op på opslagstavlen"))
            // A staff member can still guide the child.
            let lars = try await app.userID("caseworker@holstebro.demo")
            #expect(try await coordinator.post("/courses/\(course)/guide", [("guide", "user-\(lars)")]).location == "/courses/\(course)")
        }
        #expect(try await app.count("SELECT COUNT(*) FROM guidance_course WHERE id = ? AND published_on IS NULL AND status = 'ongoing'", [course]) == 1)
    }

    @Test func aCourseStartsOnlyOnAPassThatCoversGuidanceAndEndsWithAnOutcome() async throws {
        let app = try TestApp()
        let today = app.clock.clock.today
        let closed = try await Self.id(app, "SELECT child_id FROM guidance_course WHERE municipality_id = 1 AND status = 'failed'")
        let feeOnly = try await Self.id(app, """
            SELECT p.child_id FROM pass p WHERE p.municipality_id = 1 AND NOT p.covers_guidance AND p.status IN ('granted', 'in_use') AND p.valid_to >= ?
            """, [today])
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let page = try await coordinator.get("/children/\(closed)")
            #expect(page.text.contains("Start fritidsvejledning") && page.text.contains("Lykkedes ikke"))
            let created = try await coordinator.post("/children/\(closed)/courses", [("startedOn", today.iso), ("guide", "self")])
            let location = try #require(created.location)
            #expect(location.hasPrefix("/courses/"))
            let again = try await coordinator.post("/children/\(closed)/courses", [("startedOn", today.iso), ("guide", "find")])
            #expect(again.location == "/children/\(closed)#guidance", "one open course per child")
            let refused = try await coordinator.post("/children/\(feeOnly)/courses", [("startedOn", today.iso), ("guide", "find")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Barnet har ikke et gyldigt fritidspas, der dækker fritidsvejledning"))

            let outcome = try await coordinator.post("\(location)/outcome", [("outcome", "successful"), ("endedOn", today.iso)])
            #expect(outcome.status == .unprocessableContent)
            #expect(outcome.text.contains("Registrér først, at barnet er startet i en aktivitet"))
            #expect(try await coordinator.post("\(location)/outcome", [("outcome", "moved_away"), ("endedOn", today.iso)]).location == location)
            let ended = try await coordinator.get(location)
            #expect(ended.text.contains("Flyttet") && !ended.text.contains("Registrér samtale"))
            #expect(try await coordinator.post("\(location)/sessions", [("heldOn", today.iso), ("kind", "call"), ("minutes", "10"), ("step", "1"),
                                                                     ("participants[]", "guardian")]).location == location)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM guidance_course WHERE child_id = ?", [closed]) == 2)
        #expect(try await app.count("SELECT COUNT(*) FROM guidance_session s JOIN guidance_course g ON g.id = s.course_id WHERE g.child_id = ? AND s.held_on = ?",
                                    [closed, today]) == 0, "a closed course takes no sessions")
    }

    @Test func volunteersAreManagedByTheCoordinator() async throws {
        let app = try TestApp()
        let account = try await app.userID("volunteer@holstebro.demo")
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let list = try await coordinator.get("/volunteers")
            #expect(list.text.contains("Henrik Lauridsen") && list.text.contains("Børneattest udløbet") && list.text.contains("Uden opgave i"))
            #expect(!list.text.contains("Karen Mortensen"), "Svendborg's volunteers")
            let invalid = try await coordinator.post("/volunteers", [("name", "Nadia Berg"), ("roles[]", "guide"), ("capacity", "0"),
                                                                     ("status", "active"), ("userID", "\(account)")])
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text.contains("Indtast telefon eller e-mail") && invalid.text.contains("Indtast et antal børn mellem 1 og 10"))
            #expect(invalid.text.contains("Vælg en brugerkonto med rollen Frivillig"), "the account is Amira's already")
            let created = try await coordinator.post("/volunteers", [("name", "Nadia Berg"), ("phone", "22 33 44 55"), ("roles[]", "guide"),
                                                                     ("roles[]", "companion"), ("organisation", "DGI"), ("capacity", "2"),
                                                                     ("certificateOn", app.clock.clock.today.adding(days: -30).iso), ("status", "active")])
            let location = try #require(created.location)
            let page = try await coordinator.get(location)
            #expect(page.text.contains("Nadia Berg er oprettet som frivillig") && page.text.contains("Børneattest gyldig til"))
            #expect(try await coordinator.post("\(location)/trainings", [("trainedOn", app.clock.clock.today.iso), ("topic", "Samtaler med familier")])
                .location == "\(location)#trainings")
            #expect(try await coordinator.get(location).text.contains("Samtaler med familier"))
            #expect(try await coordinator.post("/volunteers/settings", [("renewalMonths", "200")]).status == .unprocessableContent)
            #expect(try await coordinator.post("/volunteers/settings", [("renewalMonths", "36")]).location == "/volunteers")
            #expect(try await coordinator.get("/volunteers").text.contains("En børneattest gælder i 36 måneder."))
        }
    }
}
