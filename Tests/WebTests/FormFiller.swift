import Domain
import Foundation

/// Fills a served form with valid values as a person would: what the page already holds stays
/// (an edit form, a suggested date, the option selected), empty fields get the value for their
/// name from `Tests/Forms/valid-values.json` (shared with the browser test) or one for their
/// type, an unanswered choice gets its first option.
struct FormFiller {
    /// Per name: the value to type, or the choices to prefer in order.
    let byName: [String: [String]]
    let leave: Set<String>

    static let shared: FormFiller = {
        let url = TestApp.root.appendingPathComponent("Tests/Forms/valid-values.json")
        let json = try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let byName = (json["byName"] as! [String: Any]).mapValues { $0 as? [String] ?? [$0 as! String] }
        return FormFiller(byName: byName, leave: Set(json["leave"] as! [String]))
    }()

    /// `tag` makes names and addresses unique per form and round; `number` gives unique digits;
    /// `round` turns the choices marked `{round}`.
    func fill(_ form: inout HTMLForm, tag: String, number: Int, round: Int = 0, today: LocalDate) {
        var seen = Set<String>()
        for field in form.fields where !seen.contains(field.name) {
            seen.insert(field.name)
            let name = Self.baseName(field.name)
            guard !leave.contains(name) else { continue }
            let group = form.fields.filter { $0.name == field.name }
            switch field.type {
            case "hidden":
                continue
            case "radio", "checkbox":
                if let wanted = byName[name]?.first(where: { value in group.contains { $0.value == value } }) {
                    form.untick(field.name)
                    form.set(field.name, wanted)
                } else if !group.contains(where: \.checked) {
                    form.set(field.name, field.value)
                }
            case "select":
                let offered = field.options.map(\.value).filter { !$0.isEmpty }
                if byName[name] == ["{round}"], !offered.isEmpty {
                    form.set(field.name, offered[round % offered.count])
                } else if let wanted = byName[name]?.first(where: offered.contains) {
                    form.set(field.name, wanted)
                } else if field.value.isEmpty, let first = offered.first {
                    form.set(field.name, first)
                }
            default:
                guard field.value.isEmpty else { continue }
                var value = byName[name]?.first.map { expand($0, tag: tag, number: number, today: today) } ?? byType(field, tag: tag, today: today)
                if let max = field.maxLength { value = String(value.prefix(max)) }
                form.set(field.name, value)
            }
        }
    }

    /// `year-3` → `year`: a page with a form per row names the fields after the row.
    static func baseName(_ name: String) -> String {
        var base = name.hasSuffix("[]") ? String(name.dropLast(2)) : name
        if let dash = base.lastIndex(of: "-"), base[base.index(after: dash)...].allSatisfy(\.isNumber), dash != base.startIndex {
            base = String(base[..<dash])
        }
        return base
    }

    /// A CVR number that passes the modulus-11 check: seven digits from `number`, and an eighth
    /// making the weighted sum divisible by 11 (numbers where none fits move on).
    static func cvr(_ number: Int) -> String {
        let weights = [2, 7, 6, 5, 4, 3, 2, 1]
        var n = number
        while true {
            let digits = String(format: "%07d", 3_000_000 + n % 6_000_000).map { Int(String($0))! }
            let sum = zip(digits, weights).map(*).reduce(0, +)
            let check = (11 - sum % 11) % 11
            if check < 10 { return digits.map(String.init).joined() + String(check) }
            n += 1
        }
    }

    private func byType(_ field: HTMLForm.Field, tag: String, today: LocalDate) -> String {
        switch field.type {
        case "date": return today.iso
        case "email": return "formtest.\(tag)@example.dk"
        case "tel": return "20304050"
        case "number": return "1"
        case "password": return "Formtest-kodeord-2026"
        default:
            switch field.inputmode {
            case "numeric": return "1"
            case "decimal": return "100"
            default: return "Formtest \(tag)"
            }
        }
    }

    private func expand(_ template: String, tag: String, number: Int, today: LocalDate) -> String {
        var text = template.replacingOccurrences(of: "{tag}", with: tag)
            .replacingOccurrences(of: "{cvr}", with: Self.cvr(number * 10))
            .replacingOccurrences(of: "{day}", with: String(1 + number % 28))
            .replacingOccurrences(of: "{today}", with: today.iso)
            .replacingOccurrences(of: "{year+1}", with: String(today.year + 1))
            .replacingOccurrences(of: "{year-10}", with: String(today.year - 10))
        while let range = text.range(of: #"\{today\+\d+\}"#, options: .regularExpression) {
            let days = Int(text[range].dropFirst(7).dropLast())!
            text.replaceSubrange(range, with: today.adding(days: days).iso)
        }
        return text
    }
}
