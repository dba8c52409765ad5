import Foundation

/// Whether a volunteer may guide or accompany a child. Two rules protect the child:
/// the guardians must have consented to sharing with a volunteer, and a child under 15 may only
/// be assigned to a volunteer with a valid børneattest.
public enum AssignmentRules {
    /// The problems with assigning `volunteer` as `role`, reported against `field`.
    public static func problems(assigning volunteer: Volunteer, as role: VolunteerRole, childBirthDate: LocalDate,
                                consent: ConsentSummary, certificate: CertificateRule, today: LocalDate,
                                field: String) -> ValidationErrors {
        var errors = ValidationErrors()
        if !consent.inForce.volunteer {
            errors.add(field, "course.err.guide.noVolunteerConsent")
        } else {
            errors.merge(volunteerProblems(volunteer, as: role, childBirthDate: childBirthDate, certificate: certificate, today: today,
                                           field: field))
        }
        return errors
    }

    /// The rules about the volunteer themselves (the open board already shows only children whose
    /// guardians consented).
    public static func volunteerProblems(_ volunteer: Volunteer, as role: VolunteerRole, childBirthDate: LocalDate,
                                         certificate: CertificateRule, today: LocalDate, field: String) -> ValidationErrors {
        var errors = ValidationErrors()
        if volunteer.details.status != .active {
            errors.add(field, "course.err.guide.notActive", [volunteer.name])
        } else if !volunteer.details.roles.contains(role) {
            errors.add(field, role == .guide ? "course.err.guide.notGuide" : "course.err.guide.notCompanion", [volunteer.name])
        } else if CertificateRule.isRequired(forChildBorn: childBirthDate, on: today)
                    && !certificate.status(obtainedOn: volunteer.details.certificateOn, today: today).isValid {
            errors.add(field, "course.err.guide.certificateRequired", [volunteer.name])
        }
        return errors
    }

    /// A course goes on the open board only while it waits for a guide, and only if the guardians
    /// consent to sharing with a volunteer.
    public static func publishProblem(status: CourseStatus, consent: ConsentSummary) -> String? {
        if status != .waitingForGuide { return "course.err.publish.notWaiting" }
        if !consent.inForce.volunteer { return "course.err.publish.noVolunteerConsent" }
        return nil
    }

    public static func isAllowed(_ volunteer: Volunteer, as role: VolunteerRole, childBirthDate: LocalDate, consent: ConsentSummary,
                                 certificate: CertificateRule, today: LocalDate) -> Bool {
        problems(assigning: volunteer, as: role, childBirthDate: childBirthDate, consent: consent, certificate: certificate,
                 today: today, field: "guide").isEmpty
    }
}

public typealias OfferID = Identifier<BoardOffer>

/// A course on the open board, as volunteers see it: only what they need to decide whether to
/// offer themselves (experience 1.2.1: volunteers pick a child on a shared site).
public struct BoardEntry: Sendable, Equatable {
    public var courseID: CourseID
    public var firstName: String
    public var birthDate: LocalDate
    public var district: String
    public var interests: String?
    public var language: String?
    public var publishedOn: LocalDate
    /// Pending offers on the course (all volunteers).
    public var offers: Int
    /// Whether the signed-in volunteer has offered already.
    public var offeredByMe: Bool

    public init(courseID: CourseID, firstName: String, birthDate: LocalDate, district: String, interests: String?, language: String?,
                publishedOn: LocalDate, offers: Int, offeredByMe: Bool) {
        self.courseID = courseID
        self.firstName = firstName
        self.birthDate = birthDate
        self.district = district
        self.interests = interests
        self.language = language
        self.publishedOn = publishedOn
        self.offers = offers
        self.offeredByMe = offeredByMe
    }
}

/// A volunteer's offer to take a course from the board; the coordinator confirms one.
public struct BoardOffer: Sendable, Equatable, Identifiable {
    public enum Status: String, Sendable, CaseIterable {
        case pending, accepted, declined
    }

    public var id: OfferID
    public var courseID: CourseID
    public var volunteerID: VolunteerID
    public var volunteerName: String
    public var offeredAt: Date
    public var status: Status

    public init(id: OfferID, courseID: CourseID, volunteerID: VolunteerID, volunteerName: String, offeredAt: Date, status: Status) {
        self.id = id
        self.courseID = courseID
        self.volunteerID = volunteerID
        self.volunteerName = volunteerName
        self.offeredAt = offeredAt
        self.status = status
    }
}
