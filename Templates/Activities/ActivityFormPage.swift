/// A new activity, or an activity's details edited.
public struct ActivityEditView: Page, Sendable {
    public struct Fields: Sendable {
        public let association: FormField
        public let name: FormField
        public let category: FormField
        public let minAge: FormField
        public let maxAge: FormField
        public let gender: FormField
        public let weekdays: FormField
        public let time: FormField
        public let place: FormField
        public let district: FormField
        public let seasonStart: FormField
        public let seasonEnd: FormField
        public let fee: FormField
        public let feePeriod: FormField
        public let equipment: FormField
        public let capacity: FormField
        public let freePlaces: FormField
        public let isActive: FormField

        public init(association: FormField, name: FormField, category: FormField, minAge: FormField, maxAge: FormField, gender: FormField, weekdays: FormField, time: FormField, place: FormField, district: FormField, seasonStart: FormField, seasonEnd: FormField, fee: FormField, feePeriod: FormField, equipment: FormField, capacity: FormField, freePlaces: FormField, isActive: FormField) {
            self.association = association
            self.name = name
            self.category = category
            self.minAge = minAge
            self.maxAge = maxAge
            self.gender = gender
            self.weekdays = weekdays
            self.time = time
            self.place = place
            self.district = district
            self.seasonStart = seasonStart
            self.seasonEnd = seasonEnd
            self.fee = fee
            self.feePeriod = feePeriod
            self.equipment = equipment
            self.capacity = capacity
            self.freePlaces = freePlaces
            self.isActive = isActive
        }
    }

    public let heading: String
    public let action: String
    public let cancelHref: String
    public let submit: String
    public let isEdit: Bool
    public let form: Fields

    public init(heading: String, action: String, cancelHref: String, submit: String, isEdit: Bool, form: Fields) {
        self.heading = heading
        self.action = action
        self.cancelHref = cancelHref
        self.submit = submit
        self.isEdit = isEdit
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <a class="back-link" href="\(cancelHref)">\(c.t("form.back"))</a>
        <h1>\(heading)</h1>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(HTML.when(!isEdit, c.select(form.association)))
          \(c.input(form.name))
          \(c.select(form.category))
          <div class="field-row">
            \(c.input(form.minAge))
            \(c.input(form.maxAge))
          </div>
          \(c.radios(form.gender))
          \(c.checkboxes(form.weekdays))
          \(c.input(form.time))
          \(c.input(form.place))
          \(c.select(form.district))
          \(c.input(form.seasonStart))
          \(c.input(form.seasonEnd))
          \(c.input(form.fee))
          \(c.radios(form.feePeriod))
          \(c.textarea(form.equipment))
          <div class="field-row">
            \(c.input(form.capacity))
            \(c.input(form.freePlaces))
          </div>
          \(c.radios(form.isActive))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(submit)</button>
            <a class="button-link" href="\(cancelHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}
