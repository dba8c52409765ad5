import Foundation

/// Reads the POST forms of a served page as a browser sees them: the fields it would submit
/// unchanged, the choices it offers, and which field groups say "(frivilligt)".
struct ServedForm {
    struct Group {
        var names: [String]
        var optional: Bool
        var error: Bool
    }

    var action: String
    /// name → value, as submitted without touching anything (checked boxes, selected options).
    var fields: [(String, String)]
    /// Radio groups and selects with their values; submit buttons with a name, too.
    var choices: [String: [String]]
    /// Checkboxes left unticked, as (name, value): a person may tick each.
    var unticked: [(String, String)]
    var groups: [Group]
    var multipart: Bool

    static func forms(in html: String) -> [ServedForm] {
        matches(#"<form\b([^>]*)>(.*?)</form>"#, in: html).compactMap { match in
            let attributes = match[1], body = match[2]
            guard attribute("method", attributes)?.lowercased() == "post", let action = attribute("action", attributes) else { return nil }
            return ServedForm(action: decode(action), body: body,
                              multipart: attribute("enctype", attributes)?.contains("multipart") ?? false)
        }
    }

    init(action: String, body: String, multipart: Bool) {
        self.action = action
        self.multipart = multipart
        fields = []
        choices = [:]
        unticked = []
        for tag in Self.matches(#"<input\b([^>]*)>"#, in: body).map({ $0[1] }) {
            guard let name = Self.attribute("name", tag) else { continue }
            let type = Self.attribute("type", tag)?.lowercased() ?? "text"
            let value = Self.decode(Self.attribute("value", tag) ?? (type == "checkbox" || type == "radio" ? "on" : ""))
            let checked = tag.range(of: #"\bchecked\b"#, options: .regularExpression) != nil
            switch type {
            case "radio":
                choices[name, default: []].append(value)
                if checked { fields.append((name, value)) }
            case "checkbox":
                if checked { fields.append((name, value)) } else { unticked.append((name, value)) }
            case "submit", "file":
                break
            default:
                fields.append((name, value))
            }
        }
        for match in Self.matches(#"<select\b([^>]*)>(.*?)</select>"#, in: body) {
            guard let name = Self.attribute("name", match[1]) else { continue }
            let options = Self.matches(#"<option\b([^>]*)>"#, in: match[2]).map { $0[1] }
            let values = options.map { Self.decode(Self.attribute("value", $0) ?? "") }
            choices[name] = values.filter { !$0.isEmpty }
            let selected = options.firstIndex { $0.range(of: #"\bselected\b"#, options: .regularExpression) != nil }
            if let value = selected.map({ values[$0] }) ?? values.first { fields.append((name, value)) }
        }
        for match in Self.matches(#"<textarea\b([^>]*)>(.*?)</textarea>"#, in: body) {
            if let name = Self.attribute("name", match[1]) { fields.append((name, Self.decode(match[2]))) }
        }
        for match in Self.matches(#"<button\b([^>]*)>"#, in: body) {
            if let name = Self.attribute("name", match[1]), let value = Self.attribute("value", match[1]) {
                choices[name, default: []].append(Self.decode(value))
            }
        }
        groups = Self.matches(#"<div class="form-group( form-error)?">(.*?)\n</div>"#, in: body).map { match in
            let names = Self.matches(#"\bname="([^"]+)""#, in: match[2]).map { $0[1] }
            return Group(names: Array(NSOrderedSet(array: names)) as? [String] ?? names,
                         optional: match[2].contains("class=\"optional\""), error: !match[1].isEmpty)
        }
    }

    /// The fields with `name` set to `value` (replacing what the form had).
    func with(_ changes: [String: String]) -> [(String, String)] {
        var result = fields.filter { changes[$0.0] == nil }
        for (name, value) in changes.sorted(by: { $0.key < $1.key }) { result.append((name, value)) }
        return result
    }

    /// Whether the field group holding `name` shows an error in `html`.
    static func hasError(_ name: String, in html: String) -> Bool {
        ServedForm.forms(in: html).contains { form in form.groups.contains { $0.names.contains(name) && $0.error } }
    }

    static func attribute(_ name: String, _ tag: String) -> String? {
        matches(#"\b\#(name)="([^"]*)""#, in: tag).first?[1]
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators, .caseInsensitive])
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { result in
            (0..<result.numberOfRanges).map { i in
                let range = result.range(at: i)
                return range.location == NSNotFound ? "" : ns.substring(with: range)
            }
        }
    }
}
