import Domain
import Foundation
import Hummingbird

/// One meeting: its minutes and actions. Caseworkers read; coordinators edit and add actions.
struct ImplementationMeetingController {
    let workspace: ImplementationWorkspace

    func find(_ context: AppContext) async throws -> Meeting {
        let id = try context.parameters.require("id", as: MeetingID.self)
        guard let meeting = try await workspace.store.meeting(id, in: try workspace.scope(context).municipality) else { throw AppError.notFound }
        return meeting
    }

    static func heading(_ meeting: Meeting, _ t: Texts) -> String {
        t("impl.meeting.heading", ImplLabels.meetingKind(meeting.kind, t), meeting.heldOn.display)
    }

    func show(_ context: AppContext, values: [String: String] = [:], errors: ValidationErrors = .init()) async throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let meeting = try await find(context)
        let stored = ["kind": meeting.kind.rawValue, "heldOn": meeting.heldOn.iso, "participants": meeting.participants ?? "",
                      "decisions": meeting.decisions ?? ""]
        let form = FormBuilder(t, values: stored.merging(values) { $1 }, errors: errors)
        let fields = ImplementationMeetingView.Fields(
            meeting: ImplementationMeetingsController.meetingFields(form),
            actionText: form.field("actionText", label: "impl.action.text", hint: "impl.action.text.hint", width: "xl", rows: 2),
            actionResponsible: form.field("actionResponsible", label: "impl.action.responsible", optional: true, width: "l", maxLength: 200),
            actionDeadline: form.field("actionDeadline", label: "impl.action.deadline", hint: "impl.date.hint", type: "date",
                                       optional: true, width: "s"))
        let checklist = try await workspace.checklist(scope)
        let view = ImplementationMeetingView(
            subnav: workspace.subnav(.implMeetings, t), backHref: Paths.implementationMeetings.link(), heading: Self.heading(meeting, t),
            planned: meeting.heldOn > workspace.clock.today, participants: meeting.participants, decisions: meeting.decisions,
            lastChanged: ImplLabels.changed(by: meeting.updatedByName, at: meeting.updatedAt, t),
            actions: meeting.actions.map { action in
                let (target, href) = Self.target(action.convertedTo, checklist, t)
                return ImplementationMeetingView.ActionRow(
                    text: action.text, responsible: action.responsible, deadline: action.deadline?.display, target: target, targetHref: href,
                    convertHref: scope.canEdit && action.convertedTo == nil ? Paths.implementationMeetingAction.link(meeting.id, action.id) : nil)
            },
            canEdit: scope.canEdit, updateAction: Paths.implementationMeeting.link(meeting.id),
            actionAction: Paths.implementationMeetingActions.link(meeting.id), form: fields)
        return try workspace.page(view, title: Self.heading(meeting, t), context: context, form: form)
    }

    /// What an action became, as a sentence and a link.
    static func target(_ target: ActionTarget?, _ checklist: Checklist, _ t: Texts) -> (String?, String?) {
        switch target {
        case .checklistItem(let key)?:
            (t("impl.action.became.item", checklist.entry(key)?.text(t.language).truncated(80) ?? key), Paths.implementationItem.link(key))
        case .planInitiative(let key)?:
            (t("impl.action.became.plan", checklist.catalogue.planQuestion(key)?.text(t.language).truncated(80) ?? key),
             Paths.implementationPlanQuestion.link(key))
        case nil: (nil, nil)
        }
    }

    func update(_ request: Request, _ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let meeting = try await find(context)
        let input = try await request.decodeForm(ImplementationMeetingsController.MeetingForm.self, context: context)
        switch MeetingDraft.validate(kind: input.kind, heldOn: input.heldOn, participants: input.participants, decisions: input.decisions) {
        case .failure(let errors):
            return try await show(context, values: ImplementationMeetingsController.values(input), errors: errors)
        case .success(let draft):
            try await workspace.store.updateMeeting(meeting.id, draft, by: scope.user.id, in: scope.municipality,
                                                    audit: try workspace.audit(context, .update, .implMeeting, meeting.id))
            context.flash(Flash(.success, "impl.meeting.saved"))
            return .seeOther(Paths.implementationMeeting.link(meeting.id))
        }
    }
}
