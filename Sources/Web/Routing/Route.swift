import HTTPTypes

/// Every route of the application: its method and path. Who may use it is decided in
/// `AccessPolicy`; the handler lives in the feature's controller.
public enum Route: String, CaseIterable, Sendable {
    // Public
    case health, accessibilityStatement, privacy
    case loginForm, login, activationForm, activate
    // Any signed-in user
    case home, logout, account, accountPassword, accountLanguage
    // Coordinator: the municipality's users
    case users, userNew, userCreate, userShow, userUpdate, userActive, userPasswordReset, userUnlock
    // Admin: municipalities
    case municipalities, municipalityNew, municipalityCreate, municipalityShow, municipalityCoordinatorCreate

    public var method: HTTPRequest.Method {
        switch self {
        case .login, .activate, .logout, .accountPassword, .accountLanguage, .userCreate, .userUpdate,
             .userActive, .userPasswordReset, .userUnlock, .municipalityCreate, .municipalityCoordinatorCreate:
            return .post
        default:
            return .get
        }
    }

    public var path: RoutePath {
        switch self {
        case .health: Paths.health
        case .accessibilityStatement: Paths.accessibilityStatement
        case .privacy: Paths.privacy
        case .loginForm, .login: Paths.login
        case .activationForm, .activate: Paths.activation
        case .home: Paths.home
        case .logout: Paths.logout
        case .account: Paths.account
        case .accountPassword: Paths.accountPassword
        case .accountLanguage: Paths.accountLanguage
        case .users, .userCreate: Paths.users
        case .userNew: Paths.userNew
        case .userShow, .userUpdate: Paths.user
        case .userActive: Paths.userActive
        case .userPasswordReset: Paths.userPasswordReset
        case .userUnlock: Paths.userUnlock
        case .municipalities, .municipalityCreate: Paths.municipalities
        case .municipalityNew: Paths.municipalityNew
        case .municipalityShow: Paths.municipality
        case .municipalityCoordinatorCreate: Paths.municipalityCoordinators
        }
    }
}

/// URL paths, one definition each.
public enum Paths {
    public static let health = RoutePath("/healthz")
    public static let accessibilityStatement = RoutePath("/was")
    public static let privacy = RoutePath("/privatlivspolitik")
    public static let login = RoutePath("/login")
    public static let logout = RoutePath("/logout")
    public static let activation = RoutePath("/activate/:token")
    public static let home = RoutePath("/")
    public static let account = RoutePath("/account")
    public static let accountPassword = RoutePath("/account/password")
    public static let accountLanguage = RoutePath("/account/language")
    public static let users = RoutePath("/users")
    public static let userNew = RoutePath("/users/new")
    public static let user = RoutePath("/users/:id")
    public static let userActive = RoutePath("/users/:id/active")
    public static let userPasswordReset = RoutePath("/users/:id/password-reset")
    public static let userUnlock = RoutePath("/users/:id/unlock")
    public static let municipalities = RoutePath("/admin/municipalities")
    public static let municipalityNew = RoutePath("/admin/municipalities/new")
    public static let municipality = RoutePath("/admin/municipalities/:id")
    public static let municipalityCoordinators = RoutePath("/admin/municipalities/:id/coordinators")
}
