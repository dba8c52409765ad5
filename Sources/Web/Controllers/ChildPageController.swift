import Domain
import Foundation
import Hummingbird

/// A child's page: the record, consent, referrals with their decisions, passes and a timeline.
/// Every opening is written to the audit log before anything is shown.
struct ChildPageController {
    let repositories: Repositories
    let letterTexts: LetterTexts
    let renderer: Renderer
    let clock: Clock

    struct CaseworkerForm: Decodable {
        let caseworker: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.childShow) { _, context in try await show(context) }
        routes.add(.childCaseworker) { request, context in try await assign(request, context) }
    }

    private func show(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let municipality = try user.municipalityID()
        let id = try context.parameters.require("id", as: ChildID.self)
        guard let child = try await repositories.children.find(id, scope: AccessPolicy.scope(of: user)) else { throw AppError.notFound }
        try await repositories.audit.record(try context.actor().audit(.view, .child, id))
        let consents = try await repositories.consents.list(for: id, in: municipality)
        let referrals = try await repositories.referrals.list(for: id, in: municipality)
        let history = try await repositories.referrals.history(for: id, in: municipality)
        let passes = try await repositories.passes.list(for: id, in: municipality)
        let staff = try await repositories.users.list(in: municipality)
        // Who opened the record is itself personal data about staff: coordinators only.
        let viewers = user.can(.controlPersonalData)
            ? try await repositories.audit.viewers(of: id, in: municipality, since: clock.now.addingTimeInterval(-90 * 86400)) : []
        let t = context.t
        // Guidance
        let guidance = ChildGuidanceView.make(
            child: child, courses: try await repositories.courses.courses(for: id, in: municipality),
            sessions: try await repositories.courses.sessions(forChild: id, in: municipality),
            agreements: try await repositories.courses.agreements(forChild: id, in: municipality),
            followUps: try await repositories.followUps.forChild(id, in: municipality), passes: passes, user: user, today: clock.today, t: t)
        var view = ChildPageView.make(
            child: child, consents: consents, referrals: referrals, history: history, passes: passes, staff: staff,
            user: user, today: clock.today, guidance: guidance, t: t)
        view.privacy = ChildPageView.Privacy.make(child: child, viewers: viewers, isCoordinator: user.can(.controlPersonalData), t: t)
        // Associations and money
        let (money, moneyTimeline) = ChildMoneyView.make(
            child: id, enrolments: try await repositories.grants.enrolments(for: id, in: municipality),
            grants: try await repositories.grants.grants(for: id, in: municipality),
            claims: try await repositories.grants.claims(for: id, in: municipality),
            associationConsent: ConsentSummary(consents, on: clock.today).inForce.association,
            rules: try await repositories.grants.rules(for: municipality), user: user, today: clock.today, t: t)
        view.money = money
        let (letters, letterTimeline) = ChildLettersView.make(
            child: id, letters: try await repositories.letters.letters(for: id, in: municipality), passes: passes,
            language: try await repositories.letters.letterLanguage(of: id, in: municipality) ?? "da", texts: letterTexts, t: t)
        view.letters = letters
        view.timeline = (view.timeline + moneyTimeline + letterTimeline).sorted { $0.sortKey > $1.sortKey }
        // Season rollover
        view.add(renewals: try await repositories.passes.renewals(for: id, in: municipality), t: t)
        return try renderer.page(view, title: child.fullName, context: context)
    }

    private func assign(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.parameters.require("id", as: ChildID.self)
        let form = try await request.decodeForm(CaseworkerForm.self, context: context)
        let caseworker: UserID?
        switch form.caseworker {
        case nil, "": caseworker = nil
        case let value?:
            guard let parsed = UserID(value) else { throw AppError.badRequest }
            caseworker = parsed
        }
        try await repositories.children.assignCaseworker(id, caseworker: caseworker, in: try user.municipalityID(),
                                                         audit: try context.actor().audit(.update, .child, id, detail: "caseworker"))
        context.flash(Flash(.success, "child.caseworker.saved"))
        return .seeOther(Paths.child.link(id))
    }
}
