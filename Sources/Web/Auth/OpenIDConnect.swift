import AsyncHTTPClient
import Crypto
import Domain
import Foundation
import JWTKit
import NIOCore
import NIOHTTP1

/// What a municipality's OpenID Connect provider publishes at `/.well-known/openid-configuration`.
struct ProviderMetadata: Decodable, Sendable {
    let issuer: String
    let authorization_endpoint: String
    let token_endpoint: String
    let jwks_uri: String
    let id_token_signing_alg_values_supported: [String]?
    let token_endpoint_auth_methods_supported: [String]?
}

/// The claims of an ID token that Fritidspas reads.
struct IDTokenClaims: JWTPayload, Equatable {
    let iss: IssuerClaim
    let sub: SubjectClaim
    let aud: AudienceClaim
    let exp: ExpirationClaim
    let iat: IssuedAtClaim?
    let nbf: NotBeforeClaim?
    let nonce: String?
    let azp: String?
    let email: String?
    let emailVerified: Bool?

    enum CodingKeys: String, CodingKey {
        case iss, sub, aud, exp, iat, nbf, nonce, azp, email
        case emailVerified = "email_verified"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        iss = try c.decode(IssuerClaim.self, forKey: .iss)
        sub = try c.decode(SubjectClaim.self, forKey: .sub)
        aud = try c.decode(AudienceClaim.self, forKey: .aud)
        exp = try c.decode(ExpirationClaim.self, forKey: .exp)
        iat = try c.decodeIfPresent(IssuedAtClaim.self, forKey: .iat)
        nbf = try c.decodeIfPresent(NotBeforeClaim.self, forKey: .nbf)
        nonce = try c.decodeIfPresent(String.self, forKey: .nonce)
        azp = try c.decodeIfPresent(String.self, forKey: .azp)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        // Some providers send "true" as a string.
        emailVerified = (try? c.decodeIfPresent(Bool.self, forKey: .emailVerified))
            ?? (try? c.decodeIfPresent(String.self, forKey: .emailVerified)).flatMap { $0.map { $0 == "true" } }
    }

    init(iss: String, sub: String, aud: [String], exp: Date, iat: Date?, nonce: String?, email: String?, emailVerified: Bool?,
         azp: String? = nil) {
        self.iss = IssuerClaim(value: iss)
        self.sub = SubjectClaim(value: sub)
        self.aud = AudienceClaim(value: aud)
        self.exp = ExpirationClaim(value: exp)
        self.iat = iat.map { IssuedAtClaim(value: $0) }
        nbf = nil
        self.nonce = nonce
        self.azp = azp
        self.email = email
        self.emailVerified = emailVerified
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(iss, forKey: .iss)
        try c.encode(sub, forKey: .sub)
        try c.encode(aud, forKey: .aud)
        try c.encode(exp, forKey: .exp)
        try c.encodeIfPresent(iat, forKey: .iat)
        try c.encodeIfPresent(nbf, forKey: .nbf)
        try c.encodeIfPresent(nonce, forKey: .nonce)
        try c.encodeIfPresent(azp, forKey: .azp)
        try c.encodeIfPresent(email, forKey: .email)
        try c.encodeIfPresent(emailVerified, forKey: .emailVerified)
    }

    /// The signature is checked by jwt-kit; the times against our clock in `IDTokenCheck`.
    func verify(using algorithm: some JWTAlgorithm) async throws {}
}

/// Why an ID token was refused; the audit log records it.
enum IDTokenProblem: Error, Equatable {
    case signature, algorithm, issuer, audience, expired, notYetValid, nonce
}

/// Checks an ID token as OpenID Connect Core 3.1.3.7 asks: signature against the provider's
/// published keys (jwt-kit), then issuer, audience (and `azp` with several), expiry, issue time
/// and the nonce this browser was given.
enum IDTokenCheck {
    static let leeway: TimeInterval = 60

    static func verify(_ token: String, keys: JWTKeyCollection, allowedAlgorithms: [String]?, issuer: String, clientID: String,
                       nonce: String, now: Date) async throws -> IDTokenClaims {
        let header = try? JSONSerialization.jsonObject(with: PendingSignIn.data(base64url: String(token.split(separator: ".").first ?? "")) ?? Data())
        guard let alg = (header as? [String: Any])?["alg"] as? String, JWK.Algorithm(rawValue: alg) != nil,
              allowedAlgorithms.map({ $0.contains(alg) }) ?? (alg == "RS256") else { throw IDTokenProblem.algorithm }
        let claims: IDTokenClaims
        do {
            claims = try await keys.verify(token, as: IDTokenClaims.self)
        } catch {
            throw IDTokenProblem.signature
        }
        guard claims.iss.value == issuer else { throw IDTokenProblem.issuer }
        guard claims.aud.value.contains(clientID), claims.aud.value.count == 1 || claims.azp == clientID else {
            throw IDTokenProblem.audience
        }
        guard now < claims.exp.value.addingTimeInterval(leeway) else { throw IDTokenProblem.expired }
        if let iat = claims.iat?.value, iat > now.addingTimeInterval(5 * 60) { throw IDTokenProblem.notYetValid }
        if let nbf = claims.nbf?.value, nbf > now.addingTimeInterval(leeway) { throw IDTokenProblem.notYetValid }
        guard let sent = claims.nonce, Tokens.constantTimeEquals(sent, nonce) else { throw IDTokenProblem.nonce }
        return claims
    }
}

/// Talks to providers over HTTPS with AsyncHTTPClient: discovery, the token exchange and the
/// signing keys. Discovery and keys are kept for an hour; keys are fetched again once when a
/// token names a key we do not have (the provider rotated its keys).
actor OpenIDProviders {
    private let http: HTTPClient
    private var metadata: [String: (ProviderMetadata, Date)] = [:]
    private var keySets: [String: (JWTKeyCollection, Date)] = [:]
    static let cacheLifetime: TimeInterval = 3600
    static let timeout: TimeAmount = .seconds(10)
    static let maxBody = 1 << 20

    init(http: HTTPClient = .shared) {
        self.http = http
    }

    enum Failure: Error { case status(Int), issuerMismatch, noIDToken }

    func metadata(issuer: String, now: Date) async throws -> ProviderMetadata {
        if let (cached, at) = metadata[issuer], now.timeIntervalSince(at) < Self.cacheLifetime { return cached }
        let fetched = try JSONDecoder().decode(ProviderMetadata.self, from: try await get(issuer + "/.well-known/openid-configuration"))
        // The document must speak for the issuer configured, or tokens could come from anyone.
        guard fetched.issuer == issuer else { throw Failure.issuerMismatch }
        metadata[issuer] = (fetched, now)
        return fetched
    }

    func keys(_ provider: ProviderMetadata, now: Date, refresh: Bool = false) async throws -> JWTKeyCollection {
        if !refresh, let (cached, at) = keySets[provider.jwks_uri], now.timeIntervalSince(at) < Self.cacheLifetime { return cached }
        let jwks = try JSONDecoder().decode(JWKS.self, from: try await get(provider.jwks_uri))
        let collection = JWTKeyCollection()
        for key in jwks.keys where key.keyIdentifier != nil {
            // A key of a type jwt-kit cannot use (e.g. for encryption) is skipped, not fatal.
            _ = try? await collection.add(jwk: key)
        }
        keySets[provider.jwks_uri] = (collection, now)
        return collection
    }

    /// Exchanges the authorization code (with the PKCE verifier) for the ID token.
    func idToken(_ provider: ProviderMetadata, code: String, verifier: String, redirectURI: String, clientID: String,
                 secret: String?) async throws -> String {
        var fields = [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectURI),
                      ("code_verifier", verifier), ("client_id", clientID)]
        var request = HTTPClientRequest(url: provider.token_endpoint)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.headers.add(name: "Accept", value: "application/json")
        if let secret {
            let methods = provider.token_endpoint_auth_methods_supported ?? ["client_secret_basic"]
            if methods.contains("client_secret_basic") || !methods.contains("client_secret_post") {
                let credentials = Self.formEncode(clientID) + ":" + Self.formEncode(secret)
                request.headers.add(name: "Authorization", value: "Basic " + Data(credentials.utf8).base64EncodedString())
            } else {
                fields.append(("client_secret", secret))
            }
        }
        request.body = .bytes(ByteBuffer(string: fields.map { "\(Self.formEncode($0.0))=\(Self.formEncode($0.1))" }.joined(separator: "&")))
        let response = try await http.execute(request, timeout: Self.timeout)
        let body = try await response.body.collect(upTo: Self.maxBody)
        guard response.status == .ok else { throw Failure.status(Int(response.status.code)) }
        struct TokenResponse: Decodable { let id_token: String? }
        guard let token = try JSONDecoder().decode(TokenResponse.self, from: Data(buffer: body)).id_token else { throw Failure.noIDToken }
        return token
    }

    private func get(_ url: String) async throws -> Data {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Accept", value: "application/json")
        let response = try await http.execute(request, timeout: Self.timeout)
        let body = try await response.body.collect(upTo: Self.maxBody)
        guard response.status == .ok else { throw Failure.status(Int(response.status.code)) }
        return Data(buffer: body)
    }

    static func formEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

/// What the browser carries between leaving for the provider and coming back: sealed with the
/// server's key in a cookie, so starting a sign-in writes nothing on the server.
struct SingleSignOnState: Codable, Sendable {
    var state: String
    var nonce: String
    var verifier: String
    var municipalityID: MunicipalityID
    var startedAt: Date

    static let cookieName = "fp_sso"
    static let lifetime: TimeInterval = 10 * 60
    static let sealContext = "sso-state"

    /// PKCE (RFC 7636): the challenge is the verifier's SHA-256, base64url.
    var challenge: String { Self.challenge(for: verifier) }

    static func challenge(for verifier: String) -> String {
        PendingSignIn.base64url(Data(SHA256.hash(data: Data(verifier.utf8))))
    }
}
