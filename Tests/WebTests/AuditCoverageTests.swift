import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Testing
@testable import Web

/// What the penetration test found unaudited or too open: refused writes pointing at another
/// municipality's rows, reads of child data, the duplicate check, a volunteer after consent is
/// withdrawn.
@Suite struct AuditCoverageTests {
    /// Rows of both demo municipalities (Holstebro is 1, Svendborg 2).
    struct Rows {
        let holstebroChild: Int64
        let holstebroActivity: Int64
        let holstebroAssociationUser: Int64
        let holstebroClaim: Int64
        let holstebroVolunteer: Int64
        let holstebroVolunteerUser: Int64
        let svendborgChild: Int64
        let svendborgAssociation: Int64
        let svendborgCourse: Int64

        init(_ app: TestApp) async throws {
            (holstebroChild, holstebroActivity, holstebroAssociationUser, holstebroClaim, holstebroVolunteer, holstebroVolunteerUser,
             svendborgChild, svendborgAssociation, svendborgCourse) = try await app.db.read { db in
                func one(_ sql: String) throws -> Int64 { try #require(try Int64.fetchOne(db, sql: sql), "\(sql)") }
                return (try one("SELECT id FROM child WHERE municipality_id = 1 ORDER BY id LIMIT 1"),
                        try one("SELECT id FROM activity WHERE municipality_id = 1 ORDER BY id LIMIT 1"),
                        try one("SELECT id FROM app_user WHERE email = 'association@holstebro.demo'"),
                        try one("SELECT id FROM claim WHERE municipality_id = 1 AND status = 'submitted' ORDER BY id LIMIT 1"),
                        try one("SELECT id FROM volunteer WHERE municipality_id = 1 ORDER BY id LIMIT 1"),
                        try one("SELECT id FROM app_user WHERE email = 'volunteer@holstebro.demo'"),
                        try one("SELECT id FROM child WHERE municipality_id = 2 AND anonymised_at IS NULL ORDER BY id LIMIT 1"),
                        try one("SELECT id FROM association WHERE municipality_id = 2 ORDER BY id LIMIT 1"),
                        try one("SELECT id FROM guidance_course WHERE municipality_id = 2 AND status IN ('waiting_for_guide', 'ongoing') ORDER BY id LIMIT 1"))
            }
        }
    }

    func denied(_ app: TestApp, by user: UserID, entity: String, id: Int64, in municipality: Int) async throws -> Int {
        try await app.count("""
            SELECT COUNT(*) FROM audit_event WHERE user_id = ? AND outcome = 'denied' AND entity_type = ? AND entity_id = ?
              AND municipality_id = ?
            """, [user, entity, String(id), municipality])
    }

    @Test func refusedWritesPointingAtAnotherMunicipalitysRowsAreAuditedInBothMunicipalities() async throws {
        let app = try TestApp()
        let rows = try await Rows(app)
        let svendborg = try await app.userID("coordinator@svendborg.demo")
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@svendborg.demo")
            try await browser.get("/children/\(rows.svendborgChild)/enrolments/new")
            let enrol = try await browser.post("/children/\(rows.svendborgChild)/enrolments",
                                               [("activity", String(rows.holstebroActivity)), ("enrolledOn", app.clock.clock.today.iso)])
            #expect(enrol.status == .unprocessableContent)
            try await browser.get("/activities/new")
            let activity = try await browser.post("/activities", [
                ("association", "1"), ("name", "Fremmed hold"), ("category", "football"), ("minAge", "6"), ("maxAge", "12"),
                ("gender", "all"), ("weekdays[]", "monday"), ("fee", "500"), ("feePeriod", "season"), ("isActive", "yes")])
            #expect(activity.status == .unprocessableContent)
            try await browser.get("/associations/\(rows.svendborgAssociation)")
            let contact = try await browser.post("/associations/\(rows.svendborgAssociation)/contacts", [
                ("contactName", "Fremmed Kontakt"), ("contactRole", "Træner"), ("contactUser", String(rows.holstebroAssociationUser))])
            #expect(contact.status == .unprocessableContent)
            try await browser.get("/claims")
            let claim = try await browser.post("/claims/decisions", [("ids[]", String(rows.holstebroClaim)), ("decision", "approve")])
            #expect(claim.status == .seeOther)
            try await browser.get("/volunteers/new")
            let volunteer = try await browser.post("/volunteers", [
                ("name", "Fremmed Frivillig"), ("roles[]", "guide"), ("status", "active"), ("userID", String(rows.holstebroVolunteerUser))])
            #expect(volunteer.status == .unprocessableContent)
            try await browser.get("/courses/\(rows.svendborgCourse)/guide")
            let guide = try await browser.post("/courses/\(rows.svendborgCourse)/guide", [("guide", "volunteer-\(rows.holstebroVolunteer)")])
            #expect(guide.status == .notFound)
            try await browser.get("/users/new")
            let admin = try await browser.post("/users", [("name", "Ny Admin"), ("email", "ny.admin@svendborg.demo"), ("role", "admin")])
            #expect(admin.status == .unprocessableContent)
        }
        for (entity, id) in [("activity", rows.holstebroActivity), ("association", 1), ("user", rows.holstebroAssociationUser),
                             ("claim", rows.holstebroClaim), ("user", rows.holstebroVolunteerUser), ("volunteer", rows.holstebroVolunteer)] {
            #expect(try await denied(app, by: svendborg, entity: entity, id: id, in: 2) >= 1, "\(entity) \(id) in Svendborg's log")
            #expect(try await denied(app, by: svendborg, entity: entity, id: id, in: 1) >= 1, "\(entity) \(id) in Holstebro's log too")
        }
        #expect(try await app.count("""
            SELECT COUNT(*) FROM audit_event WHERE user_id = ? AND outcome = 'denied' AND action = 'create' AND entity_type = 'user'
              AND detail = 'role: admin'
            """, [svendborg]) == 1, "creating an admin is refused and audited")
        #expect(try await app.count("SELECT COUNT(*) FROM claim WHERE id = ? AND status = 'submitted'", [rows.holstebroClaim]) == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM app_user WHERE email = 'ny.admin@svendborg.demo'") == 0)
    }

    @Test func aRefusedReadOfAnotherMunicipalitysChildIsInThatMunicipalitysLog() async throws {
        let app = try TestApp()
        let rows = try await Rows(app)
        let svendborg = try await app.userID("coordinator@svendborg.demo")
        try await app.test { client in
            var prober = Browser(client)
            try await prober.login("coordinator@svendborg.demo")
            #expect(try await prober.get("/children/\(rows.holstebroChild)").status == .notFound)
            #expect(try await prober.post("/children/\(rows.holstebroChild)/caseworker", [("caseworker", "")]).status == .notFound)
            var holstebro = Browser(client)
            try await holstebro.login("coordinator@holstebro.demo")
            let log = try await holstebro.get("/audit?outcome=denied")
            #expect(log.status == .ok)
            #expect(log.text.contains("Sofie Lund, Koordinator, Svendborg Kommune"), "the prober is named, with their municipality")
            #expect(log.text.contains("Afvist") && log.text.contains("Forsøgte at åbne"))
            #expect(log.text.contains("Forsøg fra en anden kommune"))
            let name = try await app.db.read { try String.fetchOne($0, sql: "SELECT first_name || ' ' || last_name FROM child WHERE id = ?",
                                                                   arguments: [rows.holstebroChild])! }
            #expect(log.text.contains("Barn: \(name)"), "the child by name, in the targeted municipality's own log")
            var sofie = Browser(client)
            sofie.ip = "192.0.2.99"
            try await sofie.login("coordinator@svendborg.demo")
            let own = try await sofie.get("/audit?outcome=denied")
            #expect(!own.text.contains(name), "the prober's own log never names the other municipality's child")
        }
        #expect(try await denied(app, by: svendborg, entity: "child", id: rows.holstebroChild, in: 2) == 2)
        #expect(try await denied(app, by: svendborg, entity: "child", id: rows.holstebroChild, in: 1) == 2)
    }

    /// Every page a role can open that shows a child's name writes an audit row for it.
    @Test(arguments: ["coordinator@holstebro.demo", "caseworker@holstebro.demo", "volunteer@holstebro.demo", "association@holstebro.demo"])
    func everyPageShowingAChildsNameIsAudited(_ email: String) async throws {
        let app = try TestApp()
        let samples = try await AccessMatrixTests.Samples(app)
        let role = try #require(try await app.repos.users.find(try await app.userID(email))).role
        let names = try await app.db.read { db in
            try String.fetchAll(db, sql: """
                SELECT first_name || ' ' || last_name FROM child WHERE municipality_id = 1 AND anonymised_at IS NULL
                UNION SELECT first_name || ' ' || substr(last_name, 1, 1) || '.' FROM child WHERE municipality_id = 1 AND anonymised_at IS NULL
                """)
        }
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login(email)
            for route in Route.allCases where route.method == .get && AccessPolicy.allows(role, route)
                && ![.logout, .health, .accessibilityStatement].contains(route) {
                let path = samples.path(route)
                let before = try await app.count("SELECT COUNT(*) FROM audit_event WHERE outcome = 'allowed'")
                let page = try await browser.get(path)
                guard page.status == .ok else { continue }
                let shown = names.first { page.text.contains($0) }
                let after = try await app.count("SELECT COUNT(*) FROM audit_event WHERE outcome = 'allowed'")
                #expect(shown == nil || after > before, "\(route) \(path) as \(role.rawValue) shows \(shown ?? "") without an audit row")
            }
        }
    }

    @Test func theDuplicateCheckShowsOnlyWhomToAskAboutAnotherSlicesChildAndIsAudited() async throws {
        let app = try TestApp()
        let caseworker = try await app.userID("caseworker@holstebro.demo")
        // A Holstebro child the caseworker neither registered nor works on, with a guardian's phone.
        let found = try await app.db.read { db in
            try Row.fetchOne(db, sql: """
                SELECT c.id, c.first_name, c.last_name, c.birth_date, c.school, g.phone FROM child c JOIN guardian g ON g.child_id = c.id
                WHERE c.municipality_id = 1 AND c.created_by <> ? AND (c.caseworker_id IS NULL OR c.caseworker_id <> ?)
                  AND c.anonymised_at IS NULL AND g.phone IS NOT NULL AND c.school IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM guidance_course gx WHERE gx.child_id = c.id AND gx.guide_user_id = ?)
                ORDER BY c.id LIMIT 1
                """, arguments: [caseworker, caseworker, caseworker])
        }
        let row = try #require(found)
        let birth: LocalDate = row["birth_date"]
        let other = (id: row["id"] as Int64, firstName: row["first_name"] as String, lastName: row["last_name"] as String,
                     school: row["school"] as String, phone: row["phone"] as String)
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("caseworker@holstebro.demo")
            try await browser.get("/children/new")
            let page = try await browser.post("/children", [
                ("firstName", "Helt"), ("lastName", "Andetnavn"), ("birthDateDay", String(birth.day)), ("birthDateMonth", String(birth.month)),
                ("birthDateYear", String(birth.year)), ("gender", "not_stated"), ("needsAdaptation", "no"), ("guardianName1", "En Forælder"),
                ("guardianRelation1", "mother"), ("guardianPhone1", other.phone)])
            #expect(page.status == .ok)
            #expect(page.text.contains("Barnet findes måske allerede"))
            #expect(page.text.contains("Spørg"), "whom to ask")
            let alert = try #require(page.text.components(separatedBy: "Barnet findes måske allerede").dropFirst().first?
                .components(separatedBy: "</div>").first)
            #expect(!page.text.contains(other.firstName) && !page.text.contains(other.lastName), "never the other child's name")
            #expect(!alert.contains(other.school), "nor its school")
            #expect(!page.text.contains("/children/\(other.id)\""), "nor a link to it")
        }
        #expect(try await app.count("""
            SELECT COUNT(*) FROM audit_event WHERE user_id = ? AND action = 'search' AND entity_type = 'child' AND entity_id = ?
            """, [caseworker, String(other.id)]) == 1)
    }

    @Test func withdrawnConsentEndsAVolunteersAccessToTheCourseAtOnce() async throws {
        let app = try TestApp()
        let volunteerUser = try await app.userID("volunteer@holstebro.demo")
        let (course, child, consent) = try await app.db.read { db in
            let row = try #require(try Row.fetchOne(db, sql: """
                SELECT g.id, g.child_id FROM guidance_course g JOIN volunteer v ON v.id = g.guide_volunteer_id
                WHERE v.user_id = ? AND g.status = 'ongoing' ORDER BY g.id LIMIT 1
                """, arguments: [volunteerUser]))
            let child: Int64 = row["child_id"]
            let consent = try #require(try Int64.fetchOne(db, sql: """
                SELECT id FROM consent WHERE child_id = ? AND covers_volunteer AND withdrawn_on IS NULL ORDER BY id DESC LIMIT 1
                """, arguments: [child]))
            return (row["id"] as Int64, child, consent)
        }
        try await app.test { client in
            var volunteer = Browser(client)
            try await volunteer.login("volunteer@holstebro.demo")
            #expect(try await volunteer.get("/courses/\(course)").status == .ok)
            #expect(try await volunteer.get("/courses/\(course)/sessions/new").status == .ok)

            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            try await coordinator.get("/children/\(child)/consents/\(consent)/withdrawal")
            let withdrawn = try await coordinator.post("/children/\(child)/consents/\(consent)/withdrawal", [
                ("withdrawnOn", app.clock.clock.today.iso), ("reason", "Forældrene ønsker ikke deling med frivillige")])
            #expect(withdrawn.status == .seeOther)

            #expect(try await volunteer.get("/courses/\(course)").status == .notFound, "no reading")
            let note = try await volunteer.post("/courses/\(course)/sessions", [
                ("heldOn", app.clock.clock.today.iso), ("kind", "meeting"), ("minutes", "30"), ("note", "Mor kører til træning om tirsdagen")])
            #expect(note.status == .notFound, "no writing")
            let list = try await volunteer.get("/my-children")
            #expect(!list.text.contains("/courses/\(course)\""))
        }
        #expect(try await app.count("SELECT COUNT(*) FROM guidance_session WHERE note = 'Mor kører til træning om tirsdagen'") == 0)
    }
}
