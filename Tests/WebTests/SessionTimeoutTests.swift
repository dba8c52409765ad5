import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Testing
@testable import Web

/// Nothing typed is lost to the idle time-out: pages state when the session ends, the banner
/// renews it, and a form posted after the end is kept for its user until they sign in again.
@Suite struct SessionTimeoutTests {
    func caseworkersChild(_ app: TestApp) async throws -> ChildID {
        let caseworker = try await app.userID("caseworker@holstebro.demo")
        return try await app.db.read { db in
            try #require(try ChildID.fetchOne(db, sql: "SELECT id FROM child WHERE created_by = ? ORDER BY id LIMIT 1", arguments: [caseworker]))
        }
    }

    /// The referral form as a person fills it: the typed texts, a first reason ticked and a
    /// first choice in each radio group left empty (a form restored later has these already).
    static func referralFields(_ html: String, _ changes: [String: String]) throws -> [(String, String)] {
        let form = try #require(ServedForm.forms(in: html).first { $0.action.hasSuffix("/referrals") })
        var fields = form.with(changes).filter { $0.0 != "csrf_token" }
        if !fields.contains(where: { $0.0 == "reasons[]" }), let reason = form.unticked.first(where: { $0.0 == "reasons[]" }) {
            fields.append(reason)
        }
        for (name, values) in form.choices.sorted(by: { $0.key < $1.key })
        where !fields.contains(where: { $0.0 == name }) && !name.hasSuffix("[]") {
            if let first = values.first { fields.append((name, first)) }
        }
        return fields
    }

    @Test func everySignedInPageStatesWhenTheSessionEndsWithoutScript() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("caseworker@holstebro.demo")
            let page = try await browser.get("/children")
            let ends = DateFormat.time(app.clock.now.addingTimeInterval(30 * 60))
            #expect(page.text.contains("Du logges af kl. \(ends), hvis du ikke bruger Fritidspas inden da."))
            #expect(page.text.contains("data-remaining=\"1800\"") && page.text.contains("data-warning=\"300\""))
            #expect(page.text.contains("action=\"/session/keep-alive\"") && page.text.contains("name=\"return\" value=\"/children\""))
            #expect(!(try await browser.get("/login?reason=signedOut").text.contains("session-warning")), "not on public pages")
        }
    }

    @Test func stayingSignedInMovesTheEndWithAndWithoutScript() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("caseworker@holstebro.demo")
            app.clock.advance(27 * 60)
            // Without JavaScript the banner's form posts and returns to the page.
            let back = try await browser.post("/session/keep-alive", [("return", "/children")])
            #expect(back.status == .seeOther && back.location == "/children")
            let elsewhere = try await browser.post("/session/keep-alive", [("return", "https://evil.example/")])
            #expect(elsewhere.location == "/", "only a page of its own")
            app.clock.advance(27 * 60)
            // With JavaScript it answers in JSON for the banner.
            let json = try await browser.post("/session/keep-alive", [("return", "/children")], headers: [.accept: "application/json"])
            #expect(json.status == .ok && json.text.contains("\"remaining\":1800"))
            app.clock.advance(27 * 60)
            #expect(try await browser.get("/children").status == .ok, "81 minutes after signing in, still signed in")
        }
    }

    @Test func aReferralTypedAcrossTheTimeOutComesBackAfterSigningInAgain() async throws {
        let app = try TestApp()
        let child = try await caseworkersChild(app)
        let referralsBefore = try await app.count("SELECT COUNT(*) FROM referral")
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("caseworker@holstebro.demo")
            let form = try await browser.get("/children/\(child)/referrals/new")
            #expect(form.status == .ok)
            app.clock.advance(31 * 60)
            let typed = ["referrerName": "Hanne Sø", "childWishes": "Vil gerne spille håndbold & svømme", "reasonNote": "Skrevet før frokost"]
            let posted = try await browser.post("/children/\(child)/referrals", try Self.referralFields(form.text, typed))
            #expect(posted.status == .seeOther && posted.location == "/login?reason=kept")
            let login = try await browser.get("/login?reason=kept")
            #expect(login.text.contains("Det, du skrev, er gemt"))

            // Signing in again by hand: the test browser's `login` would open the landing page itself.
            try await browser.post("/login", [("email", "caseworker@holstebro.demo"), ("password", DemoData.password)])
            try await browser.get("/login/code")
            let signedIn = try await browser.post("/login/code", [("code", DemoSecondFactor.code(at: app.clock.now))])
            let landing = try #require(signedIn.location)
            #expect(landing.hasPrefix("/children/\(child)/referrals/new?kept="))
            let restored = try await browser.get(landing)
            #expect(restored.text.contains("Her er det, du skrev, før du blev logget af"))
            #expect(restored.text.contains("value=\"Hanne Sø\"") && restored.text.contains("Skrevet før frokost"))
            #expect(restored.text.contains("Vil gerne spille håndbold &amp; svømme"))
            #expect(!(try await browser.get(landing).text.contains("value=\"Hanne Sø\"")), "handed back once")

            // Sending it again now creates the referral.
            let sent = try await browser.post("/children/\(child)/referrals", try Self.referralFields(restored.text, [:]))
            #expect(sent.status == .seeOther)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM referral") == referralsBefore + 1)
        #expect(try await app.count("SELECT COUNT(*) FROM kept_form") == 0)
        let stored = try await app.db.read { try Data.fetchOne($0, sql: "SELECT fields FROM kept_form") }
        #expect(stored == nil)
    }

    /// The caseworker fills in a referral, then the session times out before it is sent.
    func typeAReferralAndWalkAway(_ app: TestApp, _ client: any TestClientProtocol, child: ChildID,
                                  _ typed: [String: String]) async throws -> (Browser, [(String, String)]) {
        var browser = Browser(client)
        try await browser.login("caseworker@holstebro.demo")
        let form = try await browser.get("/children/\(child)/referrals/new")
        let fields = try Self.referralFields(form.text, typed)
        app.clock.advance(31 * 60)
        return (browser, fields)
    }

    @Test func aKeptFormIsSealedAndGoesOnlyToItsOwnUser() async throws {
        let app = try TestApp()
        let child = try await caseworkersChild(app)
        try await app.test { client in
            let (walkedAway, fields) = try await typeAReferralAndWalkAway(app, client, child: child, ["referrerName": "Hemmelig Hanne"])
            var browser = walkedAway
            try await browser.post("/children/\(child)/referrals", fields)
            let sealed = try await app.db.read { try Data.fetchOne($0, sql: "SELECT fields FROM kept_form") }
            #expect(sealed != nil && !String(decoding: sealed ?? Data(), as: UTF8.self).contains("Hemmelig"))
            let id = try await app.count("SELECT id FROM kept_form")

            var coordinator = Browser(client)
            coordinator.ip = "192.0.2.70"
            let other = try await coordinator.login("coordinator@holstebro.demo")
            #expect(other.location == "/", "another user lands on their own start page")
            let stolen = try await coordinator.get("/children/\(child)/referrals/new?kept=\(id)")
            #expect(!stolen.text.contains("Hemmelig Hanne"))
            #expect(try await app.count("SELECT COUNT(*) FROM kept_form") == 1)
        }
    }

    @Test func onlyAFormFromTheUsersOwnPageIsKept() async throws {
        let app = try TestApp()
        let child = try await caseworkersChild(app)
        try await app.test { client in
            let (walkedAway, fields) = try await typeAReferralAndWalkAway(app, client, child: child, ["referrerName": "Fremmed"])
            var browser = walkedAway
            // Another site's post carries no form token of the session: not kept.
            let forged = try await browser.post("/children/\(child)/referrals", fields, csrf: .some("not-the-token"))
            #expect(forged.location == "/login?reason=expired")
            #expect(try await app.count("SELECT COUNT(*) FROM kept_form") == 0)
        }
    }
}
