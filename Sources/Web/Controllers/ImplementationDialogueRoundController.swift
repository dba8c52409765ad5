import Domain
import Foundation
import Hummingbird

/// One round of the dialogue tool: the team rates the ten factors on a date, with a note on
/// barriers and actions for each. Coordinators record and correct rounds.
struct ImplementationDialogueRoundController {
    let workspace: ImplementationWorkspace

    func addRoutes(to routes: RouteTable) {
        routes.add(.implDialogueNew) { _, context in try renderForm(context, round: nil) }
        routes.add(.implDialogueCreate) { request, context in try await save(request, context, round: nil) }
        routes.add(.implDialogueRound) { _, context in try renderForm(context, round: try await find(context)) }
        routes.add(.implDialogueRoundUpdate) { request, context in try await save(request, context, round: try await find(context)) }
    }

    private func find(_ context: AppContext) async throws -> DialogueRound {
        let id = try context.parameters.require("id", as: DialogueRoundID.self)
        guard let round = try await workspace.store.dialogueRound(id, in: try workspace.scope(context).municipality) else { throw AppError.notFound }
        return round
    }

    private func renderForm(_ context: AppContext, round: DialogueRound?, values: [String: String]? = nil,
                            errors: ValidationErrors = .init()) throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        var stored = ["heldOn": round?.heldOn.iso ?? workspace.clock.today.iso, "participants": round?.participants ?? ""]
        for assessment in round?.assessments.values.map({ $0 }) ?? [] {
            stored[DialogueRoundDraft.ratingField(assessment.factorKey)] = assessment.rating?.rawValue ?? "unrated"
            stored[DialogueRoundDraft.noteField(assessment.factorKey)] = assessment.note ?? ""
        }
        let form = FormBuilder(t, values: values ?? stored, errors: errors)
        let themes = workspace.catalogue.dialogueTool.map { theme in
            ImplementationDialogueFormView.ThemeBlock(title: theme.title(t.language), factors: theme.factors.map { factor in
                let title = factor.title(t.language)
                let rating = DialogueRoundDraft.ratingField(factor.key)
                // The labels name the factor, so each group is clear out of context; they are
                // already texts, which the builder shows as they are.
                return ImplementationDialogueFormView.FactorBlock(
                    id: factor.key, title: title, description: factor.description(t.language), questions: factor.questions.map { $0(t.language) },
                    rating: form.field(rating, label: t("impl.dialogue.rating.label", title), options: ImplLabels.ratingOptions,
                                       value: form.values[rating] ?? "unrated"),
                    note: form.field(DialogueRoundDraft.noteField(factor.key), label: t("impl.dialogue.note.label", title),
                                     hint: "impl.dialogue.note.hint", optional: true, width: "xl", rows: 3))
            })
        }
        let view = ImplementationDialogueFormView(
            subnav: workspace.subnav(.implDialogue, t), backHref: Paths.implementationDialogue.link(),
            heading: round.map { t("impl.dialogue.edit.heading", $0.heldOn.display) } ?? t("impl.dialogue.new.heading"),
            action: round.map { Paths.implementationDialogueRound.link($0.id) } ?? Paths.implementationDialogue.link(),
            submit: t(round == nil ? "impl.dialogue.new.submit" : "impl.dialogue.edit.submit"),
            lastChanged: round.flatMap { ImplLabels.changed(by: $0.updatedByName, at: $0.updatedAt, t) },
            form: .init(
                heldOn: form.field("heldOn", label: "impl.dialogue.heldOn", hint: "impl.date.hint", type: "date", width: "s"),
                participants: form.field("participants", label: "impl.dialogue.participants", hint: "impl.dialogue.participants.hint",
                                         optional: true, width: "xl", maxLength: 500)),
            themes: themes)
        let title = round == nil ? t("impl.dialogue.new.title") : t("impl.dialogue.edit.title")
        return try workspace.page(view, title: title, context: context, form: form)
    }

    private func save(_ request: Request, _ context: AppContext, round: DialogueRound?) async throws -> Response {
        let scope = try workspace.scope(context)
        let fields = try await request.decodeForm([String: String].self, context: context)
        switch DialogueRoundDraft.validate(fields: fields, factorKeys: workspace.catalogue.dialogueFactors.map(\.key), today: workspace.clock.today) {
        case .failure(let errors):
            return try renderForm(context, round: round, values: fields, errors: errors)
        case .success(let draft):
            if let round {
                try await workspace.store.updateDialogueRound(round.id, draft, by: scope.user.id, in: scope.municipality,
                                                              audit: try workspace.audit(context, .update, .implDialogueRound, round.id))
            } else {
                _ = try await workspace.store.createDialogueRound(draft, by: scope.user.id, in: scope.municipality,
                                                                  audit: try workspace.audit(context, .create, .implDialogueRound))
            }
            context.flash(Flash(.success, "impl.dialogue.saved", [draft.heldOn.display]))
            return .seeOther(Paths.implementationDialogue.link())
        }
    }
}
