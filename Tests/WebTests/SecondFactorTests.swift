import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Testing
@testable import Web

/// Two-factor sign-in driven through its pages: the code step after the password, enrolment by
/// QR code, recovery codes, the throttle, replays and the coordinator's reset.
@Suite struct SecondFactorTests {
    /// RFC 6238, appendix B (SHA-1, the 20-byte ASCII secret), cut to six digits.
    @Test func codesMatchTheRFCTestVectors() {
        let secret = Array("12345678901234567890".utf8)
        for (time, code) in [(59, "287082"), (1_111_111_109, "081804"), (1_111_111_111, "050471"), (1_234_567_890, "005924"),
                             (2_000_000_000, "279037"), (20_000_000_000, "353130")] {
            #expect(TOTP.code(secret: secret, step: TOTPRules.step(at: Date(timeIntervalSince1970: TimeInterval(time)))) == code)
        }
        #expect(Base32.encode(secret) == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
        #expect(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq") == secret)
        #expect(Base32.decode("GEZ1") == nil)
    }

    @Test func theProvisioningAddressNamesTheSchemeAndTheUser() {
        let uri = TOTP.provisioningURI(secret: Array("12345678901234567890".utf8), account: "anna@holstebro.dk",
                                       issuer: "Fritidspas Holstebro")
        #expect(uri == "otpauth://totp/Fritidspas%20Holstebro:anna@holstebro.dk?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=Fritidspas%20Holstebro&algorithm=SHA1&digits=6&period=30")
    }

    @Test func aRightPasswordAsksForTheCodeAndNoSessionExistsBeforeIt() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.get("/login")
            let password = try await browser.post("/login", [("email", "coordinator@holstebro.demo"), ("password", DemoData.password)])
            #expect(password.status == .seeOther && password.location == "/login/code")
            #expect(browser.cookies["fp_session"] == nil)
            #expect(try await browser.get("/children").location?.hasPrefix("/login") == true, "not signed in yet")
            let form = try await browser.get("/login/code")
            #expect(form.status == .ok && form.text.contains("Indtast koden fra din app"))
            #expect(form.text.contains("name=\"code\"") && form.text.contains("autocomplete=\"one-time-code\""))

            let wrong = try await browser.post("/login/code", [("code", "000000")])
            #expect(wrong.status == .unauthorized && wrong.text.contains("Koden passer ikke"))
            let right = try await browser.post("/login/code", [("code", DemoSecondFactor.code(at: app.clock.now))])
            #expect(right.status == .seeOther && right.location == "/")
            #expect(try await browser.get("/").text.contains("Velkommen, Mette Kjær"))
        }
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE action = 'sign_in' AND detail = 'password and second factor'") == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE detail = 'second factor: wrong code' AND outcome = 'denied'") == 1)
    }

    @Test func aCodeCannotBeUsedTwiceNorByASecondSignInRacingTheFirst() async throws {
        let app = try TestApp()
        try await app.test { client in
            let code = DemoSecondFactor.code(at: app.clock.now)
            var first = Browser(client)
            var second = Browser(client)
            second.ip = "192.0.2.20"
            for index in 0..<2 {
                var browser = index == 0 ? first : second
                try await browser.get("/login")
                try await browser.post("/login", [("email", "caseworker@holstebro.demo"), ("password", DemoData.password)])
                try await browser.get("/login/code")
                if index == 0 { first = browser } else { second = browser }
            }
            async let a = { var b = first; return try await b.post("/login/code", [("code", code)]) }()
            async let b = { var b = second; return try await b.post("/login/code", [("code", code)]) }()
            let answers = try await [a, b]
            #expect(answers.filter { $0.status == .seeOther }.count == 1)
            let refused = try #require(answers.first { $0.status != .seeOther })
            #expect(refused.status == .unauthorized && refused.text.contains("Koden er allerede brugt"))
            // Later, the same code is still refused, the next step's code is not.
            var third = Browser(client)
            third.ip = "192.0.2.30"
            try await third.get("/login")
            try await third.post("/login", [("email", "caseworker@holstebro.demo"), ("password", DemoData.password)])
            try await third.get("/login/code")
            #expect(try await third.post("/login/code", [("code", code)]).status == .unauthorized)
            let next = try await third.post("/login/code", [("code", DemoSecondFactor.code(at: app.clock.now, offset: 1))])
            #expect(next.status == .seeOther && next.location == "/")
        }
    }

    @Test func wrongCodesAreThrottledLikePasswordsAndARightPasswordDoesNotResetThem() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            for round in 0..<5 {
                // Signing in again each time: the password's success must not clear the code's count.
                try await browser.get("/login")
                let password = try await browser.post("/login", [("email", "caseworker@holstebro.demo"), ("password", DemoData.password)])
                #expect(password.location == "/login/code")
                let wrong = try await browser.post("/login/code", [("code", String(format: "%06d", 111_111 * (round + 1) % 1_000_000))])
                #expect(wrong.status == (round < 4 ? .unauthorized : .tooManyRequests), "round \(round)")
            }
            try await browser.get("/login")
            try await browser.post("/login", [("email", "caseworker@holstebro.demo"), ("password", DemoData.password)])
            let locked = try await browser.post("/login/code", [("code", DemoSecondFactor.code(at: app.clock.now))])
            #expect(locked.status == .tooManyRequests, "even the right code waits out the lock")
            #expect(browser.cookies["fp_session"] == nil)

            // The coordinator sees the lock and lifts it.
            var coordinator = Browser(client)
            coordinator.ip = "192.0.2.40"
            try await coordinator.login("coordinator@holstebro.demo")
            let caseworker = try await app.userID("caseworker@holstebro.demo")
            #expect(try await coordinator.get("/users").text.contains("Lars Nørgaard"))
            try await coordinator.post("/users/\(caseworker)/unlock")
            app.clock.advance(31)
            try await browser.get("/login")
            try await browser.post("/login", [("email", "caseworker@holstebro.demo"), ("password", DemoData.password)])
            #expect(try await browser.post("/login/code", [("code", DemoSecondFactor.code(at: app.clock.now))]).status == .seeOther)
        }
    }

    /// The code step lives ten minutes after the password; a stale one starts over.
    @Test func theCodeStepExpires() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.get("/login")
            try await browser.post("/login", [("email", "coordinator@holstebro.demo"), ("password", DemoData.password)])
            app.clock.advance(11 * 60)
            let late = try await browser.post("/login/code", [("code", DemoSecondFactor.code(at: app.clock.now))])
            #expect(late.status == .seeOther && late.location == "/login?reason=secondFactorExpired")
            #expect(browser.cookies["fp_session"] == nil)
            // A forged pending cookie opens nothing either.
            browser.cookies["fp_pending"] = "AAAA" + String(repeating: "x", count: 60)
            #expect(try await browser.get("/login/code").location == "/login?reason=secondFactorExpired")
        }
    }

    @Test func staffWithoutAnAuthenticatorEnrolByQRCodeAndGetTenRecoveryCodes() async throws {
        let app = try TestApp()
        let caseworker = try await app.userID("caseworker@holstebro.demo")
        try await app.db.write { try $0.execute(sql: "DELETE FROM second_factor WHERE user_id = ?", arguments: [caseworker]) }
        try await app.test { client in
            var browser = Browser(client)
            try await browser.get("/login")
            let password = try await browser.post("/login", [("email", "caseworker@holstebro.demo"), ("password", DemoData.password)])
            #expect(password.location == "/login/authenticator")
            let page = try await browser.get("/login/authenticator")
            #expect(page.status == .ok)
            #expect(page.text.contains("<svg") && page.text.contains("aria-label=\"QR-kode til godkendelsesappen\""))
            #expect(!page.text.contains("<script src=\"/js/session.js\""), "no script is needed to enrol")
            let secret = try #require(Self.secret(in: page.text))
            #expect(!page.text.contains(DemoSecondFactor.secret))

            let wrong = try await browser.post("/login/authenticator", Self.fields(page.text, ["code": "000000"]))
            #expect(wrong.status == .unprocessableContent && wrong.text.contains("Koden passer ikke"))
            #expect(Self.secret(in: wrong.text) == secret, "the same secret is shown again: the app already has it")
            let code = TOTP.code(secret: try #require(Base32.decode(secret)), step: TOTPRules.step(at: app.clock.now))
            let done = try await browser.post("/login/authenticator", Self.fields(wrong.text, ["code": code]))
            #expect(done.status == .ok)
            let codes = Self.recoveryCodes(in: done.text)
            #expect(codes.count == 10 && Set(codes).count == 10)
            #expect(browser.cookies["fp_session"] != nil, "signed in")
            #expect(try await browser.get("/").status == .ok)

            // The enrolment's own code is used up; a recovery code signs in once.
            try await browser.post("/logout")
            try await browser.get("/login")
            try await browser.post("/login", [("email", "caseworker@holstebro.demo"), ("password", DemoData.password)])
            #expect(try await browser.post("/login/code", [("code", code)]).status == .unauthorized)
            let recovered = try await browser.post("/login/code", [("code", codes[3].uppercased())])
            #expect(recovered.status == .seeOther && recovered.location == "/")
            try await browser.get("/")
            let account = try await browser.get("/account/two-factor")
            #expect(account.text.contains("9 ubrugte"))
            try await browser.post("/logout")
            try await browser.get("/login")
            try await browser.post("/login", [("email", "caseworker@holstebro.demo"), ("password", DemoData.password)])
            #expect(try await browser.post("/login/code", [("code", codes[3])]).status == .unauthorized, "used once")
        }
        let stored = try await app.db.read { try Data.fetchOne($0, sql: "SELECT secret FROM second_factor WHERE user_id = ?", arguments: [caseworker]) }
        #expect(stored?.count ?? 0 > 20)
        #expect(try await app.count("SELECT COUNT(*) FROM recovery_code WHERE user_id = ? AND length(code_hash) = 64", [caseworker]) == 10)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE detail = 'password and recovery code'") == 1)
    }

    @Test func volunteersUseAPasswordAloneUntilTheMunicipalityRequiresMore() async throws {
        let app = try TestApp()
        try await app.test { client in
            var volunteer = Browser(client)
            let plain = try await volunteer.login("volunteer@holstebro.demo")
            #expect(plain.status == .seeOther && plain.location != "/login/authenticator" && plain.location != "/login/code")
            try await volunteer.post("/logout")

            var coordinator = Browser(client)
            coordinator.ip = "192.0.2.50"
            try await coordinator.login("coordinator@holstebro.demo")
            let settings = try await coordinator.get("/settings/sign-in")
            #expect(settings.status == .ok)
            let saved = try await coordinator.post("/settings/sign-in", Self.fields(settings.text, ["secondFactor[]": "volunteer"],
                                                                                           action: "/settings/sign-in"))
            #expect(saved.status == .seeOther)
            #expect(try await coordinator.get("/settings/sign-in").text.contains("Opsætningen af login er gemt"))

            try await volunteer.get("/login")
            let now = try await volunteer.post("/login", [("email", "volunteer@holstebro.demo"), ("password", DemoData.password)])
            #expect(now.location == "/login/authenticator")
            var club = Browser(client)
            club.ip = "192.0.2.51"
            let association = try await club.login("association@holstebro.demo")
            #expect(association.location != "/login/authenticator", "club contacts were not chosen")
        }
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'sign_in_settings' AND detail = 'volunteer'") == 1)
    }

    @Test func aCoordinatorResetsACaseworkersSecondFactorAuditedAndByMail() async throws {
        let app = try TestApp()
        let caseworker = try await app.userID("caseworker@holstebro.demo")
        try await app.test { client in
            var lars = Browser(client)
            try await lars.login("caseworker@holstebro.demo")
            var coordinator = Browser(client)
            coordinator.ip = "192.0.2.60"
            try await coordinator.login("coordinator@holstebro.demo")
            let page = try await coordinator.get("/users/\(caseworker)")
            #expect(page.text.contains("Nulstil totrinsbekræftelse"))
            let reset = try await coordinator.post("/users/\(caseworker)/two-factor-reset")
            #expect(reset.status == .seeOther)
            #expect(try await coordinator.get(reset.location ?? "").text.contains("er nulstillet"))
            #expect(try await lars.get("/").location?.hasPrefix("/login") == true, "the caseworker's session ended")
            try await lars.get("/login")
            let again = try await lars.post("/login", [("email", "caseworker@holstebro.demo"), ("password", DemoData.password)])
            #expect(again.location == "/login/authenticator")

            // Not their own, and not across municipalities.
            let me = try await app.userID("coordinator@holstebro.demo")
            try await coordinator.post("/users/\(me)/two-factor-reset")
            var other = Browser(client)
            other.ip = "192.0.2.61"
            try await other.login("coordinator@svendborg.demo")
            #expect(try await other.post("/users/\(me)/two-factor-reset").status == .notFound)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM second_factor WHERE user_id = ?", [caseworker]) == 0)
        #expect(try await app.count("SELECT COUNT(*) FROM second_factor WHERE user_id = (SELECT id FROM app_user WHERE email = 'coordinator@holstebro.demo')") == 1)
        #expect(try await app.count("""
            SELECT COUNT(*) FROM audit_event WHERE action = 'update' AND entity_type = 'user' AND entity_id = ? AND detail = 'second factor reset'
            """, [String(caseworker)]) == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM outbox WHERE kind = 'second_factor_reset' AND user_id = ?", [caseworker]) == 1)
    }

    /// The first POST form's fields as a browser submits them (the form token is added by the post).
    static func fields(_ html: String, _ changes: [String: String], action: String? = nil) -> [(String, String)] {
        let form = ServedForm.forms(in: html).first { action == nil ? $0.action != Paths.logout.link() : $0.action == action }
        return (form?.with(changes) ?? []).filter { $0.0 != "csrf_token" }
    }

    static func secret(in html: String) -> String? {
        guard let range = html.range(of: "id=\"authenticator-secret\">") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "<" }).replacingOccurrences(of: " ", with: "")
    }

    static func recoveryCodes(in html: String) -> [String] {
        guard let list = html.components(separatedBy: "id=\"recovery-codes\"").dropFirst().first?.components(separatedBy: "</ul>").first
        else { return [] }
        return list.components(separatedBy: "<code>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }
}
