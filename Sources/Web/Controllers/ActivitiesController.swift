import Domain
import Foundation
import Hummingbird

/// The searchable overview of activities (what a guide and a family choose from, step 4 of the
/// method) and one activity's page.
struct ActivitiesController {
    let activities: any ActivityRepository
    let associations: any AssociationRepository
    let renderer: Renderer
    let clock: Clock

    func addRoutes(to routes: RouteTable) {
        routes.add(.activities) { request, context in try await index(request, context) }
        routes.add(.activityShow) { _, context in try await show(context) }
    }

    private func find(_ context: AppContext) async throws -> Activity {
        let id = try context.parameters.require("id", as: ActivityID.self)
        guard let activity = try await activities.find(id, in: try context.municipality()) else { throw AppError.notFound }
        return activity
    }

    private func index(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let municipality = try user.municipalityID()
        let t = context.t
        let params = request.uri.queryParameters
        let text = params["q"].map(String.init)
        let category = params["category"].flatMap { ActivityCategory(rawValue: String($0)) }
        let district = params["district"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let age = params["age"].flatMap { Int(String($0)) }.flatMap { (0...25).contains($0) ? $0 : nil }
        let free = params["free"] == "yes"
        let query = ActivityQuery(text: text, category: category, district: district, age: age, freePlacesOnly: free)
        // Grouped by kind in the user's language, then by association and age.
        let rows = try await activities.search(query, in: municipality, today: clock.today).sorted {
            (t("activity.category.\($0.activity.details.category.rawValue)"), $0.activity.associationName, $0.activity.details.minAge)
                < (t("activity.category.\($1.activity.details.category.rawValue)"), $1.activity.associationName, $1.activity.details.minAge)
        }
        let districts = try await activities.districts(in: municipality)
        var form = FormBuilder(t, values: ["q": text ?? "", "category": category?.rawValue ?? "", "district": district ?? "",
                                           "age": age.map(String.init) ?? ""])
        form.multiValues["free"] = free ? ["yes"] : []
        let view = ActivityListView(
            rows: rows.map { row in
                let a = row.activity.details
                return ActivityListView.Row(name: a.name, href: Paths.activity.link(row.activity.id), associationName: row.activity.associationName,
                           associationHref: Paths.association.link(row.activity.associationID),
                           category: t("activity.category.\(a.category.rawValue)"), ages: Display.ages(a, t),
                           when: [Display.weekdays(a.weekdays, t), a.time].filter { !$0.isEmpty }.joined(separator: " "),
                           place: Display.place(a), fee: Display.feeParts(a, t).amount, feePer: Display.feeParts(a, t).per,
                           freePlaces: Display.freePlaces(a.freePlaces, t), enrolled: row.enrolledChildren, full: a.freePlaces == 0)
            },
            summary: t("activity.list.count", String(rows.count)),
            form: .init(
                q: form.field("q", label: "activity.filter.text", hint: "activity.filter.text.hint", width: "l"),
                category: form.field("category", label: "activity.category", width: "m",
                                       options: [("", "activity.filter.all")] + ActivityCategory.allCases.map { ($0.rawValue, "activity.category.\($0.rawValue)") }),
                district: form.field("district", label: "activity.district", width: "m",
                                       options: [("", "activity.filter.all")] + districts.map { ($0, $0) }),
                age: form.field("age", label: "activity.filter.age", hint: "activity.filter.age.hint", width: "xs", inputmode: "numeric"),
                free: form.field("free", label: "activity.filter.free.legend", options: [("yes", "activity.filter.free")])),
            action: Paths.activities.link(), clearHref: Paths.activities.link(),
            canEdit: AccessPolicy.allows(user.role, .activityNew), newHref: Paths.activityNew.link())
        return try renderer.page(view, title: t("activity.list.title"), context: context)
    }

    private func show(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let activity = try await find(context)
        let t = context.t
        let a = activity.details
        var facts = [
            ChildPageView.Fact(label: t("activity.category"), value: t("activity.category.\(a.category.rawValue)")),
            ChildPageView.Fact(label: t("activity.ages"), value: Display.ages(a, t)),
            ChildPageView.Fact(label: t("activity.gender"), value: t("activity.gender.\(a.gender.rawValue)")),
            ChildPageView.Fact(label: t("activity.when"), value: [Display.weekdays(a.weekdays, t), a.time].filter { !$0.isEmpty }.joined(separator: " ").ifEmpty("–")),
            ChildPageView.Fact(label: t("activity.place"), value: Display.place(a).ifEmpty("–")),
            ChildPageView.Fact(label: t("activity.fee"), value: Display.fee(a, t)),
            ChildPageView.Fact(label: t("activity.equipment"), value: a.equipment ?? "–"),
            ChildPageView.Fact(label: t("activity.capacity"), value: a.capacity.map(String.init) ?? "–"),
            ChildPageView.Fact(label: t("activity.freePlaces"), value: Display.freePlaces(a.freePlaces, t)),
        ]
        if let start = a.seasonStart, let end = a.seasonEnd {
            facts.insert(ChildPageView.Fact(label: t("activity.season"), value: Display.period(Period(from: start, to: end))), at: 4)
        }
        let view = ActivityView(name: a.name, associationName: activity.associationName,
                            associationHref: Paths.association.link(activity.associationID), facts: facts, inactive: !a.isActive,
                            canEdit: AccessPolicy.allows(user.role, .activityEdit), editHref: Paths.activityEdit.link(activity.id),
                            backHref: Paths.activities.link())
        return try renderer.page(view, title: a.name, context: context)
    }

}
