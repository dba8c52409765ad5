import Domain
import Foundation
import Hummingbird

/// The start page of every municipal role: what waits for this user, with counts, each item
/// linking to where it is done. Statistics stay on the dashboard ("Overblik").
struct WorkListPage {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    /// How many items a section shows before "see all".
    static let shown = 8
    /// How far back the caseworker's news reach when a child was never opened.
    static let newsLookbackDays = 60

    func render(_ user: CurrentUser, context: AppContext) async throws -> Response {
        let m = try user.municipalityID()
        let scope = AccessPolicy.scope(of: user)
        let today = clock.today
        let t = context.t
        let actor = try context.actor()
        var sections: [WorkListView.Section] = []
        var links: [WorkListView.Link] = []
        switch user.role {
        case .coordinator:
            sections = WorkListView.coordinator(try await repositories.workLists.coordinator(in: m, today: today, limit: Self.shown), t)
            links = [.init(href: Paths.dashboard.link(), text: t("work.link.dashboard")),
                     .init(href: Paths.outbox.link(), text: t("work.link.outbox"))]
            try await repositories.audit.record(actor.audit(.view, .workList, detail: "coordinator"))
        case .caseworker:
            let work = try await repositories.workLists.caseworker(user.id, in: m, now: clock.now, lookbackDays: Self.newsLookbackDays,
                                                                   limit: Self.shown)
            sections = WorkListView.caseworker(work, t)
            links = [.init(href: Paths.childNew.link(), text: t("home.card.childNew.title")),
                     .init(href: Paths.children.link(), text: t("home.card.children.title"))]
            try await repositories.audit.record(actor.audit(.view, .workList, detail: "caseworker"))
        case .volunteer:
            let courses = try await repositories.courses.list(.all, scope: scope)
            let followUps = try await repositories.followUps.open(until: FollowUpState.dueListLimit(today: today), scope: scope)
            let children = Set(courses.prefix(Self.shown).map(\.course.childID) + followUps.prefix(Self.shown).map(\.followUp.childID))
            try await repositories.courses.recordViews(children.sorted().map { actor.audit(.view, .child, $0, detail: "work list") })
            sections = WorkListView.volunteer(courses: courses, followUps: followUps, today: today, limit: Self.shown, t)
            links = [.init(href: Paths.myChildren.link(), text: t("guidance.nav.myChildren")),
                     .init(href: Paths.board.link(), text: t("guidance.nav.board"))]
        case .association:
            if let overview = try await repositories.portal.overview(scope: scope, today: today) {
                sections = WorkListView.club(ClubWork(overview, today: today), limit: Self.shown, t)
                try await repositories.audit.record(actor.audit(.view, .association, overview.associationID, detail: "work list"))
            }
            links = [.init(href: Paths.portal.link(), text: t("nav.portal")),
                     .init(href: Paths.portalPass.link(), text: t("work.link.passLookup"))]
        case .admin:
            throw AppError.notFound
        }
        let warnings = try await UnusualAccessWarnings.texts(audit: repositories.audit, user: user, today: today, t: t)
        let view = WorkListView(greeting: t("home.greeting", user.user.name), summary: WorkListView.summary(sections, t),
                                warnings: warnings, auditHref: Paths.auditLog.link(), sections: sections, links: links,
                                hasLinks: !links.isEmpty)
        return try renderer.page(view, title: t("home.title"), context: context)
    }
}
