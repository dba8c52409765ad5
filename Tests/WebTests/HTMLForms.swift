import Foundation
import HummingbirdTesting

/// The forms of a served page, read as a browser reads them: action, method and the fields with
/// the values they hold (text typed in, the option selected, boxes ticked), so tests post what a
/// person would send rather than field names written into the test.
struct HTMLForm {
    struct Option: Equatable {
        let value: String
        let selected: Bool
    }

    struct Field {
        let name: String
        /// `text`, `date`, `email`, `hidden`, `checkbox`, `radio`, `select`, `textarea`, …
        let type: String
        var value: String
        var checked: Bool
        var options: [Option]
        let inputmode: String?
        let maxLength: Int?
    }

    struct Button {
        let name: String?
        let value: String?
        let text: String
    }

    let action: String
    let method: String
    let enctype: String?
    var fields: [Field]
    let buttons: [Button]

    static func all(in html: String) -> [HTMLForm] {
        matches(#"<form\b([^>]*)>(.*?)</form>"#, in: html).map { groups in
            let attributes = attributesOf(groups[1])
            let body = groups[2]
            var fields: [Field] = []
            for tag in matches(#"<(input|textarea|select)\b([^>]*)>"#, in: body, withRanges: true) {
                let a = attributesOf(tag.groups[2])
                guard let name = a["name"], a["disabled"] == nil else { continue }
                switch tag.groups[1] {
                case "textarea":
                    let rest = body[tag.range.upperBound...]
                    let text = rest.range(of: "</textarea>").map { String(rest[..<$0.lowerBound]) } ?? ""
                    fields.append(Field(name: name, type: "textarea", value: decode(text), checked: false, options: [], inputmode: nil,
                                        maxLength: a["maxlength"].flatMap { Int($0) }))
                case "select":
                    let rest = body[tag.range.upperBound...]
                    let inner = rest.range(of: "</select>").map { String(rest[..<$0.lowerBound]) } ?? ""
                    let options = matches(#"<option\b([^>]*)>"#, in: inner).map { groups -> Option in
                        let o = attributesOf(groups[1])
                        return Option(value: o["value"] ?? "", selected: o["selected"] != nil)
                    }
                    let selected = options.first { $0.selected } ?? options.first
                    fields.append(Field(name: name, type: "select", value: selected?.value ?? "", checked: false, options: options,
                                        inputmode: nil, maxLength: nil))
                default:
                    let type = a["type"] ?? "text"
                    guard type != "submit" && type != "button" && type != "file" else { continue }
                    fields.append(Field(name: name, type: type, value: a["value"] ?? (type == "checkbox" || type == "radio" ? "on" : ""),
                                        checked: a["checked"] != nil, options: [], inputmode: a["inputmode"],
                                        maxLength: a["maxlength"].flatMap { Int($0) }))
                }
            }
            let buttons = matches(#"<button\b([^>]*)>(.*?)</button>"#, in: body).compactMap { groups -> Button? in
                let a = attributesOf(groups[1])
                guard (a["type"] ?? "submit") == "submit" else { return nil }
                let text = groups[2].replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
                return Button(name: a["name"], value: a["value"], text: decode(text).trimmingCharacters(in: .whitespacesAndNewlines))
            }
            return HTMLForm(action: decode(attributes["action"] ?? ""), method: (attributes["method"] ?? "get").lowercased(),
                            enctype: attributes["enctype"], fields: fields, buttons: buttons)
        }
    }

    /// What the browser sends as the form stands: ticked boxes and radios, every other field's value.
    var values: [(String, String)] {
        fields.compactMap { field in
            switch field.type {
            case "checkbox", "radio": field.checked ? (field.name, field.value) : nil
            default: (field.name, field.value)
            }
        }
    }

    func value(_ name: String) -> String? {
        values.first { $0.0 == name }?.1
    }

    /// Sets a text field, selects an option, or ticks the radio/checkbox with that value.
    mutating func set(_ name: String, _ value: String) {
        for index in fields.indices where fields[index].name == name {
            switch fields[index].type {
            case "radio": fields[index].checked = fields[index].value == value
            case "checkbox": if fields[index].value == value { fields[index].checked = true }
            default: fields[index].value = value
            }
        }
    }

    mutating func untick(_ name: String) {
        for index in fields.indices where fields[index].name == name { fields[index].checked = false }
    }

    // MARK: Reading HTML

    private static func matches(_ pattern: String, in text: String) -> [[String]] {
        matches(pattern, in: text, withRanges: true).map(\.groups)
    }

    private static func matches(_ pattern: String, in text: String, withRanges: Bool) -> [(groups: [String], range: Range<String.Index>)] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators, .caseInsensitive])
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            ((0..<match.numberOfRanges).map { i in Range(match.range(at: i), in: text).map { String(text[$0]) } ?? "" },
             Range(match.range, in: text)!)
        }
    }

    private static func attributesOf(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for groups in matches(#"([a-zA-Z_:-]+)(?:\s*=\s*"([^"]*)")?"#, in: text) {
            result[groups[1].lowercased()] = decode(groups[2])
        }
        return result
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#x2F;", with: "/")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension Browser {
    /// The form on `page` that posts to `action` (the first, or the one holding `containing`).
    static func form(posting action: String, in page: TestResponse, containing field: String? = nil) throws -> HTMLForm {
        let forms = HTMLForm.all(in: page.text).filter { $0.method == "post" && $0.action == action }
        guard let form = forms.first(where: { form in field.map { name in form.fields.contains { $0.name == name } } ?? true })
        else { throw FormNotFound(action: action) }
        return form
    }

    /// Posts the form as it stands (its own CSRF token and one-time key included).
    @discardableResult
    mutating func submit(_ form: HTMLForm, button: HTMLForm.Button? = nil) async throws -> TestResponse {
        var values = form.values
        if let button, let name = button.name { values.append((name, button.value ?? "")) }
        return try await postRaw(form.action, Browser.encode(values))
    }
}

struct FormNotFound: Error, CustomStringConvertible {
    let action: String
    var description: String { "no form posting to \(action)" }
}
