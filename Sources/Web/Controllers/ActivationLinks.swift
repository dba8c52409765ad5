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
