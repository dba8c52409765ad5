import Domain
import Foundation
import Hummingbird

/// The activity chosen with the family and its start, and (staff) how the course ended.
struct CourseProgressController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    struct ActivityForm: Decodable {
        let activityID, activity, started, startOn: String?
    }

    struct OutcomeForm: Decodable {
        let outcome, endedOn, reason: String?
    }

    var pages: CourseFormPage { CourseFormPage(repositories: repositories, renderer: renderer, clock: clock) }

    func addRoutes(to routes: RouteTable) {
        routes.add(.activityForm) { _, context in
            let (_, course) = try await CourseLookup.find(context, repositories)
            let a = course.activity
            // A free-text choice made earlier shows as "another activity" with its text.
            let selected = a.map { $0.activityID?.description ?? ActivityChoiceInput.other } ?? ""
            return try await renderActivity(context, course, values: [
                "activityID": selected, "activity": a?.activityID == nil ? a?.activity ?? "" : "", "startOn": a?.startOn.iso ?? "",
                "started": a.map { $0.started ? "yes" : "no" } ?? ""])
        }
        routes.add(.activitySave) { request, context in try await saveActivity(request, context) }
        routes.add(.outcomeForm) { _, context in
            let (_, course) = try await CourseLookup.find(context, repositories)
            // Ended already (perhaps by a colleague just now): an ended course is not reopened.
            guard course.status.isOpen else {
                context.flash(Flash(.info, "course.outcome.alreadyEnded"))
                return .seeOther(Paths.course.link(course.id))
            }
            return try await renderOutcome(context, course, values: ["endedOn": clock.today.iso])
        }
        routes.add(.outcomeSave) { request, context in try await saveOutcome(request, context) }
    }

    // MARK: Activity

    /// The registry's activities the family can choose from: open to fritidspas children and
    /// fitting the child's age today, plus the course's current choice if it no longer is.
    private func registry(_ course: GuidanceCourse, _ context: AppContext) async throws -> [(id: ActivityID, name: String)] {
        let scope = AccessPolicy.scope(of: try context.requireUser())
        guard let record = try await repositories.courses.volunteerRecord(course: course.id, scope: scope) else { throw AppError.notFound }
        var choices = try await repositories.activities.choosable(in: course.municipalityID, age: record.birthDate.age(on: clock.today),
                                                                  today: clock.today)
            .map { (id: $0.id, name: "\($0.details.name) – \($0.associationName)") }
            .sorted { $0.name.localizedCompare($1.name) == .orderedAscending }
        if let current = course.activity, let id = current.activityID, !choices.contains(where: { $0.id == id }) {
            choices.insert((id, current.activity), at: 0)
        }
        return choices
    }

    private func renderActivity(_ context: AppContext, _ course: GuidanceCourse, values: [String: String],
                                errors: ValidationErrors = .init()) async throws -> Response {
        let form = FormBuilder(context.t, values: values, errors: errors)
        let choices = try await registry(course, context)
        let fields = ActivityFormView.Fields(
            activityID: choices.isEmpty ? nil : form.field(
                "activityID", label: "course.activity.registry", hint: "course.activity.registry.hint", width: "xl",
                options: [("", "course.activity.registry.none")] + choices.map { ($0.id.description, $0.name) }
                    + [(ActivityChoiceInput.other, "course.activity.registry.other")]),
            activity: form.field("activity", label: choices.isEmpty ? "course.activity.name" : "course.activity.otherName",
                                 hint: choices.isEmpty ? "course.activity.name.hint" : "course.activity.otherName.hint",
                                 optional: !choices.isEmpty, width: "l", maxLength: 150),
            started: form.field("started", label: "course.activity.startedQuestion",
                                options: [("no", "course.activity.started.no"), ("yes", "course.activity.started.yes")]),
            startOn: form.field("startOn", label: "course.activity.startOn", hint: "course.activity.startOn.hint", type: "date", width: "s"))
        return try await pages.page(context, course, title: "course.activity.title", submit: "course.activity.submit",
                                    intro: context.t("course.activity.intro"),
                                    action: Paths.courseActivity.link(course.id), form: form) { ActivityFormView($0, form: fields) }
    }

    private func saveActivity(_ request: Request, _ context: AppContext) async throws -> Response {
        let (_, course) = try await CourseLookup.find(context, repositories)
        let form = try await request.decodeForm(ActivityForm.self, context: context)
        let registry = Dictionary(try await registry(course, context).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        switch ActivityChoiceInput(activityID: form.activityID, activity: form.activity, startOn: form.startOn, started: form.started)
            .validate(course: course, today: clock.today, registry: registry) {
        case .failure(let errors):
            let values = ["activityID": form.activityID, "activity": form.activity, "startOn": form.startOn, "started": form.started]
                .compactMapValues { $0 }
            return try await renderActivity(context, course, values: values, errors: errors)
        case .success(let choice):
            let now = clock.now
            do {
                try await repositories.courses.recordActivity(
                    choice, course: course.id, in: course.municipalityID, at: now,
                    audit: try context.actor().audit(.update, .child, course.childID,
                                                             detail: "activity \(choice.started ? "started" : "planned") course \(course.id)"))
            } catch StoreError.conflict {
                return pages.closed(course, context)
            }
            context.flash(Flash(.success, choice.started ? "course.activity.savedStarted" : "course.activity.savedPlanned"))
            return .seeOther(Paths.course.link(course.id))
        }
    }

    // MARK: Outcome

    private func renderOutcome(_ context: AppContext, _ course: GuidanceCourse, values: [String: String],
                               errors: ValidationErrors = .init()) async throws -> Response {
        let form = FormBuilder(context.t, values: values, errors: errors)
        let outcomes = CourseStatus.outcomes.filter(course.status.canMove(to:))
        let fields = OutcomeFormView.Fields(
            outcome: form.field("outcome", label: "course.outcome",
                                options: outcomes.map { ($0.rawValue, "course.outcome.\($0.rawValue)") }),
            endedOn: form.field("endedOn", label: "course.endedOn", hint: "form.date.hint", type: "date", width: "s"),
            reason: form.field("reason", label: "course.outcome.reason", hint: "course.outcome.reason.hint",
                               width: "xl", rows: 3, maxLength: 300))
        return try await pages.page(context, course, title: "course.outcome.title", submit: "course.outcome.submit",
                                    action: Paths.courseOutcome.link(course.id), form: form) { OutcomeFormView($0, form: fields) }
    }

    private func saveOutcome(_ request: Request, _ context: AppContext) async throws -> Response {
        let (_, course) = try await CourseLookup.find(context, repositories)
        let form = try await request.decodeForm(OutcomeForm.self, context: context)
        switch OutcomeInput(outcome: form.outcome, endedOn: form.endedOn, reason: form.reason).validate(course: course, today: clock.today) {
        case .failure(let errors):
            let values = ["outcome": form.outcome, "endedOn": form.endedOn, "reason": form.reason].compactMapValues { $0 }
            return try await renderOutcome(context, course, values: values, errors: errors)
        case .success(let outcome):
            do {
                try await repositories.courses.close(
                    course.id, from: course.status, outcome: outcome, in: course.municipalityID,
                    audit: try context.actor().audit(.update, .child, course.childID,
                                                                   detail: "course \(course.id) \(outcome.status.rawValue)"))
                context.flash(Flash(.success, "course.closed"))
            } catch StoreError.conflict {
                context.flash(Flash(.info, "course.changedMeanwhile"))
            }
            return .seeOther(Paths.course.link(course.id))
        }
    }
}
