import Domain
import Foundation
import Hummingbird

/// The volunteer's start page, a guide's week at a glance: follow-ups to answer, then the
/// children they guide or accompany with a link to log a session, and how many children wait on
/// the open board.
struct MyChildrenController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    func addRoutes(to routes: RouteTable) {
        routes.add(.myChildren) { _, context in
            let user = try context.requireUser()
            let m = try user.municipalityID()
            let scope = AccessPolicy.scope(of: user)
            let today = clock.today
            let volunteer = try await repositories.volunteers.find(user: user.id, in: m)
            let rows = try await repositories.courses.list(.all, scope: scope)
            let followUps = try await repositories.followUps.open(until: FollowUpState.dueListLimit(today: today), scope: scope)
            // A club saying a child stopped or that it is not sure reaches the guide here first.
            let attention = try await repositories.followUps.needingAttention(since: today.adding(days: -FollowUpSchedule.attentionDays), scope: scope)
            // Only a count of the board is shown here, no child's data.
            let waiting = volunteer == nil ? 0
                : try await repositories.courses.board(in: m, volunteer: volunteer?.id, today: today, audit: nil).filter { !$0.offeredByMe }.count
            let actor = try context.actor()
            let children = Set(rows.map(\.course.childID) + (followUps + attention).map(\.followUp.childID))
            try await repositories.courses.recordViews(children.sorted().map { actor.audit(.view, .child, $0, detail: "my children") })
            let t = context.t
            let view = MyChildrenView.make(user: user, volunteer: volunteer, rows: rows, followUps: followUps, attention: attention, boardCount: waiting,
                                           settings: try await repositories.volunteers.settings(for: m), today: today, t: t)
            return try renderer.page(view, title: t("guidance.mine.title"), context: context)
        }
    }
}
