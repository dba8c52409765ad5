import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Store
import Testing
@testable import Web

/// Guidance meets the associations: a guide chooses a registry activity, and the association
/// answers "still coming?" from its portal; a "stopped" reaches the staff's follow-up list.
@Suite struct RetentionFlowTests {
    @Test func theAssociationAnswersFollowUpsWithOneButtonAndAStopReachesTheStaff() async throws {
        let app = try TestApp()
        let today = app.clock.clock.today
        let contact = try await app.userID("association@holstebro.demo")
        // The demo contact's open follow-ups that are due now, oldest first.
        let due = try await app.db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT f.id, f.enrolment_id FROM follow_up f JOIN enrolment e ON e.id = f.enrolment_id
                JOIN association_contact ac ON ac.association_id = e.association_id
                WHERE ac.user_id = ? AND f.answered_on IS NULL AND f.due_on <= ? AND e.stopped_on IS NULL ORDER BY f.due_on, f.id
                """, arguments: [contact, FollowUpState.dueListLimit(today: today)])
        }
        try #require(due.count >= 2, "the demo data gives the association follow-ups to answer")
        let first: Int64 = due[0]["id"], second: Int64 = due[1]["id"], secondEnrolment: Int64 = due[1]["enrolment_id"]
        // One more follow-up of the association is made due, for the "not sure" answer.
        let third = try await app.db.write { db in
            let id = try #require(try Int64.fetchOne(db, sql: """
                SELECT f.id FROM follow_up f JOIN enrolment e ON e.id = f.enrolment_id
                JOIN association_contact ac ON ac.association_id = e.association_id
                WHERE ac.user_id = ? AND f.answered_on IS NULL AND e.stopped_on IS NULL AND f.id NOT IN (?, ?) AND e.id <> ?
                ORDER BY f.due_on LIMIT 1
                """, arguments: [contact, first, second, secondEnrolment]))
            try db.execute(sql: "UPDATE follow_up SET due_on = ? WHERE id = ?", arguments: [today, id])
            return id
        }
        try await app.test { client in
            var club = Browser(client)
            try await club.login("association@holstebro.demo")
            let portal = try await club.get("/portal")
            #expect(portal.text.contains("action=\"/portal/follow-ups/\(first)\""))
            #expect(portal.text.contains("stadig til") && portal.text.contains("Ja, kommer fast") && portal.text.contains("Nej, er stoppet"))

            let regular = try await club.post("/portal/follow-ups/\(first)", [("attendance", "regular")])
            #expect(regular.location == "/portal")
            #expect(try await club.get("/portal").text.contains("Tak for svaret."))
            // A tampered answer gets a clear message and changes nothing.
            let bogus = try await club.post("/portal/follow-ups/\(second)", [("attendance", "maybe")])
            #expect(bogus.location == "/portal")
            #expect(try await club.get("/portal").text.contains("Vælg et af svarene"))
            // "Not sure" leaves it for the guide.
            #expect(try await club.get("/portal").text.contains("action=\"/portal/follow-ups/\(third)\""), "next, the 6-month question")
            #expect(try await club.post("/portal/follow-ups/\(third)", [("attendance", "unsure")]).location == "/portal")
            let afterUnsure = try await club.get("/portal")
            #expect(afterUnsure.text.contains("Barnets vejleder undersøger"))
            #expect(!afterUnsure.text.contains("action=\"/portal/follow-ups/\(third)\""), "not asked again")
            // Answering twice changes nothing.
            #expect(try await club.post("/portal/follow-ups/\(first)", [("attendance", "stopped")]).location == "/portal")

            let stopped = try await club.post("/portal/follow-ups/\(second)", [("attendance", "stopped"), ("needsHelp", "yes")])
            #expect(stopped.location == "/portal/enrolments/\(secondEnrolment)/stopped", "then the club says when the child stopped")
            let form = try await club.get(stopped.location!)
            #expect(form.text.contains("Skriv, hvornår barnet stoppede"))

            // Another municipality's contact cannot answer Holstebro's follow-ups.
            var other = Browser(client)
            other.ip = "192.0.2.91"
            try await other.login("association@svendborg.demo")
            #expect(try await other.post("/portal/follow-ups/\(second)", [("attendance", "regular")]).status == .notFound)

            var coordinator = Browser(client)
            coordinator.ip = "192.0.2.92"
            try await coordinator.login("coordinator@holstebro.demo")
            let list = try await coordinator.get("/follow-ups")
            #expect(list.text.contains("Kræver handling"))
            #expect(list.text.contains("href=\"/follow-ups/\(second)\""))
            #expect(list.text.contains("Foreningskontakt, \(today.display)"))
            #expect(list.text.contains("href=\"/follow-ups/\(third)\"") && list.text.contains("Foreningen ved ikke, om barnet stadig kommer"))
        }
        #expect(try await app.count("SELECT COUNT(*) FROM follow_up WHERE id = ? AND still_active AND attends_regularly AND answered_role = 'association'",
                                    [first]) == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM follow_up WHERE id = ? AND NOT still_active AND needs_help", [second]) == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'follow_up' AND detail LIKE 'portal %'") == 3)
    }

    @Test func aGuideChoosesTheActivityFromTheAssociationsRegistry() async throws {
        let app = try TestApp()
        let today = app.clock.clock.today
        let course = try await GuidanceTests.id(app, """
            SELECT id FROM guidance_course WHERE municipality_id = 1 AND status = 'ongoing' AND activity_started_on IS NULL ORDER BY id LIMIT 1
            """)
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let form = try await coordinator.get("/courses/\(course)/activity")
            #expect(form.text.contains("name=\"activityID\"") && form.text.contains("Anden aktivitet – skriv den nedenfor"))
            let option = try #require(form.text.firstMatch(of: /<option value="(\d+)">([^<]+)<\/option>/))
            let id = String(option.1), name = String(option.2)

            // Nothing chosen or written: the message sits at the select, and the date is kept.
            let empty = try await coordinator.post("/courses/\(course)/activity", [("activityID", ""), ("activity", ""), ("started", "no"),
                                                                                 ("startOn", today.adding(days: 20).iso)])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains("Vælg en aktivitet på listen") && empty.text.contains("value=\"\(today.adding(days: 20).iso)\""))
            // An activity that is not choosable is refused.
            let foreign = try await coordinator.post("/courses/\(course)/activity", [("activityID", "999999"), ("started", "no"),
                                                                                   ("startOn", today.adding(days: 20).iso)])
            #expect(foreign.status == .unprocessableContent && foreign.text.contains("kan ikke vælges længere"))

            let saved = try await coordinator.post("/courses/\(course)/activity", [("activityID", id), ("started", "no"),
                                                                                 ("startOn", today.adding(days: 20).iso)])
            #expect(saved.location == "/courses/\(course)")
            #expect(try await coordinator.get("/courses/\(course)").text.contains(name))
            // The form shows the choice when opened again.
            #expect(try await coordinator.get("/courses/\(course)/activity").text.contains("<option value=\"\(id)\" selected>"))
        }
        #expect(try await app.count("SELECT COUNT(*) FROM guidance_course WHERE id = ? AND activity_id IS NOT NULL", [course]) == 1)
    }
}

extension RetentionFlowTests {
    @Test func theGuideIsToldFirstThingWhenAClubSaysTheChildStopped() async throws {
        let app = try TestApp()
        let today = app.clock.clock.today
        let volunteer = try await app.userID("volunteer@holstebro.demo")
        let (followUp, child) = try await app.db.write { db -> (Int64, String) in
            let row = try #require(try Row.fetchOne(db, sql: """
                SELECT f.id, c.first_name || ' ' || c.last_name AS name FROM follow_up f JOIN guidance_course g ON g.id = f.course_id
                JOIN volunteer v ON v.id = g.guide_volunteer_id JOIN child c ON c.id = f.child_id
                WHERE v.user_id = ? AND g.status = 'ongoing' ORDER BY f.id LIMIT 1
                """, arguments: [volunteer]))
            try db.execute(sql: """
                UPDATE follow_up SET answered_on = ?, still_active = 0, attends_regularly = 0, needs_help = 0, answered_role = 'association'
                WHERE id = ?
                """, arguments: [today, row["id"] as Int64])
            return (row["id"], row["name"])
        }
        try await app.test { client in
            var guide = Browser(client)
            try await guide.login("volunteer@holstebro.demo")
            let page = try await guide.get("/my-children")
            #expect(page.text.contains("Tag kontakt til familien"))
            #expect(page.text.contains("href=\"/follow-ups/\(followUp)\"") && page.text.contains(child))
            #expect(page.text.contains("Foreningskontakt, \(today.display)"))
        }
    }
}
