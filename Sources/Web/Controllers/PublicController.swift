import Domain
import Foundation
import GRDB
import Hummingbird
import Store

/// Pages and endpoints anyone may reach: health check, accessibility statement, privacy.
struct PublicController {
    let database: any DatabaseWriter
    let storeHealth: StoreHealth
    let renderer: Renderer
    let accessibilityStatementURL: String

    func addRoutes(to routes: RouteTable) {
        routes.add(.health) { _, _ in
            var health = await AppDatabase.health(database)
            // A load balancer or monitor sees a full disk as unhealthy.
            health.writable = storeHealth.isWritable
            let body = try JSONEncoder().encode(health)
            return Response(status: health.isHealthy ? .ok : .serviceUnavailable,
                            headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        routes.add(.accessibilityStatement) { _, _ in
            .seeOther(accessibilityStatementURL)
        }
        routes.add(.privacy) { _, context in
            let t = context.t
            return try renderer.page(PrivacyNoticeView(supportEmail: renderer.footer.supportEmail), title: t("privacy.title"),
                                     context: context)
        }
    }
}

/// The start page after sign-in.
struct HomeController {
    let renderer: Renderer
    let audit: any AuditLog
    let clock: Clock
    /// Every municipal role's start page is its work list; the admin keeps the menu.
    let workList: WorkListPage

    /// What each role finds on its start page, shown only where the policy lets it through.
    static let cards: [(route: Route, title: String, text: String)] = [
        (.childNew, "home.card.childNew.title", "home.card.childNew.text"),
        (.children, "home.card.children.title", "home.card.children.text"),
        (.referrals, "home.card.referrals.title", "home.card.referrals.text"),
        // Guidance and volunteers
        (.myChildren, "guidance.home.myChildren.title", "guidance.home.myChildren.text"),
        (.board, "guidance.home.board.title", "guidance.home.board.text"),
        (.courses, "guidance.home.courses.title", "guidance.home.courses.text"),
        (.followUps, "guidance.home.followUps.title", "guidance.home.followUps.text"),
        (.volunteers, "guidance.home.volunteers.title", "guidance.home.volunteers.text"),
        (.users, "home.card.users.title", "home.card.users.text"),
        (.schemeSettings, "home.card.settings.title", "home.card.settings.text"),
        (.implOverview, "impl.home.card.title", "impl.home.card.text"),
        // Associations, grants and payments
        (.claims, "home.card.payments.title", "home.card.payments.text"),
        (.budget, "home.card.budget.title", "home.card.budget.text"),
        (.activities, "home.card.activities.title", "home.card.activities.text"),
        (.portal, "home.card.portal.title", "home.card.portal.text"),
        (.account, "home.card.account.title", "home.card.account.text"),
        // Schools and districts
        (.registries, "registry.card.title", "registry.card.text"),
    ]

    func addRoutes(to routes: RouteTable) {
        routes.add(.home) { _, context in
            let user = try context.requireUser()
            // Everyone who works in a municipality starts on a work list; the admin keeps municipalities.
            if !user.can(.manageMunicipalities) { return try await workList.render(user, context: context) }
            let t = context.t
            let cards = Self.cards.filter { AccessPolicy.allows(user.role, $0.route) }
                .map { HomeView.Card(href: $0.route.path.link(), title: t($0.title), text: t($0.text)) }
            let warnings = try await UnusualAccessWarnings.texts(audit: audit, user: user, today: clock.today, t: t)
            let view = HomeView(greeting: t("home.greeting", user.user.name), cards: cards,
                                warnings: warnings, auditHref: Paths.auditLog.link())
            return try renderer.page(view, title: t("home.title"), context: context)
        }
    }
}

/// Unusual access (many more child records opened than the user's usual day), today's and
/// yesterday's, as warnings for coordinators.
enum UnusualAccessWarnings {
    static func texts(audit: any AuditLog, user: CurrentUser, today: LocalDate, t: Texts) async throws -> [String] {
        guard user.can(.controlPersonalData), let municipality = user.municipality?.id else { return [] }
        var warnings: [String] = []
        for day in [today, today.adding(days: -1)] {
            for hit in try await audit.unusualAccess(in: municipality, on: day) {
                warnings.append(t("home.unusualAccess", hit.userName, String(hit.count), day.display, String(format: "%.0f", hit.usualPerDay)))
            }
        }
        return warnings
    }
}
