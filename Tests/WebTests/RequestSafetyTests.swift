import Demo
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import Web

/// CSRF, mass assignment, malformed and oversized bodies.
@Suite struct RequestSafetyTests {
    @Test func aPostWithoutTheTokenIsRefusedAndChangesNothing() async throws {
        let app = try TestApp()
        let volunteer = try await app.userID("volunteer@holstebro.demo")
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            let missing = try await browser.post("/users/\(volunteer)/active", [("active", "false")], csrf: .some(nil))
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("Formularen kunne ikke sendes"))
            let wrong = try await browser.post("/users/\(volunteer)/active", [("active", "false")], csrf: "forged-token")
            #expect(wrong.status == .forbidden)
        }
        #expect(try await app.repos.users.find(volunteer)?.isActive == true)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'csrf' AND outcome = 'denied'") == 2)
    }

    @Test func crossSitePostsAreRefusedEvenWithAToken() async throws {
        let app = try TestApp()
        let volunteer = try await app.userID("volunteer@holstebro.demo")
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            let site = try await browser.post("/users/\(volunteer)/active", [("active", "false")],
                                              headers: [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"])
            #expect(site.status == .forbidden)
            let origin = try await browser.post("/users/\(volunteer)/active", [("active", "false")],
                                                headers: [.origin: "https://evil.example"])
            #expect(origin.status == .forbidden)
            let nullOrigin = try await browser.post("/users/\(volunteer)/active", [("active", "false")], headers: [.origin: "null"])
            #expect(nullOrigin.status == .forbidden)
            let sameOrigin = try await browser.post("/users/\(volunteer)/active", [("active", "false")],
                                                    headers: [.origin: "http://localhost", HTTPField.Name("Sec-Fetch-Site")!: "same-origin"])
            #expect(sameOrigin.status == .seeOther)
        }
    }

    @Test func theLoginFormNeedsItsCookieToken() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            let page = try await browser.get("/login")
            #expect(page.headers[values: .setCookie].contains { $0.hasPrefix("fp_csrf=") && $0.contains("HttpOnly") })
            browser.cookies["fp_csrf"] = nil
            let response = try await browser.post("/login", [("email", "coordinator@holstebro.demo"), ("password", DemoData.password)])
            #expect(response.status == .forbidden)
        }
    }

    @Test func massAssignmentChangesNothing() async throws {
        let app = try TestApp()
        let caseworker = try await app.userID("caseworker@holstebro.demo")
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("caseworker@holstebro.demo")
            let response = try await browser.post("/account/language", [
                ("language", "en"), ("role", "admin"), ("municipality_id", "2"), ("municipalityID", "2"),
                ("is_active", "0"), ("email", "evil@x.dk"),
            ])
            #expect(response.status == .seeOther)
            var coordinator = Browser(client)
            coordinator.ip = "192.0.2.20"
            try await coordinator.login("coordinator@holstebro.demo")
            let update = try await coordinator.post("/users/\(caseworker)", [
                ("name", "Lars Nørgaard"), ("role", "caseworker"), ("municipality_id", "2"), ("email", "evil@x.dk"),
            ])
            #expect(update.status == .seeOther)
            let adminAttempt = try await coordinator.post("/users/\(caseworker)", [("name", "Lars Nørgaard"), ("role", "admin")])
            #expect(adminAttempt.status == .unprocessableContent)
        }
        let user = try #require(try await app.repos.users.find(caseworker))
        #expect(user.role == .caseworker)
        #expect(user.email == "caseworker@holstebro.demo")
        #expect(user.isActive)
        #expect(user.language == .en)
        #expect(user.municipalityID == (try await app.repos.municipalities.find(slug: "holstebro"))?.id)
    }

    @Test(arguments: ["name=a%ZZ", "name=a&name=b", "name[=x", "name=%", "name=%4", "name[][]=1&name=2"])
    func malformedFormBodiesAnswer400(_ body: String) async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            let token = try #require(browser.csrf)
            let response = try await browser.postRaw("/users", "csrf_token=\(token)&" + body)
            #expect(response.status == .badRequest, "\(body)")
            #expect(response.text.contains("Forespørgslen kunne ikke læses"))
        }
    }

    @Test func bodiesOverOneMegabyteAnswer413() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            let response = try await browser.post("/users", [("name", String(repeating: "x", count: 1_100_000))])
            #expect(response.status == .contentTooLarge)
        }
    }

    @Test func scriptsInNamesAreShownAsText() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            let created = try await browser.post("/users", [
                ("name", "<script>alert('x')</script> Ærø"), ("email", "xss@holstebro.demo"), ("role", "volunteer"),
            ])
            #expect(created.status == .seeOther)
            let list = try await browser.get("/users")
            #expect(!list.text.contains("<script>alert"))
            #expect(list.text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Ærø")
                    || list.text.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Ærø")
                    || list.text.contains("&lt;script&gt;alert('x')&lt;/script&gt; Ærø"))
        }
    }

    @Test func getRequestsNeverChangeState() async throws {
        let app = try TestApp()
        let volunteer = try await app.userID("volunteer@holstebro.demo")
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            for path in ["/users/\(volunteer)/active?active=false", "/users/\(volunteer)/password-reset", "/logout"] {
                let response = try await browser.get(path)
                #expect(response.status == .notFound, "\(path)")
            }
        }
        #expect(try await app.repos.users.find(volunteer)?.isActive == true)
        #expect(try await app.repos.users.find(volunteer)?.hasPassword == true)
    }
}
