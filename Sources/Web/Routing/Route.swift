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
    // Associations, grants and payments (issue 5)
    case associations, associationNew, associationCreate, associationShow, associationEdit, associationUpdate
    case associationContactCreate, associationContactRemove
    case activities, activityNew, activityCreate, activityShow, activityEdit, activityUpdate
    case grantRules, grantRulesUpdate, fundingSources, fundingSourceCreate, fundingBudgetSave
    case enrolmentNew, enrolmentCreate, grantNew, grantCreate, grantShow, grantCancellationForm, grantCancel, grantsUnclaimed
    case claims, claimDecisions, claimShow, claimAttachment
    case paymentBatches, paymentBatchCreate, paymentBatchShow, paymentBatchExport, paymentBatchPaidForm, paymentBatchPaid
    case budget
    case portal, portalStart, portalStoppedForm, portalStopped, portalClaimForm, portalClaimDraft, portalClaimCheck
    case portalClaimSubmit, portalClaimReceipt, portalClaimAttachment

    public var method: HTTPRequest.Method {
        switch self {
        case .login, .activate, .logout, .accountPassword, .accountLanguage, .userCreate, .userUpdate,
             .userActive, .userPasswordReset, .userUnlock, .municipalityCreate, .municipalityCoordinatorCreate:
            return .post
        // Intake (issue 3)
        case .childCreate, .childUpdate, .childCaseworker, .consentCreate, .consentWithdraw, .referralCreate,
             .referralAssessment, .referralDecide, .passUse, .passEnd, .schemeSettingsUpdate:
            return .post
        // Associations, grants and payments (issue 5)
        case .associationCreate, .associationUpdate, .associationContactCreate, .associationContactRemove, .activityCreate,
             .activityUpdate, .grantRulesUpdate, .fundingSourceCreate, .fundingBudgetSave, .enrolmentCreate, .grantCreate,
             .grantCancel, .claimDecisions, .paymentBatchCreate, .paymentBatchExport, .paymentBatchPaid, .portalStart,
             .portalStopped, .portalClaimDraft, .portalClaimSubmit:
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
        // Associations, grants and payments (issue 5)
        case .associations, .associationCreate: Paths.associations
        case .associationNew: Paths.associationNew
        case .associationShow, .associationUpdate: Paths.association
        case .associationEdit: Paths.associationEdit
        case .associationContactCreate: Paths.associationContacts
        case .associationContactRemove: Paths.associationContactRemoval
        case .activities, .activityCreate: Paths.activities
        case .activityNew: Paths.activityNew
        case .activityShow, .activityUpdate: Paths.activity
        case .activityEdit: Paths.activityEdit
        case .grantRules, .grantRulesUpdate: Paths.grantRules
        case .fundingSources, .fundingSourceCreate: Paths.fundingSources
        case .fundingBudgetSave: Paths.fundingBudgets
        case .enrolmentNew: Paths.enrolmentNew
        case .enrolmentCreate: Paths.childEnrolments
        case .grantNew: Paths.grantNew
        case .grantCreate: Paths.childGrants
        case .grantShow: Paths.grant
        case .grantCancellationForm, .grantCancel: Paths.grantCancellation
        case .grantsUnclaimed: Paths.grantsUnclaimed
        case .claims: Paths.claims
        case .claimDecisions: Paths.claimDecisions
        case .claimShow: Paths.claim
        case .claimAttachment: Paths.claimAttachment
        case .paymentBatches, .paymentBatchCreate: Paths.paymentBatches
        case .paymentBatchShow: Paths.paymentBatch
        case .paymentBatchExport: Paths.paymentBatchExport
        case .paymentBatchPaidForm, .paymentBatchPaid: Paths.paymentBatchPaid
        case .budget: Paths.budget
        case .portal: Paths.portal
        case .portalStart: Paths.portalStart
        case .portalStoppedForm, .portalStopped: Paths.portalStopped
        case .portalClaimForm, .portalClaimDraft: Paths.portalClaim
        case .portalClaimCheck: Paths.portalClaimCheck
        case .portalClaimSubmit: Paths.portalClaimSubmission
        case .portalClaimReceipt: Paths.portalClaimReceipt
        case .portalClaimAttachment: Paths.portalClaimAttachment
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
    // Associations, grants and payments (issue 5)
    public static let associations = RoutePath("/associations")
    public static let associationNew = RoutePath("/associations/new")
    public static let association = RoutePath("/associations/:id")
    public static let associationEdit = RoutePath("/associations/:id/edit")
    public static let associationContacts = RoutePath("/associations/:id/contacts")
    public static let associationContactRemoval = RoutePath("/associations/:id/contacts/:contactID/removal")
    public static let activities = RoutePath("/activities")
    public static let activityNew = RoutePath("/activities/new")
    public static let activity = RoutePath("/activities/:id")
    public static let activityEdit = RoutePath("/activities/:id/edit")
    public static let grantRules = RoutePath("/grant-rules")
    public static let fundingSources = RoutePath("/funding-sources")
    public static let fundingBudgets = RoutePath("/funding-sources/:id/budgets")
    public static let enrolmentNew = RoutePath("/children/:id/enrolments/new")
    public static let childEnrolments = RoutePath("/children/:id/enrolments")
    public static let grantNew = RoutePath("/children/:id/grants/new")
    public static let childGrants = RoutePath("/children/:id/grants")
    public static let grant = RoutePath("/grants/:id")
    public static let grantCancellation = RoutePath("/grants/:id/cancellation")
    public static let grantsUnclaimed = RoutePath("/grants/unclaimed")
    public static let claims = RoutePath("/claims")
    public static let claimDecisions = RoutePath("/claims/decisions")
    public static let claim = RoutePath("/claims/:id")
    public static let claimAttachment = RoutePath("/claims/:id/attachment")
    public static let paymentBatches = RoutePath("/payment-batches")
    public static let paymentBatch = RoutePath("/payment-batches/:id")
    public static let paymentBatchExport = RoutePath("/payment-batches/:id/export")
    public static let paymentBatchPaid = RoutePath("/payment-batches/:id/paid")
    public static let budget = RoutePath("/budget")
    public static let portal = RoutePath("/portal")
    public static let portalStart = RoutePath("/portal/enrolments/:id/start")
    public static let portalStopped = RoutePath("/portal/enrolments/:id/stopped")
    public static let portalClaim = RoutePath("/portal/grants/:id/claim")
    public static let portalClaimCheck = RoutePath("/portal/claims/:id/check")
    public static let portalClaimSubmission = RoutePath("/portal/claims/:id/submission")
    public static let portalClaimReceipt = RoutePath("/portal/claims/:id")
    public static let portalClaimAttachment = RoutePath("/portal/claims/:id/attachment")
}
