import Domain
import Foundation
import Hummingbird

/// One question of tool 5: its answer, the change history that keeps the plan a living
/// document, and comments.
struct ImplementationPlanQuestionController {
    let workspace: ImplementationWorkspace

    struct AnswerForm: Decodable {
        let answer: String?
        let initiativesNeeded: String?
        let initiatives: String?
        let responsible: String?
        let deadline: String?
        let milestones: String?
        let completion: String?
    }

    struct CommentForm: Decodable {
        let comment: String?
    }

    typealias Value = ImplementationPlanQuestionView.Value
    typealias Version = ImplementationPlanQuestionView.Version

    func addRoutes(to routes: RouteTable) {
        routes.add(.implPlanQuestion) { _, context in try await show(context) }
        routes.add(.implPlanQuestionUpdate) { request, context in try await update(request, context) }
        routes.add(.implPlanQuestionCommentCreate) { request, context in try await comment(request, context) }
    }

    private func question(_ context: AppContext) throws -> ImplementationCatalogue.PlanQuestion {
        guard let question = workspace.catalogue.planQuestion(try ImplementationWorkspace.key(context)) else { throw AppError.notFound }
        return question
    }

    static func values(_ values: PlanAnswerDraft, fields: [PlanField] = PlanField.allCases, _ t: Texts) -> [Value] {
        fields.map { field in
            let text: String? = switch field {
            case .answer: ImplLabels.degree(values.answer, t)
            case .initiativesNeeded: ImplLabels.yesNo(values.initiativesNeeded, t)
            case .initiatives: values.initiatives
            case .responsible: values.responsible
            case .deadline: values.deadline?.display
            case .milestones: values.milestones
            case .completion: ImplLabels.degree(values.completion, t)
            }
            return Value(label: ImplLabels.planField(field, t), value: text ?? "–")
        }
    }

    private func show(_ context: AppContext, values input: [String: String]? = nil, errors: ValidationErrors = .init()) async throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let question = try question(context)
        let answer = try await workspace.store.planAnswers(in: scope.municipality)[question.key]
        let current = answer?.values ?? .empty
        let needed = current.initiativesNeeded.map { $0 ? "yes" : "no" } ?? ""
        let stored = [
            "answer": current.answer?.rawValue ?? "", "initiativesNeeded": needed, "initiatives": current.initiatives ?? "",
            "responsible": current.responsible ?? "", "deadline": current.deadline?.iso ?? "", "milestones": current.milestones ?? "",
            "completion": current.completion?.rawValue ?? "",
        ]
        // After a failed post the submitted values win; the other form on the page keeps the stored ones.
        let form = FormBuilder(t, values: stored.merging(input ?? [:]) { $1 }, errors: errors)
        let isPreparation = workspace.catalogue.implementationPlan.preparation.contains { $0.key == question.key }
        let history = try await workspace.store.planHistory(in: scope.municipality, questionKey: question.key, limit: 100)
        let view = ImplementationPlanQuestionView(
            subnav: workspace.subnav(.implPlan, t), backHref: Paths.implementationPlan.link(),
            part: t(isPreparation ? "impl.plan.preparation" : "impl.plan.operation"), question: question.text(t.language),
            source: question.source, values: Self.values(current, t),
            lastChanged: ImplLabels.changed(by: answer?.updatedByName, at: answer?.updatedAt, t), canEdit: scope.canEdit,
            action: Paths.implementationPlanQuestion.link(question.key),
            commentAction: Paths.implementationPlanQuestionComments.link(question.key),
            history: history.map {
                Version(at: DateFormat.dateTime($0.changedAt), by: $0.changedByName ?? t("impl.unknownUser"),
                        changes: Self.values($0.values, fields: $0.fields, t))
            },
            comments: try await workspace.store.comments(on: WorkspaceComment.planSubject(question.key), in: scope.municipality)
                .map { ImplementationComment($0, t) },
            form: .init(
                answer: form.field("answer", label: "impl.plan.answer", hint: "impl.plan.answer.hint", options: ImplLabels.degreeOptions),
                initiativesNeeded: form.field("initiativesNeeded", label: "impl.plan.initiativesNeeded", hint: "impl.plan.initiativesNeeded.hint",
                                                options: [("yes", "impl.yes"), ("no", "impl.no"), ("", "impl.plan.initiativesNeeded.unsettled")]),
                initiatives: form.field("initiatives", label: "impl.plan.initiatives", hint: "impl.plan.initiatives.hint",
                                          width: "xl", rows: 4),
                responsible: form.field("responsible", label: "impl.plan.responsible", hint: "impl.plan.responsible.hint",
                                          optional: true, width: "l", maxLength: 200),
                deadline: form.field("deadline", label: "impl.plan.deadline", hint: "impl.date.hint", type: "date", optional: true, width: "s"),
                milestones: form.field("milestones", label: "impl.plan.milestones", hint: "impl.plan.milestones.hint",
                                         optional: true, width: "xl", rows: 3),
                completion: form.field("completion", label: "impl.plan.completion", options: ImplLabels.degreeOptions),
                comment: form.field("comment", label: "impl.comment.label", hint: "impl.comment.hint", width: "xl", rows: 3)))
        return try workspace.page(view, title: question.text(t.language).truncated(60), context: context, form: form)
    }

    private func update(_ request: Request, _ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let question = try question(context)
        let input = try await request.decodeForm(AnswerForm.self, context: context)
        switch PlanAnswerDraft.validate(answer: input.answer, initiativesNeeded: input.initiativesNeeded, initiatives: input.initiatives,
                                        responsible: input.responsible, deadline: input.deadline, milestones: input.milestones,
                                        completion: input.completion) {
        case .failure(let errors):
            let values = ["answer": input.answer, "initiativesNeeded": input.initiativesNeeded, "initiatives": input.initiatives,
                          "responsible": input.responsible, "deadline": input.deadline, "milestones": input.milestones,
                          "completion": input.completion].compactMapValues { $0 }
            return try await show(context, values: values, errors: errors)
        case .success(let draft):
            let changed = try await workspace.store.savePlanAnswer(draft, of: question.key, by: scope.user.id, in: scope.municipality,
                                                                   audit: try workspace.audit(context, .update, .implPlan, question.key))
            context.flash(changed.isEmpty ? Flash(.info, "impl.plan.unchanged") : Flash(.success, "impl.plan.saved"))
            return .seeOther(Paths.implementationPlan.link() + "#" + question.key)
        }
    }

    private func comment(_ request: Request, _ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let question = try question(context)
        let input = try await request.decodeForm(CommentForm.self, context: context)
        switch WorkspaceComment.validate(body: input.comment) {
        case .failure(let errors):
            return try await show(context, values: ["comment": input.comment ?? ""], errors: errors)
        case .success(let body):
            try await workspace.store.addComment(body, on: WorkspaceComment.planSubject(question.key), by: scope.user.id,
                                                 in: scope.municipality, audit: try workspace.audit(context, .create, .implComment, question.key))
            context.flash(Flash(.success, "impl.comment.saved"))
            return .seeOther(Paths.implementationPlanQuestion.link(question.key) + "#comments")
        }
    }
}
