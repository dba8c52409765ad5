/// The rows a signed-in user may see, as the store applies it to every query. Which role gets
/// which scope is decided by the web layer's `AccessPolicy`.
public enum DataScope: Sendable, Equatable {
    /// Admins: municipalities and aggregates only, never a child's personal data.
    case system
    /// Coordinators: everything in their municipality.
    case municipality(MunicipalityID)
    /// Caseworkers: the children they registered or are assigned to, in their municipality.
    case caseworker(MunicipalityID, UserID)
    /// Volunteers: the children assigned to them whose guardians' consent to sharing with a
    /// volunteer is in force on `consentOn` (a withdrawal ends access the same day).
    case volunteer(MunicipalityID, UserID, consentOn: LocalDate)
    /// Association contacts: the children enrolled with their association.
    case association(MunicipalityID, UserID)

    /// A caseworker's list holds only their own children (the list says so and offers a search).
    public var isOwnChildrenOnly: Bool {
        if case .caseworker = self { true } else { false }
    }

    public var municipalityID: MunicipalityID? {
        switch self {
        case .system: nil
        case .municipality(let m), .caseworker(let m, _), .volunteer(let m, _, _), .association(let m, _): m
        }
    }
}
