import Domain
import Foundation
import GRDB
import Store
import Testing

/// The second factor, the municipality's sign-in settings and forms kept across a time-out, as
/// stored: each code used once, each row reached only from its own municipality or user.
@Suite struct SignInRepositoryTests {
    let sealed = Data([1, 2, 3, 4])

    func enrol(_ f: StoreFixture, _ user: User, step: Int64 = 100, codes: [String] = ["a", "b"]) async throws {
        try await f.repos.secondFactors.enrol(user.id, sealedSecret: sealed, step: step, recoveryCodeHashes: codes,
                                              audit: f.audit(.create, .user))
    }

    @Test func aTimeStepIsAcceptedOnceAndNeverAnOlderOne() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        try await enrol(f, lars)
        #expect(try await f.repos.secondFactors.use(step: 100, of: lars.id) == false, "the enrolment's own code is used")
        #expect(try await f.repos.secondFactors.use(step: 101, of: lars.id))
        #expect(try await f.repos.secondFactors.use(step: 101, of: lars.id) == false, "a replay within the window")
        #expect(try await f.repos.secondFactors.use(step: 99, of: lars.id) == false, "an older code")
        #expect(try await f.repos.secondFactors.enrolment(of: lars.id)?.lastUsedStep == 101)
    }

    @Test func twoSignInsRacingWithOneCodeLetOnlyOneThrough() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        try await enrol(f, lars)
        async let first = f.repos.secondFactors.use(step: 102, of: lars.id)
        async let second = f.repos.secondFactors.use(step: 102, of: lars.id)
        let results = try await [first, second]
        #expect(results.filter { $0 }.count == 1)
    }

    @Test func enrollingTwiceIsADuplicateAndKeepsTheFirst() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        try await enrol(f, lars)
        await #expect(throws: StoreError.self) { try await enrol(f, lars, step: 200, codes: ["c"]) }
        let enrolment = try #require(try await f.repos.secondFactors.enrolment(of: lars.id))
        #expect(enrolment.lastUsedStep == 100 && enrolment.recoveryCodesLeft == 2)
    }

    @Test func aRecoveryCodeWorksOnceAndOnlyForItsUser() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        let mia = try await f.addUser("mia@holstebro.dk")
        try await enrol(f, lars)
        try await enrol(f, mia, codes: ["m"])
        #expect(try await f.repos.secondFactors.useRecoveryCode(hash: "a", of: mia.id, at: f.now) == false)
        #expect(try await f.repos.secondFactors.useRecoveryCode(hash: "a", of: lars.id, at: f.now))
        #expect(try await f.repos.secondFactors.useRecoveryCode(hash: "a", of: lars.id, at: f.now) == false)
        #expect(try await f.repos.secondFactors.enrolment(of: lars.id)?.recoveryCodesLeft == 1)
        try await f.repos.secondFactors.replaceRecoveryCodes(of: lars.id, hashes: ["x", "y", "z"], audit: f.audit(.update))
        #expect(try await f.repos.secondFactors.useRecoveryCode(hash: "b", of: lars.id, at: f.now) == false, "old codes are gone")
        #expect(try await f.repos.secondFactors.enrolment(of: lars.id)?.recoveryCodesLeft == 3)
    }

    @Test func aResetIsScopedEndsSessionsAndTellsTheUserByMail() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        try await enrol(f, lars)
        try await f.repos.sessions.save(key: "s1", data: Data("{}".utf8), userID: lars.id, expiresAt: f.now.addingTimeInterval(3600))
        await #expect(throws: StoreError.notFound) {
            try await f.repos.secondFactors.reset(lars.id, in: f.svendborg.id, audit: f.audit(.update))
        }
        #expect(try await f.repos.secondFactors.enrolment(of: lars.id) != nil)
        try await f.repos.secondFactors.reset(lars.id, in: f.holstebro.id, audit: f.audit(.update))
        #expect(try await f.repos.secondFactors.enrolment(of: lars.id) == nil)
        #expect(try await f.count("SELECT COUNT(*) FROM recovery_code") == 0)
        #expect(try await f.repos.sessions.count(for: lars.id, now: f.now) == 0)
        #expect(try await f.count("""
            SELECT COUNT(*) FROM outbox WHERE kind = 'second_factor_reset' AND recipient = 'lars@holstebro.dk'
            """) == 1)
    }

    @Test func settingsDefaultSaveAndFindUsersOnlyInTheirMunicipality() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        _ = try await f.addUser("lars@svendborg.dk", in: f.svendborg)
        #expect(try await f.repos.signInSettings.settings(for: f.holstebro.id) == SignInSettings())
        let saved = SignInSettings(secondFactorForVolunteers: true, passwordSignIn: false, issuer: "https://login.holstebro.dk",
                                   clientID: "fritidspas", match: .subject)
        try await f.repos.signInSettings.save(saved, for: f.holstebro.id, audit: f.audit(.update, .signInSettings))
        #expect(try await f.repos.signInSettings.settings(for: f.holstebro.id) == saved)
        #expect(try await f.repos.signInSettings.settings(for: f.svendborg.id) == SignInSettings())
        #expect(try await f.repos.signInSettings.singleSignOnMunicipalities().map(\.0.slug) == ["holstebro"])

        try await f.repos.signInSettings.setSubject("abc-123", of: lars.id, in: f.holstebro.id, audit: f.audit(.update))
        #expect(try await f.repos.signInSettings.singleSignOnUser(.subject, value: "abc-123", in: f.holstebro.id)?.id == lars.id)
        #expect(try await f.repos.signInSettings.singleSignOnUser(.subject, value: "abc-123", in: f.svendborg.id) == nil)
        #expect(try await f.repos.signInSettings.singleSignOnUser(.email, value: "lars@svendborg.dk", in: f.holstebro.id) == nil)
        #expect(try await f.repos.signInSettings.singleSignOnUser(.email, value: "lars@holstebro.dk", in: f.holstebro.id)?.id == lars.id)
        let mia = try await f.addUser("mia@holstebro.dk")
        await #expect(throws: StoreError.duplicate(field: "subject")) {
            try await f.repos.signInSettings.setSubject("abc-123", of: mia.id, in: f.holstebro.id, audit: f.audit(.update))
        }
        await #expect(throws: StoreError.notFound) {
            try await f.repos.signInSettings.setSubject("zzz", of: lars.id, in: f.svendborg.id, audit: f.audit(.update))
        }
        try await f.repos.users.setActive(lars.id, in: f.holstebro.id, active: false, audit: f.audit(.update))
        #expect(try await f.repos.signInSettings.singleSignOnUser(.subject, value: "abc-123", in: f.holstebro.id) == nil,
                "a deactivated user does not sign in through the provider either")
    }

    @Test func aKeptFormIsHandedOverOnceToItsOwnUserUntilItExpires() async throws {
        let f = try await StoreFixture()
        let lars = try await f.addUser("lars@holstebro.dk")
        let mia = try await f.addUser("mia@holstebro.dk")
        try await f.repos.keptForms.keep(Data("older".utf8), path: "/children/new", for: lars.id, at: f.now)
        try await f.repos.keptForms.keep(Data("newer".utf8), path: "/referrals/new", for: lars.id, at: f.now.addingTimeInterval(60))
        let newest = try #require(try await f.repos.keptForms.newest(for: lars.id, now: f.now.addingTimeInterval(120)))
        #expect(newest.path == "/referrals/new")
        #expect(try await f.repos.keptForms.newest(for: mia.id, now: f.now) == nil)
        #expect(try await f.repos.keptForms.take(newest.id, for: mia.id, now: f.now) == nil, "another user's form")
        #expect(try await f.repos.keptForms.take(newest.id, for: lars.id, now: f.now) == Data("newer".utf8))
        #expect(try await f.repos.keptForms.take(newest.id, for: lars.id, now: f.now) == nil, "handed over once")
        let later = f.now.addingTimeInterval(KeptForm.lifetime + 1)
        #expect(try await f.repos.keptForms.newest(for: lars.id, now: later) == nil)
        try await f.repos.keptForms.purgeExpired(now: later)
        #expect(try await f.count("SELECT COUNT(*) FROM kept_form") == 0)
    }
}
