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
    // Intake (issue 3): children, consents, referrals, passes, scheme rules
    case children, childSearch, childrenExport, childNew, childCreate, childShow, childEdit, childUpdate, childCaseworker
    case consentNew, consentCreate, consentWithdrawalForm, consentWithdraw
    case referralNew, referralCreate, referrals, referralAssessment, referralDecisionForm, referralDecide
    case passUse, passEndForm, passEnd
    case schemeSettings, schemeSettingsUpdate
    // Guidance and volunteers (issue 4): courses, sessions, agreements, activity, outcome,
    // follow-ups, volunteers, the open board and the volunteer's own start page
    case courses, courseShow, courseNew, courseCreate, courseGuideForm, courseGuide, coursePublish
    case sessionNew, sessionCreate, agreementNew, agreementCreate, activityForm, activitySave, outcomeForm, outcomeSave
    case followUps, followUpShow, followUpAnswer
    case volunteers, volunteerNew, volunteerCreate, volunteerShow, volunteerEdit, volunteerUpdate, volunteerTrainingCreate
    case volunteerSettings, volunteerSettingsUpdate
    case board, boardOffer, boardOfferConfirm, myChildren

    public var method: HTTPRequest.Method {
        switch self {
        case .login, .activate, .logout, .accountPassword, .accountLanguage, .userCreate, .userUpdate,
             .userActive, .userPasswordReset, .userUnlock, .municipalityCreate, .municipalityCoordinatorCreate:
            return .post
        // Intake (issue 3)
        case .childCreate, .childUpdate, .childCaseworker, .consentCreate, .consentWithdraw, .referralCreate,
             .referralAssessment, .referralDecide, .passUse, .passEnd, .schemeSettingsUpdate:
            return .post
        // Guidance and volunteers (issue 4)
        case .courseCreate, .courseGuide, .coursePublish, .sessionCreate, .agreementCreate, .activitySave, .outcomeSave,
             .followUpAnswer, .volunteerCreate, .volunteerUpdate, .volunteerTrainingCreate, .volunteerSettingsUpdate,
             .boardOffer, .boardOfferConfirm:
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
        // Intake (issue 3)
        case .children, .childCreate: Paths.children
        case .childSearch: Paths.childSearch
        case .childrenExport: Paths.childrenExport
        case .childNew: Paths.childNew
        case .childShow, .childUpdate: Paths.child
        case .childEdit: Paths.childEdit
        case .childCaseworker: Paths.childCaseworker
        case .consentNew: Paths.consentNew
        case .consentCreate: Paths.consents
        case .consentWithdrawalForm, .consentWithdraw: Paths.consentWithdrawal
        case .referralNew: Paths.referralNew
        case .referralCreate: Paths.childReferrals
        case .referrals: Paths.referrals
        case .referralAssessment: Paths.referralAssessment
        case .referralDecisionForm, .referralDecide: Paths.referralDecision
        case .passUse: Paths.passUse
        case .passEndForm, .passEnd: Paths.passEnd
        case .schemeSettings, .schemeSettingsUpdate: Paths.schemeSettings
        // Guidance and volunteers (issue 4)
        case .courses: Paths.courses
        case .courseShow: Paths.course
        case .courseNew: Paths.courseNew
        case .courseCreate: Paths.childCourses
        case .courseGuideForm, .courseGuide: Paths.courseGuide
        case .coursePublish: Paths.coursePublication
        case .sessionNew: Paths.sessionNew
        case .sessionCreate: Paths.sessions
        case .agreementNew: Paths.agreementNew
        case .agreementCreate: Paths.agreements
        case .activityForm, .activitySave: Paths.courseActivity
        case .outcomeForm, .outcomeSave: Paths.courseOutcome
        case .followUps: Paths.followUps
        case .followUpShow, .followUpAnswer: Paths.followUp
        case .volunteers, .volunteerCreate: Paths.volunteers
        case .volunteerNew: Paths.volunteerNew
        case .volunteerShow, .volunteerUpdate: Paths.volunteer
        case .volunteerEdit: Paths.volunteerEdit
        case .volunteerTrainingCreate: Paths.volunteerTrainings
        case .volunteerSettings, .volunteerSettingsUpdate: Paths.volunteerSettings
        case .board: Paths.board
        case .boardOffer: Paths.boardOffer
        case .boardOfferConfirm: Paths.boardOfferConfirmation
        case .myChildren: Paths.myChildren
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
    // Intake (issue 3)
    public static let children = RoutePath("/children")
    public static let childSearch = RoutePath("/children/search")
    public static let childrenExport = RoutePath("/children/export")
    public static let childNew = RoutePath("/children/new")
    public static let child = RoutePath("/children/:id")
    public static let childEdit = RoutePath("/children/:id/edit")
    public static let childCaseworker = RoutePath("/children/:id/caseworker")
    public static let consentNew = RoutePath("/children/:id/consents/new")
    public static let consents = RoutePath("/children/:id/consents")
    public static let consentWithdrawal = RoutePath("/children/:id/consents/:consentID/withdrawal")
    public static let referralNew = RoutePath("/children/:id/referrals/new")
    public static let childReferrals = RoutePath("/children/:id/referrals")
    public static let referrals = RoutePath("/referrals")
    public static let referralAssessment = RoutePath("/referrals/:id/assessment")
    public static let referralDecision = RoutePath("/referrals/:id/decision")
    public static let passUse = RoutePath("/passes/:id/use")
    public static let passEnd = RoutePath("/passes/:id/end")
    public static let schemeSettings = RoutePath("/settings/scheme")
    // Guidance and volunteers (issue 4)
    public static let courses = RoutePath("/courses")
    public static let course = RoutePath("/courses/:id")
    public static let courseNew = RoutePath("/children/:id/courses/new")
    public static let childCourses = RoutePath("/children/:id/courses")
    public static let courseGuide = RoutePath("/courses/:id/guide")
    public static let coursePublication = RoutePath("/courses/:id/publication")
    public static let sessionNew = RoutePath("/courses/:id/sessions/new")
    public static let sessions = RoutePath("/courses/:id/sessions")
    public static let agreementNew = RoutePath("/courses/:id/agreements/new")
    public static let agreements = RoutePath("/courses/:id/agreements")
    public static let courseActivity = RoutePath("/courses/:id/activity")
    public static let courseOutcome = RoutePath("/courses/:id/outcome")
    public static let followUps = RoutePath("/follow-ups")
    public static let followUp = RoutePath("/follow-ups/:id")
    public static let volunteers = RoutePath("/volunteers")
    public static let volunteerNew = RoutePath("/volunteers/new")
    public static let volunteerSettings = RoutePath("/volunteers/settings")
    public static let volunteer = RoutePath("/volunteers/:id")
    public static let volunteerEdit = RoutePath("/volunteers/:id/edit")
    public static let volunteerTrainings = RoutePath("/volunteers/:id/trainings")
    public static let board = RoutePath("/board")
    public static let boardOffer = RoutePath("/board/:id/offer")
    public static let boardOfferConfirmation = RoutePath("/board/offers/:id/confirmation")
    public static let myChildren = RoutePath("/my-children")
}
