/// A date from `<input type="date">` (ISO `2026-03-27`) or typed as `27.03.2026`.
public enum DateField: Sendable, Equatable {
    case empty
    case invalid
    case date(LocalDate)

    public init(_ raw: String?) {
        let text = Text.trimmed(raw)
        if text.isEmpty { self = .empty; return }
        if let iso = LocalDate(iso: text) { self = .date(iso); return }
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "/" })
        if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4,
           let date = LocalDate(year: y, month: m, day: d) {
            self = .date(date)
        } else {
            self = .invalid
        }
    }

    /// Reads a required date: records `missing` or `err.date.invalid` against `field`.
    public static func required(_ raw: String?, field: String, missing: String, errors: inout ValidationErrors) -> LocalDate? {
        switch DateField(raw) {
        case .empty: errors.add(field, missing); return nil
        case .invalid: errors.add(field, "err.date.invalid"); return nil
        case .date(let date): return date
        }
    }

    /// Reads an optional date: nil when left empty; records `err.date.invalid` when unreadable.
    public static func optional(_ raw: String?, field: String, errors: inout ValidationErrors) -> LocalDate? {
        switch DateField(raw) {
        case .empty: return nil
        case .invalid: errors.add(field, "err.date.invalid"); return nil
        case .date(let date): return date
        }
    }
}
