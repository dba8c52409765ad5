import Domain
import Foundation
import Hummingbird

/// The activity chosen with the family and its start, and (staff) how the course ended.
struct CourseProgressController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    struct ActivityForm: Decodable {
        let activity, started, startOn: String?
    }

    struct OutcomeForm: Decodable {
        let outcome, endedOn, reason: String?
    }

    var pages: CourseFormPage { CourseFormPage(repositories: repositories, renderer: renderer, clock: clock) }

    func addRoutes(to routes: RouteTable) {
        routes.add(.activityForm) { _, context in
            let (_, course) = try await CourseLookup.find(context, repositories)
            let a = course.activity
            return try await renderActivity(context, course, values: ["activity": a?.activity ?? "", "startOn": a?.startOn.iso ?? "",
                                                                      "started": a.map { $0.started ? "yes" : "no" } ?? ""])
        }
        routes.add(.activitySave) { request, context in try await saveActivity(request, context) }
        routes.add(.outcomeForm) { _, context in
            let (_, course) = try await CourseLookup.find(context, repositories)
            return try await renderOutcome(context, course, values: ["endedOn": clock.today.iso])
        }
        routes.add(.outcomeSave) { request, context in try await saveOutcome(request, context) }
    }

    // MARK: Activity

    private func renderActivity(_ context: AppContext, _ course: GuidanceCourse, values: [String: String],
                                errors: ValidationErrors = .init()) async throws -> Response {
        let form = FormBuilder(renderer.texts.bind(context.language), values: values, errors: errors)
        return try await pages.page(context, "courses/activity", course, title: "course.activity.title", submit: "course.activity.submit",
                              intro: renderer.texts.bind(context.language)("course.activity.intro"),
                              action: Paths.courseActivity.link(course.id), form: form, fields: [
            "activity": form.field("activity", label: "course.activity.name", hint: "course.activity.name.hint", width: "l", maxLength: 150),
            "started": form.field("started", label: "course.activity.startedQuestion",
                                  options: [("no", "course.activity.started.no"), ("yes", "course.activity.started.yes")]),
            "startOn": form.field("startOn", label: "course.activity.startOn", hint: "course.activity.startOn.hint", type: "date", width: "s"),
        ])
    }

    private func saveActivity(_ request: Request, _ context: AppContext) async throws -> Response {
        let (_, course) = try await CourseLookup.find(context, repositories)
        let form = try await request.decodeForm(ActivityForm.self, context: context)
        switch ActivityChoiceInput(activity: form.activity, startOn: form.startOn, started: form.started).validate(course: course, today: clock.today) {
        case .failure(let errors):
            let values = ["activity": form.activity, "startOn": form.startOn, "started": form.started].compactMapValues { $0 }
            return try await renderActivity(context, course, values: values, errors: errors)
        case .success(let choice):
            let now = clock.now
            do {
                try await repositories.courses.recordActivity(
                    choice, course: course.id, in: course.municipalityID, at: now,
                    audit: try context.actor(now: now).audit(.update, "child", course.childID,
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
        let form = FormBuilder(renderer.texts.bind(context.language), values: values, errors: errors)
        let outcomes = CourseStatus.outcomes.filter(course.status.canMove(to:))
        return try await pages.page(context, "courses/outcome", course, title: "course.outcome.title", submit: "course.outcome.submit",
                              action: Paths.courseOutcome.link(course.id), form: form, fields: [
            "outcome": form.field("outcome", label: "course.outcome",
                                  options: outcomes.map { ($0.rawValue, "course.outcome.\($0.rawValue)") }),
            "endedOn": form.field("endedOn", label: "course.endedOn", hint: "form.date.hint", type: "date", width: "s"),
            "reason": form.field("reason", label: "course.outcome.reason", hint: "course.outcome.reason.hint", optional: true,
                                 width: "xl", rows: 3, maxLength: 300),
        ])
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
                    audit: try context.actor(now: clock.now).audit(.update, "child", course.childID,
                                                                   detail: "course \(course.id) \(outcome.status.rawValue)"))
                context.flash(Flash(.success, "course.closed"))
            } catch StoreError.conflict {
                context.flash(Flash(.info, "course.changedMeanwhile"))
            }
            return .seeOther(Paths.course.link(course.id))
        }
    }
}
