/// A form field as `FormFields` writes it: label above, hint, error
/// message, the user's value kept, `aria-describedby` and `aria-invalid` set.
public struct FormField: Sendable {
    public struct Option: Sendable {
        public let value: String
        public let label: String
        public let selected: Bool
        public let id: String

        public init(value: String, label: String, selected: Bool, id: String) {
            self.value = value
            self.label = label
            self.selected = selected
            self.id = id
        }
    }

    public let id: String
    public let name: String
    public let label: String
    public let hint: String?
    public let hintID: String?
    public let error: String?
    public let errorID: String?
    public let describedBy: String?
    public let value: String
    public let type: String
    public let autocomplete: String?
    public let optional: Bool
    public let width: String
    public let options: [Option]
    public let rows: Int
    public let maxLength: Int?
    public let inputmode: String?
    /// Suggestions offered through a `<datalist>` (the options), for free text with common values.
    public let listID: String?

    public init(id: String, name: String, label: String, hint: String?, hintID: String?, error: String?, errorID: String?, describedBy: String?, value: String, type: String, autocomplete: String?, optional: Bool, width: String, options: [Option], rows: Int, maxLength: Int?, inputmode: String?, listID: String?) {
        self.id = id
        self.name = name
        self.label = label
        self.hint = hint
        self.hintID = hintID
        self.error = error
        self.errorID = errorID
        self.describedBy = describedBy
        self.value = value
        self.type = type
        self.autocomplete = autocomplete
        self.optional = optional
        self.width = width
        self.options = options
        self.rows = rows
        self.maxLength = maxLength
        self.inputmode = inputmode
        self.listID = listID
    }
}

/// Three fields, day / month / year, for dates people know (birth dates).
public struct DatePartsField: Sendable {
    public let id: String
    public let label: String
    public let hint: String
    public let hintID: String
    public let error: String?
    public let errorID: String?
    public let describedBy: String
    public let dayName: String
    public let monthName: String
    public let yearName: String
    public let day: String
    public let month: String
    public let year: String
    public let autocomplete: Bool

    public init(id: String, label: String, hint: String, hintID: String, error: String?, errorID: String?, describedBy: String, dayName: String, monthName: String, yearName: String, day: String, month: String, year: String, autocomplete: Bool) {
        self.id = id
        self.label = label
        self.hint = hint
        self.hintID = hintID
        self.error = error
        self.errorID = errorID
        self.describedBy = describedBy
        self.dayName = dayName
        self.monthName = monthName
        self.yearName = yearName
        self.day = day
        self.month = month
        self.year = year
        self.autocomplete = autocomplete
    }
}
