import Domain
import Foundation
import Testing

@Suite struct SecondFactorRulesTests {
    @Test func codesOfTheStepBeforeAndAfterAreAcceptedButNeverAUsedOne() {
        let now = Date(timeIntervalSince1970: 59)
        #expect(TOTPRules.step(at: now) == 1)
        #expect(TOTPRules.candidateSteps(now: now, lastUsed: 0) == [0, 1, 2].filter { $0 > 0 })
        #expect(TOTPRules.candidateSteps(now: Date(timeIntervalSince1970: 3000), lastUsed: 0) == [99, 100, 101])
        #expect(TOTPRules.candidateSteps(now: Date(timeIntervalSince1970: 3000), lastUsed: 100) == [101],
                "the used step and the one before it are refused")
        #expect(TOTPRules.candidateSteps(now: Date(timeIntervalSince1970: 3000), lastUsed: 101).isEmpty)
    }

    @Test func typedCodesAreReadAsPeopleTypeThem() {
        #expect(TOTPRules.normalised("123 456") == "123456")
        #expect(TOTPRules.normalised(" 123-456 ") == "123456")
        #expect(TOTPRules.normalised("12345") == nil)
        #expect(TOTPRules.normalised("1234567") == nil)
        #expect(TOTPRules.normalised("12345a") == nil)
        #expect(TOTPRules.normalised("١٢٣٤٥٦") == nil, "digits of other scripts are not codes")
        #expect(TOTPRules.normalised(nil) == nil)
    }

    @Test func tenRecoveryCodesWithoutLookAlikesAreReadCaseAndDashInsensitively() {
        var generator = SystemRandomNumberGenerator()
        let codes = RecoveryCodes.generate(using: &generator)
        #expect(codes.count == 10)
        #expect(Set(codes).count == 10)
        for code in codes {
            #expect(code.count == 11 && code.dropFirst(5).first == "-")
            #expect(!code.contains { "01ilo".contains($0) })
            #expect(RecoveryCodes.normalised(code.uppercased()) == code.replacingOccurrences(of: "-", with: ""))
        }
        #expect(RecoveryCodes.normalised("abcde fghjk") == "abcdefghjk")
        #expect(RecoveryCodes.normalised("abcde-fghj") == nil)
        #expect(RecoveryCodes.normalised("abcde-fghj1") == nil, "1 is not in the alphabet")
        #expect(RecoveryCodes.normalised("123456") == nil, "an authenticator code is not a recovery code")
    }

    @Test func staffAlwaysNeedASecondFactorVolunteersAndClubsWhenTheMunicipalitySaysSo() {
        for role in [Role.admin, .coordinator, .caseworker] {
            #expect(SignInSettings.requiresSecondFactor(role, settings: nil))
            #expect(SignInSettings.requiresSecondFactor(role, settings: SignInSettings()))
        }
        #expect(!SignInSettings.requiresSecondFactor(.volunteer, settings: SignInSettings()))
        #expect(!SignInSettings.requiresSecondFactor(.association, settings: SignInSettings()))
        let strict = SignInSettings(secondFactorForVolunteers: true, secondFactorForAssociations: true)
        #expect(SignInSettings.requiresSecondFactor(.volunteer, settings: strict))
        #expect(SignInSettings.requiresSecondFactor(.association, settings: strict))
    }

    func validate(issuer: String? = nil, clientID: String? = nil, passwordSignIn: Bool = true,
                  viaSSO: Bool = false) -> Result<SignInSettings, ValidationErrors> {
        SignInSettings.validate(volunteers: true, associations: false, passwordSignIn: passwordSignIn, issuer: issuer,
                                clientID: clientID, match: "subject", signedInWithSingleSignOn: viaSSO)
    }

    @Test func theProviderMustBeHTTPSAndComplete() throws {
        let ok = try validate(issuer: " https://login.microsoftonline.com/tenant/v2.0/ ", clientID: "abc").get()
        #expect(ok.issuer == "https://login.microsoftonline.com/tenant/v2.0", "a trailing slash is dropped")
        #expect(ok.match == .subject && ok.secondFactorForVolunteers && ok.hasSingleSignOn)
        #expect(try validate().get() == SignInSettings(secondFactorForVolunteers: true, match: .subject))
        func fields(_ result: Result<SignInSettings, ValidationErrors>) -> [String] {
            guard case .failure(let errors) = result else { return [] }
            return errors.fields.map(\.field)
        }
        #expect(fields(validate(issuer: "http://login.example.dk", clientID: "abc")) == ["issuer"])
        #expect(fields(validate(issuer: "http://127.0.0.1:8960", clientID: "abc")).isEmpty, "a provider on this machine (tests)")
        #expect(fields(validate(issuer: "https://login.example.dk?x=1", clientID: "abc")) == ["issuer"])
        #expect(fields(validate(issuer: "javascript:alert(1)", clientID: "abc")) == ["issuer"])
        #expect(fields(validate(issuer: "https://login.example.dk")) == ["clientID"])
        #expect(fields(validate(clientID: "abc")) == ["issuer"])
        #expect(fields(validate(issuer: "https://login.example.dk", clientID: String(repeating: "x", count: 201))) == ["clientID"])
    }

    @Test func passwordsGoOffOnlyWithAWorkingSingleSignOn() throws {
        func fields(_ result: Result<SignInSettings, ValidationErrors>) -> [String] {
            guard case .failure(let errors) = result else { return [] }
            return errors.fields.map(\.field)
        }
        #expect(fields(validate(passwordSignIn: false)) == ["passwordSignIn"])
        #expect(fields(validate(issuer: "https://login.example.dk", clientID: "abc", passwordSignIn: false)) == ["passwordSignIn"],
                "the coordinator has not signed in through it")
        let off = try validate(issuer: "https://login.example.dk", clientID: "abc", passwordSignIn: false, viaSSO: true).get()
        #expect(!off.passwordSignIn)
    }

    @Test func theSessionEndsAtTheIdleOrAbsoluteLimitAndWarnsBefore() {
        let timeouts = SessionTimeouts(idle: 30 * 60, absolute: 12 * 3600)
        let start = Date(timeIntervalSince1970: 1_000_000)
        #expect(timeouts.endsAt(createdAt: start, lastSeenAt: start) == start.addingTimeInterval(30 * 60))
        let late = start.addingTimeInterval(12 * 3600 - 600)
        #expect(timeouts.endsAt(createdAt: start, lastSeenAt: late) == start.addingTimeInterval(12 * 3600), "the absolute limit first")
        #expect(timeouts.warning == 5 * 60)
        #expect(SessionTimeouts(idle: 60, absolute: 3600).warning == 20, "a short time-out warns a third before")
    }
}
