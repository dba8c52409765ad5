import Domain
import Foundation
import Hummingbird
import Mustache

/// Follow-ups 3 and 6 months after an activity start: the list of what is due and overdue (the
/// coordinator's for the municipality, a guide's for their own children), and answering one.
struct FollowUpsController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    struct AnswerForm: Decodable {
        let stillActive, attendsRegularly, needsHelp, note: String?
    }

    struct Row: MustacheParent {
        let childName, href, label, activity, dueOn, state, stateKind, guide: String
        let answer: String?

        func child(named name: String) -> Any? {
            switch name {
            case "childName": childName
            case "href": href
            case "label": label
            case "activity": activity
            case "dueOn": dueOn
            case "state": state
            case "stateKind": stateKind
            case "guide": guide
            case "answer": answer
            default: nil
            }
        }
    }

    struct RetentionView {
        let heading: String
        let percent: String
        let line: String
    }

    struct ListView {
        let open: [Row]
        let hasOpen: Bool
        let answered: [Row]
        let hasAnswered: Bool
        let retention: [RetentionView]
        let hasRetention: Bool
    }

    struct AnswerView {
        let heading: String
        let childName: String
        let facts: [ChildPageView.Fact]
        let answer: String?
        let action: String
        let backHref: String
        let form: [String: FormField]
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.followUps) { _, context in try await index(context) }
        routes.add(.followUpShow) { _, context in
            let row = try await find(context)
            try await repositories.audit.record(try context.actor(now: clock.now).audit(.view, "child", row.followUp.childID,
                                                                                         detail: "follow-up \(row.followUp.id)"))
            return try render(context, row, values: [:])
        }
        routes.add(.followUpAnswer) { request, context in try await answer(request, context) }
    }

    private func row(_ r: FollowUpRow, today: LocalDate, _ t: Texts) -> Row {
        let f = r.followUp
        let state = GuidanceDisplay.followUpState(f.state(on: today), t)
        return Row(childName: r.childName, href: Paths.followUp.link(f.id), label: t("followup.afterMonths", String(f.months)),
                   activity: f.activity ?? "–", dueOn: f.dueOn.display, state: state.label, stateKind: state.kind,
                   guide: r.guideName ?? "–", answer: f.answer.map { GuidanceDisplay.answer($0, t) })
    }

    private func index(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let scope = AccessPolicy.scope(of: user)
        let today = clock.today
        let open = try await repositories.followUps.open(until: FollowUpState.dueListLimit(today: today), scope: scope)
        let answered = try await repositories.followUps.answered(limit: 10, scope: scope)
        let actor = try context.actor(now: clock.now)
        if user.role == .volunteer {
            // Everything a volunteer reads is logged, child by child.
            let children = Set((open + answered).map(\.followUp.childID))
            try await repositories.courses.recordViews(children.sorted().map { actor.audit(.view, "child", $0, detail: "follow-ups") })
        } else {
            try await repositories.audit.record(actor.audit(.view, "follow_up", detail: "list"))
        }
        let t = renderer.texts.bind(context.language)
        var retention: [RetentionView] = []
        if user.role == .coordinator {
            let current = Period.halfYear(containing: today)
            for period in [current.previous, current] {
                let r = try await repositories.followUps.retention(in: try user.municipalityID(), period: period)
                retention.append(RetentionView(
                    heading: t("followup.retention.heading", period.from.display, period.to.display),
                    percent: Retention.percent(r.rate).map { t("followup.retention.percent", String($0)) } ?? "–",
                    line: t("followup.retention.line", String(r.stillActive), String(r.due), String(r.answered))))
            }
        }
        let view = ListView(open: open.map { row($0, today: today, t) }, hasOpen: !open.isEmpty,
                            answered: answered.map { row($0, today: today, t) }, hasAnswered: !answered.isEmpty,
                            retention: retention, hasRetention: !retention.isEmpty)
        return try renderer.page("followups/index", title: t("followup.list.title"), content: view, context: context)
    }

    private func find(_ context: AppContext) async throws -> FollowUpRow {
        let user = try context.requireUser()
        let id = try context.parameters.require("id", as: FollowUpID.self)
        guard let row = try await repositories.followUps.find(id, scope: AccessPolicy.scope(of: user)) else { throw AppError.notFound }
        return row
    }

    private func render(_ context: AppContext, _ row: FollowUpRow, values: [String: String],
                        errors: ValidationErrors = .init()) throws -> Response {
        let t = renderer.texts.bind(context.language)
        let f = row.followUp
        let state = GuidanceDisplay.followUpState(f.state(on: clock.today), t)
        let form = FormBuilder(t, values: values, errors: errors)
        let yesNo = [("yes", "common.yes"), ("no", "common.no")]
        let view = AnswerView(
            heading: t("followup.show.heading", String(f.months)), childName: row.childName,
            facts: [
                ChildPageView.Fact(label: t("followup.activity"), value: f.activity ?? "–"),
                ChildPageView.Fact(label: t("followup.startedOn"), value: f.activityStartedOn.display),
                ChildPageView.Fact(label: t("followup.dueOn"), value: "\(f.dueOn.display) (\(state.label))"),
            ] + (f.answeredOn.map { [ChildPageView.Fact(label: t("followup.answeredOn"),
                                                         value: [$0.display, f.answeredBy].compactMap { $0 }.joined(separator: ", "))] } ?? []),
            answer: f.answer.map { GuidanceDisplay.answer($0, t) + ($0.note.map { " – " + $0 } ?? "") },
            action: Paths.followUp.link(f.id), backHref: try context.requireUser().role == .volunteer ? Paths.myChildren.link() : Paths.followUps.link(),
            form: [
                "stillActive": form.field("stillActive", label: "followup.stillActive", options: yesNo),
                "attendsRegularly": form.field("attendsRegularly", label: "followup.attendsRegularly", hint: "followup.attendsRegularly.hint",
                                               options: yesNo),
                "needsHelp": form.field("needsHelp", label: "followup.needsHelp", hint: "followup.needsHelp.hint", options: yesNo),
                "note": form.field("note", label: "followup.note", hint: "followup.note.hint", optional: true, width: "xl", rows: 3,
                                   maxLength: 500),
            ])
        return try renderer.page("followups/show", title: t("followup.show.title", row.childName), content: view, context: context, form: form)
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
                    audit: try context.actor(now: clock.now).audit(.update, "child", row.followUp.childID, detail: "follow-up \(row.followUp.id)"))
                context.flash(Flash(.success, "followup.saved", [row.childName]))
            } catch StoreError.conflict {
                context.flash(Flash(.info, "followup.answeredMeanwhile"))
            }
            return .seeOther(user.role == .volunteer ? Paths.myChildren.link() : Paths.followUps.link())
        }
    }
}
