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
    // Privacy (issue 8): audit log, access requests, anonymisation, retention, records of processing
    case auditLog, accessRequests, accessRequestNew, accessRequestCreate, accessRequestShow, accessRequestDocument,
         accessRequestJSON, accessRequestAnswered, anonymisationForm, anonymise, privacySettings, privacySettingsUpdate,
         processingRecords
    // Dashboard and status report (issue 7)
    case dashboard, dashboardEstimates, dashboardEstimatesUpdate, statusReport, statusReportCSV, statusReportCommentary, adminOverview
    case dashboardSettings, dashboardSettingsUpdate
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
    case portalClaimSubmit, portalClaimReceipt, portalClaimAttachment, portalFollowUpAnswer
    // Guidance and volunteers (issue 4): courses, sessions, agreements, activity, outcome,
    // follow-ups, volunteers, the open board and the volunteer's own start page
    case courses, courseShow, courseNew, courseCreate, courseGuideForm, courseGuide, coursePublish
    case sessionNew, sessionCreate, agreementNew, agreementCreate, activityForm, activitySave, outcomeForm, outcomeSave
    case followUps, followUpShow, followUpAnswer
    case volunteers, volunteerNew, volunteerCreate, volunteerShow, volunteerEdit, volunteerUpdate, volunteerTrainingCreate
    case volunteerSettings, volunteerSettingsUpdate
    case board, boardOffer, boardOfferConfirm, myChildren
    // Season rollover: passes ending soon, renewed for the next season
    case passRenewals, passRenew
    // E-mail, work lists, decision letters and the family's pass
    case passwordResetForm, passwordResetRequest, accountNotifications, outbox, communicationSettings, communicationSettingsUpdate
    case letterShow, passCard, portalPassLookup, childLetterLanguage
    // Staff sign-in: second factor, single sign-on, sign-in settings, the session's time-out
    case secondFactorForm, secondFactorVerify, secondFactorEnrolForm, secondFactorEnrol, singleSignOnStart, singleSignOnCallback
    case accountSecondFactor, accountSecondFactorEnrol, accountRecoveryCodes, userSecondFactorReset, userSingleSignOn
    case signInSettings, signInSettingsUpdate, sessionKeepAlive
    // Published figures: the report's running head in print; schools and districts as registries
    case statusReportPrintStyle, registries, districtCreate, districtEdit, districtUpdate, schoolCreate, schoolEdit, schoolUpdate

    public var method: HTTPRequest.Method {
        switch self {
        case .login, .activate, .logout, .accountPassword, .accountLanguage, .userCreate, .userUpdate,
             .userActive, .userPasswordReset, .userUnlock, .municipalityCreate, .municipalityCoordinatorCreate:
            return .post
        // Intake (issue 3)
        case .childCreate, .childUpdate, .childCaseworker, .consentCreate, .consentWithdraw, .referralCreate,
             .referralAssessment, .referralDecide, .passUse, .passEnd, .schemeSettingsUpdate:
            return .post
        // Privacy (issue 8)
        case .accessRequestCreate, .accessRequestAnswered, .anonymise, .privacySettingsUpdate:
            return .post
        // Dashboard (issue 7)
        case .dashboardEstimatesUpdate, .statusReportCommentary, .dashboardSettingsUpdate:
            return .post
        // Implementation workspace (issue 6)
        case .implItemUpdate, .implItemCommentCreate, .implCustomItemCreate, .implPlanQuestionUpdate,
             .implPlanQuestionCommentCreate, .implDialogueCreate, .implDialogueRoundUpdate, .implMeetingCreate,
             .implMeetingUpdate, .implMeetingActionCreate, .implMeetingActionChecklistItem, .implMeetingActionPlanInitiative,
             .implTestRoundCreate, .implTestRoundUpdate, .implDocumentationRowCreate, .implDocumentationTemplate,
             .implDocumentationRowUpdate, .implDocumentationRowDelete, .implCommunicationRowCreate, .implCommunicationTemplate,
             .implCommunicationRowUpdate, .implCommunicationRowDelete:
            return .post
        // Associations, grants and payments (issue 5)
        case .associationCreate, .associationUpdate, .associationContactCreate, .associationContactRemove, .activityCreate,
             .activityUpdate, .grantRulesUpdate, .fundingSourceCreate, .fundingBudgetSave, .enrolmentCreate, .grantCreate,
             .grantCancel, .claimDecisions, .paymentBatchCreate, .paymentBatchExport, .paymentBatchPaid, .portalStart,
             .portalStopped, .portalClaimDraft, .portalClaimSubmit, .portalFollowUpAnswer:
            return .post
        // Guidance and volunteers (issue 4)
        case .courseCreate, .courseGuide, .coursePublish, .sessionCreate, .agreementCreate, .activitySave, .outcomeSave,
             .followUpAnswer, .volunteerCreate, .volunteerUpdate, .volunteerTrainingCreate, .volunteerSettingsUpdate,
             .boardOffer, .boardOfferConfirm:
            return .post
        case .passwordResetRequest, .accountNotifications, .communicationSettingsUpdate, .childLetterLanguage:
            return .post
        case .secondFactorVerify, .secondFactorEnrol, .accountSecondFactorEnrol, .accountRecoveryCodes, .userSecondFactorReset,
             .userSingleSignOn, .signInSettingsUpdate, .sessionKeepAlive:
            return .post
        // Registries of schools and districts
        case .districtCreate, .districtUpdate, .schoolCreate, .schoolUpdate:
            return .post
        // Season rollover
        case .passRenew:
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
        // Privacy (issue 8)
        case .auditLog: Paths.auditLog
        case .accessRequests: Paths.accessRequests
        case .accessRequestNew: Paths.accessRequestNew
        case .accessRequestCreate: Paths.childAccessRequests
        case .accessRequestShow: Paths.accessRequest
        case .accessRequestDocument: Paths.accessRequestDocument
        case .accessRequestJSON: Paths.accessRequestJSON
        case .accessRequestAnswered: Paths.accessRequestAnswered
        case .anonymisationForm, .anonymise: Paths.anonymisation
        case .privacySettings, .privacySettingsUpdate: Paths.privacySettings
        case .processingRecords: Paths.processingRecords
        // Dashboard (issue 7)
        case .dashboard: Paths.dashboard
        case .dashboardEstimates, .dashboardEstimatesUpdate: Paths.dashboardEstimates
        case .statusReport: Paths.statusReport
        case .statusReportCSV: Paths.statusReportCSV
        case .statusReportCommentary: Paths.statusReportCommentary
        case .adminOverview: Paths.adminOverview
        case .dashboardSettings, .dashboardSettingsUpdate: Paths.dashboardSettings
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
        case .portalFollowUpAnswer: Paths.portalFollowUp
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
        // Season rollover
        case .passRenewals, .passRenew: Paths.passRenewals
        // E-mail, work lists, decision letters and the family's pass
        case .passwordResetForm, .passwordResetRequest: Paths.passwordReset
        case .accountNotifications: Paths.accountNotifications
        case .outbox: Paths.outbox
        case .communicationSettings, .communicationSettingsUpdate: Paths.communicationSettings
        case .letterShow: Paths.letter
        case .passCard: Paths.passCard
        case .portalPassLookup: Paths.portalPass
        case .childLetterLanguage: Paths.childLetterLanguage
        case .secondFactorForm, .secondFactorVerify: Paths.secondFactor
        case .secondFactorEnrolForm, .secondFactorEnrol: Paths.secondFactorEnrolment
        case .singleSignOnStart: Paths.singleSignOn
        case .singleSignOnCallback: Paths.singleSignOnCallback
        case .accountSecondFactor, .accountSecondFactorEnrol: Paths.accountSecondFactor
        case .accountRecoveryCodes: Paths.accountRecoveryCodes
        case .userSecondFactorReset: Paths.userSecondFactorReset
        case .userSingleSignOn: Paths.userSingleSignOn
        case .signInSettings, .signInSettingsUpdate: Paths.signInSettings
        case .sessionKeepAlive: Paths.sessionKeepAlive
        // Published figures and registries
        case .statusReportPrintStyle: Paths.statusReportPrintStyle
        case .registries: Paths.registries
        case .districtCreate: Paths.districts
        case .districtEdit, .districtUpdate: Paths.district
        case .schoolCreate: Paths.schools
        case .schoolEdit, .schoolUpdate: Paths.school
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
    // Season rollover
    public static let passRenewals = RoutePath("/passes/renewals")
    // Privacy (issue 8)
    public static let auditLog = RoutePath("/audit")
    public static let accessRequests = RoutePath("/access-requests")
    public static let accessRequestNew = RoutePath("/children/:id/access-requests/new")
    public static let childAccessRequests = RoutePath("/children/:id/access-requests")
    public static let accessRequest = RoutePath("/access-requests/:id")
    public static let accessRequestDocument = RoutePath("/access-requests/:id/document")
    public static let accessRequestJSON = RoutePath("/access-requests/:id/export.json")
    public static let accessRequestAnswered = RoutePath("/access-requests/:id/answered")
    public static let anonymisation = RoutePath("/children/:id/anonymisation")
    public static let privacySettings = RoutePath("/settings/privacy")
    public static let processingRecords = RoutePath("/privacy/records")
    // Dashboard (issue 7)
    public static let dashboard = RoutePath("/dashboard")
    public static let dashboardEstimates = RoutePath("/dashboard/estimates")
    public static let dashboardSettings = RoutePath("/dashboard/settings")
    public static let statusReport = RoutePath("/reports/status")
    public static let statusReportCSV = RoutePath("/reports/status.csv")
    public static let statusReportCommentary = RoutePath("/reports/status/commentary")
    public static let adminOverview = RoutePath("/admin/overview")
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
    public static let portalFollowUp = RoutePath("/portal/follow-ups/:id")
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
    // E-mail, work lists, decision letters and the family's pass
    public static let passwordReset = RoutePath("/password-reset")
    public static let accountNotifications = RoutePath("/account/notifications")
    public static let outbox = RoutePath("/outbox")
    public static let communicationSettings = RoutePath("/settings/communication")
    public static let letter = RoutePath("/letters/:id")
    public static let passCard = RoutePath("/passes/:id/card")
    public static let portalPass = RoutePath("/portal/pass")
    public static let childLetterLanguage = RoutePath("/children/:id/letter-language")
    // Staff sign-in: second factor, single sign-on, sign-in settings, the session's time-out
    public static let secondFactor = RoutePath("/login/code")
    public static let secondFactorEnrolment = RoutePath("/login/authenticator")
    public static let singleSignOn = RoutePath("/login/sso/:slug")
    public static let singleSignOnCallback = RoutePath("/login/sso-callback")
    public static let accountSecondFactor = RoutePath("/account/two-factor")
    public static let accountRecoveryCodes = RoutePath("/account/two-factor/recovery-codes")
    public static let userSecondFactorReset = RoutePath("/users/:id/two-factor-reset")
    public static let userSingleSignOn = RoutePath("/users/:id/single-sign-on")
    public static let signInSettings = RoutePath("/settings/sign-in")
    public static let sessionKeepAlive = RoutePath("/session/keep-alive")
    // Published figures and registries
    public static let statusReportPrintStyle = RoutePath("/reports/status/print.css")
    public static let registries = RoutePath("/settings/registers")
    public static let districts = RoutePath("/settings/registers/districts")
    public static let district = RoutePath("/settings/registers/districts/:id")
    public static let schools = RoutePath("/settings/registers/schools")
    public static let school = RoutePath("/settings/registers/schools/:id")
}
