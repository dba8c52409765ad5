import Domain
import Foundation
import Hummingbird

/// One volunteer: details, børneattest, their children and trainings; and the municipality's
/// renewal period for the børneattest.
struct VolunteerPageController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    struct TrainingForm: Decodable {
        let trainedOn, topic: String?
    }

    struct SettingsForm: Decodable {
        let renewalMonths: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.volunteerShow) { _, context in
            let volunteer = try await VolunteersController(repositories: repositories, renderer: renderer, clock: clock).find(context)
            return try await show(context, volunteer, values: ["trainedOn": clock.today.iso])
        }
        routes.add(.volunteerTrainingCreate) { request, context in try await addTraining(request, context) }
        routes.add(.volunteerSettings) { _, context in
            let settings = try await repositories.volunteers.settings(for: try context.municipality())
            return try renderSettings(context, values: ["renewalMonths": String(settings.certificateRenewalMonths)])
        }
        routes.add(.volunteerSettingsUpdate) { request, context in try await saveSettings(request, context) }
    }

    private func show(_ context: AppContext, _ volunteer: Volunteer, values: [String: String],
                      errors: ValidationErrors = .init()) async throws -> Response {
        let t = context.t
        let m = volunteer.municipalityID
        let d = volunteer.details
        let rule = try await repositories.volunteers.settings(for: m).certificateRule
        let certificate = GuidanceDisplay.certificate(rule.status(obtainedOn: d.certificateOn, today: clock.today), t)
        let status = GuidanceDisplay.volunteerStatus(d.status, t)
        let courses = try await repositories.courses.list(CourseFilter(volunteer: volunteer.id), scope: .municipality(m))
        let trainings = try await repositories.volunteers.trainings(for: volunteer.id, in: m)
        var account: User?
        if let user = d.userID { account = try await repositories.users.find(user, in: m) }
        try await repositories.audit.record(try context.actor().audit(.view, .volunteer, volunteer.id))
        let form = FormBuilder(t, values: values, errors: errors)
        let view = VolunteerPageView(
            name: volunteer.name, status: status.label, statusKind: status.kind, certificate: certificate.label, certificateKind: certificate.kind,
            facts: [
                ChildPageView.Fact(label: t("volunteer.roles"), value: GuidanceDisplay.roles(d.roles, t)),
                ChildPageView.Fact(label: t("volunteer.phone"), value: d.phone ?? "–"),
                ChildPageView.Fact(label: t("volunteer.email"), value: d.email ?? "–"),
                ChildPageView.Fact(label: t("volunteer.organisation"), value: d.organisation.ifEmpty(t("volunteer.organisation.none"))),
                ChildPageView.Fact(label: t("volunteer.languages"), value: d.languages.ifEmpty("–")),
                ChildPageView.Fact(label: t("volunteer.districts"), value: d.districts.ifEmpty("–")),
                ChildPageView.Fact(label: t("volunteer.availability"), value: d.availability.ifEmpty("–")),
                ChildPageView.Fact(label: t("volunteer.capacity"), value: t("volunteer.load", String(courses.count), String(d.capacity))),
                ChildPageView.Fact(label: t("volunteer.user"), value: account.map { "\($0.name) (\($0.email))" } ?? t("volunteer.user.none")),
            ],
            courses: courses.map { row in
                let s = GuidanceDisplay.courseStatus(row.course.status, t)
                return VolunteerPageView.CourseItem(childName: row.childName, href: Paths.course.link(row.course.id),
                                  role: row.course.guide == .volunteer(volunteer.id) ? t("volunteer.role.guide") : t("volunteer.role.companion"),
                                  status: s.label, statusKind: s.kind)
            },
            hasCourses: !courses.isEmpty,
            trainings: trainings.map { ChildPageView.Fact(label: $0.trainedOn.display, value: $0.topic) }, hasTrainings: !trainings.isEmpty,
            editHref: Paths.volunteerEdit.link(volunteer.id), trainingAction: Paths.volunteerTrainings.link(volunteer.id),
            backHref: Paths.volunteers.link(), form: .init(
                trainedOn: form.field("trainedOn", label: "volunteer.trainedOn", hint: "form.date.hint", type: "date", width: "s"),
                topic: form.field("topic", label: "volunteer.topic", hint: "volunteer.topic.hint", width: "l", maxLength: 100)))
        return try renderer.page(view, title: volunteer.name, context: context, form: form)
    }

    private func addTraining(_ request: Request, _ context: AppContext) async throws -> Response {
        let volunteer = try await VolunteersController(repositories: repositories, renderer: renderer, clock: clock).find(context)
        let form = try await request.decodeForm(TrainingForm.self, context: context)
        switch TrainingInput(trainedOn: form.trainedOn, topic: form.topic).validate(today: clock.today) {
        case .failure(let errors):
            return try await show(context, volunteer, values: ["trainedOn": form.trainedOn ?? "", "topic": form.topic ?? ""], errors: errors)
        case .success(let (date, topic)):
            try await repositories.volunteers.addTraining(on: date, topic: topic, for: volunteer.id, in: volunteer.municipalityID, at: clock.now,
                                                          audit: try context.actor().audit(.update, .volunteer, volunteer.id,
                                                                                                         detail: "training"))
            context.flash(Flash(.success, "volunteer.trainingSaved"))
            return .seeOther(Paths.volunteer.link(volunteer.id) + "#trainings")
        }
    }

    private func renderSettings(_ context: AppContext, values: [String: String], errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let view = VolunteerSettingsView(action: Paths.volunteerSettings.link(), backHref: Paths.volunteers.link(), form: .init(
            renewalMonths: form.field("renewalMonths", label: "volunteer.settings.renewal", hint: "volunteer.settings.renewal.hint",
                                      width: "xs", maxLength: 3, inputmode: "numeric")))
        return try renderer.page(view, title: t("volunteer.settings.title"), context: context, form: form)
    }

    private func saveSettings(_ request: Request, _ context: AppContext) async throws -> Response {
        let m = try context.municipality()
        let form = try await request.decodeForm(SettingsForm.self, context: context)
        guard let months = Int(Text.trimmed(form.renewalMonths)), GuidanceSettings.renewalRange.contains(months) else {
            return try renderSettings(context, values: ["renewalMonths": form.renewalMonths ?? ""],
                                      errors: ValidationErrors("renewalMonths", "volunteer.err.renewal"))
        }
        try await repositories.volunteers.save(GuidanceSettings(certificateRenewalMonths: months), for: m,
                                               audit: try context.actor().audit(.update, .guidanceSettings))
        context.flash(Flash(.success, "volunteer.settings.saved"))
        return .seeOther(Paths.volunteers.link())
    }
}
