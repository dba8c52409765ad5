import Foundation

public typealias VolunteerID = Identifier<Volunteer>
public typealias TrainingID = Identifier<VolunteerTraining>

/// A volunteer fritidsvejleder or følgeven, registered by the coordinator. A volunteer may have a
/// user account (role `volunteer`); through it they see the children assigned to them.
public struct Volunteer: Sendable, Equatable, Identifiable {
    public var id: VolunteerID
    public var municipalityID: MunicipalityID
    public var details: VolunteerDetails
    public var createdAt: Date

    public init(id: VolunteerID, municipalityID: MunicipalityID, details: VolunteerDetails, createdAt: Date) {
        self.id = id
        self.municipalityID = municipalityID
        self.details = details
        self.createdAt = createdAt
    }

    public var name: String { details.name }
}

public struct VolunteerDetails: Sendable, Equatable {
    public var name: String
    public var phone: String?
    public var email: String?
    public var roles: Set<VolunteerRole>
    /// E.g. Red Barnet, DGI; empty when the volunteer is not organised.
    public var organisation: String
    public var languages: String
    public var districts: String
    public var availability: String
    /// How many children the volunteer will guide or accompany at a time.
    public var capacity: Int
    /// The day the børneattest was obtained; nil when there is none.
    public var certificateOn: LocalDate?
    public var status: VolunteerStatus
    public var userID: UserID?

    public init(name: String, phone: String? = nil, email: String? = nil, roles: Set<VolunteerRole>, organisation: String = "",
                languages: String = "", districts: String = "", availability: String = "", capacity: Int = 1,
                certificateOn: LocalDate? = nil, status: VolunteerStatus = .active, userID: UserID? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
        self.roles = roles
        self.organisation = organisation
        self.languages = languages
        self.districts = districts
        self.availability = availability
        self.capacity = capacity
        self.certificateOn = certificateOn
        self.status = status
        self.userID = userID
    }
}

/// Fritidsvejleder (guides the family through the six steps) or følgeven (goes along to the club).
public enum VolunteerRole: String, Sendable, CaseIterable, Codable {
    case guide, companion
}

public enum VolunteerStatus: String, Sendable, CaseIterable, Codable {
    case active, paused, ended
}

public struct VolunteerTraining: Sendable, Equatable, Identifiable {
    public var id: TrainingID
    public var volunteerID: VolunteerID
    public var trainedOn: LocalDate
    public var topic: String

    public init(id: TrainingID, volunteerID: VolunteerID, trainedOn: LocalDate, topic: String) {
        self.id = id
        self.volunteerID = volunteerID
        self.trainedOn = trainedOn
        self.topic = topic
    }
}

/// A municipality's rules for its volunteers.
public struct GuidanceSettings: Sendable, Equatable {
    /// A børneattest older than this is no longer valid (default two years).
    public var certificateRenewalMonths: Int

    public init(certificateRenewalMonths: Int = 24) {
        self.certificateRenewalMonths = certificateRenewalMonths
    }

    public static let standard = GuidanceSettings()
    public static let renewalRange = 6...120

    public var certificateRule: CertificateRule { CertificateRule(renewalMonths: certificateRenewalMonths) }
}

/// The børneattest (child-protection certificate): valid for the municipality's renewal period
/// from the day it was obtained, with a warning some weeks before it runs out.
public struct CertificateRule: Sendable, Equatable {
    public var renewalMonths: Int
    public var warningDays: Int

    public init(renewalMonths: Int = 24, warningDays: Int = 60) {
        self.renewalMonths = renewalMonths
        self.warningDays = warningDays
    }

    /// Children under this age may only be guided by a volunteer with a valid børneattest.
    public static let requiredUnderAge = 15

    public enum Status: Sendable, Equatable {
        case missing
        /// Valid; `until` is the last valid day.
        case valid(until: LocalDate)
        /// Still valid, but runs out within the warning period.
        case renewSoon(until: LocalDate)
        /// No longer valid; `since` is the first day without a valid certificate.
        case expired(since: LocalDate)

        public var isValid: Bool {
            switch self {
            case .valid, .renewSoon: true
            case .missing, .expired: false
            }
        }
    }

    public func status(obtainedOn: LocalDate?, today: LocalDate) -> Status {
        guard let obtainedOn, obtainedOn <= today else { return .missing }
        let firstInvalid = obtainedOn.adding(months: renewalMonths)
        if today >= firstInvalid { return .expired(since: firstInvalid) }
        let lastValid = firstInvalid.adding(days: -1)
        if today.days(until: firstInvalid) <= warningDays { return .renewSoon(until: lastValid) }
        return .valid(until: lastValid)
    }

    /// Whether a child born `birthDate` needs a guide with a valid børneattest on `date`.
    public static func isRequired(forChildBorn birthDate: LocalDate, on date: LocalDate) -> Bool {
        birthDate.age(on: date) < requiredUnderAge
    }
}

/// How busy a volunteer is; idle volunteers risk dropping out (experience 3.1.3: recruit only
/// when there are tasks, and keep the ones you have busy).
public struct VolunteerLoad: Sendable, Equatable {
    public static let idleAfterDays = 60

    public var activeCourses: Int
    public var capacity: Int
    /// The last session with one of their children, their last offer on the board, or the day
    /// they were registered.
    public var lastActivity: LocalDate

    public init(activeCourses: Int, capacity: Int, lastActivity: LocalDate) {
        self.activeCourses = activeCourses
        self.capacity = capacity
        self.lastActivity = lastActivity
    }

    public var isFull: Bool { activeCourses >= capacity }

    /// Days without a child and without activity, when that is longer than `idleAfterDays`.
    public func idleDays(status: VolunteerStatus, today: LocalDate) -> Int? {
        guard status == .active, activeCourses == 0 else { return nil }
        let days = lastActivity.days(until: today)
        return days > Self.idleAfterDays ? days : nil
    }
}

/// Raw input of the volunteer form.
public struct VolunteerInput: Sendable {
    public var name, phone, email: String?
    public var roles: [String]
    public var organisation, languages, districts, availability, capacity, certificateOn, status, userID: String?

    public init(name: String?, phone: String?, email: String?, roles: [String], organisation: String?, languages: String?,
                districts: String?, availability: String?, capacity: String?, certificateOn: String?, status: String?,
                userID: String?) {
        self.name = name
        self.phone = phone
        self.email = email
        self.roles = roles
        self.organisation = organisation
        self.languages = languages
        self.districts = districts
        self.availability = availability
        self.capacity = capacity
        self.certificateOn = certificateOn
        self.status = status
        self.userID = userID
    }

    /// `accounts` are the volunteer user accounts the record may be linked to.
    public func validate(accounts: Set<UserID>, today: LocalDate) -> Result<VolunteerDetails, ValidationErrors> {
        var errors = ValidationErrors()
        let name = Text.trimmed(self.name)
        if name.isEmpty { errors.add("name", "volunteer.err.name.required") }
        else if name.count > 100 { errors.add("name", "err.text.tooLong100") }
        let phone = Text.optional(self.phone)
        let email = Text.optional(self.email)?.lowercased()
        if let phone, !Contact.isValidPhone(phone) { errors.add("phone", "err.phone.invalid") }
        if let email, !Contact.isValidEmail(email) { errors.add("email", "err.email.invalid") }
        if phone == nil && email == nil { errors.add("phone", "volunteer.err.contact.required") }
        let roles = Set(self.roles.compactMap(VolunteerRole.init(rawValue:)))
        if roles.isEmpty { errors.add("roles", "volunteer.err.roles.required") }
        for (field, value) in [("organisation", organisation), ("languages", languages), ("districts", districts),
                               ("availability", availability)] where Text.trimmed(value).count > 100 {
            errors.add(field, "err.text.tooLong100")
        }
        let capacity = Int(Text.trimmed(self.capacity))
        if capacity == nil || !(1...10).contains(capacity!) { errors.add("capacity", "volunteer.err.capacity") }
        let certificate = DateField.optional(certificateOn, field: "certificateOn", errors: &errors)
        if let certificate, certificate > today { errors.add("certificateOn", "volunteer.err.certificateOn.future") }
        let status = self.status.flatMap(VolunteerStatus.init(rawValue:))
        if status == nil { errors.add("status", "volunteer.err.status.required") }
        var user: UserID?
        if let raw = Text.optional(userID) {
            user = UserID(raw)
            if user == nil || !accounts.contains(user!) { errors.add("userID", "volunteer.err.user.invalid") }
        }
        guard errors.isEmpty, let capacity, let status else { return .failure(errors) }
        return .success(VolunteerDetails(
            name: name, phone: phone, email: email, roles: roles, organisation: Text.trimmed(organisation),
            languages: Text.trimmed(languages), districts: Text.trimmed(districts), availability: Text.trimmed(availability),
            capacity: capacity, certificateOn: certificate, status: status, userID: user))
    }

    public init(_ d: VolunteerDetails) {
        self.init(name: d.name, phone: d.phone, email: d.email, roles: VolunteerRole.allCases.filter(d.roles.contains).map(\.rawValue),
                  organisation: d.organisation, languages: d.languages, districts: d.districts, availability: d.availability,
                  capacity: String(d.capacity), certificateOn: d.certificateOn?.iso, status: d.status.rawValue,
                  userID: d.userID?.description)
    }
}

public struct TrainingInput: Sendable {
    public var trainedOn: String?
    public var topic: String?

    public init(trainedOn: String?, topic: String?) {
        self.trainedOn = trainedOn
        self.topic = topic
    }

    public func validate(today: LocalDate) -> Result<(LocalDate, String), ValidationErrors> {
        var errors = ValidationErrors()
        let date = DateField.required(trainedOn, field: "trainedOn", missing: "volunteer.err.trainedOn.required", errors: &errors)
        if let date, date > today { errors.add("trainedOn", "volunteer.err.trainedOn.future") }
        let topic = Text.trimmed(self.topic)
        if topic.isEmpty { errors.add("topic", "volunteer.err.topic.required") }
        else if topic.count > 100 { errors.add("topic", "err.text.tooLong100") }
        guard errors.isEmpty, let date else { return .failure(errors) }
        return .success((date, topic))
    }
}
