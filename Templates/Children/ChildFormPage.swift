/// The child form (new and edit): the child, school, language and adaptation, interests,
/// guardians, grouped in sections on one page; possible duplicates above it before a new child
/// is saved.
public struct ChildFormView: Page, Sendable {
    /// A possible duplicate. One outside the user's own children shows only whom to ask:
    /// not its name, birth date or school.
    public struct Duplicate: Sendable {
        public let name: String?
        public let birthDate: String
        public let school: String
        public let href: String?
        public let askWhom: String?

        public init(name: String?, birthDate: String, school: String, href: String?, askWhom: String?) {
            self.name = name
            self.birthDate = birthDate
            self.school = school
            self.href = href
            self.askWhom = askWhom
        }
    }

    public struct Fields: Sendable {
        public let firstName: FormField
        public let lastName: FormField
        public let gender: FormField
        public let school: FormField
        public let schoolClass: FormField
        public let schoolDistrict: FormField
        public let homeLanguage: FormField
        public let needsInterpreter: FormField
        public let needsAdaptation: FormField
        public let adaptationNote: FormField
        public let interests: FormField
        public let note: FormField

        public init(firstName: FormField, lastName: FormField, gender: FormField, school: FormField, schoolClass: FormField,
                    schoolDistrict: FormField, homeLanguage: FormField, needsInterpreter: FormField, needsAdaptation: FormField,
                    adaptationNote: FormField, interests: FormField, note: FormField) {
            self.firstName = firstName
            self.lastName = lastName
            self.gender = gender
            self.school = school
            self.schoolClass = schoolClass
            self.schoolDistrict = schoolDistrict
            self.homeLanguage = homeLanguage
            self.needsInterpreter = needsInterpreter
            self.needsAdaptation = needsAdaptation
            self.adaptationNote = adaptationNote
            self.interests = interests
            self.note = note
        }
    }

    /// One guardian's fields (the second guardian's are all optional).
    public struct Guardian: Sendable {
        public let name: FormField
        public let relation: FormField
        public let phone: FormField
        public let email: FormField
        public let language: FormField

        public init(name: FormField, relation: FormField, phone: FormField, email: FormField, language: FormField) {
            self.name = name
            self.relation = relation
            self.phone = phone
            self.email = email
            self.language = language
        }
    }

    public let action: String
    public let cancelHref: String
    public let isNew: Bool
    public let submitLabel: String
    public let birthDate: DatePartsField
    public let form: Fields
    public let guardians: [Guardian]
    public let duplicates: [Duplicate]
    public let hasDuplicates: Bool

    public init(action: String, cancelHref: String, isNew: Bool, submitLabel: String, birthDate: DatePartsField, form: Fields,
                guardians: [Guardian], duplicates: [Duplicate]) {
        self.action = action
        self.cancelHref = cancelHref
        self.isNew = isNew
        self.submitLabel = submitLabel
        self.birthDate = birthDate
        self.form = form
        self.guardians = guardians
        self.duplicates = duplicates
        hasDuplicates = !duplicates.isEmpty
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <a class="back-link" href="\(cancelHref)">\(c.t("form.back"))</a>
        <h1>\(c.t(isNew ? "child.new.heading" : "child.edit.heading"))</h1>
        \(HTML.when(isNew, "<p class=\"lead\">\(c.t("child.new.intro"))</p>"))

        """
        if hasDuplicates {
            """
            <div class="alert alert-warning" role="alert">
              <p class="alert-heading">\(c.t("child.duplicates.heading"))</p>
              <p>\(c.t("child.duplicates.text"))</p>
              <ul>
                \(duplicates.html { duplicate($0, c) })
              </ul>
            </div>

            """
        }
        """
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(HTML.when(hasDuplicates, "<input type=\"hidden\" name=\"confirmDuplicate\" value=\"yes\">"))
          <h2>\(c.t("child.section.child"))</h2>
          \(c.input(form.firstName))
          \(c.input(form.lastName))
          \(c.dateParts(birthDate))
          \(c.radios(form.gender))

          <h2>\(c.t("child.section.school"))</h2>
          \(c.select(form.school))
          \(c.input(form.schoolClass))
          \(c.select(form.schoolDistrict))

          <h2>\(c.t("child.section.language"))</h2>
          \(c.input(form.homeLanguage))
          \(c.checkbox(form.needsInterpreter))
          \(c.radios(form.needsAdaptation))
          \(c.textarea(form.adaptationNote))

          <h2>\(c.t("child.section.interests"))</h2>
          \(c.textarea(form.interests))

          \(guardians.html { guardian($0, c) })

          <h2>\(c.t("child.section.note"))</h2>
          \(c.textarea(form.note))

          <div class="button-row">
            <button type="submit" class="button button-primary">\(submitLabel)</button>
            <a class="button-link" href="\(cancelHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>

        """
    }

    private func duplicate(_ d: Duplicate, _ c: PageContext) -> HTML {
        HTML {
            "<li>"
            if let href = d.href, !href.isEmpty {
                "<a href=\"\(href)\">\(d.name)</a>, \(c.t("child.born")) \(d.birthDate)"
                if !d.school.isEmpty { ", \(d.school)" }
            }
            if let askWhom = d.askWhom, !askWhom.isEmpty { "\(askWhom)" }
            "</li>\n"
        }
    }

    private func guardian(_ g: Guardian, _ c: PageContext) -> HTML {
        """
        <fieldset class="fieldset section-fieldset">
          <legend class="h2-legend">\(c.t(g.name.optional ? "guardian.second" : "guardian.first"))</legend>
          \(c.input(g.name))
          \(c.select(g.relation))
          \(c.input(g.phone))
          \(c.input(g.email))
          \(c.input(g.language))
        </fieldset>

        """
    }
}
