import Foundation
import JWTKit
import Testing
@testable import Web

/// The ID token checks of single sign-on with tokens signed here by jwt-kit: the browser test
/// (Tests/Browser/test_single_sign_on.py) does the same against a real provider.
@Suite struct IDTokenCheckTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let issuer = "https://login.holstebro.dk"

    func claims(iss: String? = nil, aud: [String] = ["fritidspas"], exp: TimeInterval = 300, nonce: String? = "n-1",
                azp: String? = nil) -> IDTokenClaims {
        IDTokenClaims(iss: iss ?? issuer, sub: "abc", aud: aud, exp: now.addingTimeInterval(exp), iat: now, nonce: nonce,
                      email: "lars@holstebro.dk", emailVerified: true, azp: azp)
    }

    func check(_ token: String, keys: JWTKeyCollection, nonce: String = "n-1") async -> Result<IDTokenClaims, IDTokenProblem> {
        do {
            return .success(try await IDTokenCheck.verify(token, keys: keys, allowedAlgorithms: ["ES256"], issuer: issuer,
                                                          clientID: "fritidspas", nonce: nonce, now: now))
        } catch let problem as IDTokenProblem {
            return .failure(problem)
        } catch {
            Issue.record("unexpected \(error)")
            return .failure(.signature)
        }
    }

    func problem(_ result: Result<IDTokenClaims, IDTokenProblem>) -> IDTokenProblem? {
        if case .failure(let problem) = result { return problem }
        return nil
    }

    @Test func aTokenSignedByTheProvidersKeyWithTheRightClaimsPasses() async throws {
        let provider = JWTKeyCollection()
        await provider.add(ecdsa: ES256PrivateKey(), kid: "k1")
        let token = try await provider.sign(claims(), kid: "k1")
        let accepted = try await check(token, keys: provider).get()
        #expect(accepted.email == "lars@holstebro.dk" && accepted.sub.value == "abc")
    }

    @Test func tamperedForeignWrongAudienceExpiredOrWrongNonceTokensAreRefused() async throws {
        let key = ES256PrivateKey()
        let provider = JWTKeyCollection()
        await provider.add(ecdsa: key, kid: "k1")
        let published = JWTKeyCollection()
        await published.add(ecdsa: key.publicKey, kid: "k1")

        // Another user's e-mail pasted into a genuine token.
        let genuine = try await provider.sign(claims(), kid: "k1")
        var parts = genuine.split(separator: ".").map(String.init)
        let payload = try #require(PendingSignIn.data(base64url: parts[1]))
        let forged = String(decoding: payload, as: UTF8.self).replacingOccurrences(of: "lars@holstebro.dk", with: "mette@holstebro.dk")
        parts[1] = PendingSignIn.base64url(Data(forged.utf8))
        #expect(problem(await check(parts.joined(separator: "."), keys: published)) == .signature)

        let stranger = JWTKeyCollection()
        await stranger.add(ecdsa: ES256PrivateKey(), kid: "k1")
        #expect(problem(await check(try await stranger.sign(claims(), kid: "k1"), keys: published)) == .signature)

        let hmac = JWTKeyCollection()
        await hmac.add(hmac: "a shared secret anyone could know, 32+ bytes long", digestAlgorithm: .sha256, kid: "k1")
        #expect(problem(await check(try await hmac.sign(claims(), kid: "k1"), keys: published)) == .algorithm)

        #expect(problem(await check(try await provider.sign(claims(iss: "https://evil.example"), kid: "k1"), keys: published)) == .issuer)
        #expect(problem(await check(try await provider.sign(claims(aud: ["other-app"]), kid: "k1"), keys: published)) == .audience)
        #expect(problem(await check(try await provider.sign(claims(aud: ["fritidspas", "other-app"]), kid: "k1"), keys: published))
                == .audience, "several audiences need azp naming us")
        #expect(problem(await check(try await provider.sign(claims(aud: ["fritidspas", "other-app"], azp: "fritidspas"), kid: "k1"),
                                    keys: published)) == nil)
        #expect(problem(await check(try await provider.sign(claims(exp: -120), kid: "k1"), keys: published)) == .expired)
        #expect(problem(await check(genuine, keys: published, nonce: "n-2")) == .nonce)
        #expect(problem(await check(try await provider.sign(claims(nonce: nil), kid: "k1"), keys: published)) == .nonce)
        #expect(problem(await check("not.a.token", keys: published)) == .algorithm)
    }

    @Test func pkceChallengeIsTheVerifiersSHA256() {
        // RFC 7636, appendix B.
        #expect(SingleSignOnState.challenge(for: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
                == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
    }

    @Test func clientSecretsComeFromTheEnvironmentOrAFileNeverTheDatabase() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fp-oidc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "from-file\n".write(to: dir.appendingPathComponent("svendborg"), atomically: true, encoding: .utf8)
        let secrets = ClientSecrets(environment: ["FRITIDSPAS_OIDC_SECRET_HOLSTEBRO": "from-env"], directory: dir.path)
        #expect(secrets.secret(for: "holstebro") == "from-env")
        #expect(secrets.secret(for: "svendborg") == "from-file")
        #expect(secrets.secret(for: "aarhus") == nil)
        #expect(secrets.secret(for: "../etc/passwd") == nil)
        #expect(ClientSecrets.variable(for: "ringkobing-skjern") == "FRITIDSPAS_OIDC_SECRET_RINGKOBING_SKJERN")
    }
}
