import Demo
import Domain
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import Web

/// Guessing passwords: parallel guesses count, the current password on the account page is
/// guarded like sign-in, and the client address comes only from trusted proxies.
@Suite struct SignInThrottleTests {
    @Test func fortyGuessesSentAtOnceAllCountAndTheRightOneIsThenRefused() async throws {
        let app = try TestApp()
        try await app.test { client in
            var attacker = Browser(client)
            attacker.ip = "198.51.100.66"
            try await attacker.get("/login")
            let base = attacker
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for i in 0..<40 {
                    group.addTask {
                        var copy = base
                        return try await copy.post("/login", [("email", "caseworker@holstebro.demo"), ("password", "guess-number-\(i)")]).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == .unauthorized || $0 == .tooManyRequests }, "\(statuses)")
            #expect(statuses.filter { $0 == .tooManyRequests }.count >= 35, "only the first few were checked at all")
            let right = try await attacker.post("/login", [("email", "caseworker@holstebro.demo"), ("password", DemoData.password)])
            #expect(right.status == .tooManyRequests, "the 41st, right, password is refused")
        }
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE action = 'sign_in' AND outcome = 'denied'") == 41)
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE action = 'sign_in' AND outcome = 'allowed' AND ip = '198.51.100.66'") == 0)
    }

    @Test func theCurrentPasswordOnTheAccountPageIsGuardedLikeSignIn() async throws {
        let app = try TestApp()
        let caseworker = try await app.userID("caseworker@holstebro.demo")
        try await app.test { client in
            var thief = Browser(client)
            try await thief.login("caseworker@holstebro.demo")
            try await thief.get("/account")
            let new = "en ny og lang sætning"
            for i in 0..<5 {
                let wrong = try await thief.post("/account/password", [("currentPassword", "guess-\(i)"), ("password", new),
                                                                       ("passwordConfirmation", new)])
                #expect(wrong.status == .unprocessableContent)
            }
            let right = try await thief.post("/account/password", [("currentPassword", DemoData.password), ("password", new),
                                                                   ("passwordConfirmation", new)])
            #expect(right.status == .tooManyRequests, "after five wrong guesses even the right one is refused")
            #expect(right.text.contains("Vent 15 minutter"))
        }
        let hash = try await app.repos.users.credentials(email: "caseworker@holstebro.demo")?.passwordHash
        #expect(try await PasswordHasher(cost: 4).verify(DemoData.password, hash: try #require(hash)), "the password is unchanged")
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'user' AND entity_id = ? AND outcome = 'denied'",
                                    [caseworker.description]) == 6)
    }

    @Test func theClientAddressIsTheRightMostUntrustedForwardedEntry() {
        let proxies = TrustedProxies("127.0.0.1, 10.0.0.0/8, ::1")!
        #expect(proxies.clientAddress(peer: "203.0.113.9", forwardedFor: "1.2.3.4") == "203.0.113.9",
                "an untrusted peer's header is ignored")
        #expect(proxies.clientAddress(peer: "127.0.0.1", forwardedFor: "1.2.3.4") == "1.2.3.4")
        #expect(proxies.clientAddress(peer: "127.0.0.1", forwardedFor: "6.6.6.6, 198.51.100.4") == "198.51.100.4",
                "what the client wrote left of the address the proxy saw proves nothing")
        #expect(proxies.clientAddress(peer: "10.1.2.3", forwardedFor: "6.6.6.6, 198.51.100.4, 10.9.9.9") == "198.51.100.4",
                "trusted hops are skipped from the right")
        #expect(proxies.clientAddress(peer: "::1", forwardedFor: "garbage") == "::1", "a malformed entry falls back to the peer")
        #expect(proxies.clientAddress(peer: "::ffff:127.0.0.1", forwardedFor: "2001:db8::7") == "2001:db8::7")
        #expect(TrustedProxies.none.clientAddress(peer: "127.0.0.1", forwardedFor: "1.2.3.4") == "127.0.0.1",
                "no proxies configured: the header is never believed")
        #expect(TrustedProxies("10.0.0.0/33") == nil && TrustedProxies("proxy.example") == nil)
    }

    @Test func aForgedForwardedAddressNeitherDodgesTheLockNorEntersTheAuditTrail() async throws {
        let app = try TestApp()
        try await app.test { client in
            // The in-process client stands for a proxy that appends the address it saw (here
            // 198.51.100.9) to whatever the client sent.
            for i in 0..<6 {
                var browser = Browser(client)
                browser.ip = "6.6.6.\(i), 198.51.100.9"
                _ = try await browser.login("caseworker@holstebro.demo", "wrong-\(i)")
            }
            var last = Browser(client)
            last.ip = "7.7.7.7, 198.51.100.9"
            #expect(try await last.login("caseworker@holstebro.demo").status == .tooManyRequests)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE ip LIKE '6.6.6.%' OR ip = '7.7.7.7'") == 0)
    }
}
