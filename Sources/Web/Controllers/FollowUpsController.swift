import Domain
import Foundation
import Hummingbird

/// Follow-ups 3 and 6 months after an activity start: the list of what is due and overdue (the
/// coordinator's for the municipality, a guide's for their own children), and answering one.
struct FollowUpsController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    struct AnswerForm: Decodable {
        let stillActive, attendsRegularly, needsHelp, note: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.followUps) { _, context in try await index(context) }
        routes.add(.followUpShow) { _, context in
            let row = try await find(context)
            try await repositories.audit.record(try context.actor().audit(.view, .child, row.followUp.childID,
                                                                                         detail: "follow-up \(row.followUp.id)"))
            return try render(context, row, values: [:])
        }
        routes.add(.followUpAnswer) { request, context in try await answer(request, context) }
    }

    private func index(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let scope = AccessPolicy.scope(of: user)
        let today = clock.today
        let open = try await repositories.followUps.open(until: FollowUpState.dueListLimit(today: today), scope: scope)
        let answered = try await repositories.followUps.answered(limit: 10, scope: scope)
        let attention = try await repositories.followUps.needingAttention(since: today.adding(days: -FollowUpSchedule.attentionDays), scope: scope)
        let actor = try context.actor()
        if case .volunteer = scope {
            // Everything a volunteer reads is logged, child by child.
            let children = Set((open + answered + attention).map(\.followUp.childID))
            try await repositories.courses.recordViews(children.sorted().map { actor.audit(.view, .child, $0, detail: "follow-ups") })
        } else {
            try await repositories.audit.record(actor.audit(.view, .followUp, detail: "list"))
        }
        let t = context.t
        var retention: [(Period, Retention)] = []
        if user.can(.followFigures) {
            let current = Period.halfYear(containing: today)
            for period in [current.previous, current] {
                retention.append((period, try await repositories.followUps.retention(in: try user.municipalityID(), period: period)))
            }
        }
        let view = FollowUpListView.make(open: open, answered: answered, attention: attention, retention: retention, today: today, t: t)
        return try renderer.page(view, title: t("followup.list.title"), context: context)
    }

    private func find(_ context: AppContext) async throws -> FollowUpRow {
        let user = try context.requireUser()
        let id = try context.parameters.require("id", as: FollowUpID.self)
        guard let row = try await repositories.followUps.find(id, scope: AccessPolicy.scope(of: user)) else { throw AppError.notFound }
        return row
    }

    private func render(_ context: AppContext, _ row: FollowUpRow, values: [String: String],
                        errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let back = try context.requireUser().can(.offerToGuide) ? Paths.myChildren.link() : Paths.followUps.link()
        let view = FollowUpAnswerView.make(row, form: form, backHref: back, today: clock.today, t: t)
        return try renderer.page(view, title: t("followup.show.title", row.childName), context: context, form: form)
    }

    private func answer(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let row = try await find(context)
        let form = try await request.decodeForm(AnswerForm.self, context: context)
        let input = FollowUpAnswerInput(stillActive: form.stillActive, attendsRegularly: form.attendsRegularly, needsHelp: form.needsHelp,
                                        note: form.note)
        switch input.validate(row.followUp, today: clock.today) {
        case .failure(let errors):
            let values = ["stillActive": form.stillActive, "attendsRegularly": form.attendsRegularly, "needsHelp": form.needsHelp,
                          "note": form.note].compactMapValues { $0 }
            return try render(context, row, values: values, errors: errors)
        case .success(let answer):
            do {
                try await repositories.followUps.answer(
                    row.followUp.id, answer, on: clock.today, by: user.id, role: user.role, in: try user.municipalityID(),
                    audit: try context.actor().audit(.update, .child, row.followUp.childID, detail: "follow-up \(row.followUp.id)"))
                context.flash(Flash(.success, "followup.saved", [row.childName]))
            } catch StoreError.conflict {
                context.flash(Flash(.info, "followup.answeredMeanwhile"))
            }
            return .seeOther(user.can(.offerToGuide) ? Paths.myChildren.link() : Paths.followUps.link())
        }
    }
}
