import Demo
import Domain
import Foundation
import HummingbirdTesting
import Testing
@testable import Web

@Suite struct SignInTests {
    @Test func coordinatorSignsInAndLandsOnTheStartPage() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            let response = try await browser.login("coordinator@holstebro.demo")
            #expect(response.status == .seeOther)
            #expect(response.location == "/")
            #expect(browser.cookies["fp_session"] != nil)
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.text.contains("Velkommen, Mette Kjær"))
            #expect(home.text.contains("Holstebro Kommune"))
        }
    }

    @Test func adminLandsOnMunicipalities() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            let response = try await browser.login(DemoData.adminEmail)
            #expect(response.location == "/admin/municipalities")
        }
    }

    @Test func wrongPasswordAndUnknownEmailGetTheSameAnswer() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            let wrong = try await browser.login("coordinator@holstebro.demo", "not the password")
            var other = Browser(client)
            other.ip = "192.0.2.99"
            let unknown = try await other.login("nobody@holstebro.demo", "not the password")
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(wrong.text.contains("E-mailadressen eller adgangskoden er forkert"))
            func message(_ html: String) -> String {
                (html.components(separatedBy: "form-error-message").dropFirst().first ?? "").components(separatedBy: "</p>")[0]
            }
            #expect(message(wrong.text) == message(unknown.text))
            #expect(browser.cookies["fp_session"] == nil)
            #expect(wrong.text.contains("value=\"coordinator@holstebro.demo\""), "the e-mail is kept")
            #expect(!wrong.text.contains("not the password"), "the password is never echoed")
        }
        let denied = try await app.count("SELECT COUNT(*) FROM audit_event WHERE action = 'sign_in' AND outcome = 'denied'")
        #expect(denied == 2)
        let leaked = try await app.count("SELECT COUNT(*) FROM audit_event WHERE detail LIKE '%not the password%'")
        #expect(leaked == 0)
    }

    @Test func emptyFieldsGetFieldMessages() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.get("/login")
            let response = try await browser.post("/login", [("email", ""), ("password", "")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("<title>Fejl: Log ind – Fritidspas</title>"))
            #expect(response.text.contains("Der er problemer"))
            #expect(response.text.contains("href=\"#email\">Indtast din e-mailadresse"))
            #expect(response.text.contains("aria-invalid=\"true\""))
        }
    }

    @Test func fiveFailuresFromOneAddressLockTheAccountThereEvenForTheRightPassword() async throws {
        let app = try TestApp()
        try await app.test { client in
            var guesser = Browser(client)
            guesser.ip = "198.51.100.1"
            for i in 0..<5 { _ = try await guesser.login("caseworker@holstebro.demo", "wrong-password-\(i)") }
            let locked = try await guesser.login("caseworker@holstebro.demo")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("Vent 15 minutter"))
            // The owner at another address is not locked out by someone else's guesses.
            var owner = Browser(client)
            owner.ip = "198.51.100.200"
            #expect(try await owner.login("caseworker@holstebro.demo").status == .seeOther)
            app.clock.advance(15 * 60 + 1)
            #expect(try await guesser.login("caseworker@holstebro.demo").status == .seeOther)
        }
    }

    @Test func twentyFailuresFromManyAddressesLockTheAccountEverywhere() async throws {
        let app = try TestApp()
        try await app.test { client in
            for i in 0..<20 {
                var browser = Browser(client)
                browser.ip = "198.51.100.\(i / 4)"
                _ = try await browser.login("caseworker@holstebro.demo", "wrong-password-\(i)")
            }
            var owner = Browser(client)
            owner.ip = "198.51.100.200"
            #expect(try await owner.login("caseworker@holstebro.demo").status == .tooManyRequests)
        }
    }

    @Test func aSharedAddressCannotLockEveryoneOut() async throws {
        let app = try TestApp()
        try await app.test { client in
            var office = Browser(client)
            for i in 0..<5 { _ = try await office.login("user\(i)@holstebro.demo", "wrong-password") }
            for i in 0..<5 { _ = try await office.login("caseworker@svendborg.demo", "wrong-password-\(i)") }
            // Same address (one proxy, one office), other accounts: still welcome.
            var colleague = Browser(client)
            #expect(try await colleague.login("volunteer@holstebro.demo").status == .seeOther)
            var other = Browser(client)
            #expect(try await other.login("coordinator@svendborg.demo").status == .seeOther)
        }
    }

    @Test func coordinatorSeesAndLiftsAnAddressLock() async throws {
        let app = try TestApp()
        let caseworker = try await app.userID("caseworker@holstebro.demo")
        try await app.test { client in
            var guesser = Browser(client)
            guesser.ip = "198.51.100.7"
            for _ in 0..<5 { _ = try await guesser.login("caseworker@holstebro.demo", "wrong-password") }
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let list = try await coordinator.get("/users")
            #expect(list.text.contains("Låste logins") && list.text.contains("198.51.100.7"))
            let page = try await coordinator.get("/users/\(caseworker)")
            #expect(page.text.contains("Låst") && page.text.contains("198.51.100.7"))
            let unlock = try await coordinator.post("/users/\(caseworker)/unlock", [("address", "198.51.100.7")])
            #expect(unlock.status == .seeOther)
            #expect(try await guesser.login("caseworker@holstebro.demo").status == .seeOther)
            #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE detail = 'unlocked: 198.51.100.7'") == 1)
        }
    }

    @Test func deactivatedUsersCannotSignIn() async throws {
        let app = try TestApp()
        let volunteer = try await app.userID("volunteer@holstebro.demo")
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            var volunteerBrowser = Browser(client)
            volunteerBrowser.ip = "192.0.2.50"
            try await volunteerBrowser.login("volunteer@holstebro.demo")
            #expect(try await volunteerBrowser.get("/").status == .ok)

            #expect(try await coordinator.post("/users/\(volunteer)/active", [("active", "false")]).status == .seeOther)
            let after = try await volunteerBrowser.get("/")
            #expect(after.status == .seeOther, "the open session ended at once")
            #expect(after.location?.hasPrefix("/login") == true)
            var again = Browser(client)
            again.ip = "192.0.2.51"
            #expect(try await again.login("volunteer@holstebro.demo").status == .unauthorized)
        }
    }

    @Test func signInIssuesANewSessionIDAndSignOutDeletesIt() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            let first = browser.cookies["fp_session"]
            try await browser.post("/logout")
            try await browser.login("caseworker@holstebro.demo")
            let second = browser.cookies["fp_session"]
            #expect(first != nil && second != nil && first != second)
            #expect(try await app.count("SELECT COUNT(*) FROM app_session") == 1, "the first session was deleted")
            let out = try await browser.post("/logout")
            #expect(out.location == "/login?reason=signedOut")
            #expect(try await app.count("SELECT COUNT(*) FROM app_session") == 0)
            #expect(try await browser.get("/").location == "/login")
            // An old cookie replayed after sign-out opens nothing.
            browser.cookies["fp_session"] = second
            #expect(try await browser.get("/users").status == .seeOther)
        }
    }

    @Test func sessionCookieIsHttpOnlyAndLax() async throws {
        let app = try TestApp { $0.secureCookies = true }
        try await app.test { client in
            var browser = Browser(client)
            let response = try await browser.login("coordinator@holstebro.demo")
            let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("fp_session=") } ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(cookie.contains("Secure"))
        }
    }

    @Test func anonymousVisitorsGetNoServerSession() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.get("/login")
            try await browser.get("/privatlivspolitik")
            #expect(browser.cookies["fp_session"] == nil)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM app_session") == 0)
    }

    @Test func idleSessionsExpireAfterThirtyMinutes() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            app.clock.advance(29 * 60)
            #expect(try await browser.get("/users").status == .ok)
            app.clock.advance(29 * 60)
            #expect(try await browser.get("/users").status == .ok, "activity keeps the session alive")
            app.clock.advance(30 * 60)
            let expired = try await browser.get("/users")
            #expect(expired.status == .seeOther)
            #expect(expired.location == "/login?reason=expired")
            #expect(try await browser.get("/login?reason=expired").text.contains("ikke har været aktiv"))
        }
    }

    @Test func sessionsEndAfterTwelveHoursEvenWhenActive() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            for _ in 0..<(12 * 3 - 1) {
                app.clock.advance(20 * 60)
                #expect(try await browser.get("/").status == .ok)
            }
            app.clock.advance(20 * 60)
            #expect(try await browser.get("/").location == "/login?reason=expired")
        }
    }

    @Test func idleTimeoutIsConfigurable() async throws {
        let app = try TestApp { $0.sessionTimeouts = SessionTimeouts(idle: 5 * 60, absolute: 3600) }
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            app.clock.advance(5 * 60)
            #expect(try await browser.get("/").location == "/login?reason=expired")
        }
    }

    @Test func passwordsDifferingOnlyAfter72BytesDoNotBothVerify() async throws {
        let hasher = PasswordHasher(cost: 4)
        let prefix = String(repeating: "ø", count: 40) // 80 bytes
        let hash = try await hasher.hash(prefix + "første")
        #expect(try await hasher.verify(prefix + "første", hash: hash))
        #expect(try await hasher.verify(prefix + "anden", hash: hash) == false)
        #expect(AppConfig().bcryptCost >= 12)
        #expect(hash.hasPrefix("$2"))
    }
}
