import Foundation

// The seam between the domain and storage. The SQLite store implements these today; a
// PostgreSQL store can implement them later. Every method that touches a municipality's data
// takes the municipality and must not return or change rows of another one.
// Methods that change data take the `AuditEntry` to write in the same transaction.

public protocol MunicipalityRepository: Sendable {
    func all() async throws -> [Municipality]
    func find(_ id: MunicipalityID) async throws -> Municipality?
    func find(slug: String) async throws -> Municipality?
    /// Creates the municipality together with its first coordinator and their activation link.
    /// Throws `StoreError.duplicate(field: "slug")` or `.duplicate(field: "email")`.
    func create(_ draft: MunicipalityDraft, firstCoordinator: UserDraft, activation: NewActivation,
                at: Date, audit: AuditEntry) async throws -> (Municipality, User)
}

/// A one-time activation link, stored only as a hash of its token.
public struct NewActivation: Sendable, Equatable {
    public var tokenHash: String
    public var expiresAt: Date
    /// The link with its token, to e-mail to the user in the same transaction (the outbox
    /// forgets it once delivered). Nil when the link is handed over another way (the command line).
    public var link: String?

    public init(tokenHash: String, expiresAt: Date, link: String? = nil) {
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
        self.link = link
    }
}

public struct StoredCredentials: Sendable {
    public var user: User
    public var passwordHash: String?

    public init(user: User, passwordHash: String?) {
        self.user = user
        self.passwordHash = passwordHash
    }
}

public protocol UserRepository: Sendable {
    /// Any user by id. Only for the session lookup; pages use the scoped variant.
    func find(_ id: UserID) async throws -> User?
    func find(_ id: UserID, in municipality: MunicipalityID) async throws -> User?
    func list(in municipality: MunicipalityID) async throws -> [User]
    func credentials(email: String) async throws -> StoredCredentials?
    /// Throws `StoreError.duplicate(field: "email")`.
    func create(_ draft: UserDraft, passwordHash: String?, activation: NewActivation?, at: Date,
                audit: AuditEntry) async throws -> User
    /// Changes name and role. A role change ends all the user's sessions.
    func update(_ id: UserID, in municipality: MunicipalityID, name: String, role: Role,
                audit: AuditEntry) async throws -> User
    /// Deactivating ends all the user's sessions.
    func setActive(_ id: UserID, in municipality: MunicipalityID, active: Bool, audit: AuditEntry) async throws
    /// Removes the password, ends all sessions and stores a new activation link.
    func resetPassword(_ id: UserID, in municipality: MunicipalityID, activation: NewActivation,
                       audit: AuditEntry) async throws
    /// The user's own change: keeps the session `keepSession`, ends all others.
    func changePassword(_ id: UserID, passwordHash: String, keepSession: String?, audit: AuditEntry) async throws
    func setLanguage(_ id: UserID, language: Language) async throws
    func recordSignIn(_ id: UserID, at: Date) async throws
    /// The user an unused, unexpired activation link belongs to.
    func activationUser(tokenHash: String, now: Date) async throws -> User?
    /// Sets the password and uses up the link; nil if the link is unknown, used or expired.
    /// Safe against two submissions racing: only one of them wins.
    func activate(tokenHash: String, passwordHash: String, now: Date, ip: String?) async throws -> User?
    /// Whether the link is a self-service password reset (rather than an activation).
    func isPasswordReset(tokenHash: String) async throws -> Bool
}

public protocol SessionRepository: Sendable {
    func load(key: String, now: Date) async throws -> (data: Data, expiresAt: Date)?
    /// Inserts or replaces; a nil `expiresAt` keeps the current expiry of an existing row.
    func save(key: String, data: Data, userID: UserID?, expiresAt: Date?) async throws
    /// Throws `StoreError.duplicate(field: "key")` when the key exists.
    func create(key: String, data: Data, userID: UserID?, expiresAt: Date) async throws
    func remove(key: String) async throws
    func removeAll(for user: UserID) async throws
    func purgeExpired(now: Date) async throws
    func count(for user: UserID, now: Date) async throws -> Int
}

public protocol ThrottleRepository: Sendable {
    /// Counts a password check against `account` from `address` before it is made, in the one
    /// write that decides whether it may be made at all: parallel guesses each count, and once
    /// the limit is reached the rest are refused unchecked.
    func reserveAttempt(account: String, address: String, rule: ThrottleRule, now: Date) async throws -> ThrottleDecision
    /// The password was right: the account's counters start again, from every address.
    func clear(account: String) async throws
    /// Lifts the lock of `account` from one address (nil: the lock on the account everywhere).
    func clear(account: String, address: String?) async throws
    /// Accounts (e-mail addresses) locked at `now`, from any address.
    func lockedAccounts(now: Date) async throws -> Set<String>
    /// The locks in force on the municipality's users, newest first.
    func locks(in municipality: MunicipalityID, now: Date) async throws -> [SignInLock]
}

public protocol AuditLog: Sendable {
    /// Records a read, a denied access or a sign-in event. Throws if it cannot be written, and
    /// callers must then not show the data.
    func record(_ entry: AuditEntry) async throws
    /// Several entries in one transaction (a list page: one per child shown).
    func record(all entries: [AuditEntry]) async throws
    /// Records a refused attempt (denied) under the actor's municipality and, when `target`
    /// belongs to another municipality, under that one too: the targeted municipality sees the
    /// probe in its own log.
    func recordDenied(_ entry: AuditEntry, target: AuditTarget?) async throws
    /// For ids sent in a form: records each target that is not the actor's municipality's (a
    /// foreign or unknown row) as a refused attempt, like `recordDenied`. Targets of the
    /// actor's own municipality are left alone. Returns how many were refused.
    @discardableResult
    func recordForeignReferences(_ entry: AuditEntry, targets: [AuditTarget]) async throws -> Int
    func recent(in municipality: MunicipalityID?, limit: Int) async throws -> [AuditEntry]
    /// The audit log of a municipality, newest first, filtered and paged.
    func search(_ filter: AuditFilter, in municipality: MunicipalityID) async throws -> (rows: [AuditRow], total: Int)
    /// Who opened a child's record since `since`.
    func viewers(of child: ChildID, in municipality: MunicipalityID, since: Date) async throws -> [RecordViewer]
    /// Users who opened unusually many child records on `day`, compared with their own last 30 days.
    func unusualAccess(in municipality: MunicipalityID, on day: LocalDate) async throws -> [UnusualAccess]
}

/// All repositories, as the web layer receives them.
public struct Repositories: Sendable {
    public var municipalities: any MunicipalityRepository
    public var users: any UserRepository
    public var sessions: any SessionRepository
    public var throttle: any ThrottleRepository
    public var audit: any AuditLog
    // Intake
    public var children: any ChildRepository
    public var consents: any ConsentRepository
    public var referrals: any ReferralRepository
    public var passes: any PassRepository
    public var schemeSettings: any SchemeSettingsRepository
    // Privacy
    public var privacy: any PrivacyRepository
    // Dashboard
    public var dashboard: any DashboardRepository
    // Implementation workspace
    public var implementation: any ImplementationRepository
    // Associations and money
    public var associations: any AssociationRepository
    public var activities: any ActivityRepository
    public var grants: any GrantRepository
    public var claims: any ClaimRepository
    public var portal: any AssociationPortalRepository
    public var moneyReports: any MoneyReportRepository
    // Guidance
    public var volunteers: any VolunteerRepository
    public var courses: any CourseRepository
    public var followUps: any FollowUpRepository
    // E-mail, work lists, letters and pass cards
    public var outbox: any OutboxRepository
    public var workLists: any WorkListRepository
    public var letters: any LetterRepository
    // Staff sign-in: second factor, single sign-on, forms kept across a time-out
    public var secondFactors: any SecondFactorRepository
    public var signInSettings: any SignInSettingsRepository
    public var keptForms: any KeptFormRepository
    // Schools and districts
    public var registries: any RegistryRepository

    public init(municipalities: any MunicipalityRepository, users: any UserRepository,
                sessions: any SessionRepository, throttle: any ThrottleRepository, audit: any AuditLog,
                children: any ChildRepository, consents: any ConsentRepository, referrals: any ReferralRepository,
                passes: any PassRepository, schemeSettings: any SchemeSettingsRepository, privacy: any PrivacyRepository,
                dashboard: any DashboardRepository, implementation: any ImplementationRepository,
                associations: any AssociationRepository, activities: any ActivityRepository, grants: any GrantRepository,
                claims: any ClaimRepository, portal: any AssociationPortalRepository, moneyReports: any MoneyReportRepository,
                // Guidance
                volunteers: any VolunteerRepository, courses: any CourseRepository, followUps: any FollowUpRepository,
                outbox: any OutboxRepository, workLists: any WorkListRepository, letters: any LetterRepository,
                secondFactors: any SecondFactorRepository, signInSettings: any SignInSettingsRepository,
                keptForms: any KeptFormRepository,
                // Schools and districts
                registries: any RegistryRepository) {
        self.municipalities = municipalities
        self.users = users
        self.sessions = sessions
        self.throttle = throttle
        self.audit = audit
        self.children = children
        self.consents = consents
        self.referrals = referrals
        self.passes = passes
        self.schemeSettings = schemeSettings
        self.privacy = privacy
        self.dashboard = dashboard
        self.implementation = implementation
        // Associations and money
        self.associations = associations
        self.activities = activities
        self.grants = grants
        self.claims = claims
        self.portal = portal
        self.moneyReports = moneyReports
        // Guidance
        self.volunteers = volunteers
        self.courses = courses
        self.followUps = followUps
        self.outbox = outbox
        self.workLists = workLists
        self.letters = letters
        self.secondFactors = secondFactors
        self.signInSettings = signInSettings
        self.keptForms = keptForms
        // Schools and districts
        self.registries = registries
    }
}
