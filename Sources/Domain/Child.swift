import Foundation

public typealias ChildID = Identifier<Child>
public typealias GuardianID = Identifier<Guardian>

/// A child or young person in the scheme. Holds only what the scheme needs (data minimisation,
/// documentation plan in appendix 3 of the 2017 catalogue): no CPR number.
public struct Child: Sendable, Equatable, Identifiable {
    public var id: ChildID
    public var municipalityID: MunicipalityID
    public var details: ChildDetails
    public var guardians: [Guardian]
    public var status: ChildStatus
    public var caseworkerID: UserID?
    public var createdBy: UserID?
    public var createdAt: Date
    /// Set when the child's personal data was removed (retention or erasure on request).
    public var anonymisedAt: Date?

    public init(id: ChildID, municipalityID: MunicipalityID, details: ChildDetails, guardians: [Guardian],
                status: ChildStatus, caseworkerID: UserID?, createdBy: UserID?, createdAt: Date, anonymisedAt: Date? = nil) {
        self.id = id
        self.municipalityID = municipalityID
        self.details = details
        self.guardians = guardians
        self.status = status
        self.caseworkerID = caseworkerID
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.anonymisedAt = anonymisedAt
    }

    public var fullName: String { details.fullName }
}

/// What a caseworker records about a child.
public struct ChildDetails: Sendable, Equatable {
    public var firstName: String
    public var lastName: String
    public var birthDate: LocalDate
    public var gender: Gender
    public var school: String
    public var schoolClass: String
    public var schoolDistrict: String
    public var homeLanguage: String?
    public var needsInterpreter: Bool
    /// E.g. a disability; the association sees the note only with the guardians' consent.
    public var needsAdaptation: Bool
    public var adaptationNote: String?
    public var interests: String?
    public var note: String?

    public init(firstName: String, lastName: String, birthDate: LocalDate, gender: Gender, school: String = "",
                schoolClass: String = "", schoolDistrict: String = "", homeLanguage: String? = nil,
                needsInterpreter: Bool = false, needsAdaptation: Bool = false, adaptationNote: String? = nil,
                interests: String? = nil, note: String? = nil) {
        self.firstName = firstName
        self.lastName = lastName
        self.birthDate = birthDate
        self.gender = gender
        self.school = school
        self.schoolClass = schoolClass
        self.schoolDistrict = schoolDistrict
        self.homeLanguage = homeLanguage
        self.needsInterpreter = needsInterpreter
        self.needsAdaptation = needsAdaptation
        self.adaptationNote = adaptationNote
        self.interests = interests
        self.note = note
    }

    public var fullName: String { "\(firstName) \(lastName)" }
}

public enum Gender: String, Sendable, CaseIterable, Codable {
    case girl, boy, other, notStated = "not_stated"
}

/// A parent or other guardian.
public struct Guardian: Sendable, Equatable {
    public var id: GuardianID?
    public var name: String
    public var relation: GuardianRelation
    public var phone: String?
    public var email: String?
    public var preferredLanguage: String?

    public init(id: GuardianID? = nil, name: String, relation: GuardianRelation, phone: String? = nil,
                email: String? = nil, preferredLanguage: String? = nil) {
        self.id = id
        self.name = name
        self.relation = relation
        self.phone = phone
        self.email = email
        self.preferredLanguage = preferredLanguage
    }

    /// Digits only, without a Danish country prefix: how phone numbers are compared.
    public static func phoneDigits(_ phone: String?) -> String? {
        guard var digits = phone?.filter(\.isASCIIDigit), !digits.isEmpty else { return nil }
        if digits.count == 12 && digits.hasPrefix("0045") { digits.removeFirst(4) }
        if digits.count == 10 && digits.hasPrefix("45") { digits.removeFirst(2) }
        return digits
    }
}

public enum GuardianRelation: String, Sendable, CaseIterable, Codable {
    case mother, father, fosterParent = "foster_parent", otherGuardian = "other_guardian", other
}

/// Where a child stands in the scheme, kept on the child row so lists filter fast.
public enum ChildStatus: String, Sendable, CaseIterable, Codable {
    /// Registered, no referral yet.
    case registered
    /// A referral is submitted or being assessed.
    case referred
    case waitingList = "waiting_list"
    case rejected
    /// Holds a valid pass (granted or in use).
    case active
    /// The pass has ended or expired.
    case ended
}
