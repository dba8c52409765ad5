import Demo
import Domain
import Foundation
import GRDB
import HummingbirdTesting
import Store
import Testing
@testable import Web

/// Every kind of e-mail, delivered through msmtp to a real SMTP server and read back from it.
@Suite(.serialized) struct MailTests {
    @Test func aNewUsersActivationLinkArrivesByEmailOnlyAndWorksOnce() async throws {
        let sink = try MailSink()
        let app = try TestApp(mail: sink)
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            let created = try await coordinator.post("/users", [("name", "Hanne Bøgh"), ("email", "hanne@holstebro.demo"), ("role", "caseworker")])
            let page = try await coordinator.get(try #require(created.location))
            #expect(page.text.contains("Vi har sendt en e-mail med et aktiveringslink"))
            #expect(!page.text.contains("/activate/"), "no working link in the session's flash")
            #expect(try await app.deliverMail() == 1)
            #expect(try await app.deliverMail() == 0, "a delivered message is not sent again")
            let mails = try sink.messages(to: "hanne@holstebro.demo")
            #expect(mails.count == 1)
            let mail = try #require(mails.first)
            #expect(mail.subject == "Din bruger i Fritidspas")
            #expect(mail.message_id.hasPrefix("<fritidspas-outbox-") && mail.message_id.hasSuffix("@holstebro.test>"))
            #expect(mail.text.contains("Hej Hanne Bøgh"))
            let link = try #require(TestApp.link(in: mail.text, path: "/activate/"), "the link uses the configured base URL")
            var hanne = Browser(client)
            hanne.ip = "192.0.2.77"
            #expect(try await hanne.get(link).text.contains("Vælg din adgangskode"))
            let set = try await hanne.post(link, [("password", "grøn cykel over åen"), ("passwordConfirmation", "grøn cykel over åen")])
            #expect(set.location == "/login?reason=activated")
            #expect(try await hanne.get(link).status == .notFound)
            #expect(try await hanne.login("hanne@holstebro.demo", "grøn cykel over åen").status == .seeOther)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND params LIKE '%activate%'") == 0,
                "the outbox keeps no delivered link")
    }

    @Test func aPasswordResetAnswersTheSameForAnyAddressAndItsLinkWorksOnceForAnHour() async throws {
        let sink = try MailSink()
        let app = try TestApp(mail: sink)
        try await app.test { client in
            var anyone = Browser(client)
            let login = try await anyone.get("/login")
            #expect(login.text.contains("href=\"/password-reset\""))
            try await anyone.get("/password-reset")
            let invalid = try await anyone.post("/password-reset", [("email", "ikke en adresse")])
            #expect(invalid.status == .unprocessableContent && invalid.text.contains("value=\"ikke en adresse\""))
            let unknown = try await anyone.post("/password-reset", [("email", "findes.ikke@holstebro.demo")])
            let known = try await anyone.post("/password-reset", [("email", "Caseworker@Holstebro.demo")])
            #expect(unknown.status == .seeOther && known.status == .seeOther && unknown.location == known.location)
            let answer = try await anyone.get(try #require(known.location))
            #expect(answer.text.contains("Hvis adressen hører til en bruger"))
            #expect(try await app.deliverMail() == 1)
            #expect(try sink.messages(to: "findes.ikke@holstebro.demo").isEmpty)
            let mail = try #require(try sink.messages(to: "caseworker@holstebro.demo").first)
            #expect(mail.subject == "Nulstil din adgangskode til Fritidspas")
            let link = try #require(TestApp.link(in: mail.text, path: "/activate/"))
            // The old password works until the new one is chosen: asking is not enough to lock someone out.
            var worker = Browser(client)
            worker.ip = "192.0.2.90"
            #expect(try await worker.login("caseworker@holstebro.demo").status == .seeOther)
            var user = Browser(client)
            user.ip = "192.0.2.91"
            #expect(try await user.get(link).text.contains("Vælg en ny adgangskode"))
            let set = try await user.post(link, [("password", "blå tog kører om natten"), ("passwordConfirmation", "blå tog kører om natten")])
            #expect(set.location == "/login?reason=activated")
            #expect(try await user.get(link).status == .notFound, "single use")
            #expect(try await worker.get("/").status == .seeOther, "other sessions end with the new password")
            #expect(try await user.login("caseworker@holstebro.demo", "blå tog kører om natten").status == .seeOther)

            // A second link expires after an hour.
            app.clock.advance(600)
            _ = try await anyone.post("/password-reset", [("email", "caseworker@holstebro.demo")])
            try await app.deliverMail()
            let second = try #require(TestApp.link(in: try sink.messages(to: "caseworker@holstebro.demo").last!.text, path: "/activate/"))
            #expect(second != link)
            app.clock.advance(3601)
            #expect(try await user.get(second).status == .notFound)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM activation WHERE purpose = 'reset' AND token_hash LIKE '%activate%'") == 0)
    }

    @Test func clubsHearAboutApprovedRejectedAndPaidClaimsUnlessTheyOrTheMunicipalityTurnedItOff() async throws {
        let sink = try MailSink()
        let app = try TestApp(mail: sink)
        let today = app.clock.clock.today
        let contact = "association@holstebro.demo"
        // The demo club's submitted claim.
        let claim = try #require(try await app.db.read { try Int64.fetchOne($0, sql: """
            SELECT cl.id FROM claim cl JOIN association_contact ac ON ac.association_id = cl.association_id
            JOIN app_user u ON u.id = ac.user_id WHERE u.email = ? AND cl.status = 'submitted' ORDER BY cl.id LIMIT 1
            """, arguments: [contact]) })
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            var club = Browser(client)
            club.ip = "192.0.2.70"
            try await club.login(contact)

            _ = try await coordinator.post("/claims/decisions", [("ids[]", String(claim)), ("decision", "reject"), ("reason", "Kvitteringen mangler")])
            try await app.deliverMail()
            let rejected = try #require(try sink.messages(to: contact).first)
            #expect(rejected.subject.hasPrefix("Krav afvist"))
            #expect(rejected.text.contains("Begrundelse: Kvitteringen mangler"))
            #expect(!rejected.text.contains(try await Self.lastName(claim: claim, app)), "no more than the child's first name")

            // The club claims again; the coordinator approves.
            let draft = try await club.postMultipart("/portal/grants/\(try await Self.claimableGrant(contact, app))/claim", [("amount", "100,00"), ("periodFrom", today.iso),
                                                                                       ("periodTo", today.adding(days: 30).iso)])
            let again = String(try #require(draft.location).split(separator: "/")[2])
            #expect(try await club.post("/portal/claims/\(again)/submission").status == .seeOther)
            _ = try await coordinator.post("/claims/decisions", [("ids[]", again), ("decision", "approve")])
            try await app.deliverMail()
            let approved = try #require(try sink.messages(to: contact).last)
            #expect(approved.subject.hasPrefix("Krav godkendt"))
            #expect(approved.text.contains("100,00 kr.") && approved.text.contains("https://fritidspas.holstebro.test/portal/claims/\(again)"))

            // Four eyes: a colleague of the approver marks the list paid.
            let batch = try await coordinator.post("/payment-batches")
            var finance = Browser(client)
            try await finance.login("okonomi@holstebro.demo")
            let paidPath = try #require(batch.location) + "/paid"
            try await finance.get(paidPath)
            _ = try await finance.post(paidPath, [("paidOn", today.iso), ("paymentReference", "OPUS 2026-9001")])
            try await app.deliverMail()
            let paid = try #require(try sink.messages(to: contact).last)
            #expect(paid.subject.hasPrefix("Udbetaling fra Fritidspas") && paid.text.contains("Kommunen har udbetalt"))
            let count = try sink.messages(to: contact).count
            #expect(count == 3)

            // The contact turns off rejections; the municipality turns off approvals.
            let account = try await club.get("/account")
            #expect(account.text.contains("Krav afvist") && account.text.contains("name=\"claim_rejected\""))
            _ = try await club.post("/account/notifications", [("claim_approved", "email"), ("claim_rejected", "none"),
                                                               ("claim_paid", "email"), ("club_digest", "email")])
            #expect(try await coordinator.get("/settings/communication").text.contains("Klagevejledning"))
            _ = try await coordinator.post("/settings/communication", [("kinds[]", "claim_rejected"), ("kinds[]", "claim_paid"),
                                                                      ("kinds[]", "club_digest"), ("kinds[]", "referral_decided"),
                                                                      ("kinds[]", "coordinator_digest"), ("appealGuidance", ""), ("contact", "")])
            let third = try await club.postMultipart("/portal/grants/\(try await Self.claimableGrant(contact, app))/claim",
                                                     [("amount", "50,00"), ("periodFrom", today.iso), ("periodTo", today.adding(days: 30).iso)])
            let thirdID = String(try #require(third.location).split(separator: "/")[2])
            _ = try await club.post("/portal/claims/\(thirdID)/submission")
            _ = try await coordinator.post("/claims/decisions", [("ids[]", thirdID), ("decision", "reject"), ("reason", "Nej")])
            try await app.deliverMail()
            #expect(try sink.messages(to: contact).count == count, "the contact turned rejections off")

            let outbox = try await coordinator.get("/outbox")
            #expect(outbox.status == .ok && outbox.text.contains(contact) && outbox.text.contains("Sendt"))
            #expect(try await club.get("/outbox").status == .forbidden)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM notification_setting WHERE municipality_id = 1 AND kind = 'claim_approved' AND NOT enabled") == 1)
        #expect(try await app.count("SELECT COUNT(*) FROM outbox WHERE kind = 'claim_approved'") == 1)
    }

    /// A grant the club can claim now, as its portal shows it.
    static func claimableGrant(_ contact: String, _ app: TestApp) async throws -> GrantID {
        let today = app.clock.clock.today
        let overview = try #require(try await app.repos.portal.overview(
            scope: .association(MunicipalityID(1), try await app.userID(contact)), today: today))
        return try #require(ClubWork(overview, today: today).toClaim.first?.grant.id)
    }

    static func lastName(claim: Int64, _ app: TestApp) async throws -> String {
        try await app.db.read { try String.fetchOne($0, sql: "SELECT c.last_name FROM claim cl JOIN child c ON c.id = cl.child_id WHERE cl.id = ?",
                                                    arguments: [claim])! }
    }

    @Test func theCaseworkerHearsThatTheirReferralWasDecidedAndDigestsGoOncePerPeriod() async throws {
        let sink = try MailSink()
        let app = try TestApp(mail: sink)
        let caseworker = try await app.userID("caseworker@holstebro.demo")
        let referral = try #require(try await app.db.read { try Int64.fetchOne($0, sql: """
            SELECT r.id FROM referral r JOIN child c ON c.id = r.child_id
            WHERE r.municipality_id = 1 AND r.status IN ('submitted', 'assessment') AND (c.caseworker_id = ? OR r.created_by = ?)
            ORDER BY r.id LIMIT 1
            """, arguments: [caseworker, caseworker]) })
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            try await coordinator.get("/referrals/\(referral)/decision")
            let rejected = try await coordinator.post("/referrals/\(referral)/decision", [("outcome", "reject"), ("reason", "Barnet går allerede til svømning"),
                                                                                          ("reasons[]", "already_active")])
            #expect(rejected.status == .seeOther)
        }
        try await app.deliverMail()
        let mail = try #require(try sink.messages(to: "caseworker@holstebro.demo").first)
        #expect(mail.subject.hasPrefix("Indstillingen af") && mail.text.contains("afvist"))
        #expect(mail.text.contains("https://fritidspas.holstebro.test/children/"))

        // Digests from seven in the morning, once per day (coordinator) and week (club).
        let job = DigestJob(repositories: app.repos, clock: app.clock.clock)
        let queued = try await job.run()
        #expect(queued >= 2)
        #expect(try await job.run() == 0, "the same digest is never queued twice")
        try await app.deliverMail()
        let digest = try #require(try sink.messages(to: "coordinator@holstebro.demo").first { $0.subject.contains("opgaver venter") })
        let referrals = try await app.count("SELECT COUNT(*) FROM referral WHERE municipality_id = 1 AND status IN ('submitted', 'assessment')")
        #expect(digest.text.contains("\(referrals) indstillinger at afgøre"))
        #expect(try sink.messages(to: "association@holstebro.demo").contains { $0.subject.contains("venter på foreningen") })
        #expect(try sink.messages(to: "coordinator@svendborg.demo").count == 1, "each municipality's coordinator gets their own")
    }

    @Test func messagesCommittedWhileTheMailServerIsAwayAreDeliveredOnceWhenItIsBack() async throws {
        let sink = try MailSink()
        // A port where nothing listens: msmtp cannot connect, exit 75 (temporary failure).
        let app = try TestApp { config in
            sink.configure(&config)
            config.mail.smtpPort = 9
        }
        try await app.test { client in
            var coordinator = Browser(client)
            try await coordinator.login("coordinator@holstebro.demo")
            _ = try await coordinator.post("/users", [("name", "Ole Vind"), ("email", "ole@holstebro.demo"), ("role", "volunteer")])
        }
        #expect(try await app.deliverMail() == 0)
        let row = try #require(try await app.repos.outbox.list(in: MunicipalityID(1), status: .pending, limit: 5).first)
        #expect(row.attempts == 1 && row.lastError?.hasPrefix("exit 75") == true)
        var config = app.deps.config
        config.mail.smtpPort = sink.port
        let delivery = OutboxDelivery(outbox: app.repos.outbox, transport: config.mail.transport(),
                                      composer: MailComposer(texts: try TextCatalogue.bundled(), baseURL: config.publicBaseURL),
                                      settings: config.mail, clock: app.clock.clock, logger: app.deps.logger)
        #expect(try await delivery.deliverDue() == 0, "not before the back-off")
        app.clock.advance(RetryPolicy.delays[0])
        #expect(try await delivery.deliverDue() == 1)
        #expect(try await delivery.deliverDue() == 0)
        #expect(try sink.messages(to: "ole@holstebro.demo").count == 1)
    }
}
