import Domain

/// Builds the fields of one form from the submitted values and the validation problems.
struct FormBuilder {
    let t: Texts
    var values: [String: String]
    var multiValues: [String: Set<String>] = [:]
    let errors: ValidationErrors
    /// What the user typed before their session ended, when this page shows it back to them:
    /// it wins over stored and default values.
    let restored = RestoredForm.current

    init(_ t: Texts, values: [String: String] = [:], errors: ValidationErrors = .init()) {
        self.t = t
        self.values = values
        self.errors = errors
    }

    func message(_ name: String) -> String? {
        errors.message(for: name).map { t($0.message, arguments: $0.arguments) }
    }

    func field(_ name: String, label: String, hint: String? = nil, type: String = "text", autocomplete: String? = nil,
               optional: Bool = false, width: String = "l", options: [(String, String)] = [], rows: Int = 4,
               maxLength: Int? = nil, inputmode: String? = nil, value: String? = nil, suggestions: [String]? = nil) -> FormField {
        let error = message(name)
        let hintID = hint == nil ? nil : "\(name)-hint"
        let errorID = error == nil ? nil : "\(name)-error"
        let describedBy = [hintID, errorID].compactMap { $0 }.joined(separator: " ")
        let current = restored?.single[name] ?? value ?? values[name] ?? ""
        var selected = multiValues[name] ?? [current]
        if let restored {
            // A checkbox group left with nothing ticked posts nothing at all.
            selected = restored.multiple[name] ?? (multiValues[name] == nil ? [current] : [])
        }
        return FormField(
            id: name, name: name, label: t(label), hint: hint.map { t($0) }, hintID: hintID, error: error, errorID: errorID,
            describedBy: describedBy.isEmpty ? nil : describedBy, value: current, type: type, autocomplete: autocomplete,
            optional: optional, width: width,
            options: suggestions.map { $0.enumerated().map { FormField.Option(value: $1, label: $1, selected: false, id: "\(name)-s\($0)") } }
                ?? options.enumerated().map { index, option in
                    // The first choice carries the field's id, so the error summary's link lands on it.
                    FormField.Option(value: option.0, label: t(option.1), selected: selected.contains(option.0),
                                     id: index == 0 ? name : "\(name)-\(index)")
                },
            rows: rows, maxLength: maxLength, inputmode: inputmode, listID: suggestions == nil ? nil : "\(name)-list")
    }

    /// Day, month and year fields named `<base>Day`, `<base>Month`, `<base>Year`; problems are
    /// reported against `field`.
    func dateParts(_ field: String, base: String, label: String, hint: String, autocomplete: Bool = false) -> DatePartsField {
        let error = message(field)
        let hintID = "\(field)-hint"
        let errorID = error == nil ? nil : "\(field)-error"
        return DatePartsField(id: field, label: t(label), hint: t(hint), hintID: hintID, error: error, errorID: errorID,
                              describedBy: [hintID, errorID].compactMap { $0 }.joined(separator: " "),
                              dayName: base + "Day", monthName: base + "Month", yearName: base + "Year",
                              day: restored?.single[base + "Day"] ?? values[base + "Day"] ?? "",
                              month: restored?.single[base + "Month"] ?? values[base + "Month"] ?? "",
                              year: restored?.single[base + "Year"] ?? values[base + "Year"] ?? "",
                              autocomplete: autocomplete)
    }

    var summary: [PageFrame.ErrorLink] {
        errors.fields.map { PageFrame.ErrorLink(href: "#\($0.field)", message: t($0.message, arguments: $0.arguments)) }
    }
}
