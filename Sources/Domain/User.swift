import Foundation

/// A person who signs in. The password hash never leaves the store except for verification.
public struct User: Sendable, Equatable, Identifiable {
    public var id: UserID
    /// Nil only for admins.
    public var municipalityID: MunicipalityID?
    public var role: Role
    public var email: String
    public var name: String
    public var language: Language
    public var isActive: Bool
    /// False until the user has chosen a password through their activation link.
    public var hasPassword: Bool
    public var createdAt: Date
    public var lastSignInAt: Date?

    public init(id: UserID, municipalityID: MunicipalityID?, role: Role, email: String, name: String,
                language: Language = .da, isActive: Bool = true, hasPassword: Bool = true,
                createdAt: Date, lastSignInAt: Date? = nil) {
        self.id = id
        self.municipalityID = municipalityID
        self.role = role
        self.email = email
        self.name = name
        self.language = language
        self.isActive = isActive
        self.hasPassword = hasPassword
        self.createdAt = createdAt
        self.lastSignInAt = lastSignInAt
    }
}

/// A user to be created: by a coordinator (for their municipality), an admin (a first
/// coordinator) or the command line.
public struct UserDraft: Sendable, Equatable {
    public var municipalityID: MunicipalityID?
    public var role: Role
    public var email: String
    public var name: String

    public init(municipalityID: MunicipalityID?, role: Role, email: String, name: String) {
        self.municipalityID = municipalityID
        self.role = role
        self.email = email
        self.name = name
    }

    /// Validates raw input. `allowedRoles` is what the creating user may hand out.
    public static func validate(name: String?, email: String?, role: String?, allowedRoles: [Role],
                                municipalityID: MunicipalityID?) -> Result<UserDraft, ValidationErrors> {
        var errors = ValidationErrors()
        let name = Text.trimmed(name)
        let email = Contact.normalisedEmail(email)
        if name.isEmpty { errors.add("name", "err.user.name.required") }
        else if name.count > 100 { errors.add("name", "err.text.tooLong100") }
        if email.isEmpty { errors.add("email", "err.email.required") }
        else if !Contact.isValidEmail(email) { errors.add("email", "err.email.invalid") }
        let parsedRole = role.flatMap(Role.init(rawValue:))
        if parsedRole == nil || !allowedRoles.contains(parsedRole!) { errors.add("role", "err.user.role.required") }
        if !errors.isEmpty { return .failure(errors) }
        if parsedRole!.belongsToMunicipality && municipalityID == nil {
            errors.add("role", "err.user.role.required")
            return .failure(errors)
        }
        return .success(UserDraft(municipalityID: parsedRole == .admin ? nil : municipalityID,
                                  role: parsedRole!, email: email, name: name))
    }
}
