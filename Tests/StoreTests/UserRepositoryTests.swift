import Domain
import Foundation
import GRDB
import Store
import Testing

@Suite struct UserRepositoryTests {
    @Test func emailsAreUniqueRegardlessOfCase() async throws {
        let f = try await StoreFixture()
        _ = try await f.addUser("lars@holstebro.dk")
        await #expect(throws: StoreError.duplicate(field: "email")) {
            _ = try await f.addUser("LARS@holstebro.dk")
        }
    }

    @Test func scopedLookupsNeverCrossMunicipalities() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        #expect(try await f.repos.users.find(lars.id, in: f.holstebro.id) != nil)
        #expect(try await f.repos.users.find(lars.id, in: f.svendborg.id) == nil)
        #expect(try await f.repos.users.list(in: f.svendborg.id).map(\.email) == ["k@svendborg.dk"])
        await #expect(throws: StoreError.notFound) {
            try await f.repos.users.setActive(lars.id, in: f.svendborg.id, active: false, audit: f.audit(.update))
        }
        await #expect(throws: StoreError.notFound) {
            try await f.repos.users.resetPassword(lars.id, in: f.svendborg.id,
                                                  activation: NewActivation(tokenHash: "x", expiresAt: f.now), audit: f.audit(.update))
        }
        await #expect(throws: StoreError.notFound) {
            _ = try await f.repos.users.update(lars.id, in: f.svendborg.id, name: "X", role: .coordinator, audit: f.audit(.update))
        }
        #expect(try await f.repos.users.find(lars.id)?.isActive == true)
        #expect(try await f.repos.users.find(lars.id)?.role == .caseworker)
    }

    @Test func deactivationRoleChangeAndResetEndAllSessions() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        let later = f.now.addingTimeInterval(3600)
        func sessions() async throws -> Int { try await f.repos.sessions.count(for: lars.id, now: f.now) }
        func open(_ key: String) async throws {
            try await f.repos.sessions.create(key: key, data: Data("{}".utf8), userID: lars.id, expiresAt: later)
        }
        try await open("a"); try await open("b")
        #expect(try await sessions() == 2)
        _ = try await f.repos.users.update(lars.id, in: f.holstebro.id, name: "Lars N", role: .caseworker, audit: f.audit(.update))
        #expect(try await sessions() == 2, "a name change keeps sessions")
        _ = try await f.repos.users.update(lars.id, in: f.holstebro.id, name: "Lars N", role: .volunteer, audit: f.audit(.update))
        #expect(try await sessions() == 0)
        try await open("c")
        try await f.repos.users.setActive(lars.id, in: f.holstebro.id, active: false, audit: f.audit(.update))
        #expect(try await sessions() == 0)
        try await f.repos.users.setActive(lars.id, in: f.holstebro.id, active: true, audit: f.audit(.update))
        try await open("d")
        try await f.repos.users.resetPassword(lars.id, in: f.holstebro.id,
                                              activation: NewActivation(tokenHash: "t", expiresAt: later), audit: f.audit(.update))
        #expect(try await sessions() == 0)
        #expect(try await f.repos.users.find(lars.id)?.hasPassword == false)
    }

    @Test func changingOwnPasswordKeepsOnlyTheCurrentSession() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        for key in ["mine", "phone", "laptop"] {
            try await f.repos.sessions.create(key: key, data: Data("{}".utf8), userID: lars.id, expiresAt: f.now.addingTimeInterval(60))
        }
        try await f.repos.users.changePassword(lars.id, passwordHash: "new", keepSession: "mine", audit: f.audit(.update))
        #expect(try await f.repos.sessions.count(for: lars.id, now: f.now) == 1)
        #expect(try await f.repos.sessions.load(key: "mine", now: f.now) != nil)
    }

    @Test func activationLinksWorkOnceAndExpire() async throws {
        let f = try await StoreFixture()
        let user = try await f.repos.users.create(
            UserDraft(municipalityID: f.holstebro.id, role: .volunteer, email: "ny@holstebro.dk", name: "Ny"),
            passwordHash: nil, activation: NewActivation(tokenHash: "tok", expiresAt: f.now.addingTimeInterval(86400)),
            at: f.now, audit: f.audit())
        #expect(try await f.repos.users.activationUser(tokenHash: "tok", now: f.now.addingTimeInterval(86399))?.id == user.id)
        #expect(try await f.repos.users.activationUser(tokenHash: "tok", now: f.now.addingTimeInterval(86400)) == nil)
        #expect(try await f.repos.users.activate(tokenHash: "tok", passwordHash: "p", now: f.now.addingTimeInterval(86400), ip: nil) == nil)
        #expect(try await f.repos.users.activate(tokenHash: "tok", passwordHash: "p", now: f.now, ip: nil)?.id == user.id)
        #expect(try await f.repos.users.activate(tokenHash: "tok", passwordHash: "other", now: f.now, ip: nil) == nil)
        #expect(try await f.repos.users.credentials(email: "ny@holstebro.dk")?.passwordHash == "p")
    }

    @Test func twoSimultaneousActivationsLetExactlyOneWin() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let pool = try AppDatabase.openPool(path: dir.appendingPathComponent("t.sqlite").path)
        let repos = Repositories.sqlite(pool)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let entry = AuditEntry(at: now, userID: nil, role: nil, municipalityID: nil, action: .create, entity: .user, ip: nil)
        _ = try await repos.municipalities.create(
            MunicipalityDraft(slug: "x", name: "X Kommune", schemeName: "X"),
            firstCoordinator: UserDraft(municipalityID: nil, role: .coordinator, email: "k@x.dk", name: "K"),
            activation: NewActivation(tokenHash: "race", expiresAt: now.addingTimeInterval(60)), at: now, audit: entry)
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for i in 0..<8 {
                group.addTask { try await repos.users.activate(tokenHash: "race", passwordHash: "p\(i)", now: now, ip: nil) != nil }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.filter { $0 }.count == 1)
    }
}
