import Domain
import Foundation
import Hummingbird

/// Makes one-time activation links to hand to a new user (or after a password reset).
struct ActivationLinks: Sendable {
    let baseURL: String?
    let secure: Bool
    let clock: Clock

    /// The token goes into the link only; the store keeps its hash.
    func make(for request: Request) -> (link: String, activation: NewActivation) {
        let token = Tokens.random()
        let base = baseURL ?? "\(secure ? "https" : "http")://\(request.head.authority ?? "localhost")"
        let link = base.trimmingCharacters(in: CharacterSet(charactersIn: "/")) + Paths.activation.link(token)
        return (link, NewActivation(tokenHash: Tokens.hash(token), expiresAt: clock.now.addingTimeInterval(ActivationRules.validity)))
    }
}
