import Domain
import Foundation
import Hummingbird

/// Enrolling a child in an activity (without a grant, e.g. when the club waives the fee).
struct EnrolmentsController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    struct Form: Decodable {
        let activity, enrolledOn: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.enrolmentNew) { _, context in
            let child = try await findChild(context)
            try await repositories.audit.record(try context.actor().audit(.view, .child, child.id, detail: "enrolment form"))
            return try await render(context, child: child, values: ["enrolledOn": clock.today.iso])
        }
        routes.add(.enrolmentCreate) { request, context in
            let user = try context.requireUser()
            let child = try await findChild(context)
            let form = try await request.decodeForm(Form.self, context: context)
            var errors = ValidationErrors()
            let activity = form.activity.flatMap(ActivityID.init)
            if activity == nil { errors.add("activity", "err.enrolment.activity.required") }
            // Another municipality's activity is always refused; file the attempt whatever else is wrong.
            try await repositories.audit.recordForeignReferences(
                try context.actor().audit(.create, .enrolment, detail: "child \(child.id)"),
                targets: activity.map { [AuditTarget(.activity, $0)] } ?? [])
            let date = DateField.required(form.enrolledOn, field: "enrolledOn", missing: "err.enrolment.enrolledOn.required", errors: &errors)
            if let date, abs(date.days(until: clock.today)) > 366 { errors.add("enrolledOn", "err.enrolment.enrolledOn.range") }
            if errors.isEmpty, let activity, let date {
                do {
                    _ = try await repositories.grants.enrol(child.id, in: activity, on: date, in: child.municipalityID, by: user.id,
                                                            at: clock.now, audit: try context.actor().audit(.create, .enrolment, detail: "child \(child.id)"))
                    context.flash(Flash(.success, "activity.enrolment.created", [child.fullName]))
                    return .seeOther(Paths.child.link(child.id) + "#money")
                } catch StoreError.duplicate {
                    errors.add("activity", "err.enrolment.activity.duplicate")
                } catch StoreError.notFound {
                    errors.add("activity", "err.enrolment.activity.required")
                }
            }
            return try await render(context, child: child, values: ["activity": form.activity ?? "", "enrolledOn": form.enrolledOn ?? ""],
                                    errors: errors)
        }
    }

    private func findChild(_ context: AppContext) async throws -> Child {
        let id = try context.parameters.require("id", as: ChildID.self)
        guard let child = try await repositories.children.find(id, scope: AccessPolicy.scope(of: try context.requireUser()))
        else { throw AppError.notFound }
        return child
    }

    private func render(_ context: AppContext, child: Child, values: [String: String], errors: ValidationErrors = .init()) async throws -> Response {
        let t = context.t
        let age = child.details.birthDate.age(on: clock.today)
        let rows = try await repositories.activities.search(ActivityQuery(), in: child.municipalityID, today: clock.today)
        let form = FormBuilder(t, values: values, errors: errors)
        let view = EnrolmentNewView(childName: child.fullName, childHref: Paths.child.link(child.id), action: Paths.childEnrolments.link(child.id),
                        activitiesHref: Paths.activities.link() + "?age=\(age)", form: EnrolmentNewView.Fields(
            activity: form.field("activity", label: "activity.enrolment.activity", hint: "activity.enrolment.activity.hint", width: "xl",
                                   options: [("", "grant.activity.choose")] + rows.map { row in
                                       let fits = row.activity.details.fits(age: age) ? "" : " – " + t("grant.activity.ageMismatch")
                                       return (row.activity.id.description, "\(row.activity.associationName) – \(row.activity.details.name) (\(Display.ages(row.activity.details, t)))\(fits)")
                                   }),
            enrolledOn: form.field("enrolledOn", label: "activity.enrolment.enrolledOn", hint: "form.date.hint", type: "date", width: "s")))
        return try renderer.page(view, title: t("activity.enrolment.title", child.fullName), context: context, form: form)
    }
}
