import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Testing
@testable import Web

/// What volunteers may reach: their own courses and the restricted record of those children only.
@Suite struct GuidanceAccessTests {
    /// Holstebro: a course of the demo volunteer Amira, and one handed to Ali, who gets an account.
    struct Setup {
        let amiraCourse: Int64
        let amiraChild: Int64
        let aliCourse: Int64
        let aliChild: Int64
        let aliFollowUp: Int64

        init(_ app: TestApp) async throws {
            let amira = try await app.userID("volunteer@holstebro.demo")
            (amiraCourse, amiraChild, aliCourse, aliChild, aliFollowUp) = try await app.db.write { db in
                let mine = try Row.fetchOne(db, sql: """
                    SELECT g.id, g.child_id FROM guidance_course g JOIN volunteer v ON v.id = g.guide_volunteer_id
                    WHERE v.user_id = ? AND g.status = 'ongoing' AND EXISTS (SELECT 1 FROM guidance_session s WHERE s.course_id = g.id AND s.logged_role = 'coordinator')
                    ORDER BY g.id LIMIT 1
                    """, arguments: [amira])!
                // The course a caseworker guides, with an open follow-up, goes to Ali; Ali gets an account.
                let other = try Row.fetchOne(db, sql: """
                    SELECT g.id, g.child_id, f.id AS follow_up FROM guidance_course g JOIN follow_up f ON f.course_id = g.id
                    WHERE g.municipality_id = 1 AND g.status = 'ongoing' AND g.guide_user_id IS NOT NULL AND f.answered_on IS NULL
                    LIMIT 1
                    """)!
                // Handed to a volunteer, the family consents to sharing with one.
                try db.execute(sql: """
                    INSERT INTO consent (child_id, municipality_id, given_by, given_on, method, covers_registration, covers_association,
                      covers_volunteer, recorded_at) VALUES (?, 1, 'Forælder', '2026-12-01', 'written', 1, 0, 1, ?)
                    """, arguments: [other["child_id"], Date()])
                let hash = try String.fetchOne(db, sql: "SELECT password_hash FROM app_user WHERE id = ?", arguments: [amira])!
                try db.execute(sql: """
                    INSERT INTO app_user (municipality_id, role, email, name, password_hash, created_at) VALUES (1, 'volunteer', 'ali@holstebro.demo', 'Ali Rahimi', ?, ?)
                    """, arguments: [hash, Date()])
                let ali = db.lastInsertedRowID
                try db.execute(sql: "UPDATE volunteer SET user_id = ? WHERE name = 'Ali Rahimi'", arguments: [ali])
                try db.execute(sql: """
                    UPDATE guidance_course SET guide_user_id = NULL, guide_volunteer_id = (SELECT id FROM volunteer WHERE name = 'Ali Rahimi') WHERE id = ?
                    """, arguments: [other["id"]])
                // Things a volunteer must never see.
                try db.execute(sql: "UPDATE referral SET reason_note = 'Hemmelig årsag fra skolen' WHERE child_id = ?", arguments: [mine["child_id"]])
                try db.execute(sql: "UPDATE child SET note = 'Intern note om familien', school = 'Sønderlandsskolen' WHERE id = ?",
                               arguments: [mine["child_id"]])
                return (mine["id"], mine["child_id"], other["id"], other["child_id"], other["follow_up"])
            }
        }
    }

    @Test func aVolunteerCannotReachAnotherVolunteersChildNorLogForThem() async throws {
        let app = try TestApp()
        let s = try await Setup(app)
        let today = app.clock.clock.today
        let sessionsBefore = try await app.count("SELECT COUNT(*) FROM guidance_session")
        try await app.test { client in
            var amira = Browser(client)
            try await amira.login("volunteer@holstebro.demo")
            for path in ["/courses/\(s.aliCourse)", "/courses/\(s.aliCourse)/sessions/new", "/courses/\(s.aliCourse)/agreements/new",
                         "/courses/\(s.aliCourse)/activity", "/follow-ups/\(s.aliFollowUp)"] {
                #expect(try await amira.get(path).status == .notFound, "\(path)")
            }
            let session = [("heldOn", today.iso), ("kind", "call"), ("minutes", "20"), ("step", "1"), ("participants[]", "guardian")]
            #expect(try await amira.post("/courses/\(s.aliCourse)/sessions", session).status == .notFound)
            #expect(try await amira.post("/courses/\(s.aliCourse)/agreements", [("kind", "transport"), ("agreedOn", today.iso)]).status == .notFound)
            #expect(try await amira.post("/courses/\(s.aliCourse)/activity", [("activity", "Fodbold"), ("started", "no"),
                                                                             ("startOn", today.adding(days: 30).iso)]).status == .notFound)
            #expect(try await amira.post("/follow-ups/\(s.aliFollowUp)", [("stillActive", "no"), ("needsHelp", "no")]).status == .notFound)
            #expect(try await amira.get("/children/\(s.aliChild)").status == .forbidden, "volunteers never use the caseworkers' pages")
            #expect(try await amira.get("/children/\(s.amiraChild)").status == .forbidden)
            #expect(try await amira.get("/courses").status == .forbidden)
            #expect(try await amira.post("/courses/\(s.amiraCourse)/outcome", [("outcome", "failed")]).status == .forbidden)
            let followUps = try await amira.get("/follow-ups")
            #expect(!followUps.text.contains("/follow-ups/\(s.aliFollowUp)\""))

            var ali = Browser(client)
            ali.ip = "192.0.2.88"
            try await ali.login("ali@holstebro.demo")
            #expect(try await ali.get("/courses/\(s.aliCourse)").status == .ok)
            #expect(try await ali.get("/courses/\(s.amiraCourse)").status == .notFound)
            #expect(try await ali.post("/courses/\(s.aliCourse)/sessions", session).location == "/courses/\(s.aliCourse)")
            #expect(try await ali.get("/follow-ups").text.contains("/follow-ups/\(s.aliFollowUp)\""))
        }
        #expect(try await app.count("SELECT COUNT(*) FROM guidance_session") == sessionsBefore + 1)
        #expect(try await app.count("SELECT COUNT(*) FROM guidance_session WHERE course_id = ? AND logged_role = 'volunteer'", [s.aliCourse]) == 1)
    }

    @Test func aVolunteerSeesNoReferralReasonsNotesOrOtherData() async throws {
        let app = try TestApp()
        let s = try await Setup(app)
        try await app.test { client in
            var amira = Browser(client)
            try await amira.login("volunteer@holstebro.demo")
            let page = try await amira.get("/courses/\(s.amiraCourse)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Registrér samtale"))
            for secret in ["Hemmelig årsag", "Intern note", "Sønderlandsskolen", "Koordinator: Mor har fortalt", "Økonomi", "Indstilling"] {
                #expect(!page.text.contains(secret), "\(secret)")
            }
            #expect(page.text.contains("Familien") && page.text.contains("tel:"), "the family's contact details")

            var coordinator = Browser(client)
            coordinator.ip = "192.0.2.34"
            try await coordinator.login("coordinator@holstebro.demo")
            #expect(try await coordinator.get("/courses/\(s.amiraCourse)").text.contains("Koordinator: Mor har fortalt"))
            let childPage = try await coordinator.get("/children/\(s.amiraChild)")
            #expect(childPage.text.contains("Hemmelig årsag fra skolen") && childPage.text.contains("Fritidsvejledning startet"))
            #expect(childPage.text.contains("Amira Hassan"))
        }
        #expect(try await app.count("""
            SELECT COUNT(*) FROM audit_event WHERE role = 'volunteer' AND action = 'view' AND entity_type = 'child' AND entity_id = ? AND detail LIKE 'volunteer course%'
            """, [String(s.amiraChild)]) == 1)
    }

    @Test func withdrawnConsentHidesTheFamilyFromTheVolunteerAndTheBoard() async throws {
        let app = try TestApp()
        let s = try await Setup(app)
        let (publishedChild, firstName) = try await app.db.read { db -> (Int64, String) in
            let row = try Row.fetchOne(db, sql: """
                SELECT c.id, c.first_name FROM guidance_course g JOIN child c ON c.id = g.child_id
                WHERE g.municipality_id = 1 AND g.published_on IS NOT NULL ORDER BY g.id LIMIT 1
                """)!
            return (row["id"], row["first_name"])
        }
        try await app.db.write { db in
            try db.execute(sql: "UPDATE consent SET covers_volunteer = 0 WHERE child_id IN (?, ?)", arguments: [s.amiraChild, publishedChild])
            try db.execute(sql: """
                INSERT INTO parent_agreement (course_id, municipality_id, kind, description, agreed_on, created_at)
                VALUES (?, 1, 'other', 'Mormor henter efter træning', '2026-01-05', ?)
                """, arguments: [s.amiraCourse, Date()])
        }
        try await app.test { client in
            var amira = Browser(client)
            try await amira.login("volunteer@holstebro.demo")
            // Without the guardians' consent the volunteer no longer reaches the course at all.
            let page = try await amira.get("/courses/\(s.amiraCourse)")
            #expect(page.status == .notFound)
            #expect(!page.text.contains("tel:"))
            #expect(!page.text.contains("Mormor henter"), "the family's agreements go with the consent")
            #expect(!(try await amira.get("/board").text.contains(">\(firstName), ")))
        }
    }

    @Test func anotherMunicipalityGets404() async throws {
        let app = try TestApp()
        let s = try await Setup(app)
        let board = try await app.db.read { try Int64.fetchOne($0, sql: "SELECT id FROM guidance_course WHERE municipality_id = 1 AND published_on IS NOT NULL LIMIT 1")! }
        try await app.test { client in
            var karen = Browser(client)
            try await karen.login("volunteer@svendborg.demo")
            #expect(try await karen.get("/courses/\(s.amiraCourse)").status == .notFound)
            #expect(try await karen.post("/board/\(board)/offer").status == .notFound)
            #expect(try await karen.get("/follow-ups/\(s.aliFollowUp)").status == .notFound)
            #expect(try await karen.get("/my-children").text.contains("Mine børn"))
            var caseworker = Browser(client)
            caseworker.ip = "192.0.2.99"
            try await caseworker.login("caseworker@svendborg.demo")
            #expect(try await caseworker.get("/courses/\(s.amiraCourse)").status == .notFound)
            #expect(try await caseworker.post("/children/\(s.amiraChild)/courses", [("guide", "find")]).status == .notFound)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM board_offer WHERE course_id = ? AND volunteer_id IN (SELECT id FROM volunteer WHERE municipality_id = 2)",
                                    [board]) == 0)
    }
}
