import Foundation

/// Parsing of the free-text and date fields the workspace forms share.
public enum WorkspaceInput {
    /// Trimmed text or nil; a message when longer than `max`.
    public static func text(_ value: String?, field: String, max: Int, errors: inout ValidationErrors) -> String? {
        let text = Text.optional(value)
        if let text, text.count > max { errors.add(field, "impl.err.tooLong", [String(max)]) }
        return text
    }

    /// A date from `<input type="date">` (`2026-03-27`) or typed the Danish way (`27.03.2026`).
    public static func date(_ value: String?, field: String, required: Bool = false, errors: inout ValidationErrors) -> LocalDate? {
        guard let raw = Text.optional(value) else {
            if required { errors.add(field, "impl.err.date.required") }
            return nil
        }
        if let date = LocalDate(iso: raw) ?? danishDate(raw) { return date }
        errors.add(field, "impl.err.date.invalid")
        return nil
    }

    static func danishDate(_ raw: String) -> LocalDate? {
        let parts = raw.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return LocalDate(year: y, month: m, day: d)
    }
}
