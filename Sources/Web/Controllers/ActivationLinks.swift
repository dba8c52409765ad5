import Domain
import Foundation
import Hummingbird

/// Makes one-time links that are e-mailed to the user: activation (a new user, or after a
/// coordinator's reset) and the self-service password reset. The token goes into the e-mail
/// only; the store keeps its hash. Links use the configured public address, never the
/// request's Host header, which a client chooses.
struct ActivationLinks: Sendable {
    let baseURL: String
    let clock: Clock

    /// A self-service reset link is short-lived.
    static let resetValidity: TimeInterval = 3600

    func make() -> NewActivation {
        let token = Tokens.random()
        return NewActivation(tokenHash: Tokens.hash(token), expiresAt: clock.now.addingTimeInterval(ActivationRules.validity),
                             link: baseURL + Paths.activation.link(token))
    }

    func reset() -> (tokenHash: String, link: String, expiresAt: Date) {
        let token = Tokens.random()
        return (Tokens.hash(token), baseURL + Paths.activation.link(token), clock.now.addingTimeInterval(Self.resetValidity))
    }
}

/// Public addresses as configured by the operator.
enum PublicLinks {
    /// `https://host[:port][/prefix]` without a trailing slash; nil unless http(s) with a host.
    static func normalised(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
              let host = url.host, !host.isEmpty, url.query == nil, url.fragment == nil, url.user == nil else { return nil }
        var result = trimmed
        while result.hasSuffix("/") { result.removeLast() }
        return result
    }
}
