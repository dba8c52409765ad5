import Foundation

/// Raw input of the child form, as posted. Everything is optional text; `validate` turns it
/// into `ChildDetails` and guardians, or field-by-field problems.
public struct ChildInput: Sendable, Equatable {
    public var firstName: String?
    public var lastName: String?
    public var birthDay: String?
    public var birthMonth: String?
    public var birthYear: String?
    public var gender: String?
    public var school: String?
    public var schoolClass: String?
    public var schoolDistrict: String?
    public var homeLanguage: String?
    public var needsInterpreter: String?
    public var needsAdaptation: String?
    public var adaptationNote: String?
    public var interests: String?
    public var note: String?
    /// Up to two guardians, fields suffixed 1 and 2 in the form.
    public var guardians: [GuardianInput]

    public init(firstName: String? = nil, lastName: String? = nil, birthDay: String? = nil, birthMonth: String? = nil,
                birthYear: String? = nil, gender: String? = nil, school: String? = nil, schoolClass: String? = nil,
                schoolDistrict: String? = nil, homeLanguage: String? = nil, needsInterpreter: String? = nil,
                needsAdaptation: String? = nil, adaptationNote: String? = nil, interests: String? = nil,
                note: String? = nil, guardians: [GuardianInput] = []) {
        self.firstName = firstName
        self.lastName = lastName
        self.birthDay = birthDay
        self.birthMonth = birthMonth
        self.birthYear = birthYear
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
        self.guardians = guardians
    }

    public static let shortTextLimit = 100
    public static let noteLimit = 500

    public func validate(today: LocalDate) -> Result<(ChildDetails, [Guardian]), ValidationErrors> {
        var errors = ValidationErrors()
        let first = Text.trimmed(firstName)
        let last = Text.trimmed(lastName)
        if first.isEmpty { errors.add("firstName", "err.child.firstName.required") }
        else if first.count > Self.shortTextLimit { errors.add("firstName", "err.text.tooLong100") }
        if last.isEmpty { errors.add("lastName", "err.child.lastName.required") }
        else if last.count > Self.shortTextLimit { errors.add("lastName", "err.text.tooLong100") }

        let birth = DateParts.parse(day: birthDay, month: birthMonth, year: birthYear, field: "birthDate",
                                    missing: "err.child.birthDate.required", errors: &errors)
        if let birth {
            if birth > today { errors.add("birthDate", "err.child.birthDate.future") }
            else if birth.age(on: today) >= 25 { errors.add("birthDate", "err.child.birthDate.implausible") }
        }
        let gender = self.gender.flatMap(Gender.init(rawValue:))
        if gender == nil { errors.add("gender", "err.child.gender.required") }

        for (name, value, limit) in [("school", school, Self.shortTextLimit), ("schoolClass", schoolClass, 20),
                                     ("schoolDistrict", schoolDistrict, Self.shortTextLimit),
                                     ("homeLanguage", homeLanguage, 50)] where Text.trimmed(value).count > limit {
            errors.add(name, limit == Self.shortTextLimit ? "err.text.tooLong100" : "err.text.tooLong", [String(limit)])
        }
        let adaptation = needsAdaptation == "yes"
        if needsAdaptation != "yes" && needsAdaptation != "no" { errors.add("needsAdaptation", "err.child.needsAdaptation.required") }
        if adaptation && Text.optional(adaptationNote) == nil { errors.add("adaptationNote", "err.child.adaptationNote.required") }
        for (name, value, limit) in [("adaptationNote", adaptationNote, 300), ("interests", interests, Self.noteLimit),
                                     ("note", note, Self.noteLimit)] where Text.trimmed(value).count > limit {
            errors.add(name, "err.text.tooLong", [String(limit)])
        }

        var guardians: [Guardian] = []
        for (index, input) in self.guardians.enumerated() {
            switch input.validate(suffix: String(index + 1), required: index == 0) {
            case .success(let guardian?): guardians.append(guardian)
            case .success(nil): break
            case .failure(let e): errors.merge(e)
            }
        }
        guard errors.isEmpty, let birth, let gender else { return .failure(errors) }
        let details = ChildDetails(
            firstName: first, lastName: last, birthDate: birth, gender: gender,
            school: Text.trimmed(school), schoolClass: Text.trimmed(schoolClass), schoolDistrict: Text.trimmed(schoolDistrict),
            homeLanguage: Text.optional(homeLanguage), needsInterpreter: needsInterpreter == "yes" || needsInterpreter == "true",
            needsAdaptation: adaptation, adaptationNote: adaptation ? Text.optional(adaptationNote) : nil,
            interests: Text.optional(interests), note: Text.optional(note))
        return .success((details, guardians))
    }

    /// The form's values for a stored child (for the edit form).
    public init(_ child: Child) {
        let d = child.details
        self.init(firstName: d.firstName, lastName: d.lastName, birthDay: String(d.birthDate.day),
                  birthMonth: String(d.birthDate.month), birthYear: String(d.birthDate.year), gender: d.gender.rawValue,
                  school: d.school, schoolClass: d.schoolClass, schoolDistrict: d.schoolDistrict,
                  homeLanguage: d.homeLanguage, needsInterpreter: d.needsInterpreter ? "yes" : nil,
                  needsAdaptation: d.needsAdaptation ? "yes" : "no", adaptationNote: d.adaptationNote,
                  interests: d.interests, note: d.note,
                  guardians: child.guardians.map(GuardianInput.init))
    }
}

public struct GuardianInput: Sendable, Equatable {
    public var name: String?
    public var relation: String?
    public var phone: String?
    public var email: String?
    public var preferredLanguage: String?

    public init(name: String? = nil, relation: String? = nil, phone: String? = nil, email: String? = nil,
                preferredLanguage: String? = nil) {
        self.name = name
        self.relation = relation
        self.phone = phone
        self.email = email
        self.preferredLanguage = preferredLanguage
    }

    public init(_ guardian: Guardian) {
        self.init(name: guardian.name, relation: guardian.relation.rawValue, phone: guardian.phone,
                  email: guardian.email, preferredLanguage: guardian.preferredLanguage)
    }

    var isBlank: Bool {
        [name, phone, email, preferredLanguage].allSatisfy { Text.optional($0) == nil }
    }

    /// A guardian, nil for an optional guardian left blank, or the problems. Field names are
    /// `guardianName1`, `guardianPhone1` … so messages land beside the right field.
    func validate(suffix: String, required: Bool) -> Result<Guardian?, ValidationErrors> {
        if !required && isBlank { return .success(nil) }
        var errors = ValidationErrors()
        let name = Text.trimmed(self.name)
        if name.isEmpty { errors.add("guardianName\(suffix)", "err.guardian.name.required") }
        else if name.count > 100 { errors.add("guardianName\(suffix)", "err.text.tooLong100") }
        let relation = self.relation.flatMap(GuardianRelation.init(rawValue:))
        if relation == nil { errors.add("guardianRelation\(suffix)", "err.guardian.relation.required") }
        let phone = Text.optional(self.phone)
        let email = Text.optional(self.email).map { $0.lowercased() }
        if let phone, !Contact.isValidPhone(phone) { errors.add("guardianPhone\(suffix)", "err.phone.invalid") }
        if let email, !Contact.isValidEmail(email) { errors.add("guardianEmail\(suffix)", "err.email.invalid") }
        if phone == nil && email == nil && required { errors.add("guardianPhone\(suffix)", "err.guardian.contact.required") }
        if Text.trimmed(preferredLanguage).count > 50 { errors.add("guardianLanguage\(suffix)", "err.text.tooLong", ["50"]) }
        guard errors.isEmpty, let relation else { return .failure(errors) }
        return .success(Guardian(name: name, relation: relation, phone: phone, email: email,
                                 preferredLanguage: Text.optional(preferredLanguage)))
    }
}

/// Dates people know (birth dates) are entered as three fields: day, month, year.
public enum DateParts {
    public static func parse(day: String?, month: String?, year: String?, field: String, missing: String,
                             errors: inout ValidationErrors) -> LocalDate? {
        let d = Text.trimmed(day), m = Text.trimmed(month), y = Text.trimmed(year)
        if d.isEmpty && m.isEmpty && y.isEmpty { errors.add(field, missing); return nil }
        guard let dn = Int(d), let mn = Int(m), let yn = Int(y), y.count == 4 else {
            errors.add(field, "err.date.parts.invalid")
            return nil
        }
        guard let date = LocalDate(year: yn, month: mn, day: dn) else {
            errors.add(field, "err.date.parts.impossible")
            return nil
        }
        return date
    }
}
