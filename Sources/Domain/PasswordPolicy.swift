/// Rules for a new password (ASVS 2.1: length over complexity, refuse the commonest).
public enum PasswordPolicy {
    public static let minimumLength = 8
    public static let maximumLength = 128

    /// The problem with a proposed password as a catalogue key, or nil if it is acceptable.
    public static func problem(with password: String, email: String? = nil) -> String? {
        if password.unicodeScalars.contains(where: { $0.value == 0 }) { return "err.password.invalidCharacter" }
        if password.count < minimumLength { return "err.password.tooShort" }
        if password.count > maximumLength { return "err.password.tooLong" }
        let lowered = password.lowercased()
        if common.contains(lowered) { return "err.password.common" }
        if let email, !email.isEmpty, lowered == email.lowercased() || lowered == email.lowercased().split(separator: "@").first.map(String.init) {
            return "err.password.likeEmail"
        }
        if Set(lowered).count == 1 { return "err.password.common" }
        return nil
    }

    /// Validates a new password and its confirmation as form fields.
    public static func validate(password: String?, confirmation: String?, email: String?,
                                field: String = "password", confirmationField: String = "passwordConfirmation") -> ValidationErrors {
        var errors = ValidationErrors()
        let password = password ?? ""
        if password.isEmpty {
            errors.add(field, "err.password.required")
        } else if let problem = problem(with: password, email: email) {
            errors.add(field, problem)
        } else if password != (confirmation ?? "") {
            errors.add(confirmationField, "err.password.mismatch")
        }
        return errors
    }

    /// The most used passwords in breach lists, plus Danish favourites. Compared lowercased.
    static let common: Set<String> = [
        "password", "password1", "password12", "password123", "passw0rd", "12345678", "123456789",
        "1234567890", "12345678910", "87654321", "11111111", "00000000", "qwertyui", "qwerty123",
        "qwertyuiop", "1q2w3e4r", "1qaz2wsx", "iloveyou", "sunshine", "princess", "football",
        "baseball", "welcome1", "welcome123", "letmein1", "abc12345", "abcd1234", "admin123",
        "administrator", "trustno1", "superman", "starwars", "whatever", "dragon12", "monkey12",
        "master12", "asdfghjk", "zxcvbnm1", "computer", "internet", "michelle", "jennifer",
        "adgangskode", "kodeord1", "kodeord123", "sommer2024", "sommer2025", "sommer2026",
        "vinter2025", "vinter2026", "efteraar2026", "forår2026", "danmark1", "danmark123",
        "kobenhavn", "københavn", "fritidspas", "fritidspas1", "fritidspas123", "kommune1",
        "kommune123", "holstebro", "svendborg", "hemmelig", "hemmelig1", "password!", "qwerty12",
        "test1234", "testtest", "changeme", "changeme1", "demo1234",
    ]
}
