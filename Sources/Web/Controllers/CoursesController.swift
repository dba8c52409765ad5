import Domain
import Foundation
import Hummingbird

/// The course list, a course's page (staff and volunteer each get their own view) and starting a
/// course for a child whose pass covers guidance.
struct CoursesController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    struct StartForm: Decodable {
        let startedOn, guide: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.courses) { request, context in try await index(request, context) }
        routes.add(.courseShow) { _, context in try await show(context) }
        routes.add(.courseNew) { _, context in
            let (child, pass) = try await startable(context)
            try await repositories.audit.record(try context.actor().audit(.view, .child, child.id, detail: "course form"))
            return try renderStart(context, child: child, pass: pass, values: ["startedOn": clock.today.iso, "guide": "find"])
        }
        routes.add(.courseCreate) { request, context in try await create(request, context) }
    }

    static let tabs: [(key: String?, statuses: [CourseStatus])] = [
        (nil, CourseStatus.open), ("waiting", [.waitingForGuide]), ("ongoing", [.ongoing]), ("ended", CourseStatus.outcomes),
    ]

    private func index(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let selected = request.uri.queryParameters["status"].map(String.init)
        let tab = Self.tabs.first { $0.key == selected } ?? Self.tabs[0]
        let rows = try await repositories.courses.list(CourseFilter(statuses: Set(tab.statuses)), scope: AccessPolicy.scope(of: user))
        // The guidance track's queue heads the open courses: children granted guidance, no course yet.
        let awaiting = tab.key == nil ? try await repositories.courses.awaitingCourse(scope: AccessPolicy.scope(of: user), today: clock.today) : []
        try await repositories.audit.record(try context.actor().audit(.view, .course, detail: "list"))
        let t = context.t
        let period = Period.halfYear(containing: clock.today)
        let counts = user.can(.followFigures) ? try await repositories.courses.counts(in: try user.municipalityID(), period: period) : nil
        let tabs = Self.tabs.map { tab in
            PageFrame.NavItem(href: Paths.courses.link() + (tab.key.map { "?status=\($0)" } ?? ""),
                              label: t("course.tab.\(tab.key ?? "open")"), current: tab.key == selected)
        }
        let view = CourseListView.make(rows: rows, awaiting: awaiting, tabs: tabs, counts: counts, period: period, today: clock.today, t: t)
        return try renderer.page(view, title: t("course.list.title"), context: context)
    }

    private func show(_ context: AppContext) async throws -> Response {
        let (user, course) = try await CourseLookup.find(context, repositories)
        if user.can(.offerToGuide) { return try await showToVolunteer(context, user: user, course: course) }
        guard let child = try await repositories.children.find(course.childID, scope: AccessPolicy.scope(of: user)) else {
            throw AppError.notFound
        }
        try await repositories.audit.record(try context.actor().audit(.view, .child, child.id, detail: "course \(course.id)"))
        let m = course.municipalityID
        let view = CourseView.make(
            course: course, child: child, sessions: try await repositories.courses.sessions(for: course.id, in: m),
            agreements: try await repositories.courses.agreements(for: course.id, in: m),
            followUps: try await repositories.followUps.forCourse(course.id, in: m),
            offers: user.can(.manageVolunteers) ? try await repositories.courses.offers(for: course.id, in: m) : [],
            consent: ConsentSummary(try await repositories.consents.list(for: child.id, in: m), on: clock.today),
            user: user, today: clock.today, t: context.t)
        return try renderer.page(view, title: view.title, context: context)
    }

    /// The volunteer's own view of a child: read through the restricted record only.
    private func showToVolunteer(_ context: AppContext, user: CurrentUser, course: GuidanceCourse) async throws -> Response {
        let scope = AccessPolicy.scope(of: user)
        guard let record = try await repositories.courses.volunteerRecord(course: course.id, scope: scope) else { throw AppError.notFound }
        try await repositories.audit.record(try context.actor().audit(.view, .child, record.childID,
                                                                                     detail: "volunteer course \(course.id)"))
        let m = course.municipalityID
        let view = VolunteerCourseView.make(
            record: record, course: course, volunteer: try await repositories.volunteers.find(user: user.id, in: m),
            sessions: try await repositories.courses.sessions(for: course.id, in: m),
            agreements: try await repositories.courses.agreements(for: course.id, in: m),
            followUps: try await repositories.followUps.forCourse(course.id, in: m),
            consent: ConsentSummary(try await repositories.consents.list(for: record.childID, in: m), on: clock.today),
            today: clock.today, t: context.t)
        return try renderer.page(view, title: view.name, context: context)
    }

    /// The child of the path, and the pass that lets them start a course (nil if none).
    private func startable(_ context: AppContext) async throws -> (Child, Pass?) {
        let user = try context.requireUser()
        let id = try context.parameters.require("id", as: ChildID.self)
        guard let child = try await repositories.children.find(id, scope: AccessPolicy.scope(of: user)) else { throw AppError.notFound }
        let passes = try await repositories.passes.list(for: child.id, in: child.municipalityID)
        return (child, GuidanceEligibility.pass(among: passes, on: clock.today))
    }

    private func renderStart(_ context: AppContext, child: Child, pass: Pass?, values: [String: String],
                             errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let view = CourseStartView(
            childName: child.fullName, childHref: Paths.child.link(child.id),
            passLine: pass.map { t("course.new.pass", $0.validFrom.display, $0.validTo.display) },
            action: Paths.childCourses.link(child.id), form: .init(
                startedOn: form.field("startedOn", label: "course.startedOn", hint: "form.date.hint", type: "date", width: "s"),
                guide: form.field("guide", label: "course.new.guide",
                                  options: [("find", "course.new.guide.find"), ("self", "course.new.guide.self")])))
        return try renderer.page(view, title: t("course.new.title"), context: context, form: form)
    }

    private func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let (child, pass) = try await startable(context)
        let form = try await request.decodeForm(StartForm.self, context: context)
        switch CourseStartInput(startedOn: form.startedOn, guide: form.guide).validate(pass: pass, today: clock.today) {
        case .failure(let errors):
            return try renderStart(context, child: child, pass: pass,
                                   values: ["startedOn": form.startedOn ?? "", "guide": form.guide ?? ""], errors: errors)
        case .success(let start):
            let now = clock.now
            do {
                let id = try await repositories.courses.start(
                    for: child.id, pass: pass!.id, on: start.0, guide: start.selfGuided ? .staff(user.id) : nil, in: child.municipalityID,
                    by: user.id, at: now, audit: try context.actor().audit(.create, .child, child.id, detail: "guidance course"))
                context.flash(Flash(.success, "course.started", [child.fullName]))
                return .seeOther(Paths.course.link(id))
            } catch StoreError.conflict {
                context.flash(Flash(.info, "course.alreadyOpen"))
                return .seeOther(Paths.child.link(child.id) + "#guidance")
            }
        }
    }
}

/// Finds the course of the path in the signed-in user's scope; another volunteer's course, or
/// another municipality's, is not found.
enum CourseLookup {
    static func find(_ context: AppContext, _ repositories: Repositories) async throws -> (CurrentUser, GuidanceCourse) {
        let user = try context.requireUser()
        let id = try context.parameters.require("id", as: CourseID.self)
        guard let course = try await repositories.courses.find(id, scope: AccessPolicy.scope(of: user)) else { throw AppError.notFound }
        return (user, course)
    }
}
