import Domain
import Hummingbird

/// The row a route's `:id` names, so a refused attempt is filed under the entity it aimed at
/// (and under that entity's municipality).
enum RouteTargets {
    /// Path prefixes before `/:id`, by audit entity type.
    static let prefixes: [(prefix: String, entity: String)] = [
        ("/users", "user"), ("/children", "child"), ("/referrals", "referral"), ("/passes", "pass"),
        ("/access-requests", "access_request"), ("/associations", "association"), ("/activities", "activity"),
        ("/funding-sources", "funding_source"), ("/grants", "grant"), ("/claims", "claim"), ("/payment-batches", "payment_batch"),
        ("/portal/enrolments", "enrolment"), ("/portal/grants", "grant"), ("/portal/claims", "claim"),
        ("/portal/follow-ups", "follow_up"), ("/courses", "course"), ("/follow-ups", "follow_up"), ("/volunteers", "volunteer"),
        ("/board/offers", "board_offer"), ("/board", "course"),
    ]

    static func target(of route: Route, parameters: Parameters) -> AuditTarget? {
        let pattern = route.path.pattern
        guard let id = parameters.get("id"),
              let entity = prefixes.first(where: { pattern.hasPrefix($0.prefix + "/:id") })?.entity else { return nil }
        return AuditTarget(entity, id)
    }
}
