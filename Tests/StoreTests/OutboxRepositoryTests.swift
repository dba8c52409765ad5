import Domain
import Foundation
import GRDB
import Store
import Testing

@Suite struct OutboxRepositoryTests {
    /// A new volunteer's activation e-mail, queued with the user.
    static func queuedActivation(_ f: StoreFixture) async throws -> OutboxID {
        _ = try await f.repos.users.create(
            UserDraft(municipalityID: f.holstebro.id, role: .volunteer, email: "v@holstebro.dk", name: "V"), passwordHash: nil,
            activation: NewActivation(tokenHash: "t", expiresAt: f.now.addingTimeInterval(86400), link: "https://x/a"),
            at: f.now, audit: f.audit())
        return try #require(try await f.repos.outbox.due(now: f.now, limit: 1).first?.id)
    }

    @Test func anActivationEmailIsQueuedInTheSameTransactionAsTheUserAndForgetsItsLinkOnceSent() async throws {
        let f = try await StoreFixture()
        let user = try await f.repos.users.create(
            UserDraft(municipalityID: f.holstebro.id, role: .caseworker, email: "ny@holstebro.dk", name: "Ny Bruger"), passwordHash: nil,
            activation: NewActivation(tokenHash: "t", expiresAt: f.now.addingTimeInterval(86400), link: "https://x/activate/abc"),
            at: f.now, audit: f.audit())
        let due = try await f.repos.outbox.due(now: f.now, limit: 10)
        #expect(due.count == 1)
        let message = try #require(due.first)
        #expect(message.kind == .activation && message.userID == user.id && message.recipient == "ny@holstebro.dk")
        #expect(message.params["link"] == "https://x/activate/abc" && message.params["hours"] == "24")
        #expect(try await f.repos.outbox.markSent(message.id, at: f.now))
        #expect(try await f.repos.outbox.markSent(message.id, at: f.now) == false, "never marked sent twice")
        let sent = try await f.repos.outbox.list(in: f.holstebro.id, status: .sent, limit: 10)
        #expect(sent.count == 1 && sent[0].params["link"] == nil, "the delivered link is not kept")
        #expect(try await f.repos.outbox.due(now: f.now.addingTimeInterval(3600), limit: 10).isEmpty)
    }

    @Test func aFailedDeliveryIsTriedAgainLaterAndGivenUpAfterTheLastTry() async throws {
        let f = try await StoreFixture()
        let id = try await Self.queuedActivation(f)
        var now = f.now
        for attempt in 1...RetryPolicy.maximumAttempts {
            try await f.repos.outbox.recordFailure(id, error: .transient("exit 75: connection refused"), at: now)
            let row = try #require(try await f.repos.outbox.list(in: f.holstebro.id, status: nil, limit: 1).first)
            #expect(row.attempts == attempt)
            if attempt < RetryPolicy.maximumAttempts {
                #expect(row.status == .pending)
                #expect(row.nextAttemptAt == now.addingTimeInterval(RetryPolicy.delays[attempt - 1]))
                #expect(try await f.repos.outbox.due(now: row.nextAttemptAt.addingTimeInterval(-1), limit: 5).isEmpty, "not before its time")
                now = row.nextAttemptAt
            } else {
                #expect(row.status == .failed && row.lastError == "exit 75: connection refused")
            }
        }
        #expect(try await f.repos.outbox.counts(in: f.holstebro.id) == [.failed: 1])
        #expect(try await f.repos.outbox.counts(in: f.svendborg.id).isEmpty, "another municipality's outbox holds none of it")
    }

    @Test func aPermanentFailureIsNotTriedAgain() async throws {
        let f = try await StoreFixture()
        let id = try await Self.queuedActivation(f)
        try await f.repos.outbox.recordFailure(id, error: .permanent("exit 67: unknown user"), at: f.now)
        #expect(try await f.repos.outbox.list(in: f.holstebro.id, status: .failed, limit: 5).count == 1)
    }

    @Test func digestsAreQueuedOncePerKeyAndOnlyForUsersAndMunicipalitiesThatWantThem() async throws {
        let f = try await StoreFixture()
        let a = try await f.addUser("a@holstebro.dk", role: .coordinator)
        let b = try await f.addUser("b@holstebro.dk", role: .coordinator)
        _ = try await f.addUser("s@svendborg.dk", role: .coordinator, in: f.svendborg)
        try await f.repos.outbox.setPreferences([.coordinatorDigest: .none], of: b.id, audit: f.audit(.update))
        try await f.repos.outbox.setDisabledKinds([.coordinatorDigest], in: f.svendborg.id, audit: f.audit(.update))
        let recipients = try await f.repos.outbox.digestRecipients(.coordinatorDigest).map(\.email)
        #expect(recipients.contains("a@holstebro.dk") && !recipients.contains("b@holstebro.dk") && !recipients.contains("s@svendborg.dk"))
        let message = NewOutboxMessage(municipalityID: f.holstebro.id, kind: .coordinatorDigest, userID: a.id, recipient: a.email,
                                       language: .da, params: ["total": "3"], digestKey: "coordinator_digest:\(a.id):2027-01-15")
        #expect(try await f.repos.outbox.enqueue(message, at: f.now))
        #expect(try await f.repos.outbox.enqueue(message, at: f.now) == false)
        #expect(try await f.count("SELECT COUNT(*) FROM outbox WHERE kind = 'coordinator_digest'") == 1)
    }

    @Test func aResetRequestForAnUnknownAddressLeavesNoTraceAndARepeatedOneWithinMinutesSendsNothingNew() async throws {
        let f = try await StoreFixture()
        _ = try await f.addUser("kendt@holstebro.dk")
        try await f.repos.outbox.requestPasswordReset(email: "ukendt@holstebro.dk", tokenHash: "x1", link: "https://x/1",
                                                      expiresAt: f.now.addingTimeInterval(3600), now: f.now, ip: nil)
        #expect(try await f.count("SELECT COUNT(*) FROM outbox WHERE kind = 'password_reset'") == 0)
        try await f.repos.outbox.requestPasswordReset(email: "kendt@holstebro.dk", tokenHash: "x2", link: "https://x/2",
                                                      expiresAt: f.now.addingTimeInterval(3600), now: f.now, ip: nil)
        try await f.repos.outbox.requestPasswordReset(email: "kendt@holstebro.dk", tokenHash: "x3", link: "https://x/3",
                                                      expiresAt: f.now.addingTimeInterval(3660), now: f.now.addingTimeInterval(60), ip: nil)
        #expect(try await f.count("SELECT COUNT(*) FROM outbox WHERE kind = 'password_reset'") == 1)
        #expect(try await f.count("SELECT COUNT(*) FROM activation WHERE purpose = 'reset'") == 1)
        #expect(try await f.repos.users.isPasswordReset(tokenHash: "x2"))
    }
}
