import Demo
import Domain
import Foundation
import HummingbirdTesting
import Testing
@testable import Web

/// Schools and districts: the coordinator keeps the registries, the child form chooses from
/// them, and the registry page shows what the registries' migration joined.
@Suite struct RegistriesTests {
    @Test func theCoordinatorSeesWhatWasJoinedAndAddsASchool() async throws {
        let app = try TestApp()
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let page = try await coordinator.get("/settings/registers")
            #expect(page.status == .ok)
            #expect(page.text.contains("<q>Tvis skole</q></td><th scope=\"row\">Tvis Skole</th>"), "the demo's old spellings, joined")
            #expect(page.text.contains("<q>tvis</q></td><th scope=\"row\">Tvis</th>"))
            #expect(page.text.contains("name=\"schoolName\"") && page.text.contains("name=\"schoolDistrict\""))
            let added = try await coordinator.post("/settings/registers/schools", [("schoolName", "  Struer  Friskole "), ("schoolDistrict", "")])
            #expect(added.status == .seeOther && added.location == "/settings/registers")
            #expect(try await coordinator.get("/settings/registers").text.contains("<th scope=\"row\">Struer Friskole</th>"), "spaces tidied")
            let again = try await coordinator.post("/settings/registers/schools", [("schoolName", "struer friskole"), ("schoolDistrict", "")])
            #expect(again.status == .unprocessableContent)
            #expect(again.text.contains("Navnet findes allerede") && again.text.contains("value=\"struer friskole\""), "input kept")
            let empty = try await coordinator.post("/settings/registers/districts", [("districtName", " ")])
            #expect(empty.status == .unprocessableContent && empty.text.contains("Skriv et navn"))
            let badDistrict = try await coordinator.post("/settings/registers/schools", [("schoolName", "Ny Skole"), ("schoolDistrict", "999999")])
            #expect(badDistrict.status == .unprocessableContent && badDistrict.text.contains("Vælg et skoledistrikt fra listen"))
        }
        #expect(try await app.count("SELECT COUNT(*) FROM school WHERE name = 'Struer Friskole' AND municipality_id = 1") == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'school' AND action = 'create'") == 1)
    }

    @Test func renamingASchoolRenamesItOnTheChildren() async throws {
        let app = try TestApp()
        let (school, children) = try await app.db.read { db in
            (try Int64.fetchOne(db, sql: "SELECT id FROM school WHERE municipality_id = 1 AND name = 'Tvis Skole'")!,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM child WHERE municipality_id = 1 AND school = 'Tvis Skole'")!)
        }
        #expect(children > 2)
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let form = try await coordinator.get("/settings/registers/schools/\(school)")
            #expect(form.text.contains("value=\"Tvis Skole\""))
            let saved = try await coordinator.post("/settings/registers/schools/\(school)", [("name", "Tvis Centralskole"), ("district", "")])
            #expect(saved.status == .seeOther)
            let taken = try await coordinator.post("/settings/registers/schools/\(school)", [("name", "nørrelandsskolen"), ("district", "")])
            #expect(taken.status == .unprocessableContent)
            var other = Browser(client)
            try await other.login("coordinator@svendborg.demo")
            #expect(try await other.get("/settings/registers/schools/\(school)").status == .notFound, "another municipality's school")
        }
        #expect(try await app.count("SELECT COUNT(*) FROM child WHERE municipality_id = 1 AND school = 'Tvis Centralskole'") == children)
        #expect(try await app.count("SELECT COUNT(*) FROM child WHERE school = 'Tvis Skole'") == 0)
    }

    @Test func theChildFormChoosesSchoolAndDistrictFromTheRegistry() async throws {
        let app = try TestApp()
        try await app.test { client in
            var caseworker = Browser(client)
            try await caseworker.login("caseworker@holstebro.demo")
            let form = try await caseworker.get("/children/new")
            #expect(form.text.contains("<select class=\"form-select input-l\" id=\"school\" name=\"school\""))
            #expect(form.text.contains("<option value=\"Tvis Skole\">Tvis Skole</option>"))
            #expect(!form.text.contains("value=\"Tvis skole\""), "the joined spelling is no choice")
            var typed = IntakeTests.childForm
            typed[6] = ("school", "Tvis skole")
            let refused = try await caseworker.post("/children", typed)
            #expect(refused.status == .unprocessableContent && refused.text.contains("Vælg en skole fra listen"))
            var noDistrict = IntakeTests.childForm
            noDistrict[8] = ("schoolDistrict", "")
            let created = try await caseworker.post("/children", noDistrict + [("confirmDuplicate", "yes")])
            #expect(created.status == .seeOther)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM child WHERE first_name = 'Aya' AND last_name = 'Østergård' AND school_district = 'Tvis'") == 1,
                "the district follows from the chosen school")
    }

    @Test func clubsAndActivitiesChooseTheirDistrictFromTheRegistry() async throws {
        let app = try TestApp()
        let (association, activity) = try await app.db.read { db in
            (try Int64.fetchOne(db, sql: "SELECT id FROM association WHERE municipality_id = 1 ORDER BY id LIMIT 1")!,
             try Int64.fetchOne(db, sql: "SELECT id FROM activity WHERE municipality_id = 1 ORDER BY id LIMIT 1")!)
        }
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let form = try await coordinator.get("/associations/\(association)/edit")
            #expect(form.text.contains("<select class=\"form-select input-l\" id=\"district\" name=\"district\""))
            #expect(form.text.contains("<option value=\"Tvis\" selected>Tvis</option>"), "the club's own district chosen")
            let fields = [("name", "Tvis Boldklub"), ("cvr", "29189919"), ("categories[]", "football"), ("acceptsFritidspas", "yes"),
                          ("isActive", "yes")]
            let typed = try await coordinator.post("/associations/\(association)", fields + [("district", "tvis by")])
            #expect(typed.status == .unprocessableContent && typed.text.contains("Vælg et skoledistrikt fra listen"))
            let activityForm = try await coordinator.get("/activities/\(activity)/edit")
            #expect(activityForm.text.contains("id=\"district\" name=\"district\"") && activityForm.text.contains("<option value=\"Måbjerg\""))
        }
    }
}
