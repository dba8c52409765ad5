import Domain
import Hummingbird

/// The row a route's `:id` names, so a refused attempt is filed under the entity it aimed at
/// (and under that entity's municipality).
enum RouteTargets {
    /// Path prefixes before `/:id`, by audit entity type.
    static let prefixes: [(prefix: String, entity: AuditEntity)] = [
        ("/users", .user), ("/children", .child), ("/referrals", .referral), ("/passes", .pass),
        ("/access-requests", .accessRequest), ("/associations", .association), ("/activities", .activity),
        ("/funding-sources", .fundingSource), ("/grants", .grant), ("/claims", .claim), ("/payment-batches", .paymentBatch),
        ("/portal/enrolments", .enrolment), ("/portal/grants", .grant), ("/portal/claims", .claim),
        ("/portal/follow-ups", .followUp), ("/courses", .course), ("/follow-ups", .followUp), ("/volunteers", .volunteer),
        ("/board/offers", .boardOffer), ("/board", .course),
    ]

    static func target(of route: Route, parameters: Parameters) -> AuditTarget? {
        let pattern = route.path.pattern
        guard let id = parameters.get("id"),
              let entity = prefixes.first(where: { pattern.hasPrefix($0.prefix + "/:id") })?.entity else { return nil }
        return AuditTarget(entity, id)
    }
}
