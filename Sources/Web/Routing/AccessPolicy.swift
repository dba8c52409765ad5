import Domain

/// Who may do what: the one place access is decided.
///
/// Two levels: each route declares a capability (`Route.declaration`) and the table below says
/// which roles hold it; the data scope (`scope(of:)`) says which rows those roles see — a municipality's staff only their
/// municipality (the store filters every query by it, so another municipality's id is a 404),
/// volunteers and association contacts only their own slice.
public enum AccessPolicy {
    public enum Access: Sendable, Equatable {
        /// No sign-in needed.
        case anyone
        /// Any signed-in user.
        case signedIn
        /// Only these roles.
        case roles(Set<Role>)
    }

    /// What a user may do, by name. Routes declare the capability they need
    /// (`Route.declaration`); handlers and views ask `can(_:_:)` instead of comparing roles.
    public enum Capability: String, CaseIterable, Sendable {
        /// No sign-in needed.
        case anyone
        /// Any signed-in user (their own account, sign-out).
        case signedIn
        /// Keep the municipality's users: create, change, lock out, reset.
        case manageUsers
        /// Decide how the municipality's staff sign in: second factor, single sign-on.
        case manageSignIn
        /// Create municipalities and their first coordinator.
        case manageMunicipalities
        /// Register children, consents and referrals, and be the caseworker a child is assigned to.
        case registerChildren
        /// Enrol a child in an activity.
        case enrolChildren
        /// Decide on referrals and passes: assess, grant, end, renew; assign caseworkers.
        case decideOnPasses
        /// Print decision letters and pass cards for the children one sees.
        case printLetters
        /// The data controller's work: audit log, access requests, anonymisation, privacy settings, who has seen a child.
        case controlPersonalData
        /// Read the records of processing.
        case readProcessingRecords
        /// The municipality's dashboard, status report and figures by period.
        case followFigures
        /// Anonymous figures across municipalities.
        case compareMunicipalities
        /// Keep the registries of schools and districts that the forms choose from.
        case keepRegistries
        /// Read the implementation workspace and comment on it.
        case followImplementation
        /// Run the implementation workspace: edit items, plans, meetings, rounds.
        case runImplementation
        /// Look up clubs and activities with a family.
        case lookUpActivities
        /// Keep clubs, activities, rules and budgets; grant, approve claims and pay.
        case manageMoney
        /// The club's portal: its own children, grants, claims and follow-ups.
        case usePortal
        /// Start guidance courses and record their outcome.
        case runCourses
        /// Log sessions, agreements and follow-ups on the courses one guides.
        case guideChildren
        /// Keep the volunteers and match guides to courses.
        case manageVolunteers
        /// Read the open board of children waiting for a guide.
        case readBoard
        /// A volunteer's own work: offers from the board, their own children.
        case offerToGuide
        /// The municipality's e-mail: outbox, letter texts, notifications.
        case manageCommunication
    }

    /// Who holds a capability: the one table of roles.
    public static func access(for capability: Capability) -> Access {
        switch capability {
        case .anyone: .anyone
        case .signedIn: .signedIn
        case .manageUsers: .roles([.coordinator])
        case .manageSignIn: .roles([.coordinator])
        case .manageMunicipalities: .roles([.admin])
        case .registerChildren: .roles([.coordinator, .caseworker])
        case .enrolChildren: .roles([.coordinator, .caseworker])
        case .decideOnPasses: .roles([.coordinator])
        case .printLetters: .roles([.coordinator, .caseworker])
        case .controlPersonalData: .roles([.coordinator])
        case .readProcessingRecords: .roles([.coordinator, .admin])
        case .followFigures: .roles([.coordinator])
        case .compareMunicipalities: .roles([.admin])
        case .keepRegistries: .roles([.coordinator])
        case .followImplementation: .roles([.coordinator, .caseworker])
        case .runImplementation: .roles([.coordinator])
        case .lookUpActivities: .roles([.coordinator, .caseworker, .volunteer])
        case .manageMoney: .roles([.coordinator])
        case .usePortal: .roles([.association])
        case .runCourses: .roles([.coordinator, .caseworker])
        case .guideChildren: .roles([.coordinator, .caseworker, .volunteer])
        case .manageVolunteers: .roles([.coordinator])
        case .readBoard: .roles([.coordinator, .volunteer])
        case .offerToGuide: .roles([.volunteer])
        case .manageCommunication: .roles([.coordinator])
        }
    }

    public static func access(for route: Route) -> Access {
        access(for: route.capability)
    }

    public static func allows(_ role: Role?, _ route: Route) -> Bool {
        can(role, route.capability)
    }

    /// Whether a role holds a capability.
    public static func can(_ role: Role?, _ capability: Capability) -> Bool {
        switch access(for: capability) {
        case .anyone: return true
        case .signedIn: return role != nil
        case .roles(let roles): return role.map(roles.contains) ?? false
        }
    }

    /// The rows a user works on (applied by the store to every query).
    public static func scope(of user: CurrentUser) -> DataScope {
        guard let municipality = user.municipality?.id else { return .system }
        switch user.role {
        case .admin: return .system
        case .coordinator: return .municipality(municipality)
        case .caseworker: return .caseworker(municipality, user.id)
        case .volunteer: return .volunteer(municipality, user.id, consentOn: user.today)
        case .association: return .association(municipality, user.id)
        }
    }

    /// The roles a user may give when creating or editing users.
    public static func assignableRoles(by role: Role) -> [Role] {
        switch role {
        case .coordinator: return Role.municipalRoles
        case .admin: return [.coordinator]
        default: return []
        }
    }

    /// Where a role lands after signing in.
    /// Every municipal role starts on its work list; the admin has no child work.
    public static func startPage(for role: Role) -> String {
        switch role {
        case .admin: return Paths.municipalities.link()
        default: return Paths.home.link()
        }
    }
}
