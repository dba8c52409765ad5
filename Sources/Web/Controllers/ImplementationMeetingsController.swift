import Domain
import Foundation
import Hummingbird

/// Steering group and implementation team meetings: date, participants, decisions, actions, and
/// the fixed rhythm of experience 2.2.2 (quarterly, the team a week after).
struct ImplementationMeetingsController {
    let workspace: ImplementationWorkspace

    struct MeetingForm: Decodable {
        let kind: String?
        let heldOn: String?
        let participants: String?
        let decisions: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.implMeetings) { _, context in try await list(context) }
        routes.add(.implMeetingNew) { _, context in try renderNew(context) }
        routes.add(.implMeetingCreate) { request, context in try await create(request, context) }
        let meeting = ImplementationMeetingController(workspace: workspace)
        routes.add(.implMeeting) { _, context in try await meeting.show(context) }
        routes.add(.implMeetingUpdate) { request, context in try await meeting.update(request, context) }
        ImplementationMeetingActionsController(workspace: workspace, meeting: meeting).addRoutes(to: routes)
    }

    static func cadence(_ meetings: [Meeting], today: LocalDate) -> MeetingCadence.Status {
        MeetingCadence().status(of: meetings.map { ($0.kind, $0.heldOn) }, today: today)
    }

    static func warnings(_ meetings: [Meeting], today: LocalDate, _ t: Texts) -> [String] {
        cadence(meetings, today: today).warnings.map { warning in
            switch warning {
            case .noSteeringGroupMeeting: t("impl.cadence.noSteeringGroup")
            case .steeringGroupOverdue(let due, let days): t("impl.cadence.steeringGroupOverdue", due.display, String(days))
            case .steeringGroupPlannedLate(let planned, let due): t("impl.cadence.steeringGroupPlannedLate", planned.display, due.display)
            case .teamMeetingMissed(let date): t("impl.cadence.teamMissed", date.display)
            }
        }
    }

    static func nextMeetings(_ meetings: [Meeting], today: LocalDate, _ t: Texts) -> [ImplementationMeetingsView.NextMeeting] {
        let status = cadence(meetings, today: today)
        return [(MeetingKind.steeringGroup, status.nextSteeringGroup), (.implementationTeam, status.nextTeam)].compactMap { kind, next in
            next.map {
                ImplementationMeetingsView.NextMeeting(label: ImplLabels.meetingKind(kind, t), date: $0.date.display,
                            note: t($0.planned ? "impl.cadence.planned" : ($0.date < today ? "impl.cadence.wasDue" : "impl.cadence.due")))
            }
        }
    }

    private func list(_ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let t = scope.t
        let today = workspace.clock.today
        let meetings = try await workspace.store.meetings(in: scope.municipality)
        func row(_ meeting: Meeting) -> ImplementationMeetingsView.MeetingRow {
            ImplementationMeetingsView.MeetingRow(date: meeting.heldOn.display, kind: ImplLabels.meetingKind(meeting.kind, t), href: Paths.implementationMeeting.link(meeting.id),
                       participants: meeting.participants?.nilIfEmpty?.truncated(80), decisions: meeting.decisions?.nilIfEmpty?.truncated(140),
                       openActions: String(meeting.actions.filter { $0.convertedTo == nil }.count))
        }
        let view = ImplementationMeetingsView(subnav: workspace.subnav(.implMeetings, t), newHref: scope.canEdit ? Paths.implementationMeetingNew.link() : nil,
                            warnings: Self.warnings(meetings, today: today, t), nextMeetings: Self.nextMeetings(meetings, today: today, t),
                            upcoming: meetings.filter { $0.heldOn > today }.reversed().map(row),
                            held: meetings.filter { $0.heldOn <= today }.map(row))
        return try workspace.page(view, title: t("impl.meetings.title"), context: context)
    }

    static func meetingFields(_ form: FormBuilder) -> ImplementationMeetingNewView.Fields {
        .init(
            kind: form.field("kind", label: "impl.meeting.kind", options: [
                (MeetingKind.steeringGroup.rawValue, "impl.meeting.kind.steeringGroup"),
                (MeetingKind.implementationTeam.rawValue, "impl.meeting.kind.implementationTeam"),
            ]),
            heldOn: form.field("heldOn", label: "impl.meeting.heldOn", hint: "impl.meeting.heldOn.hint", type: "date", width: "s"),
            participants: form.field("participants", label: "impl.meeting.participants", optional: true, width: "xl", rows: 2),
            decisions: form.field("decisions", label: "impl.meeting.decisions", hint: "impl.meeting.decisions.hint", optional: true,
                                  width: "xl", rows: 5))
    }

    static func values(_ input: MeetingForm) -> [String: String] {
        ["kind": input.kind, "heldOn": input.heldOn, "participants": input.participants, "decisions": input.decisions].compactMapValues { $0 }
    }

    private func renderNew(_ context: AppContext, values: [String: String]? = nil, errors: ValidationErrors = .init()) throws -> Response {
        let scope = try workspace.scope(context)
        let form = FormBuilder(scope.t, values: values ?? ["kind": MeetingKind.steeringGroup.rawValue], errors: errors)
        let view = ImplementationMeetingNewView(subnav: workspace.subnav(.implMeetings, scope.t), backHref: Paths.implementationMeetings.link(),
                                                action: Paths.implementationMeetings.link(), form: Self.meetingFields(form))
        return try workspace.page(view, title: scope.t("impl.meeting.new.title"), context: context, form: form)
    }

    private func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let scope = try workspace.scope(context)
        let input = try await request.decodeForm(MeetingForm.self, context: context)
        switch MeetingDraft.validate(kind: input.kind, heldOn: input.heldOn, participants: input.participants, decisions: input.decisions) {
        case .failure(let errors):
            return try renderNew(context, values: Self.values(input), errors: errors)
        case .success(let draft):
            let id = try await workspace.store.createMeeting(draft, by: scope.user.id, in: scope.municipality,
                                                             audit: try workspace.audit(context, .create, .implMeeting))
            context.flash(Flash(.success, "impl.meeting.created"))
            return .seeOther(Paths.implementationMeeting.link(id))
        }
    }
}
