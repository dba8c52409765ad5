import Domain
import Foundation
import Hummingbird

/// Test rounds: the versions of the scheme tried in turn (1.0, 2.0, 3.0 …), so the municipality
/// can show how its scheme evolved.
struct ImplementationTestRoundsController {
    let workspace: ImplementationWorkspace

    struct RoundForm: Decodable {
        let version: String?
        let startsOn: String?
        let endsOn: String?
        let changes: String?
        let learnings: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.implTestRounds) { _, context in try await list(context) }
        routes.add(.implTestRoundNew) { _, context in try renderForm(context, round: nil) }
        routes.add(.implTestRoundCreate) { request, context in try await save(request, context, round: nil) }
        routes.add(.implTestRound) { _, context in try renderForm(context, round: try await find(context)) }
        routes.add(.implTestRoundUpdate) { request, context in try await save(request, context, round: try await find(context)) }
    }

    private func find(_ context: AppContext) async throws -> TestRound {
        let id = try context.parameters.require("id", as: TestRoundID.self)
        guard let round = try await workspace.store.testRound(id, in: try workspace.scope(context).municipality) else { throw AppError.notFound }
        return round
    }

    private func list(_ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let today = workspace.clock.today
        let rounds = try await workspace.store.testRounds(in: scope.municipality).map { round in
            ImplementationRoundsView.RoundRow(version: t("impl.rounds.version", round.version),
                     period: round.endsOn.map { t("impl.rounds.period", round.startsOn.display, $0.display) }
                         ?? t("impl.rounds.periodOpen", round.startsOn.display),
                     ongoing: round.isOngoing(today: today), changes: round.changes?.nilIfEmpty, learnings: round.learnings?.nilIfEmpty,
                     href: scope.canEdit ? Paths.implementationRound.link(round.id) : nil,
                     editLabel: t("impl.rounds.edit", round.version))
        }
        let view = ImplementationRoundsView(subnav: workspace.subnav(.implTestRounds, t),
                                            newHref: scope.canEdit ? Paths.implementationRoundNew.link() : nil, rounds: rounds)
        return try workspace.page(view, title: t("impl.rounds.title"), context: context)
    }

    private func renderForm(_ context: AppContext, round: TestRound?, values: [String: String]? = nil,
                            errors: ValidationErrors = .init()) throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let stored = round.map {
            ["version": $0.version, "startsOn": $0.startsOn.iso, "endsOn": $0.endsOn?.iso ?? "", "changes": $0.changes ?? "",
             "learnings": $0.learnings ?? ""]
        } ?? [:]
        let form = FormBuilder(t, values: values ?? stored, errors: errors)
        let view = ImplementationRoundFormView(
            subnav: workspace.subnav(.implTestRounds, t), backHref: Paths.implementationRounds.link(),
            heading: round.map { t("impl.rounds.edit", $0.version) } ?? t("impl.rounds.new.heading"),
            action: round.map { Paths.implementationRound.link($0.id) } ?? Paths.implementationRounds.link(),
            submit: t(round == nil ? "impl.rounds.new.submit" : "impl.form.save"),
            lastChanged: round.flatMap { ImplLabels.changed(by: $0.updatedByName, at: $0.updatedAt, t) },
            form: .init(
                version: form.field("version", label: "impl.rounds.versionLabel", hint: "impl.rounds.versionLabel.hint", width: "xs", maxLength: 20),
                startsOn: form.field("startsOn", label: "impl.rounds.startsOn", hint: "impl.date.hint", type: "date", width: "s"),
                endsOn: form.field("endsOn", label: "impl.rounds.endsOn", hint: "impl.rounds.endsOn.hint", type: "date", optional: true, width: "s"),
                changes: form.field("changes", label: "impl.rounds.changes", hint: "impl.rounds.changes.hint", optional: true, width: "xl", rows: 4),
                learnings: form.field("learnings", label: "impl.rounds.learnings", hint: "impl.rounds.learnings.hint", optional: true,
                                      width: "xl", rows: 4)))
        let title = round == nil ? t("impl.rounds.new.title") : t("impl.rounds.edit", round!.version)
        return try workspace.page(view, title: title, context: context, form: form)
    }

    private func save(_ request: Request, _ context: AppContext, round: TestRound?) async throws -> Response {
        let scope = try workspace.scope(context)
        let input = try await request.decodeForm(RoundForm.self, context: context)
        switch TestRoundDraft.validate(version: input.version, startsOn: input.startsOn, endsOn: input.endsOn, changes: input.changes,
                                       learnings: input.learnings) {
        case .failure(let errors):
            let values = ["version": input.version, "startsOn": input.startsOn, "endsOn": input.endsOn, "changes": input.changes,
                          "learnings": input.learnings].compactMapValues { $0 }
            return try renderForm(context, round: round, values: values, errors: errors)
        case .success(let draft):
            if let round {
                try await workspace.store.updateTestRound(round.id, draft, by: scope.user.id, in: scope.municipality,
                                                          audit: try workspace.audit(context, .update, .implTestRound, round.id))
            } else {
                _ = try await workspace.store.createTestRound(draft, by: scope.user.id, in: scope.municipality,
                                                              audit: try workspace.audit(context, .create, .implTestRound))
            }
            context.flash(Flash(.success, "impl.rounds.saved", [draft.version]))
            return .seeOther(Paths.implementationRounds.link())
        }
    }
}
