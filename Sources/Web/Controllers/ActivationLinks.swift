import Domain
import Foundation
import Hummingbird

/// Makes one-time activation links to hand to a new user (or after a password reset).
struct ActivationLinks: Sendable {
    /// The configured public address (`AppConfig.publicBaseURL`), never a request's `Host`:
    /// a forged Host would otherwise put an attacker's address in front of a working token.
    let baseURL: String
    let clock: Clock

    /// The token goes into the link only; the store keeps its hash.
    func make() -> (link: String, activation: NewActivation) {
        let token = Tokens.random()
        let link = baseURL + Paths.activation.link(token)
        return (link, NewActivation(tokenHash: Tokens.hash(token), expiresAt: clock.now.addingTimeInterval(ActivationRules.validity)))
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
