import Domain
import Foundation
import Hummingbird

/// The open board (experience 1.2.1): volunteers see the children waiting for a guide with
/// minimal data and offer to take one; the coordinator confirms an offer, which makes the
/// volunteer the child's guide.
struct BoardController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    func addRoutes(to routes: RouteTable) {
        routes.add(.board) { _, context in try await board(context) }
        routes.add(.boardOffer) { _, context in try await offer(context) }
        routes.add(.boardOfferConfirm) { _, context in try await confirm(context) }
    }

    private func board(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let m = try user.municipalityID()
        let volunteer = user.can(.offerToGuide) ? try await repositories.volunteers.find(user: user.id, in: m) : nil
        // Each child shown is a read of their data: one audit row per child.
        let entries = try await repositories.courses.board(in: m, volunteer: volunteer?.id, today: clock.today,
                                                           audit: try context.actor().audit(.view, .child, detail: "board"))
        let t = context.t
        let rule = try await repositories.volunteers.settings(for: m).certificateRule
        let view = BoardView.make(entries: entries, volunteer: volunteer, isVolunteer: user.can(.offerToGuide), certificate: rule,
                                  today: clock.today, t: t)
        return try renderer.page(view, title: t("board.title"), context: context)
    }

    private func offer(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let m = try user.municipalityID()
        let courseID = try context.parameters.require("id", as: CourseID.self)
        guard let volunteer = try await repositories.volunteers.find(user: user.id, in: m) else {
            context.flash(Flash(.error, "board.noProfile"))
            return .seeOther(Paths.board.link())
        }
        guard let entry = try await repositories.courses.board(in: m, volunteer: volunteer.id, today: clock.today, audit: nil)
            .first(where: { $0.courseID == courseID }) else { throw AppError.notFound }
        let rule = try await repositories.volunteers.settings(for: m).certificateRule
        if let problem = AssignmentRules.volunteerProblems(volunteer, as: .guide, childBirthDate: entry.birthDate, certificate: rule,
                                                           today: clock.today, field: "offer").fields.first {
            context.flash(Flash(.error, problem.message, problem.arguments))
            return .seeOther(Paths.board.link())
        }
        do {
            _ = try await repositories.courses.offer(course: courseID, by: volunteer.id, in: m, at: clock.now,
                                                     audit: try context.actor().audit(.create, .boardOffer))
            context.flash(Flash(.success, "board.offered", [entry.firstName]))
        } catch StoreError.duplicate {
            context.flash(Flash(.info, "board.alreadyOffered"))
        }
        return .seeOther(Paths.board.link())
    }

    private func confirm(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let m = try user.municipalityID()
        let id = try context.parameters.require("id", as: OfferID.self)
        guard let offer = try await repositories.courses.findOffer(id, in: m),
              let course = try await repositories.courses.find(offer.courseID, scope: AccessPolicy.scope(of: user)),
              let volunteer = try await repositories.volunteers.find(offer.volunteerID, in: m) else { throw AppError.notFound }
        let matching = MatchingController(repositories: repositories, renderer: renderer, clock: clock)
        let (child, consent) = try await matching.child(of: course, context)
        let rule = try await repositories.volunteers.settings(for: m).certificateRule
        if let problem = AssignmentRules.problems(assigning: volunteer, as: .guide, childBirthDate: child.details.birthDate, consent: consent,
                                                  certificate: rule, today: clock.today, field: "offer").fields.first {
            context.flash(Flash(.error, problem.message, problem.arguments))
            return .seeOther(Paths.course.link(course.id))
        }
        do {
            try await repositories.courses.confirm(offer.id, on: clock.today, in: m, by: user.id, at: clock.now,
                                                   audit: try context.actor().audit(
                                                    .update, .child, child.id, detail: "guide from board course \(course.id)"))
            context.flash(Flash(.success, "board.confirmed", [volunteer.name, child.details.firstName]))
        } catch StoreError.conflict {
            context.flash(Flash(.info, "course.changedMeanwhile"))
        }
        return .seeOther(Paths.course.link(course.id))
    }
}
