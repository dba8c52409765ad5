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
    // Implementation workspace (issue 6)
    case implOverview, implPhase, implItem, implItemUpdate, implItemCommentCreate, implCustomItemNew, implCustomItemCreate
    case implPlan, implPlanPrint, implPlanQuestion, implPlanQuestionUpdate, implPlanQuestionCommentCreate
    case implDialogue, implDialogueNew, implDialogueCreate, implDialogueRound, implDialogueRoundUpdate
    case implMeetings, implMeetingNew, implMeetingCreate, implMeeting, implMeetingUpdate, implMeetingActionCreate
    case implMeetingAction, implMeetingActionChecklistItem, implMeetingActionPlanInitiative
    case implTestRounds, implTestRoundNew, implTestRoundCreate, implTestRound, implTestRoundUpdate
    case implDocumentationPlan, implDocumentationRowCreate, implDocumentationTemplate, implDocumentationRow,
         implDocumentationRowUpdate, implDocumentationRowDeletion, implDocumentationRowDelete
    case implCommunicationPlan, implCommunicationRowCreate, implCommunicationTemplate, implCommunicationRow,
         implCommunicationRowUpdate, implCommunicationRowDeletion, implCommunicationRowDelete
    case implAdminOverview

    public var method: HTTPRequest.Method {
        switch self {
        case .login, .activate, .logout, .accountPassword, .accountLanguage, .userCreate, .userUpdate,
             .userActive, .userPasswordReset, .userUnlock, .municipalityCreate, .municipalityCoordinatorCreate:
            return .post
        // Implementation workspace (issue 6)
        case .implItemUpdate, .implItemCommentCreate, .implCustomItemCreate, .implPlanQuestionUpdate,
             .implPlanQuestionCommentCreate, .implDialogueCreate, .implDialogueRoundUpdate, .implMeetingCreate,
             .implMeetingUpdate, .implMeetingActionCreate, .implMeetingActionChecklistItem, .implMeetingActionPlanInitiative,
             .implTestRoundCreate, .implTestRoundUpdate, .implDocumentationRowCreate, .implDocumentationTemplate,
             .implDocumentationRowUpdate, .implDocumentationRowDelete, .implCommunicationRowCreate, .implCommunicationTemplate,
             .implCommunicationRowUpdate, .implCommunicationRowDelete:
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
        // Implementation workspace (issue 6)
        case .implOverview: Paths.implementation
        case .implPhase: Paths.implementationPhase
        case .implItem, .implItemUpdate: Paths.implementationItem
        case .implItemCommentCreate: Paths.implementationItemComments
        case .implCustomItemNew: Paths.implementationSectionItemNew
        case .implCustomItemCreate: Paths.implementationSectionItems
        case .implPlan: Paths.implementationPlan
        case .implPlanPrint: Paths.implementationPlanPrint
        case .implPlanQuestion, .implPlanQuestionUpdate: Paths.implementationPlanQuestion
        case .implPlanQuestionCommentCreate: Paths.implementationPlanQuestionComments
        case .implDialogue, .implDialogueCreate: Paths.implementationDialogue
        case .implDialogueNew: Paths.implementationDialogueNew
        case .implDialogueRound, .implDialogueRoundUpdate: Paths.implementationDialogueRound
        case .implMeetings, .implMeetingCreate: Paths.implementationMeetings
        case .implMeetingNew: Paths.implementationMeetingNew
        case .implMeeting, .implMeetingUpdate: Paths.implementationMeeting
        case .implMeetingActionCreate: Paths.implementationMeetingActions
        case .implMeetingAction: Paths.implementationMeetingAction
        case .implMeetingActionChecklistItem: Paths.implementationMeetingActionChecklistItem
        case .implMeetingActionPlanInitiative: Paths.implementationMeetingActionPlanInitiative
        case .implTestRounds, .implTestRoundCreate: Paths.implementationRounds
        case .implTestRoundNew: Paths.implementationRoundNew
        case .implTestRound, .implTestRoundUpdate: Paths.implementationRound
        case .implDocumentationPlan, .implDocumentationRowCreate: Paths.implementationDocumentationPlan
        case .implDocumentationTemplate: Paths.implementationDocumentationTemplate
        case .implDocumentationRow, .implDocumentationRowUpdate: Paths.implementationDocumentationRow
        case .implDocumentationRowDeletion, .implDocumentationRowDelete: Paths.implementationDocumentationRowDeletion
        case .implCommunicationPlan, .implCommunicationRowCreate: Paths.implementationCommunicationPlan
        case .implCommunicationTemplate: Paths.implementationCommunicationTemplate
        case .implCommunicationRow, .implCommunicationRowUpdate: Paths.implementationCommunicationRow
        case .implCommunicationRowDeletion, .implCommunicationRowDelete: Paths.implementationCommunicationRowDeletion
        case .implAdminOverview: Paths.implementationAdmin
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
    // Implementation workspace (issue 6)
    public static let implementation = RoutePath("/implementation")
    public static let implementationPhase = RoutePath("/implementation/phases/:key")
    public static let implementationItem = RoutePath("/implementation/items/:key")
    public static let implementationItemComments = RoutePath("/implementation/items/:key/comments")
    public static let implementationSectionItemNew = RoutePath("/implementation/sections/:key/items/new")
    public static let implementationSectionItems = RoutePath("/implementation/sections/:key/items")
    public static let implementationPlan = RoutePath("/implementation/plan")
    public static let implementationPlanPrint = RoutePath("/implementation/plan/print")
    public static let implementationPlanQuestion = RoutePath("/implementation/plan/questions/:key")
    public static let implementationPlanQuestionComments = RoutePath("/implementation/plan/questions/:key/comments")
    public static let implementationDialogue = RoutePath("/implementation/dialogue")
    public static let implementationDialogueNew = RoutePath("/implementation/dialogue/new")
    public static let implementationDialogueRound = RoutePath("/implementation/dialogue/:id")
    public static let implementationMeetings = RoutePath("/implementation/meetings")
    public static let implementationMeetingNew = RoutePath("/implementation/meetings/new")
    public static let implementationMeeting = RoutePath("/implementation/meetings/:id")
    public static let implementationMeetingActions = RoutePath("/implementation/meetings/:id/actions")
    public static let implementationMeetingAction = RoutePath("/implementation/meetings/:id/actions/:action")
    public static let implementationMeetingActionChecklistItem = RoutePath("/implementation/meetings/:id/actions/:action/checklist-item")
    public static let implementationMeetingActionPlanInitiative = RoutePath("/implementation/meetings/:id/actions/:action/plan-initiative")
    public static let implementationRounds = RoutePath("/implementation/rounds")
    public static let implementationRoundNew = RoutePath("/implementation/rounds/new")
    public static let implementationRound = RoutePath("/implementation/rounds/:id")
    public static let implementationDocumentationPlan = RoutePath("/implementation/documentation-plan")
    public static let implementationDocumentationTemplate = RoutePath("/implementation/documentation-plan/template")
    public static let implementationDocumentationRow = RoutePath("/implementation/documentation-plan/:id")
    public static let implementationDocumentationRowDeletion = RoutePath("/implementation/documentation-plan/:id/deletion")
    public static let implementationCommunicationPlan = RoutePath("/implementation/communication-plan")
    public static let implementationCommunicationTemplate = RoutePath("/implementation/communication-plan/template")
    public static let implementationCommunicationRow = RoutePath("/implementation/communication-plan/:id")
    public static let implementationCommunicationRowDeletion = RoutePath("/implementation/communication-plan/:id/deletion")
    public static let implementationAdmin = RoutePath("/admin/implementation")
}
