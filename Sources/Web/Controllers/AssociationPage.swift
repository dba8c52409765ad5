import Domain
import Foundation
import Hummingbird

/// One association: details, activities and contact persons (with the form to add one).
struct AssociationPage {
    let associations: any AssociationRepository
    let activities: any ActivityRepository
    let renderer: Renderer
    let clock: Clock

    func render(_ context: AppContext, association: Domain.Association, contactValues: [String: String] = [:],
                errors: ValidationErrors = .init()) async throws -> Response {
        let user = try context.requireUser()
        let t = context.t
        let d = association.details
        let rows = try await activities.search(ActivityQuery(choosableOnly: false, association: association.id),
                                               in: association.municipalityID, today: clock.today)
        let canEdit = AccessPolicy.allows(user.role, .associationEdit)
        let users = canEdit ? try await associations.unlinkedContactUsers(in: association.municipalityID) : []
        let form = FormBuilder(t, values: contactValues, errors: errors)
        var facts = [
            ChildPageView.Fact(label: t("association.cvr"), value: d.cvr),
            ChildPageView.Fact(label: t("association.address"), value: d.address.ifEmpty("–")),
            ChildPageView.Fact(label: t("association.district"), value: d.district.ifEmpty("–")),
            ChildPageView.Fact(label: t("association.categories"), value: Display.categories(d.categories, t)),
            ChildPageView.Fact(label: t("association.accepts"), value: Display.yesNo(d.acceptsFritidspas, t)),
        ]
        if let website = d.website { facts.append(ChildPageView.Fact(label: t("association.website"), value: website)) }
        if canEdit { facts.append(ChildPageView.Fact(label: t("association.bankReference"), value: d.bankReference ?? "–")) }
        if let note = d.offerNote { facts.append(ChildPageView.Fact(label: t("association.offerNote"), value: note)) }
        let view = AssociationView(
            name: d.name, facts: facts, inactive: !association.isActive,
            activities: rows.map { row in
                let a = row.activity.details
                return AssociationView.ActivityLine(name: a.name, href: Paths.activity.link(row.activity.id), category: t("activity.category.\(a.category.rawValue)"),
                                    ages: Display.ages(a, t), when: [Display.weekdays(a.weekdays, t), a.time].filter { !$0.isEmpty }.joined(separator: " "),
                                    fee: Display.feeParts(a, t).amount, feePer: Display.feeParts(a, t).per, freePlaces: Display.freePlaces(a.freePlaces, t), enrolled: row.enrolledChildren,
                                    inactive: !a.isActive)
            },
            hasActivities: !rows.isEmpty,
            contacts: association.contacts.map {
                AssociationView.ContactLine(name: $0.name, role: $0.role, email: $0.email, phone: $0.phone, hasLogin: $0.userID != nil,
                            removeAction: Paths.associationContactRemoval.link(association.id, $0.id))
            },
            hasContacts: !association.contacts.isEmpty, canEdit: canEdit, editHref: Paths.associationEdit.link(association.id),
            newActivityHref: Paths.activityNew.link() + "?association=\(association.id)", backHref: Paths.associations.link(),
            contactAction: Paths.associationContacts.link(association.id),
            form: .init(
                contactName: form.field("contactName", label: "association.contact.name", autocomplete: "off", width: "l", maxLength: 100),
                contactRole: form.field("contactRole", label: "association.contact.role", hint: "association.contact.role.hint",
                                          optional: true, width: "m", maxLength: 60),
                // Either will do, so neither is "optional": the hint says so.
                contactEmail: form.field("contactEmail", label: "association.contact.email", hint: "association.contact.reach.hint",
                                           type: "email", width: "l"),
                contactPhone: form.field("contactPhone", label: "association.contact.phone", hint: "association.contact.reach.hint",
                                           type: "tel", width: "m"),
                contactUser: form.field("contactUser", label: "association.contact.user", hint: "association.contact.user.hint",
                                          options: [("", "association.contact.user.none")] + users.map { ($0.id.description, "\($0.name) (\($0.email))") })))
        return try renderer.page(view, title: d.name, context: context, form: errors.isEmpty ? nil : form)
    }
}
