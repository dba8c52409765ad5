/// One association: details, activities and contact persons (with the form to add one).
public struct AssociationView: Page, Sendable {
    public struct ActivityLine: Sendable {
        public let name: String
        public let href: String
        public let category: String
        public let ages: String
        public let when: String
        public let fee: String
        public let feePer: String
        public let freePlaces: String
        public let enrolled: Int
        public let inactive: Bool

        public init(name: String, href: String, category: String, ages: String, when: String, fee: String, feePer: String, freePlaces: String, enrolled: Int, inactive: Bool) {
            self.name = name
            self.href = href
            self.category = category
            self.ages = ages
            self.when = when
            self.fee = fee
            self.feePer = feePer
            self.freePlaces = freePlaces
            self.enrolled = enrolled
            self.inactive = inactive
        }
    }

    public struct ContactLine: Sendable {
        public let name: String
        public let role: String
        public let email: String?
        public let phone: String?
        public let hasLogin: Bool
        public let removeAction: String

        public init(name: String, role: String, email: String?, phone: String?, hasLogin: Bool, removeAction: String) {
            self.name = name
            self.role = role
            self.email = email
            self.phone = phone
            self.hasLogin = hasLogin
            self.removeAction = removeAction
        }
    }

    public struct Fields: Sendable {
        public let contactName: FormField
        public let contactRole: FormField
        public let contactEmail: FormField
        public let contactPhone: FormField
        public let contactUser: FormField

        public init(contactName: FormField, contactRole: FormField, contactEmail: FormField, contactPhone: FormField, contactUser: FormField) {
            self.contactName = contactName
            self.contactRole = contactRole
            self.contactEmail = contactEmail
            self.contactPhone = contactPhone
            self.contactUser = contactUser
        }
    }

    public let name: String
    public let facts: [ChildPageView.Fact]
    public let inactive: Bool
    public let activities: [ActivityLine]
    public let hasActivities: Bool
    public let contacts: [ContactLine]
    public let hasContacts: Bool
    public let canEdit: Bool
    public let editHref: String
    public let newActivityHref: String
    public let backHref: String
    public let contactAction: String
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(backHref)">\(t("association.backToList"))</a>
        <div class="page-heading">
          <h1>\(name)\(HTML.when(inactive, " <span class=\"badge badge-inactive\">\(t("association.inactive"))</span>"))</h1>
          \(HTML.when(canEdit, "<a class=\"button button-secondary\" href=\"\(editHref)\">\(t("association.edit.button"))</a>"))
        </div>
        <dl class="summary-list">
          \(facts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })
        </dl>

        <div class="page-heading">
          <h2 id="activities">\(t("association.section.activities"))</h2>
          \(HTML.when(canEdit, "<a class=\"button button-secondary\" href=\"\(newActivityHref)\">\(t("activity.new.button"))</a>"))
        </div>

        """
        if hasActivities {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
            <table class="table">
              <caption class="sr-only">\(t("association.section.activities"))</caption>
              <thead><tr>
                <th scope="col">\(t("activity.name"))</th>
                <th scope="col">\(t("activity.ages"))</th>
                <th scope="col">\(t("activity.when"))</th>
                <th scope="col" class="num">\(t("activity.fee"))</th>
                <th scope="col" class="num">\(t("activity.freePlaces"))</th>
                <th scope="col" class="num">\(t("activity.column.enrolled"))</th>
              </tr></thead>
              <tbody>

            """
            for a in activities {
                """
                    <tr>
                      <td><a href="\(a.href)">\(a.name)</a> <span class="muted">\(a.category)</span>\
                \(HTML.when(a.inactive, " <span class=\"badge badge-inactive\">\(t("activity.inactive"))</span>"))</td>
                      <td class="nowrap">\(a.ages)</td>
                      <td>\(a.when)</td>
                      <td class="num">\(a.fee)<br><span class="muted">\(a.feePer)</span></td>
                      <td class="num">\(a.freePlaces)</td>
                      <td class="num">\(a.enrolled)</td>
                    </tr>

                """
            }
            """
              </tbody>
            </table>
            </div>

            """
        } else {
            "<p>\(t("association.noActivities"))</p>\n"
        }
        """

        <h2 id="contacts">\(t("association.section.contacts"))</h2>

        """
        if !hasContacts { "<p>\(t("association.noContacts"))</p>\n" }
        for contact in contacts { contactPanel(contact, c) }
        if canEdit {
            """
            <section class="panel" aria-labelledby="contact-form-heading">
              <h3 class="panel-title" id="contact-form-heading">\(t("association.contact.add.heading"))</h3>
              <form method="post" action="\(contactAction)" novalidate>
                \(c.csrf)
                \(c.input(form.contactName))
                \(c.input(form.contactRole))
                \(c.input(form.contactEmail))
                \(c.input(form.contactPhone))
                \(c.select(form.contactUser))
                <button type="submit" class="button button-secondary">\(t("association.contact.add.submit"))</button>
              </form>
            </section>

            """
        }
    }

    /// A contact person's panel. An empty role, phone or e-mail writes nothing.
    @Markup func contactPanel(_ contact: ContactLine, _ c: PageContext) -> HTML {
        let t = c.t
        let phone = contact.phone.flatMap { $0.isEmpty ? nil : $0 }
        let email = contact.email.flatMap { $0.isEmpty ? nil : $0 }
        let role: HTML? = contact.role.isEmpty ? nil : " <span class=\"muted\">– \(contact.role)</span>"
        let phoneText: HTML? = phone.map { "\(t("association.contact.phone")): \($0)" }
        let emailLink: HTML? = email.map { "\(HTML.when(phone != nil, " · "))<a href=\"mailto:\($0)\">\($0)</a>" }
        """
        <div class="panel">
          <h3 class="panel-title">\(contact.name)\(role)\
        \(HTML.when(contact.hasLogin, " <span class=\"badge badge-success\">\(t("association.contact.hasLogin"))</span>"))</h3>
          <p>\(phoneText)\(emailLink)</p>

        """
        if canEdit {
            """
              <form method="post" action="\(contact.removeAction)" class="inline-form">\(c.csrf)
                <button type="submit" class="button button-secondary button-small">\(t("association.contact.remove"))<span class="sr-only"> – \(contact.name)</span></button>
              </form>

            """
        }
        "</div>\n"
    }

    public init(name: String, facts: [ChildPageView.Fact], inactive: Bool, activities: [ActivityLine], hasActivities: Bool, contacts: [ContactLine], hasContacts: Bool, canEdit: Bool, editHref: String, newActivityHref: String, backHref: String, contactAction: String, form: Fields) {
        self.name = name
        self.facts = facts
        self.inactive = inactive
        self.activities = activities
        self.hasActivities = hasActivities
        self.contacts = contacts
        self.hasContacts = hasContacts
        self.canEdit = canEdit
        self.editHref = editHref
        self.newActivityHref = newActivityHref
        self.backHref = backHref
        self.contactAction = contactAction
        self.form = form
    }
}
