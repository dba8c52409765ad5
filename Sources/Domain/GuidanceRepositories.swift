import Foundation

// Repositories of fritidsvejledning: volunteers, courses with sessions, agreements and the open
// board, and follow-ups. Reads take the caller's `DataScope`; a row outside it is "not found".
// A volunteer's scope reaches only the courses where they are guide or følgeven.

public protocol VolunteerRepository: Sendable {
    func list(in municipality: MunicipalityID, today: LocalDate) async throws -> [VolunteerRow]
    func find(_ id: VolunteerID, in municipality: MunicipalityID) async throws -> Volunteer?
    /// The volunteer record linked to a user account.
    func find(user: UserID, in municipality: MunicipalityID) async throws -> Volunteer?
    /// Throws `.duplicate(field: "userID")` when the account is linked to another volunteer.
    func create(_ details: VolunteerDetails, in municipality: MunicipalityID, at: Date, audit: AuditEntry) async throws -> VolunteerID
    func update(_ id: VolunteerID, details: VolunteerDetails, in municipality: MunicipalityID, at: Date, audit: AuditEntry) async throws
    func trainings(for id: VolunteerID, in municipality: MunicipalityID) async throws -> [VolunteerTraining]
    func addTraining(on date: LocalDate, topic: String, for id: VolunteerID, in municipality: MunicipalityID, at: Date,
                     audit: AuditEntry) async throws
    /// User accounts with the volunteer role, with the volunteer they are linked to (if any).
    func accounts(in municipality: MunicipalityID) async throws -> [(user: User, linkedTo: VolunteerID?)]
    func settings(for municipality: MunicipalityID) async throws -> GuidanceSettings
    func save(_ settings: GuidanceSettings, for municipality: MunicipalityID, audit: AuditEntry) async throws
}

/// A line of the coordinator's volunteer overview.
public struct VolunteerRow: Sendable, Equatable {
    public var volunteer: Volunteer
    public var load: VolunteerLoad

    public init(volunteer: Volunteer, load: VolunteerLoad) {
        self.volunteer = volunteer
        self.load = load
    }
}

public struct CourseFilter: Sendable, Equatable {
    public var statuses: Set<CourseStatus>
    /// Only courses on the open board.
    public var publishedOnly: Bool
    /// Only courses where this volunteer is guide or følgeven.
    public var volunteer: VolunteerID?

    public init(statuses: Set<CourseStatus> = Set(CourseStatus.open), publishedOnly: Bool = false, volunteer: VolunteerID? = nil) {
        self.statuses = statuses
        self.publishedOnly = publishedOnly
        self.volunteer = volunteer
    }

    public static let all = CourseFilter(statuses: Set(CourseStatus.allCases))
}

/// A child whose pass covers guidance, in force today, and who has no course on it yet: the
/// guidance track's work queue.
public struct AwaitingCourse: Sendable, Equatable {
    public var childID: ChildID
    public var childName: String
    public var passFrom: LocalDate
    public var grantedOn: LocalDate

    public init(childID: ChildID, childName: String, passFrom: LocalDate, grantedOn: LocalDate) {
        self.childID = childID
        self.childName = childName
        self.passFrom = passFrom
        self.grantedOn = grantedOn
    }
}

/// A line of the course list.
public struct CourseRow: Sendable, Equatable {
    public var course: GuidanceCourse
    public var childName: String
    public var childBirthDate: LocalDate
    public var sessions: Int
    public var lastSessionOn: LocalDate?
    public var pendingOffers: Int

    public init(course: GuidanceCourse, childName: String, childBirthDate: LocalDate, sessions: Int, lastSessionOn: LocalDate?,
                pendingOffers: Int) {
        self.course = course
        self.childName = childName
        self.childBirthDate = childBirthDate
        self.sessions = sessions
        self.lastSessionOn = lastSessionOn
        self.pendingOffers = pendingOffers
    }
}

/// What a volunteer may know about a child they guide: name, age, language, interests and how
/// to reach the family. Never referral reasons, caseworkers' notes or other data.
public struct VolunteerChildRecord: Sendable, Equatable {
    public struct Contact: Sendable, Equatable {
        public var name: String
        public var relation: GuardianRelation
        public var phone: String?
        public var email: String?
        public var language: String?

        public init(name: String, relation: GuardianRelation, phone: String?, email: String?, language: String?) {
            self.name = name
            self.relation = relation
            self.phone = phone
            self.email = email
            self.language = language
        }
    }

    public var childID: ChildID
    public var firstName: String
    public var lastName: String
    public var birthDate: LocalDate
    public var language: String?
    public var interests: String?
    public var guardians: [Contact]

    public init(childID: ChildID, firstName: String, lastName: String, birthDate: LocalDate, language: String?, interests: String?,
                guardians: [Contact]) {
        self.childID = childID
        self.firstName = firstName
        self.lastName = lastName
        self.birthDate = birthDate
        self.language = language
        self.interests = interests
        self.guardians = guardians
    }
}

public protocol CourseRepository: Sendable {
    func list(_ filter: CourseFilter, scope: DataScope) async throws -> [CourseRow]
    func find(_ id: CourseID, scope: DataScope) async throws -> GuidanceCourse?
    /// Children in `scope` with a pass covering guidance in force on `today` and no course
    /// begun on it (none open, none started since the pass began), longest waiting first.
    func awaitingCourse(scope: DataScope, today: LocalDate) async throws -> [AwaitingCourse]
    /// Every course of a child, newest first (the child's page).
    func courses(for child: ChildID, in municipality: MunicipalityID) async throws -> [GuidanceCourse]
    /// Starts a course on a pass of the child that covers guidance. `.conflict` if the child
    /// already has an open course, `.notFound` if the pass is not the child's.
    func start(for child: ChildID, pass: PassID, on date: LocalDate, guide: Guide?, in municipality: MunicipalityID, by user: UserID,
               at: Date, audit: AuditEntry) async throws -> CourseID
    /// Sets (or removes) the guide and følgeven; the course moves between waiting and ongoing.
    /// Pending board offers are declined when a guide is set. `.conflict` if the course closed.
    func assign(_ id: CourseID, guide: Guide?, companion: VolunteerID?, on date: LocalDate, in municipality: MunicipalityID,
                by user: UserID, at: Date, audit: AuditEntry) async throws
    /// Puts a course waiting for a guide on the open board (`on` a day) or takes it off (nil).
    func publish(_ id: CourseID, on date: LocalDate?, in municipality: MunicipalityID, audit: AuditEntry) async throws

    func sessions(for course: CourseID, in municipality: MunicipalityID) async throws -> [GuidanceSession]
    /// Sessions of all the child's courses (the child's page).
    func sessions(forChild child: ChildID, in municipality: MunicipalityID) async throws -> [GuidanceSession]
    /// Logs a session; the course's step follows the newest session.
    func logSession(_ draft: SessionDraft, course: CourseID, in municipality: MunicipalityID, by user: UserID, role: Role, at: Date,
                    audit: AuditEntry) async throws -> SessionID
    func agreements(for course: CourseID, in municipality: MunicipalityID) async throws -> [ParentAgreement]
    func agreements(forChild child: ChildID, in municipality: MunicipalityID) async throws -> [ParentAgreement]
    func addAgreement(_ kind: AgreementKind, description: String?, agreedOn: LocalDate, course: CourseID,
                      in municipality: MunicipalityID, by user: UserID, at: Date, audit: AuditEntry) async throws
    /// Records the chosen activity. A start that happened takes the child's pass into use and
    /// schedules the 3- and 6-month follow-ups, in the same transaction.
    func recordActivity(_ choice: ActivityChoice, course: CourseID, in municipality: MunicipalityID, at: Date,
                        audit: AuditEntry) async throws
    /// Ends the course; `.conflict` if it is no longer in `from`.
    func close(_ id: CourseID, from: CourseStatus, outcome: CourseOutcome, in municipality: MunicipalityID,
               audit: AuditEntry) async throws

    /// The open board: courses waiting for a guide whose guardians consent to sharing with a
    /// volunteer on `today`. Writes `audit` once per child shown (entity id filled in).
    func board(in municipality: MunicipalityID, volunteer: VolunteerID?, today: LocalDate, audit: AuditEntry?) async throws -> [BoardEntry]
    /// `.duplicate(field: "offer")` if offered already, `.notFound` if not on the board.
    func offer(course: CourseID, by volunteer: VolunteerID, in municipality: MunicipalityID, at: Date,
               audit: AuditEntry) async throws -> OfferID
    func offers(for course: CourseID, in municipality: MunicipalityID) async throws -> [BoardOffer]
    func findOffer(_ id: OfferID, in municipality: MunicipalityID) async throws -> BoardOffer?
    /// Makes the offering volunteer the guide, declines the other offers, takes the course off
    /// the board. `.conflict` if the offer or the course changed meanwhile.
    func confirm(_ offer: OfferID, on date: LocalDate, in municipality: MunicipalityID, by user: UserID, at: Date,
                 audit: AuditEntry) async throws

    /// The restricted record of a child a volunteer reaches through `course`.
    func volunteerRecord(course: CourseID, scope: DataScope) async throws -> VolunteerChildRecord?
    /// Writes read entries (e.g. one per child a volunteer saw on a list) in one transaction.
    func recordViews(_ entries: [AuditEntry]) async throws
    func counts(in municipality: MunicipalityID, period: Period) async throws -> GuidanceCounts
}

/// A line of the follow-up lists.
public struct FollowUpRow: Sendable, Equatable {
    public var followUp: FollowUp
    public var childName: String
    public var guideName: String?

    public init(followUp: FollowUp, childName: String, guideName: String?) {
        self.followUp = followUp
        self.childName = childName
        self.guideName = guideName
    }
}

public protocol FollowUpRepository: Sendable {
    /// Unanswered follow-ups due on or before `until`, oldest first.
    func open(until: LocalDate, scope: DataScope) async throws -> [FollowUpRow]
    /// Answered follow-ups, newest answer first.
    func answered(limit: Int, scope: DataScope) async throws -> [FollowUpRow]
    func find(_ id: FollowUpID, scope: DataScope) async throws -> FollowUpRow?
    /// Answers since `since` saying the child stopped or needs help, and open follow-ups the
    /// association was unsure about, newest first: someone should call the family.
    func needingAttention(since: LocalDate, scope: DataScope) async throws -> [FollowUpRow]
    func forCourse(_ course: CourseID, in municipality: MunicipalityID) async throws -> [FollowUp]
    func forChild(_ child: ChildID, in municipality: MunicipalityID) async throws -> [FollowUp]
    /// `.conflict` if answered meanwhile.
    func answer(_ id: FollowUpID, _ answer: FollowUpAnswer, on date: LocalDate, by user: UserID, role: Role,
                in municipality: MunicipalityID, audit: AuditEntry) async throws
    /// The 6-month retention for a period (see `Retention`).
    func retention(in municipality: MunicipalityID, period: Period) async throws -> Retention
    /// Unanswered follow-ups that are due and overdue on `today`.
    func dueCounts(in municipality: MunicipalityID, today: LocalDate) async throws -> (due: Int, overdue: Int)
}
