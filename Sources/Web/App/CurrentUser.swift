import Domain
import Foundation

/// The signed-in person of a request, with their municipality (nil for admins).
public struct CurrentUser: Sendable {
    public var user: User
    public var municipality: Municipality?
    /// The Danish day of the request: consent-dependent scopes are judged on it.
    public var today: LocalDate

    public var id: UserID { user.id }
    public var role: Role { user.role }
    public var language: Language { user.language }

    /// Whether this user holds a capability (decided by `AccessPolicy`, never by comparing roles).
    public func can(_ capability: AccessPolicy.Capability) -> Bool { AccessPolicy.can(role, capability) }

    /// The municipality whose data this user works on. Admins have none: their pages never read
    /// a municipality's personal data.
    public func municipalityID() throws -> MunicipalityID {
        guard let id = municipality?.id else { throw AppError.forbidden }
        return id
    }
}

/// The session data kept server-side (in SQLite, via hummingbird-auth's SessionMiddleware).
public struct UserSession: Codable, Sendable {
    public var userID: UserID
    public var createdAt: Date
    public var lastSeenAt: Date
    public var csrfToken: String
    public var flash: Flash?
    /// How the user signed in: "password" (with or without a second factor) or "sso". Sessions
    /// from before it was recorded have none.
    public var signedInWith: String? = nil
}

/// A one-shot message shown on the next page (Post/Redirect/Get).
public struct Flash: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case success, info, warning, error }
    public var kind: Kind
    /// Catalogue key.
    public var message: String
    public var arguments: [String]
    /// A value to show in full below the message, e.g. an activation link.
    public var detail: String?
    /// Catalogue key of a heading in place of the kind's ("Allerede gemt" rather than "Information").
    public var heading: String?
    /// A link below the message, e.g. to what was saved.
    public var link: Link?

    public struct Link: Codable, Sendable, Equatable {
        public var href: String
        /// Catalogue key.
        public var label: String

        public init(href: String, label: String) {
            self.href = href
            self.label = label
        }
    }

    public init(_ kind: Kind, _ message: String, _ arguments: [String] = [], detail: String? = nil, heading: String? = nil,
                link: Link? = nil) {
        self.kind = kind
        self.message = message
        self.arguments = arguments
        self.detail = detail
        self.heading = heading
        self.link = link
    }
}
