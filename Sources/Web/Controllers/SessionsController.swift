import Domain
import Foundation
import Hummingbird

/// What a guide records on a course: sessions (one short form that works on a phone) and the
/// family's agreements.
struct SessionsController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    struct SessionForm: Decodable {
        let heldOn, kind, minutes, step: String?
        let participants: [String]?
        let note: String?
    }

    struct AgreementForm: Decodable {
        let kind, description, agreedOn: String?
    }

    var pages: CourseFormPage { CourseFormPage(repositories: repositories, renderer: renderer, clock: clock) }

    func addRoutes(to routes: RouteTable) {
        routes.add(.sessionNew) { _, context in
            let (_, course) = try await CourseLookup.find(context, repositories)
            return try await renderSession(context, course, values: ["heldOn": clock.today.iso, "step": String(course.step.rawValue)],
                                           participants: ["child", "guide"])
        }
        routes.add(.sessionCreate) { request, context in try await createSession(request, context) }
        routes.add(.agreementNew) { _, context in
            let (_, course) = try await CourseLookup.find(context, repositories)
            return try await renderAgreement(context, course, values: ["agreedOn": clock.today.iso])
        }
        routes.add(.agreementCreate) { request, context in try await createAgreement(request, context) }
    }

    // MARK: Sessions

    private func renderSession(_ context: AppContext, _ course: GuidanceCourse, values: [String: String], participants: Set<String>,
                               errors: ValidationErrors = .init()) async throws -> Response {
        var form = FormBuilder(context.t, values: values, errors: errors)
        form.multiValues["participants"] = participants
        let fields = SessionFormView.Fields(
            heldOn: form.field("heldOn", label: "session.heldOn", hint: "form.date.hint", type: "date", width: "s"),
            kind: form.field("kind", label: "session.kind", options: SessionKind.allCases.map { ($0.rawValue, "session.kind.\($0.rawValue)") }),
            minutes: form.field("minutes", label: "session.minutesLabel", hint: "session.minutes.hint", width: "xs", maxLength: 3,
                                inputmode: "numeric"),
            step: form.field("step", label: "session.step", hint: "session.step.hint", width: "l",
                             options: MethodStep.allCases.map { (String($0.rawValue), "course.stepOption.\($0.rawValue)") }),
            participants: form.field("participants", label: "session.participants",
                                     options: Participant.allCases.map { ($0.rawValue, "session.participant.\($0.rawValue)") }),
            note: form.field("note", label: "session.note", hint: "session.note.hint", optional: true, width: "xl", rows: 3,
                             maxLength: SessionInput.noteLimit))
        return try await pages.page(context, course, title: "session.new.title", submit: "session.new.submit",
                                    action: Paths.sessions.link(course.id), form: form) { SessionFormView($0, form: fields) }
    }

    private func createSession(_ request: Request, _ context: AppContext) async throws -> Response {
        let (user, course) = try await CourseLookup.find(context, repositories)
        guard course.status.isOpen else { return pages.closed(course, context) }
        let form = try await request.decodeForm(SessionForm.self, context: context)
        let input = SessionInput(heldOn: form.heldOn, kind: form.kind, minutes: form.minutes, step: form.step,
                                 participants: form.participants ?? [], note: form.note)
        switch input.validate(course: course, today: clock.today) {
        case .failure(let errors):
            let values = ["heldOn": form.heldOn, "kind": form.kind, "minutes": form.minutes, "step": form.step, "note": form.note]
            return try await renderSession(context, course, values: values.compactMapValues { $0 }, participants: Set(form.participants ?? []),
                                           errors: errors)
        case .success(let draft):
            let now = clock.now
            do {
                _ = try await repositories.courses.logSession(
                    draft, course: course.id, in: course.municipalityID, by: user.id, role: user.role, at: now,
                    audit: try context.actor().audit(.create, .child, course.childID, detail: "session course \(course.id)"))
            } catch StoreError.conflict {
                return pages.closed(course, context)
            }
            context.flash(Flash(.success, "session.saved"))
            return .seeOther(Paths.course.link(course.id))
        }
    }

    // MARK: Agreements

    private func renderAgreement(_ context: AppContext, _ course: GuidanceCourse, values: [String: String],
                                 errors: ValidationErrors = .init()) async throws -> Response {
        let form = FormBuilder(context.t, values: values, errors: errors)
        let fields = AgreementFormView.Fields(
            kind: form.field("kind", label: "agreement.kind",
                             options: AgreementKind.allCases.map { ($0.rawValue, "agreement.kind.\($0.rawValue)") }),
            description: form.field("description", label: "agreement.description", hint: "agreement.description.hint",
                                    width: "xl", rows: 2, maxLength: 300),
            agreedOn: form.field("agreedOn", label: "agreement.agreedOn", hint: "form.date.hint", type: "date", width: "s"))
        return try await pages.page(context, course, title: "agreement.new.title", submit: "agreement.new.submit",
                                    intro: context.t("agreement.new.intro"),
                                    action: Paths.agreements.link(course.id), form: form) { AgreementFormView($0, form: fields) }
    }

    private func createAgreement(_ request: Request, _ context: AppContext) async throws -> Response {
        let (user, course) = try await CourseLookup.find(context, repositories)
        guard course.status.isOpen else { return pages.closed(course, context) }
        let form = try await request.decodeForm(AgreementForm.self, context: context)
        switch AgreementInput(kind: form.kind, description: form.description, agreedOn: form.agreedOn).validate(course: course, today: clock.today) {
        case .failure(let errors):
            let values = ["kind": form.kind, "description": form.description, "agreedOn": form.agreedOn].compactMapValues { $0 }
            return try await renderAgreement(context, course, values: values, errors: errors)
        case .success(let (kind, description, date)):
            let now = clock.now
            do {
                try await repositories.courses.addAgreement(
                    kind, description: description, agreedOn: date, course: course.id, in: course.municipalityID, by: user.id, at: now,
                    audit: try context.actor().audit(.create, .child, course.childID, detail: "agreement course \(course.id)"))
            } catch StoreError.conflict {
                return pages.closed(course, context)
            }
            context.flash(Flash(.success, "agreement.saved"))
            return .seeOther(Paths.course.link(course.id) + "#agreements")
        }
    }

}
