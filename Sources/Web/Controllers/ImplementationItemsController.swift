import Domain
import Foundation
import Hummingbird

/// One checklist item: its status, who answers for it, deadline, note and evidence, and comments.
struct ImplementationItemsController {
    let workspace: ImplementationWorkspace

    struct ProgressForm: Decodable {
        let status: String?
        let reason: String?
        let responsibleUser: String?
        let responsibleText: String?
        let deadline: String?
        let note: String?
        let evidence: String?
    }

    struct CommentForm: Decodable {
        let comment: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.implItem) { _, context in try await show(context) }
        routes.add(.implItemUpdate) { request, context in try await update(request, context) }
        routes.add(.implItemCommentCreate) { request, context in try await comment(request, context) }
    }

    /// The item in the caller's checklist; another municipality's own item is not found.
    private func find(_ context: AppContext, _ scope: ImplementationWorkspace.Scope) async throws -> (Checklist, ChecklistEntry) {
        let checklist = try await workspace.checklist(scope)
        guard let entry = checklist.entry(try ImplementationWorkspace.key(context)) else { throw AppError.notFound }
        return (checklist, entry)
    }

    private func show(_ context: AppContext, values: [String: String]? = nil, errors: ValidationErrors = .init()) async throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let (checklist, entry) = try await find(context, scope)
        let progress = checklist.state.progress[entry.key]
        let status = progress?.status ?? .notStarted
        let overdue = progress?.isOverdue(today: workspace.clock.today) ?? false
        let section = checklist.catalogue.sections.first { $0.key == entry.sectionKey }
        let phase = checklist.catalogue.phase(entry.phaseKey)
        let staff = scope.canEdit ? try await workspace.staff(scope) : []
        let stored = [
            "status": status.rawValue, "reason": progress?.notRelevantReason ?? "",
            "responsibleUser": progress?.responsibleUserID?.description ?? "", "responsibleText": progress?.responsibleText ?? "",
            "deadline": progress?.deadline?.iso ?? "", "note": progress?.note ?? "", "evidence": progress?.evidence ?? "",
        ]
        // After a failed post the submitted values win; the other form on the page keeps the stored ones.
        let form = FormBuilder(t, values: stored.merging(values ?? [:]) { $1 }, errors: errors)
        let view = ImplementationItemView(
            subnav: workspace.subnav(nil, t), backHref: Paths.implementationPhase.link(entry.phaseKey) + "#" + entry.sectionKey,
            backLabel: t("impl.item.back", phase.map { ImplLabels.phase($0, t) } ?? ""), kind: ImplLabels.kind(entry.kind, t),
            section: section.map { ImplLabels.section($0, t) } ?? "", text: entry.text(t.language), source: entry.source,
            status: ImplLabels.status(status, t), statusKind: ImplLabels.statusKind(status), responsible: progress?.responsible,
            deadline: ImplLabels.deadline(progress?.deadline, overdue: overdue, t), overdue: overdue,
            reason: progress?.notRelevantReason, note: progress?.note, evidence: ImplLabels.evidence(progress?.evidenceLines ?? []),
            lastChanged: ImplLabels.changed(by: progress?.updatedByName, at: progress?.updatedAt, t), canEdit: scope.canEdit,
            action: Paths.implementationItem.link(entry.key), commentAction: Paths.implementationItemComments.link(entry.key),
            comments: try await workspace.store.comments(on: entry.key, in: scope.municipality).map { ImplementationComment($0, t) },
            form: .init(
                status: form.field("status", label: "impl.item.status", options: ImplLabels.statusOptions),
                reason: form.field("reason", label: "impl.item.reason", hint: "impl.item.reason.hint", width: "xl", rows: 3),
                responsibleUser: form.field("responsibleUser", label: "impl.item.responsibleUser", optional: true, width: "m",
                                              options: [("", "impl.item.responsibleUser.none")] + staff.map { ($0.id.description, $0.name) }),
                responsibleText: form.field("responsibleText", label: "impl.item.responsibleText", hint: "impl.item.responsibleText.hint",
                                              optional: true, width: "l", maxLength: 100),
                deadline: form.field("deadline", label: "impl.item.deadline", hint: "impl.date.hint", type: "date", optional: true, width: "s"),
                note: form.field("note", label: "impl.item.note", optional: true, width: "xl", rows: 4),
                evidence: form.field("evidence", label: "impl.item.evidence", hint: "impl.item.evidence.hint", optional: true, width: "xl", rows: 3),
                comment: form.field("comment", label: "impl.comment.label", hint: "impl.comment.hint", width: "xl", rows: 3)))
        return try workspace.page(view, title: entry.text(t.language).truncated(60), context: context, form: form)
    }

    private func update(_ request: Request, _ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let (_, entry) = try await find(context, scope)
        let input = try await request.decodeForm(ProgressForm.self, context: context)
        let staff = Set(try await workspace.staff(scope).map(\.id))
        switch ItemProgressDraft.validate(status: input.status, reason: input.reason, responsibleUser: input.responsibleUser, users: staff,
                                          responsibleText: input.responsibleText, deadline: input.deadline, note: input.note,
                                          evidence: input.evidence) {
        case .failure(let errors):
            let values = ["status": input.status, "reason": input.reason, "responsibleUser": input.responsibleUser,
                          "responsibleText": input.responsibleText, "deadline": input.deadline, "note": input.note,
                          "evidence": input.evidence].compactMapValues { $0 }
            return try await show(context, values: values, errors: errors)
        case .success(let draft):
            try await workspace.store.saveProgress(draft, of: entry.key, by: scope.user.id, in: scope.municipality,
                                                   audit: try workspace.audit(context, .update, .implItem, entry.key, detail: draft.status.rawValue))
            context.flash(Flash(.success, "impl.item.saved", [entry.text(scope.language).truncated(80)]))
            return .seeOther(Paths.implementationPhase.link(entry.phaseKey) + "#" + entry.sectionKey)
        }
    }

    private func comment(_ request: Request, _ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let (_, entry) = try await find(context, scope)
        let input = try await request.decodeForm(CommentForm.self, context: context)
        switch WorkspaceComment.validate(body: input.comment) {
        case .failure(let errors):
            return try await show(context, values: ["comment": input.comment ?? ""], errors: errors)
        case .success(let body):
            try await workspace.store.addComment(body, on: entry.key, by: scope.user.id, in: scope.municipality,
                                                 audit: try workspace.audit(context, .create, .implComment, entry.key))
            context.flash(Flash(.success, "impl.comment.saved"))
            return .seeOther(Paths.implementationItem.link(entry.key) + "#comments")
        }
    }
}
