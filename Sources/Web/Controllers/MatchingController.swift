import Domain
import Foundation
import Hummingbird

/// Matching a child with a guide: the coordinator assigns one directly, or publishes the course
/// on the open board (see `BoardController`) where volunteers offer themselves.
struct MatchingController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    struct GuideForm: Decodable {
        let guide, companion: String?
    }

    struct PublishForm: Decodable {
        let publish: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.courseGuideForm) { _, context in
            let (_, course) = try await CourseLookup.find(context, repositories)
            try await repositories.audit.record(try context.actor().audit(.view, .child, course.childID, detail: "guide form"))
            return try await renderGuide(context, course, values: ["guide": course.guide?.formValue ?? "",
                                                                   "companion": course.companionID?.description ?? ""])
        }
        routes.add(.courseGuide) { request, context in try await assign(request, context) }
        routes.add(.coursePublish) { request, context in try await publish(request, context) }
    }

    func child(of course: GuidanceCourse, _ context: AppContext) async throws -> (Child, ConsentSummary) {
        guard let child = try await repositories.children.find(course.childID, scope: AccessPolicy.scope(of: try context.requireUser()))
        else { throw AppError.notFound }
        let consents = try await repositories.consents.list(for: child.id, in: child.municipalityID)
        return (child, ConsentSummary(consents, on: clock.today))
    }

    private func renderGuide(_ context: AppContext, _ course: GuidanceCourse, values: [String: String],
                             errors: ValidationErrors = .init()) async throws -> Response {
        let t = context.t
        let (child, consent) = try await child(of: course, context)
        let m = course.municipalityID
        let rule = try await repositories.volunteers.settings(for: m).certificateRule
        let staff = try await repositories.users.list(in: m).filter { $0.isActive && AccessPolicy.can($0.role, .registerChildren) }
        let volunteers = try await repositories.volunteers.list(in: m, today: clock.today).filter { $0.volunteer.details.status == .active }
        func label(_ row: VolunteerRow) -> String {
            let certificate = GuidanceDisplay.certificate(rule.status(obtainedOn: row.volunteer.details.certificateOn, today: clock.today), t)
            return t("course.guide.volunteerOption", row.volunteer.name, String(row.load.activeCourses), String(row.load.capacity),
                     certificate.label)
        }
        let form = FormBuilder(t, values: values, errors: errors)
        let view = CourseGuideView(
            childName: child.fullName, courseHref: Paths.course.link(course.id), action: Paths.courseGuide.link(course.id),
            noConsent: !consent.inForce.volunteer, form: .init(
                guide: form.field("guide", label: "course.guide", hint: "course.guide.hint", width: "xl", options:
                    [("", "course.guide.noneOption")]
                    + staff.map { (Guide.staff($0.id).formValue, t("course.guide.staffOption", $0.name)) }
                    + volunteers.filter { $0.volunteer.details.roles.contains(.guide) }
                        .map { (Guide.volunteer($0.volunteer.id).formValue, label($0)) }),
                companion: form.field("companion", label: "course.companion", hint: "course.companion.hint", optional: true, width: "xl",
                                        options: [("", "course.companion.none")]
                                            + volunteers.filter { $0.volunteer.details.roles.contains(.companion) }
                                                .map { ($0.volunteer.id.description, label($0)) })))
        return try renderer.page(view, title: t("course.guide.title"), context: context, form: form)
    }

    private func assign(_ request: Request, _ context: AppContext) async throws -> Response {
        let (user, course) = try await CourseLookup.find(context, repositories)
        let form = try await request.decodeForm(GuideForm.self, context: context)
        var guide: Guide?, companion: VolunteerID?
        if let raw = Text.optional(form.guide) {
            guard let parsed = Guide(formValue: raw) else { throw AppError.badRequest }
            guide = parsed
        }
        if let raw = Text.optional(form.companion) {
            guard let parsed = VolunteerID(raw) else { throw AppError.badRequest }
            companion = parsed
        }
        // A guide or companion of another municipality is refused below; file the attempt.
        var targets = companion.map { [AuditTarget(.volunteer, $0)] } ?? []
        switch guide {
        case .volunteer(let id)?: targets.append(AuditTarget(.volunteer, id))
        case .staff(let id)?: targets.append(AuditTarget(.user, id))
        case nil: break
        }
        try await repositories.audit.recordForeignReferences(
            try context.actor().audit(.update, .course, course.id, detail: "guide"), targets: targets)
        let (child, consent) = try await child(of: course, context)
        let m = course.municipalityID
        let rule = try await repositories.volunteers.settings(for: m).certificateRule
        var errors = ValidationErrors()
        if case .volunteer(let id)? = guide {
            guard let volunteer = try await repositories.volunteers.find(id, in: m) else { throw AppError.notFound }
            errors.merge(AssignmentRules.problems(assigning: volunteer, as: .guide, childBirthDate: child.details.birthDate, consent: consent,
                                                  certificate: rule, today: clock.today, field: "guide"))
        }
        if let companion {
            guard let volunteer = try await repositories.volunteers.find(companion, in: m) else { throw AppError.notFound }
            if guide == .volunteer(companion) { errors.add("companion", "course.err.companion.same") }
            errors.merge(AssignmentRules.problems(assigning: volunteer, as: .companion, childBirthDate: child.details.birthDate,
                                                  consent: consent, certificate: rule, today: clock.today, field: "companion"))
        }
        guard errors.isEmpty else {
            return try await renderGuide(context, course, values: ["guide": form.guide ?? "", "companion": form.companion ?? ""], errors: errors)
        }
        do {
            try await repositories.courses.assign(course.id, guide: guide, companion: companion, on: clock.today, in: m, by: user.id,
                                                  at: clock.now, audit: try context.actor().audit(
                                                    .update, .child, child.id, detail: "guide course \(course.id)"))
            context.flash(Flash(.success, guide == nil ? "course.guide.removed" : "course.guide.saved"))
        } catch StoreError.conflict {
            context.flash(Flash(.info, "course.changedMeanwhile"))
        }
        return .seeOther(Paths.course.link(course.id))
    }

    private func publish(_ request: Request, _ context: AppContext) async throws -> Response {
        let (_, course) = try await CourseLookup.find(context, repositories)
        let form = try await request.decodeForm(PublishForm.self, context: context)
        guard form.publish == "yes" || form.publish == "no" else { throw AppError.badRequest }
        let (child, consent) = try await child(of: course, context)
        if form.publish == "yes", let problem = AssignmentRules.publishProblem(status: course.status, consent: consent) {
            context.flash(Flash(.error, problem))
            return .seeOther(Paths.course.link(course.id))
        }
        do {
            try await repositories.courses.publish(course.id, on: form.publish == "yes" ? clock.today : nil, in: course.municipalityID,
                                                   audit: try context.actor().audit(
                                                    .update, .child, child.id, detail: "board \(form.publish!) course \(course.id)"))
            context.flash(Flash(.success, form.publish == "yes" ? "course.published" : "course.unpublished", [child.details.firstName]))
        } catch StoreError.conflict {
            context.flash(Flash(.info, "course.changedMeanwhile"))
        }
        return .seeOther(Paths.course.link(course.id))
    }
}
