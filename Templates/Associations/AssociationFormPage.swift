/// A new association, or an association's details changed.
public struct AssociationFormView: Page, Sendable {
    public struct Fields: Sendable {
        public let name: FormField
        public let cvr: FormField
        public let address: FormField
        public let district: FormField
        public let categories: FormField
        public let website: FormField
        public let bankReference: FormField
        public let acceptsFritidspas: FormField
        public let offerNote: FormField
        public let isActive: FormField

        public init(name: FormField, cvr: FormField, address: FormField, district: FormField, categories: FormField, website: FormField, bankReference: FormField, acceptsFritidspas: FormField, offerNote: FormField, isActive: FormField) {
            self.name = name
            self.cvr = cvr
            self.address = address
            self.district = district
            self.categories = categories
            self.website = website
            self.bankReference = bankReference
            self.acceptsFritidspas = acceptsFritidspas
            self.offerNote = offerNote
            self.isActive = isActive
        }
    }

    public let heading: String
    public let action: String
    public let cancelHref: String
    public let submit: String
    public let isEdit: Bool
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(cancelHref)">\(t("form.back"))</a>
        <h1>\(heading)</h1>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.name))
          \(c.input(form.cvr))
          \(c.input(form.address))
          \(c.select(form.district))
          \(c.checkboxes(form.categories))
          \(c.input(form.website))
          \(c.input(form.bankReference))
          \(c.radios(form.acceptsFritidspas))
          \(c.textarea(form.offerNote))
          \(HTML.when(isEdit, c.radios(form.isActive)))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(submit)</button>
            <a class="button-link" href="\(cancelHref)">\(t("form.cancel"))</a>
          </div>
        </form>

        """
    }

    public init(heading: String, action: String, cancelHref: String, submit: String, isEdit: Bool, form: Fields) {
        self.heading = heading
        self.action = action
        self.cancelHref = cancelHref
        self.submit = submit
        self.isEdit = isEdit
        self.form = form
    }
}
