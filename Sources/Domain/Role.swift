/// What a signed-in person is allowed to do is decided by their role (see `AccessPolicy` in Web).
public enum Role: String, Codable, CaseIterable, Sendable {
    /// System-wide: creates municipalities and their first coordinator. Belongs to no municipality.
    case admin
    /// Koordinerende fritidsvejleder / projektleder: approves, matches, follows up, reports.
    case coordinator
    /// Teachers, health nurses, SSP, social workers, employed fritidsvejledere: register and refer.
    case caseworker
    /// Frivillig fritidsvejleder or følgeven: sees only the children assigned to them.
    case volunteer
    /// A contact person of an association (forening): sees only children enrolled there.
    case association

    /// Every role except admin belongs to exactly one municipality.
    public var belongsToMunicipality: Bool { self != .admin }

    /// The roles a coordinator can give to the users of their municipality.
    public static let municipalRoles: [Role] = [.coordinator, .caseworker, .volunteer, .association]
}

public enum Language: String, Codable, CaseIterable, Sendable {
    case da, en
}
