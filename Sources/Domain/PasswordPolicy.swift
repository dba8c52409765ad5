import Foundation

/// Rules for a new password (ASVS 2.1: length over complexity; refuse the commonest and what
/// can be guessed from the person).
public enum PasswordPolicy {
    public static let minimumLength = 12
    public static let maximumLength = 128

    /// Who the password is for: what a guesser knows about them.
    public struct Person: Sendable, Equatable {
        public var name: String?
        public var email: String?
        /// The municipality's name and slug, e.g. "Holstebro Kommune", "holstebro".
        public var municipality: [String]

        public init(name: String? = nil, email: String? = nil, municipality: [String] = []) {
            self.name = name
            self.email = email
            self.municipality = municipality
        }

        public init(_ user: User, municipality: Municipality?) {
            self.init(name: user.name, email: user.email, municipality: municipality.map { [$0.name, $0.slug] } ?? [])
        }

        /// Words the password must not contain, as `folded` compares them.
        var words: [String] {
            var words: [String] = []
            if let name {
                words.append(PasswordPolicy.folded(name))
                words += name.split(whereSeparator: { !$0.isLetter }).map { PasswordPolicy.folded(String($0)) }
            }
            if let email, !email.isEmpty {
                let local = email.split(separator: "@").first.map(String.init) ?? email
                words.append(PasswordPolicy.folded(email))
                words.append(PasswordPolicy.folded(local))
                words += local.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { PasswordPolicy.folded(String($0)) }
            }
            for text in municipality {
                words.append(PasswordPolicy.folded(text))
                // "Kommune" alone is a word of every municipality; its own name is what matters.
                words += text.split(whereSeparator: { !$0.isLetter }).map { PasswordPolicy.folded(String($0)) }
            }
            // Short parts ("Bo", "dk") would refuse half the language.
            return words.filter { $0.count >= 3 }
        }
    }

    /// The problem with a proposed password as a catalogue key, or nil if it is acceptable.
    public static func problem(with password: String, for person: Person = Person()) -> String? {
        if password.unicodeScalars.contains(where: { $0.value == 0 }) { return "err.password.invalidCharacter" }
        if password.count < minimumLength { return "err.password.tooShort" }
        if password.count > maximumLength { return "err.password.tooLong" }
        let folded = folded(password)
        if person.words.contains(where: { folded.contains($0) }) { return "err.password.personal" }
        if isCommon(password) { return "err.password.common" }
        return nil
    }

    /// A listed password, one with digits or signs around it ("password2026!"), or one built
    /// from three characters or fewer ("abcabcabcabc").
    static func isCommon(_ password: String) -> Bool {
        let lowered = password.lowercased()
        if Set(lowered).count <= 3 { return true }
        let core = lowered.trimmingCharacters(in: CharacterSet.decimalDigits.union(.punctuationCharacters)
            .union(.symbols).union(.whitespaces))
        return CommonPasswords.all.contains(lowered) || (!core.isEmpty && CommonPasswords.all.contains(core))
    }

    /// Lowercase letters and digits only, so "Holstebro-2027" contains "holstebro".
    static func folded(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// Validates a new password and its confirmation as form fields.
    public static func validate(password: String?, confirmation: String?, user person: Person,
                                field: String = "password", confirmationField: String = "passwordConfirmation") -> ValidationErrors {
        var errors = ValidationErrors()
        let password = password ?? ""
        if password.isEmpty {
            errors.add(field, "err.password.required")
        } else if let problem = problem(with: password, for: person) {
            errors.add(field, problem)
        } else if password != (confirmation ?? "") {
            errors.add(confirmationField, "err.password.mismatch")
        }
        return errors
    }
}
