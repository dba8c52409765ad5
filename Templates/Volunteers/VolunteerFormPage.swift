/// Registering or editing a volunteer (`volunteers/form`).
public struct VolunteerFormView: Page, Sendable {
    public struct Fields: Sendable {
        public let name: FormField
        public let phone: FormField
        public let email: FormField
        public let roles: FormField
        public let organisation: FormField
        public let languages: FormField
        public let districts: FormField
        public let availability: FormField
        public let capacity: FormField
        public let certificateOn: FormField
        public let status: FormField
        public let userID: FormField

        public init(name: FormField, phone: FormField, email: FormField, roles: FormField, organisation: FormField, languages: FormField,
                    districts: FormField, availability: FormField, capacity: FormField, certificateOn: FormField, status: FormField,
                    userID: FormField) {
            self.name = name
            self.phone = phone
            self.email = email
            self.roles = roles
            self.organisation = organisation
            self.languages = languages
            self.districts = districts
            self.availability = availability
            self.capacity = capacity
            self.certificateOn = certificateOn
            self.status = status
            self.userID = userID
        }
    }

    public let heading: String
    public let action: String
    public let cancelHref: String
    public let submit: String
    public let form: Fields

    public init(heading: String, action: String, cancelHref: String, submit: String, form: Fields) {
        self.heading = heading
        self.action = action
        self.cancelHref = cancelHref
        self.submit = submit
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(cancelHref)">\(t("form.back"))</a>
        <h1>\(heading)</h1>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.name))
          \(c.input(form.phone))
          \(c.input(form.email))
          \(c.checkboxes(form.roles))
          \(c.input(form.organisation))
          \(c.input(form.languages))
          \(c.input(form.districts))
          \(c.input(form.availability))
          \(c.input(form.capacity))
          \(c.input(form.certificateOn))
          \(c.radios(form.status))
          \(c.select(form.userID))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(submit)</button>
            <a class="button-link" href="\(cancelHref)">\(t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}

/// The municipality's renewal period for the børneattest (`volunteers/settings`).
public struct VolunteerSettingsView: Page, Sendable {
    public struct Fields: Sendable {
        public let renewalMonths: FormField

        public init(renewalMonths: FormField) {
            self.renewalMonths = renewalMonths
        }
    }

    public let action: String
    public let backHref: String
    public let form: Fields

    public init(action: String, backHref: String, form: Fields) {
        self.action = action
        self.backHref = backHref
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(backHref)">\(t("volunteer.backToList"))</a>
        <h1>\(t("volunteer.settings.heading"))</h1>
        <p class="lead">\(t("volunteer.settings.intro"))</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.renewalMonths))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(t("volunteer.settings.submit"))</button>
          </div>
        </form>

        """
    }
}
