import Domain

extension ChildFormView.Duplicate {
    /// A possible duplicate. One outside the user's own children shows only whom to ask:
    /// not its name, birth date or school.
    init(_ candidate: ChildName, visible: Bool, t: Texts) {
        if visible {
            self.init(name: "\(candidate.firstName) \(candidate.lastName)", birthDate: candidate.birthDate?.display ?? "",
                      school: candidate.school ?? "", href: Paths.child.link(candidate.id), askWhom: nil)
        } else {
            self.init(name: nil, birthDate: "", school: "", href: nil,
                      askWhom: candidate.responsible.map { t("child.duplicates.askPerson", $0) } ?? t("child.duplicates.askCoordinator"))
        }
    }
}

extension ChildFormView {
    /// The raw values of the form fields, keyed by field name.
    static func values(_ input: ChildInput) -> [String: String] {
        var values: [String: String] = [
            "firstName": input.firstName ?? "", "lastName": input.lastName ?? "", "birthDateDay": input.birthDay ?? "",
            "birthDateMonth": input.birthMonth ?? "", "birthDateYear": input.birthYear ?? "", "gender": input.gender ?? "",
            "school": input.school ?? "", "schoolClass": input.schoolClass ?? "", "schoolDistrict": input.schoolDistrict ?? "",
            "homeLanguage": input.homeLanguage ?? "", "needsInterpreter": input.needsInterpreter ?? "",
            "needsAdaptation": input.needsAdaptation ?? "", "adaptationNote": input.adaptationNote ?? "",
            "interests": input.interests ?? "", "note": input.note ?? "",
        ]
        for (index, g) in input.guardians.prefix(2).enumerated() {
            let n = String(index + 1)
            values["guardianName" + n] = g.name ?? ""
            values["guardianRelation" + n] = g.relation ?? ""
            values["guardianPhone" + n] = g.phone ?? ""
            values["guardianEmail" + n] = g.email ?? ""
            values["guardianLanguage" + n] = g.preferredLanguage ?? ""
        }
        return values
    }

    static func make(form: FormBuilder, child: Child?, registry: SchoolRegistry,
                     duplicates: [Duplicate], t: Texts) -> ChildFormView {
        let relations = GuardianRelation.allCases.map { ($0.rawValue, "guardian.relation.\($0.rawValue)") }
        let guardians = ["1", "2"].map { n -> Guardian in
            let optional = n == "2"
            return Guardian(
                name: form.field("guardianName" + n, label: "guardian.name", optional: optional, width: "l", maxLength: 100),
                relation: form.field("guardianRelation" + n, label: "guardian.relation", optional: optional,
                                       options: [("", "form.choose")] + relations),
                // The first guardian needs a phone or an e-mail (either will do): neither is "optional".
                phone: form.field("guardianPhone" + n, label: "guardian.phone", hint: optional ? "guardian.phone.hint" : "guardian.contact.hint",
                                    type: "tel", optional: optional, width: "s"),
                email: form.field("guardianEmail" + n, label: "guardian.email", hint: optional ? nil : "guardian.contact.hint",
                                    type: "email", optional: optional, width: "l"),
                language: form.field("guardianLanguage" + n, label: "guardian.language", hint: "guardian.language.hint",
                                       optional: true, width: "m"))
        }
        var builder = form
        builder.multiValues["needsInterpreter"] = [form.values["needsInterpreter"] ?? ""]
        return ChildFormView(
            action: child.map { Paths.child.link($0.id) } ?? Paths.children.link(),
            cancelHref: child.map { Paths.child.link($0.id) } ?? Paths.children.link(),
            isNew: child == nil,
            submitLabel: child == nil ? (duplicates.isEmpty ? t("child.new.submit") : t("child.new.submitAnyway")) : t("child.edit.submit"),
            birthDate: form.dateParts("birthDate", base: "birthDate", label: "child.birthDate", hint: "child.birthDate.hint"),
            form: Fields(
                firstName: form.field("firstName", label: "child.firstName", width: "m", maxLength: 100),
                lastName: form.field("lastName", label: "child.lastName", width: "m", maxLength: 100),
                gender: form.field("gender", label: "child.gender",
                                     options: Gender.allCases.map { ($0.rawValue, "child.gender.\($0.rawValue)") }),
                school: form.field("school", label: "child.school", hint: "child.school.registryHint", optional: true,
                                     options: [("", "registry.choose")] + registry.choices(registry.schoolNames, current: child?.details.school)
                                         .map { ($0.value, $0.label) }),
                schoolClass: form.field("schoolClass", label: "child.schoolClass", hint: "child.schoolClass.hint",
                                          optional: true, width: "xs"),
                schoolDistrict: form.field("schoolDistrict", label: "child.schoolDistrict", optional: true,
                                             options: [("", "registry.choose")]
                                                 + registry.choices(registry.districtNames, current: child?.details.schoolDistrict)
                                                 .map { ($0.value, $0.label) }),
                homeLanguage: form.field("homeLanguage", label: "child.homeLanguage", hint: "child.homeLanguage.hint",
                                           optional: true, width: "m"),
                needsInterpreter: builder.field("needsInterpreter", label: "child.interpreter.legend",
                                                  options: [("yes", "child.interpreter.yes")]),
                needsAdaptation: form.field("needsAdaptation", label: "child.needsAdaptation", hint: "child.needsAdaptation.hint",
                                              options: [("no", "common.no"), ("yes", "common.yes")]),
                adaptationNote: form.field("adaptationNote", label: "child.adaptationNote", hint: "child.adaptationNote.hint",
                                             width: "xl", rows: 3, maxLength: 300),
                interests: form.field("interests", label: "child.interests", hint: "child.interests.hint", optional: true,
                                        width: "xl", rows: 3, maxLength: 500),
                note: form.field("note", label: "child.note", hint: "child.note.hint", optional: true, width: "xl", rows: 3,
                                   maxLength: 500)),
            guardians: guardians, duplicates: duplicates)
    }
}
