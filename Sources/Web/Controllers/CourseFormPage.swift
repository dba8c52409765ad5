import Domain
import Foundation
import Hummingbird

/// The form pages of a course: heading with the child's name, a back link, one primary button.
struct CourseFormPage {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    /// The child's name for headings; a volunteer's course page reads it through their record.
    func childName(_ course: GuidanceCourse, _ context: AppContext) async throws -> String {
        let scope = AccessPolicy.scope(of: try context.requireUser())
        guard let record = try await repositories.courses.volunteerRecord(course: course.id, scope: scope) else { throw AppError.notFound }
        return "\(record.firstName) \(record.lastName)"
    }

    /// The page `view` builds from the header (heading, child, links, button text).
    func page<P: Page>(_ context: AppContext, _ course: GuidanceCourse, title: String, submit: String, intro: String? = nil,
                       action: String, form: FormBuilder, view: (CourseFormHeader) -> P) async throws -> Response {
        let t = context.t
        // The page shows the child's name: a read of their data.
        try await repositories.audit.record(try context.actor().audit(.view, .child, course.childID,
                                                                                     detail: "\(context.endpointPath ?? title) course \(course.id)"))
        let header = CourseFormHeader(heading: t(title), childName: try await childName(course, context),
                                      courseHref: Paths.course.link(course.id), action: action, submit: t(submit), intro: intro)
        return try renderer.page(view(header), title: t(title), context: context, form: form)
    }

    /// A closed course takes no more records.
    func closed(_ course: GuidanceCourse, _ context: AppContext) -> Response {
        context.flash(Flash(.info, "course.closedInfo"))
        return .seeOther(Paths.course.link(course.id))
    }
}
