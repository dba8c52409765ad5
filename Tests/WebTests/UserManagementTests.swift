import Demo
import Domain
import Foundation
import HummingbirdTesting
import Testing
@testable import Web

@Suite struct UserManagementTests {
    static func activationPath(in html: String) -> String? {
        guard let range = html.range(of: "/activate/") else { return nil }
        let token = html[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return "/activate/" + token
    }

    /// The link in the newest activation e-mail to `email`, as queued in the outbox (the page
    /// never shows it).
    static func emailedPath(to email: String, _ app: TestApp) async throws -> String? {
        let params = try await app.db.read {
            try String.fetchOne($0, sql: "SELECT params FROM outbox WHERE recipient = ? AND kind = 'activation' ORDER BY id DESC LIMIT 1",
                                arguments: [email])
        }
        return params.flatMap(activationPath(in:))
    }

    @Test func aCoordinatorCreatesAUserWhoActivatesTheAccountOnce() async throws {
        let app = try TestApp()
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let invalid = try await coordinator.post("/users", [("name", ""), ("email", "ikke-en-mail"), ("role", "")])
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text.contains("Indtast brugerens navn"))
            #expect(invalid.text.contains("Indtast en e-mailadresse i formatet navn@eksempel.dk"))
            #expect(invalid.text.contains("Vælg en rolle"))
            #expect(invalid.text.contains("value=\"ikke-en-mail\""), "input is kept")

            let created = try await coordinator.post("/users", [("name", "Hanne Bøgh"), ("email", "Hanne@Holstebro.demo"), ("role", "caseworker")])
            #expect(created.status == .seeOther)
            let page = try await coordinator.get(try #require(created.location))
            #expect(page.text.contains("Hanne Bøgh er oprettet"))
            #expect(page.text.contains("Afventer aktivering"))
            #expect(Self.activationPath(in: page.text) == nil, "the link goes by e-mail, never on the page")
            let link = try #require(try await Self.emailedPath(to: "hanne@holstebro.demo", app))
            #expect(try await app.count("SELECT COUNT(*) FROM app_session WHERE CAST(data AS TEXT) LIKE '%/activate/%'") == 0,
                    "no working link is stored in a session")

            let duplicate = try await coordinator.post("/users", [("name", "Hanne 2"), ("email", "hanne@holstebro.demo"), ("role", "volunteer")])
            #expect(duplicate.status == .unprocessableContent)
            #expect(duplicate.text.contains("Der findes allerede en bruger"))

            var hanne = Browser(client)
            hanne.ip = "192.0.2.77"
            let form = try await hanne.get(link)
            #expect(form.status == .ok)
            #expect(form.text.contains("hanne@holstebro.demo"))
            let weak = try await hanne.post(link, [("password", "password123456"), ("passwordConfirmation", "password123456")])
            #expect(weak.status == .unprocessableContent)
            #expect(weak.text.contains("for almindelig"))
            let set = try await hanne.post(link, [("password", "grøn cykel over åen"), ("passwordConfirmation", "grøn cykel over åen")])
            #expect(set.location == "/login?reason=activated")
            let reused = try await hanne.get(link)
            #expect(reused.status == .notFound)
            #expect(reused.text.contains("Linket virker ikke"))
            #expect(try await hanne.login("hanne@holstebro.demo", "grøn cykel over åen").status == .seeOther)
        }
        let hanne = try #require(try await app.repos.users.credentials(email: "hanne@holstebro.demo"))
        #expect(hanne.user.role == .caseworker)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'user' AND action = 'create'") == 1)
    }

    @Test func activationLinksExpireAfterADay() async throws {
        let app = try TestApp()
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let created = try await coordinator.post("/users", [("name", "Sent Bruger"), ("email", "sent@holstebro.demo"), ("role", "volunteer")])
            _ = try await coordinator.get(try #require(created.location))
            let link = try #require(try await Self.emailedPath(to: "sent@holstebro.demo", app))
            app.clock.advance(24 * 3600 + 1)
            var user = Browser(client)
            try await user.get("/login")
            #expect(try await user.get(link).status == .notFound)
            let post = try await user.post(link, [("password", "grøn cykel over åen"), ("passwordConfirmation", "grøn cykel over åen")])
            #expect(post.status == .notFound)
        }
        #expect(try await app.repos.users.credentials(email: "sent@holstebro.demo")?.passwordHash == nil)
    }

    @Test func resettingAPasswordEndsSessionsAndIssuesANewLink() async throws {
        let app = try TestApp()
        let caseworker = try await app.userID("caseworker@holstebro.demo")
        try await app.test { client in
            var worker = Browser(client)
            worker.ip = "192.0.2.60"
            try await worker.login("caseworker@holstebro.demo")
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let reset = try await coordinator.post("/users/\(caseworker)/password-reset")
            let page = try await coordinator.get(try #require(reset.location))
            #expect(page.text.contains("Vi har sendt en e-mail med et nyt link"))
            #expect(try await Self.emailedPath(to: "caseworker@holstebro.demo", app) != nil)
            #expect(try await app.count("SELECT COUNT(*) FROM app_session WHERE CAST(data AS TEXT) LIKE '%/activate/%'") == 0)
            #expect(try await worker.get("/").status == .seeOther)
            var again = Browser(client)
            again.ip = "192.0.2.61"
            #expect(try await again.login("caseworker@holstebro.demo").status == .unauthorized)
        }
    }

    @Test func aCoordinatorCannotDemoteOrDeactivateThemselves() async throws {
        let app = try TestApp()
        let me = try await app.userID("coordinator@holstebro.demo")
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            let demote = try await browser.post("/users/\(me)", [("name", "Mette Kjær"), ("role", "caseworker")])
            #expect(demote.status == .unprocessableContent)
            #expect(demote.text.contains("Du kan ikke ændre din egen rolle"))
            _ = try await browser.post("/users/\(me)/active", [("active", "false")])
        }
        let user = try #require(try await app.repos.users.find(me))
        #expect(user.role == .coordinator && user.isActive)
    }

    @Test func changingRoleEndsTheUsersSessions() async throws {
        let app = try TestApp()
        let volunteer = try await app.userID("volunteer@holstebro.demo")
        try await app.test { client in
            var v = Browser(client)
            v.ip = "192.0.2.70"
            try await v.login("volunteer@holstebro.demo")
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            #expect(try await coordinator.post("/users/\(volunteer)", [("name", "Amira Hassan"), ("role", "caseworker")]).status == .seeOther)
            #expect(try await v.get("/").status == .seeOther)
        }
    }

    @Test func usersChangeTheirOwnPasswordAndLanguage() async throws {
        let app = try TestApp()
        try await app.test { client in
            var phone = Browser(client)
            phone.ip = "192.0.2.80"
            try await phone.login("caseworker@holstebro.demo")
            var laptop = Browser(client)
            try await laptop.login("caseworker@holstebro.demo")
            let wrong = try await laptop.post("/account/password", [("currentPassword", "nope"), ("password", "ny god sætning her"), ("passwordConfirmation", "ny god sætning her")])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.text.contains("Den nuværende adgangskode er forkert"))
            let ok = try await laptop.post("/account/password", [("currentPassword", DemoData.password), ("password", "ny god sætning her"), ("passwordConfirmation", "ny god sætning her")])
            #expect(ok.location == "/account")
            #expect(try await laptop.get("/account").text.contains("Din adgangskode er skiftet"))
            #expect(try await phone.get("/").status == .seeOther, "other devices are signed out")
            try await laptop.post("/account/language", [("language", "en")])
            let english = try await laptop.get("/")
            #expect(english.text.contains("<html lang=\"en\">"))
            #expect(english.text.contains("Welcome, Lars Nørgaard"))
            #expect(english.text.contains("Sign out"))
        }
    }

    @Test func anAdminSetsUpAMunicipalityWithItsFirstCoordinator() async throws {
        let app = try TestApp()
        try await app.test { client in
            var admin = Browser(client)
            try await admin.login(DemoData.adminEmail)
            let invalid = try await admin.post("/admin/municipalities", [("name", "Ærø Kommune"), ("slug", "Ærø"), ("schemeName", ""),
                                                                          ("coordinatorName", ""), ("coordinatorEmail", "x")])
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text.contains("Det korte navn må kun have små bogstaver"))
            #expect(invalid.text.contains("value=\"Ærø Kommune\""))
            let taken = try await admin.post("/admin/municipalities", [("name", "Holstebro 2"), ("slug", "holstebro"), ("schemeName", "X"),
                                                                        ("coordinatorName", "Ny"), ("coordinatorEmail", "ny@aeroe.dk")])
            #expect(taken.text.contains("Det korte navn er allerede i brug"))
            let created = try await admin.post("/admin/municipalities", [
                ("name", "Ærø Kommune"), ("slug", "aeroe"), ("schemeName", "Fritidspas Ærø"),
                ("supportEmail", "fritid@aeroe.dk"), ("supportPhone", "62 52 10 00"),
                ("coordinatorName", "Birthe Ærbø"), ("coordinatorEmail", "birthe@aeroe.dk"),
            ])
            #expect(created.status == .seeOther)
            let page = try await admin.get(try #require(created.location))
            #expect(page.text.contains("Ærø Kommune er oprettet med Birthe Ærbø som koordinator"))
            let link = try #require(try await UserManagementTests.emailedPath(to: "birthe@aeroe.dk", app))
            var birthe = Browser(client)
            birthe.ip = "192.0.2.90"
            _ = try await birthe.get(link)
            _ = try await birthe.post(link, [("password", "skibe i havnen om natten"), ("passwordConfirmation", "skibe i havnen om natten")])
            try await birthe.login("birthe@aeroe.dk", "skibe i havnen om natten")
            let users = try await birthe.get("/users")
            #expect(users.text.contains("Birthe Ærbø"))
            #expect(users.text.contains("Ærø Kommune"))
            #expect(!users.text.contains("holstebro.demo"))
        }
    }
}
