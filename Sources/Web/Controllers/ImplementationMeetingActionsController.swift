import Domain
import Foundation
import Hummingbird

/// A meeting's actions, and turning one into a checklist item or a plan initiative.
struct ImplementationMeetingActionsController {
    let workspace: ImplementationWorkspace
    let meeting: ImplementationMeetingController

    struct ActionForm: Decodable {
        let actionText: String?
        let actionResponsible: String?
        let actionDeadline: String?
    }

    struct ConvertForm: Decodable {
        let section: String?
        let question: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.implMeetingActionCreate) { request, context in try await create(request, context) }
        routes.add(.implMeetingAction) { _, context in try await show(context) }
        routes.add(.implMeetingActionChecklistItem) { request, context in try await convert(request, context, toPlan: false) }
        routes.add(.implMeetingActionPlanInitiative) { request, context in try await convert(request, context, toPlan: true) }
    }

    private func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let found = try await meeting.find(context)
        let input = try await request.decodeForm(ActionForm.self, context: context)
        switch MeetingActionDraft.validate(text: input.actionText, responsible: input.actionResponsible, deadline: input.actionDeadline) {
        case .failure(let errors):
            let values = ["actionText": input.actionText, "actionResponsible": input.actionResponsible,
                          "actionDeadline": input.actionDeadline].compactMapValues { $0 }
            return try await meeting.show(context, values: values, errors: errors)
        case .success(let draft):
            _ = try await workspace.store.addAction(draft, to: found.id, in: scope.municipality,
                                                    audit: try workspace.audit(context, .create, .implMeetingAction, detail: "meeting \(found.id)"))
            context.flash(Flash(.success, "impl.action.created"))
            return .seeOther(Paths.implementationMeeting.link(found.id) + "#actions")
        }
    }

    private func find(_ context: AppContext) async throws -> (Meeting, MeetingAction) {
        let found = try await meeting.find(context)
        let id = try context.parameters.require("action", as: MeetingActionID.self)
        guard let action = found.actions.first(where: { $0.id == id }) else { throw AppError.notFound }
        return (found, action)
    }

    private func show(_ context: AppContext, values: [String: String] = [:], errors: ValidationErrors = .init()) async throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let (found, action) = try await find(context)
        let checklist = try await workspace.checklist(scope)
        let (target, targetHref) = ImplementationMeetingController.target(action.convertedTo, checklist, t)
        let form = FormBuilder(t, values: values, errors: errors)
        let sections = checklist.catalogue.sections.map { ($0.key, ImplLabels.section($0, t)) }
        let questions = checklist.catalogue.planQuestions.map { ($0.key, $0.text(t.language).truncated(90)) }
        // Option labels are already texts (section names, questions), which the builder shows as they are.
        let view = ImplementationMeetingActionView(
            subnav: workspace.subnav(.implMeetings, t), backHref: Paths.implementationMeeting.link(found.id),
            meeting: ImplementationMeetingController.heading(found, t), text: action.text, responsible: action.responsible,
            deadline: action.deadline?.display, target: target, targetHref: targetHref,
            itemAction: Paths.implementationMeetingActionChecklistItem.link(found.id, action.id),
            planAction: Paths.implementationMeetingActionPlanInitiative.link(found.id, action.id),
            form: .init(
                section: form.field("section", label: "impl.action.section", hint: "impl.action.section.hint", width: "l",
                                    options: [("", "impl.action.choose")] + sections),
                question: form.field("question", label: "impl.action.question", hint: "impl.action.question.hint", width: "xl",
                                     options: [("", "impl.action.choose")] + questions)))
        return try workspace.page(view, title: t("impl.action.title"), context: context, form: form)
    }

    private func convert(_ request: Request, _ context: AppContext, toPlan: Bool) async throws -> Response {
        let scope = try workspace.scope(context)
        let (found, action) = try await find(context)
        let input = try await request.decodeForm(ConvertForm.self, context: context)
        let conversion: ActionConversion
        if toPlan {
            guard let key = input.question, workspace.catalogue.planQuestion(key) != nil else {
                return try await show(context, errors: ValidationErrors("question", "impl.err.action.question.required"))
            }
            conversion = .planInitiative(questionKey: key)
        } else {
            guard let key = input.section, workspace.catalogue.sections.contains(where: { $0.key == key }) else {
                return try await show(context, errors: ValidationErrors("section", "impl.err.action.section.required"))
            }
            conversion = .checklistItem(sectionKey: key)
        }
        do {
            let target = try await workspace.store.convertAction(action.id, of: found.id, to: conversion, by: scope.user.id,
                                                                 in: scope.municipality,
                                                                 audit: try workspace.audit(context, .update, .implMeetingAction, action.id))
            context.flash(Flash(.success, toPlan ? "impl.action.converted.plan" : "impl.action.converted.item"))
            switch target {
            case .checklistItem(let key): return .seeOther(Paths.implementationItem.link(key))
            case .planInitiative(let key): return .seeOther(Paths.implementationPlanQuestion.link(key))
            }
        } catch StoreError.conflict {
            context.flash(Flash(.warning, "impl.action.alreadyConverted"))
            return .seeOther(Paths.implementationMeeting.link(found.id) + "#actions")
        }
    }
}
