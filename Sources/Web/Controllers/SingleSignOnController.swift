import Domain
import Foundation
import Hummingbird
import Logging

/// Signing in through the municipality's OpenID Connect provider: the authorization code flow
/// with PKCE, `state` and `nonce`. The provider says who the person is; Fritidspas decides
/// whether they are a user here and what they may do (no account is ever created this way).
struct SingleSignOnController {
    let municipalities: any MunicipalityRepository
    let signInSettings: any SignInSettingsRepository
    let providers: OpenIDProviders
    let clientSecrets: ClientSecrets
    let completion: SignInCompletion
    let audit: any AuditLog
    let secrets: SecretBox
    let baseURL: String
    let clock: Clock

    var redirectURI: String { baseURL + Paths.singleSignOnCallback.link() }

    func addRoutes(to routes: RouteTable) {
        // Starting writes nothing on the server: state, nonce and the PKCE verifier travel
        // sealed in a cookie, so this stays a plain link.
        routes.add(.singleSignOnStart) { _, context in
            let slug = try context.parameters.require("slug")
            guard let municipality = try await municipalities.find(slug: slug) else { throw AppError.notFound }
            let settings = try await signInSettings.settings(for: municipality.id)
            guard let issuer = settings.issuer, let clientID = settings.clientID else { throw AppError.notFound }
            let provider: ProviderMetadata
            do {
                provider = try await providers.metadata(issuer: issuer, now: clock.now)
            } catch {
                context.logger.error("single sign-on: discovery failed", metadata: ["issuer": .string(issuer),
                                                                                    "error": .string(String(describing: error))])
                return .seeOther(Paths.login.link() + "?reason=ssoUnavailable")
            }
            let state = SingleSignOnState(state: Tokens.random(), nonce: Tokens.random(), verifier: Tokens.random() + Tokens.random(),
                                          municipalityID: municipality.id, startedAt: clock.now)
            var components = URLComponents(string: provider.authorization_endpoint)
            let existing = components?.queryItems ?? []
            components?.queryItems = existing + [
                URLQueryItem(name: "response_type", value: "code"), URLQueryItem(name: "client_id", value: clientID),
                URLQueryItem(name: "redirect_uri", value: redirectURI), URLQueryItem(name: "scope", value: "openid email profile"),
                URLQueryItem(name: "state", value: state.state), URLQueryItem(name: "nonce", value: state.nonce),
                URLQueryItem(name: "code_challenge", value: state.challenge),
                URLQueryItem(name: "code_challenge_method", value: "S256"),
            ]
            guard let location = components?.url?.absoluteString else { throw AppError.notFound }
            var response = Response.seeOther(location)
            let sealed = try secrets.seal(try JSONEncoder().encode(state), context: SingleSignOnState.sealContext)
            // Lax: the provider sends the browser back with a top-level GET from its own site.
            response.setCookie(Cookie(name: SingleSignOnState.cookieName, value: PendingSignIn.base64url(sealed),
                                      maxAge: Int(SingleSignOnState.lifetime), path: Paths.login.link(),
                                      secure: completion.secureCookies, httpOnly: true, sameSite: .lax))
            return response
        }
        routes.add(.singleSignOnCallback) { request, context in
            var response = try await callback(request, context)
            response.setCookie(Cookie(name: SingleSignOnState.cookieName, value: "", maxAge: 0, path: Paths.login.link(),
                                      secure: completion.secureCookies, httpOnly: true, sameSite: .lax))
            return response
        }
    }

    private func callback(_ request: Request, _ context: AppContext) async throws -> Response {
        let query = request.uri.queryParameters
        let now = clock.now
        guard let cookie = request.cookies[SingleSignOnState.cookieName]?.value,
              let sealed = PendingSignIn.data(base64url: cookie),
              let json = secrets.open(sealed, context: SingleSignOnState.sealContext),
              let state = try? JSONDecoder().decode(SingleSignOnState.self, from: json),
              now.timeIntervalSince(state.startedAt) < SingleSignOnState.lifetime,
              let returned = query["state"].map(String.init), Tokens.constantTimeEquals(returned, state.state) else {
            try await refuse(nil, "single sign-on: state missing or wrong", context)
            return .seeOther(Paths.login.link() + "?reason=ssoRefused")
        }
        let municipality = state.municipalityID
        let settings = try await signInSettings.settings(for: municipality)
        guard let issuer = settings.issuer, let clientID = settings.clientID,
              let code = query["code"].map(String.init), !code.isEmpty else {
            try await refuse(municipality, "single sign-on: provider refused", context)
            return .seeOther(Paths.login.link() + "?reason=ssoRefused")
        }
        let claims: IDTokenClaims
        do {
            let slug = try await municipalities.find(municipality)?.slug ?? ""
            let provider = try await providers.metadata(issuer: issuer, now: now)
            let token = try await providers.idToken(provider, code: code, verifier: state.verifier, redirectURI: redirectURI,
                                                    clientID: clientID, secret: clientSecrets.secret(for: slug))
            claims = try await verified(token, provider: provider, issuer: issuer, clientID: clientID, nonce: state.nonce, now: now)
        } catch let problem as IDTokenProblem {
            try await refuse(municipality, "single sign-on: token refused: \(problem)", context)
            return .seeOther(Paths.login.link() + "?reason=ssoRefused")
        } catch {
            context.logger.error("single sign-on: provider failed", metadata: ["error": .string(String(describing: error))])
            return .seeOther(Paths.login.link() + "?reason=ssoUnavailable")
        }
        let value: String?
        switch settings.match {
        case .email: value = claims.emailVerified == false ? nil : claims.email.map { Contact.normalisedEmail($0) }
        case .subject: value = claims.sub.value
        }
        guard let value, !value.isEmpty, let user = try await signInSettings.singleSignOnUser(settings.match, value: value, in: municipality)
        else {
            try await refuse(municipality, "single sign-on: unknown user", context)
            return .seeOther(Paths.login.link() + "?reason=ssoUnknownUser")
        }
        return try await completion.complete(user, via: "sso", detail: "single sign-on", request: request, context: context)
    }

    /// Verifies the token; when its key is unknown, fetches the provider's keys once more.
    private func verified(_ token: String, provider: ProviderMetadata, issuer: String, clientID: String, nonce: String,
                          now: Date) async throws -> IDTokenClaims {
        do {
            return try await IDTokenCheck.verify(token, keys: try await providers.keys(provider, now: now),
                                                 allowedAlgorithms: provider.id_token_signing_alg_values_supported,
                                                 issuer: issuer, clientID: clientID, nonce: nonce, now: now)
        } catch IDTokenProblem.signature {
            return try await IDTokenCheck.verify(token, keys: try await providers.keys(provider, now: now, refresh: true),
                                                 allowedAlgorithms: provider.id_token_signing_alg_values_supported,
                                                 issuer: issuer, clientID: clientID, nonce: nonce, now: now)
        }
    }

    private func refuse(_ municipality: MunicipalityID?, _ detail: String, _ context: AppContext) async throws {
        try await audit.record(AuditEntry(at: clock.now, userID: nil, role: nil, municipalityID: municipality, action: .signIn,
                                          entity: .session, detail: detail, ip: context.clientIP, outcome: .denied))
    }
}
