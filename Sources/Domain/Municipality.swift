import Foundation

/// A tenant. Every row of personal data belongs to exactly one municipality.
public struct Municipality: Sendable, Equatable, Identifiable {
    public var id: MunicipalityID
    /// Short lowercase name used in demo logins and URLs, e.g. `holstebro`.
    public var slug: String
    /// "Holstebro Kommune"
    public var name: String
    /// What the municipality calls its scheme, e.g. "Fritidspas Holstebro".
    public var schemeName: String
    public var supportEmail: String?
    public var supportPhone: String?
    public var createdAt: Date

    public init(id: MunicipalityID, slug: String, name: String, schemeName: String,
                supportEmail: String? = nil, supportPhone: String? = nil, createdAt: Date) {
        self.id = id
        self.slug = slug
        self.name = name
        self.schemeName = schemeName
        self.supportEmail = supportEmail
        self.supportPhone = supportPhone
        self.createdAt = createdAt
    }
}

/// What an admin enters to set up a municipality.
public struct MunicipalityDraft: Sendable, Equatable {
    public var slug: String
    public var name: String
    public var schemeName: String
    public var supportEmail: String?
    public var supportPhone: String?

    public init(slug: String, name: String, schemeName: String, supportEmail: String? = nil, supportPhone: String? = nil) {
        self.slug = slug
        self.name = name
        self.schemeName = schemeName
        self.supportEmail = supportEmail
        self.supportPhone = supportPhone
    }

    /// Builds a draft from raw form input, or the problems with it.
    public static func validate(slug: String?, name: String?, schemeName: String?,
                                supportEmail: String?, supportPhone: String?) -> Result<MunicipalityDraft, ValidationErrors> {
        var errors = ValidationErrors()
        let slug = Text.trimmed(slug).lowercased()
        let name = Text.trimmed(name)
        let scheme = Text.trimmed(schemeName)
        let email = Text.optional(supportEmail)
        let phone = Text.optional(supportPhone)
        if name.isEmpty { errors.add("name", "err.municipality.name.required") }
        else if name.count > 100 { errors.add("name", "err.text.tooLong100") }
        if slug.isEmpty { errors.add("slug", "err.municipality.slug.required") }
        else if !Self.isValidSlug(slug) { errors.add("slug", "err.municipality.slug.invalid") }
        if scheme.isEmpty { errors.add("schemeName", "err.municipality.schemeName.required") }
        else if scheme.count > 100 { errors.add("schemeName", "err.text.tooLong100") }
        if let email, !Contact.isValidEmail(email) { errors.add("supportEmail", "err.email.invalid") }
        if let phone, !Contact.isValidPhone(phone) { errors.add("supportPhone", "err.phone.invalid") }
        if !errors.isEmpty { return .failure(errors) }
        return .success(MunicipalityDraft(slug: slug, name: name, schemeName: scheme, supportEmail: email, supportPhone: phone))
    }

    public static func isValidSlug(_ slug: String) -> Bool {
        (2...40).contains(slug.count) && slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && !slug.hasPrefix("-") && !slug.hasSuffix("-")
    }
}
