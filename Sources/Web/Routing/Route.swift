import HTTPTypes
import Domain

/// Every route of the application. Its method, path and capability are declared in
/// `declaration` below; the handler lives in the feature's controller (`routes.add(.route)`).
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
    // Intake: children, consents, referrals, passes, scheme rules
    case children, childSearch, childrenExport, childNew, childCreate, childShow, childEdit, childUpdate, childCaseworker
    case consentNew, consentCreate, consentWithdrawalForm, consentWithdraw
    case referralNew, referralCreate, referrals, referralAssessment, referralDecisionForm, referralDecide
    case passUse, passEndForm, passEnd
    case schemeSettings, schemeSettingsUpdate
    // Privacy: audit log, access requests, anonymisation, retention, records of processing
    case auditLog, accessRequests, accessRequestNew, accessRequestCreate, accessRequestShow, accessRequestDocument,
         accessRequestJSON, accessRequestAnswered, anonymisationForm, anonymise, privacySettings, privacySettingsUpdate,
         processingRecords
    // Dashboard and status report
    case dashboard, dashboardEstimates, dashboardEstimatesUpdate, statusReport, statusReportCSV, statusReportCommentary, adminOverview
    case dashboardSettings, dashboardSettingsUpdate
    // Implementation workspace
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
    // Associations, grants and payments
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
    // Guidance and volunteers: courses, sessions, agreements, activity, outcome,
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

    /// The route's method, path and who may use it: declared once here, grouped by feature,
    /// and everything else (the router, the access check, the access tests, body limits) reads
    /// it. No `default:` on purpose: a new route does not compile until it states all three.
    public var declaration: RouteDeclaration {
        switch self {
        // Public
        case .health: .get(Paths.health, .anyone)
        case .accessibilityStatement: .get(Paths.accessibilityStatement, .anyone)
        case .privacy: .get(Paths.privacy, .anyone)
        case .loginForm: .get(Paths.login, .anyone)
        case .login: .post(Paths.login, .anyone)
        case .activationForm: .get(Paths.activation, .anyone)
        case .activate: .post(Paths.activation, .anyone)
        // Any signed-in user
        case .home: .get(Paths.home, .signedIn)
        case .logout: .post(Paths.logout, .signedIn)
        case .account: .get(Paths.account, .signedIn)
        case .accountPassword: .post(Paths.accountPassword, .signedIn)
        case .accountLanguage: .post(Paths.accountLanguage, .signedIn)
        // Coordinator: the municipality's users
        case .users: .get(Paths.users, .manageUsers)
        case .userNew: .get(Paths.userNew, .manageUsers)
        case .userCreate: .post(Paths.users, .manageUsers)
        case .userShow: .get(Paths.user, .manageUsers)
        case .userUpdate: .post(Paths.user, .manageUsers)
        case .userActive: .post(Paths.userActive, .manageUsers)
        case .userPasswordReset: .post(Paths.userPasswordReset, .manageUsers)
        case .userUnlock: .post(Paths.userUnlock, .manageUsers)
        // Admin: municipalities
        case .municipalities: .get(Paths.municipalities, .manageMunicipalities)
        case .municipalityNew: .get(Paths.municipalityNew, .manageMunicipalities)
        case .municipalityCreate: .post(Paths.municipalities, .manageMunicipalities)
        case .municipalityShow: .get(Paths.municipality, .manageMunicipalities)
        case .municipalityCoordinatorCreate: .post(Paths.municipalityCoordinators, .manageMunicipalities)
        // Intake: children, consents, referrals, passes, scheme rules
        case .children: .get(Paths.children, .registerChildren)
        case .childSearch: .get(Paths.childSearch, .registerChildren)
        case .childrenExport: .get(Paths.childrenExport, .decideOnPasses)
        case .childNew: .get(Paths.childNew, .registerChildren)
        case .childCreate: .post(Paths.children, .registerChildren)
        case .childShow: .get(Paths.child, .registerChildren)
        case .childEdit: .get(Paths.childEdit, .registerChildren)
        case .childUpdate: .post(Paths.child, .registerChildren)
        case .childCaseworker: .post(Paths.childCaseworker, .decideOnPasses)
        case .consentNew: .get(Paths.consentNew, .registerChildren)
        case .consentCreate: .post(Paths.consents, .registerChildren)
        case .consentWithdrawalForm: .get(Paths.consentWithdrawal, .registerChildren)
        case .consentWithdraw: .post(Paths.consentWithdrawal, .registerChildren)
        case .referralNew: .get(Paths.referralNew, .registerChildren)
        case .referralCreate: .post(Paths.childReferrals, .registerChildren)
        case .referrals: .get(Paths.referrals, .registerChildren)
        case .referralAssessment: .post(Paths.referralAssessment, .decideOnPasses)
        case .referralDecisionForm: .get(Paths.referralDecision, .decideOnPasses)
        case .referralDecide: .post(Paths.referralDecision, .decideOnPasses)
        case .passUse: .post(Paths.passUse, .decideOnPasses)
        case .passEndForm: .get(Paths.passEnd, .decideOnPasses)
        case .passEnd: .post(Paths.passEnd, .decideOnPasses)
        case .schemeSettings: .get(Paths.schemeSettings, .decideOnPasses)
        case .schemeSettingsUpdate: .post(Paths.schemeSettings, .decideOnPasses)
        // Privacy: audit log, access requests, anonymisation, retention, records of processing
        case .auditLog: .get(Paths.auditLog, .controlPersonalData)
        case .accessRequests: .get(Paths.accessRequests, .controlPersonalData)
        case .accessRequestNew: .get(Paths.accessRequestNew, .controlPersonalData)
        case .accessRequestCreate: .post(Paths.childAccessRequests, .controlPersonalData)
        case .accessRequestShow: .get(Paths.accessRequest, .controlPersonalData)
        case .accessRequestDocument: .get(Paths.accessRequestDocument, .controlPersonalData)
        case .accessRequestJSON: .get(Paths.accessRequestJSON, .controlPersonalData)
        case .accessRequestAnswered: .post(Paths.accessRequestAnswered, .controlPersonalData)
        case .anonymisationForm: .get(Paths.anonymisation, .controlPersonalData)
        case .anonymise: .post(Paths.anonymisation, .controlPersonalData)
        case .privacySettings: .get(Paths.privacySettings, .controlPersonalData)
        case .privacySettingsUpdate: .post(Paths.privacySettings, .controlPersonalData)
        case .processingRecords: .get(Paths.processingRecords, .readProcessingRecords)
        // Dashboard and status report
        case .dashboard: .get(Paths.dashboard, .followFigures)
        case .dashboardEstimates: .get(Paths.dashboardEstimates, .followFigures)
        case .dashboardEstimatesUpdate: .post(Paths.dashboardEstimates, .followFigures)
        case .statusReport: .get(Paths.statusReport, .followFigures)
        case .statusReportCSV: .get(Paths.statusReportCSV, .followFigures)
        case .statusReportCommentary: .post(Paths.statusReportCommentary, .followFigures)
        case .adminOverview: .get(Paths.adminOverview, .compareMunicipalities)
        case .dashboardSettings: .get(Paths.dashboardSettings, .followFigures)
        case .dashboardSettingsUpdate: .post(Paths.dashboardSettings, .followFigures)
        // Implementation workspace
        case .implOverview: .get(Paths.implementation, .followImplementation)
        case .implPhase: .get(Paths.implementationPhase, .followImplementation)
        case .implItem: .get(Paths.implementationItem, .followImplementation)
        case .implItemUpdate: .post(Paths.implementationItem, .runImplementation)
        case .implItemCommentCreate: .post(Paths.implementationItemComments, .followImplementation)
        case .implCustomItemNew: .get(Paths.implementationSectionItemNew, .runImplementation)
        case .implCustomItemCreate: .post(Paths.implementationSectionItems, .runImplementation)
        case .implPlan: .get(Paths.implementationPlan, .followImplementation)
        case .implPlanPrint: .get(Paths.implementationPlanPrint, .followImplementation)
        case .implPlanQuestion: .get(Paths.implementationPlanQuestion, .followImplementation)
        case .implPlanQuestionUpdate: .post(Paths.implementationPlanQuestion, .runImplementation)
        case .implPlanQuestionCommentCreate: .post(Paths.implementationPlanQuestionComments, .followImplementation)
        case .implDialogue: .get(Paths.implementationDialogue, .followImplementation)
        case .implDialogueNew: .get(Paths.implementationDialogueNew, .runImplementation)
        case .implDialogueCreate: .post(Paths.implementationDialogue, .runImplementation)
        case .implDialogueRound: .get(Paths.implementationDialogueRound, .runImplementation)
        case .implDialogueRoundUpdate: .post(Paths.implementationDialogueRound, .runImplementation)
        case .implMeetings: .get(Paths.implementationMeetings, .followImplementation)
        case .implMeetingNew: .get(Paths.implementationMeetingNew, .runImplementation)
        case .implMeetingCreate: .post(Paths.implementationMeetings, .runImplementation)
        case .implMeeting: .get(Paths.implementationMeeting, .followImplementation)
        case .implMeetingUpdate: .post(Paths.implementationMeeting, .runImplementation)
        case .implMeetingActionCreate: .post(Paths.implementationMeetingActions, .runImplementation)
        case .implMeetingAction: .get(Paths.implementationMeetingAction, .runImplementation)
        case .implMeetingActionChecklistItem: .post(Paths.implementationMeetingActionChecklistItem, .runImplementation)
        case .implMeetingActionPlanInitiative: .post(Paths.implementationMeetingActionPlanInitiative, .runImplementation)
        case .implTestRounds: .get(Paths.implementationRounds, .followImplementation)
        case .implTestRoundNew: .get(Paths.implementationRoundNew, .runImplementation)
        case .implTestRoundCreate: .post(Paths.implementationRounds, .runImplementation)
        case .implTestRound: .get(Paths.implementationRound, .runImplementation)
        case .implTestRoundUpdate: .post(Paths.implementationRound, .runImplementation)
        case .implDocumentationPlan: .get(Paths.implementationDocumentationPlan, .followImplementation)
        case .implDocumentationRowCreate: .post(Paths.implementationDocumentationPlan, .runImplementation)
        case .implDocumentationTemplate: .post(Paths.implementationDocumentationTemplate, .runImplementation)
        case .implDocumentationRow: .get(Paths.implementationDocumentationRow, .runImplementation)
        case .implDocumentationRowUpdate: .post(Paths.implementationDocumentationRow, .runImplementation)
        case .implDocumentationRowDeletion: .get(Paths.implementationDocumentationRowDeletion, .runImplementation)
        case .implDocumentationRowDelete: .post(Paths.implementationDocumentationRowDeletion, .runImplementation)
        case .implCommunicationPlan: .get(Paths.implementationCommunicationPlan, .followImplementation)
        case .implCommunicationRowCreate: .post(Paths.implementationCommunicationPlan, .runImplementation)
        case .implCommunicationTemplate: .post(Paths.implementationCommunicationTemplate, .runImplementation)
        case .implCommunicationRow: .get(Paths.implementationCommunicationRow, .runImplementation)
        case .implCommunicationRowUpdate: .post(Paths.implementationCommunicationRow, .runImplementation)
        case .implCommunicationRowDeletion: .get(Paths.implementationCommunicationRowDeletion, .runImplementation)
        case .implCommunicationRowDelete: .post(Paths.implementationCommunicationRowDeletion, .runImplementation)
        case .implAdminOverview: .get(Paths.implementationAdmin, .compareMunicipalities)
        // Associations, grants and payments
        case .associations: .get(Paths.associations, .lookUpActivities)
        case .associationNew: .get(Paths.associationNew, .manageMoney)
        case .associationCreate: .post(Paths.associations, .manageMoney)
        case .associationShow: .get(Paths.association, .lookUpActivities)
        case .associationEdit: .get(Paths.associationEdit, .manageMoney)
        case .associationUpdate: .post(Paths.association, .manageMoney)
        case .associationContactCreate: .post(Paths.associationContacts, .manageMoney)
        case .associationContactRemove: .post(Paths.associationContactRemoval, .manageMoney)
        case .activities: .get(Paths.activities, .lookUpActivities)
        case .activityNew: .get(Paths.activityNew, .manageMoney)
        case .activityCreate: .post(Paths.activities, .manageMoney)
        case .activityShow: .get(Paths.activity, .lookUpActivities)
        case .activityEdit: .get(Paths.activityEdit, .manageMoney)
        case .activityUpdate: .post(Paths.activity, .manageMoney)
        case .grantRules: .get(Paths.grantRules, .manageMoney)
        case .grantRulesUpdate: .post(Paths.grantRules, .manageMoney)
        case .fundingSources: .get(Paths.fundingSources, .manageMoney)
        case .fundingSourceCreate: .post(Paths.fundingSources, .manageMoney)
        case .fundingBudgetSave: .post(Paths.fundingBudgets, .manageMoney)
        case .enrolmentNew: .get(Paths.enrolmentNew, .enrolChildren)
        case .enrolmentCreate: .post(Paths.childEnrolments, .enrolChildren)
        case .grantNew: .get(Paths.grantNew, .manageMoney)
        case .grantCreate: .post(Paths.childGrants, .manageMoney)
        case .grantShow: .get(Paths.grant, .manageMoney)
        case .grantCancellationForm: .get(Paths.grantCancellation, .manageMoney)
        case .grantCancel: .post(Paths.grantCancellation, .manageMoney)
        case .grantsUnclaimed: .get(Paths.grantsUnclaimed, .manageMoney)
        case .claims: .get(Paths.claims, .manageMoney)
        case .claimDecisions: .post(Paths.claimDecisions, .manageMoney)
        case .claimShow: .get(Paths.claim, .manageMoney)
        case .claimAttachment: .get(Paths.claimAttachment, .manageMoney)
        case .paymentBatches: .get(Paths.paymentBatches, .manageMoney)
        case .paymentBatchCreate: .post(Paths.paymentBatches, .manageMoney)
        case .paymentBatchShow: .get(Paths.paymentBatch, .manageMoney)
        case .paymentBatchExport: .post(Paths.paymentBatchExport, .manageMoney)
        case .paymentBatchPaidForm: .get(Paths.paymentBatchPaid, .manageMoney)
        case .paymentBatchPaid: .post(Paths.paymentBatchPaid, .manageMoney)
        case .budget: .get(Paths.budget, .manageMoney)
        case .portal: .get(Paths.portal, .usePortal)
        case .portalStart: .post(Paths.portalStart, .usePortal)
        case .portalStoppedForm: .get(Paths.portalStopped, .usePortal)
        case .portalStopped: .post(Paths.portalStopped, .usePortal)
        case .portalClaimForm: .get(Paths.portalClaim, .usePortal)
        case .portalClaimDraft: .post(Paths.portalClaim, .usePortal)
        case .portalClaimCheck: .get(Paths.portalClaimCheck, .usePortal)
        case .portalClaimSubmit: .post(Paths.portalClaimSubmission, .usePortal)
        case .portalClaimReceipt: .get(Paths.portalClaimReceipt, .usePortal)
        case .portalClaimAttachment: .get(Paths.portalClaimAttachment, .usePortal)
        case .portalFollowUpAnswer: .post(Paths.portalFollowUp, .usePortal)
        // Guidance and volunteers: courses, sessions, agreements, activity, outcome,
        // follow-ups, volunteers, the open board and the volunteer's own start page
        case .courses: .get(Paths.courses, .runCourses)
        case .courseShow: .get(Paths.course, .guideChildren)
        case .courseNew: .get(Paths.courseNew, .runCourses)
        case .courseCreate: .post(Paths.childCourses, .runCourses)
        case .courseGuideForm: .get(Paths.courseGuide, .manageVolunteers)
        case .courseGuide: .post(Paths.courseGuide, .manageVolunteers)
        case .coursePublish: .post(Paths.coursePublication, .manageVolunteers)
        case .sessionNew: .get(Paths.sessionNew, .guideChildren)
        case .sessionCreate: .post(Paths.sessions, .guideChildren)
        case .agreementNew: .get(Paths.agreementNew, .guideChildren)
        case .agreementCreate: .post(Paths.agreements, .guideChildren)
        case .activityForm: .get(Paths.courseActivity, .guideChildren)
        case .activitySave: .post(Paths.courseActivity, .guideChildren)
        case .outcomeForm: .get(Paths.courseOutcome, .runCourses)
        case .outcomeSave: .post(Paths.courseOutcome, .runCourses)
        case .followUps: .get(Paths.followUps, .guideChildren)
        case .followUpShow: .get(Paths.followUp, .guideChildren)
        case .followUpAnswer: .post(Paths.followUp, .guideChildren)
        case .volunteers: .get(Paths.volunteers, .manageVolunteers)
        case .volunteerNew: .get(Paths.volunteerNew, .manageVolunteers)
        case .volunteerCreate: .post(Paths.volunteers, .manageVolunteers)
        case .volunteerShow: .get(Paths.volunteer, .manageVolunteers)
        case .volunteerEdit: .get(Paths.volunteerEdit, .manageVolunteers)
        case .volunteerUpdate: .post(Paths.volunteer, .manageVolunteers)
        case .volunteerTrainingCreate: .post(Paths.volunteerTrainings, .manageVolunteers)
        case .volunteerSettings: .get(Paths.volunteerSettings, .manageVolunteers)
        case .volunteerSettingsUpdate: .post(Paths.volunteerSettings, .manageVolunteers)
        case .board: .get(Paths.board, .readBoard)
        case .boardOffer: .post(Paths.boardOffer, .offerToGuide)
        case .boardOfferConfirm: .post(Paths.boardOfferConfirmation, .manageVolunteers)
        case .myChildren: .get(Paths.myChildren, .offerToGuide)
        // Season rollover: passes ending soon, renewed for the next season
        case .passRenewals: .get(Paths.passRenewals, .decideOnPasses)
        case .passRenew: .post(Paths.passRenewals, .decideOnPasses)
        // E-mail, work lists, decision letters and the family's pass
        case .passwordResetForm: .get(Paths.passwordReset, .anyone)
        case .passwordResetRequest: .post(Paths.passwordReset, .anyone)
        case .accountNotifications: .post(Paths.accountNotifications, .signedIn)
        case .outbox: .get(Paths.outbox, .manageCommunication)
        case .communicationSettings: .get(Paths.communicationSettings, .manageCommunication)
        case .communicationSettingsUpdate: .post(Paths.communicationSettings, .manageCommunication)
        case .letterShow: .get(Paths.letter, .printLetters)
        case .passCard: .get(Paths.passCard, .printLetters)
        case .portalPassLookup: .get(Paths.portalPass, .usePortal)
        case .childLetterLanguage: .post(Paths.childLetterLanguage, .printLetters)
        // Staff sign-in: second factor, single sign-on, sign-in settings, the session's time-out
        case .secondFactorForm: .get(Paths.secondFactor, .anyone)
        case .secondFactorVerify: .post(Paths.secondFactor, .anyone)
        case .secondFactorEnrolForm: .get(Paths.secondFactorEnrolment, .anyone)
        case .secondFactorEnrol: .post(Paths.secondFactorEnrolment, .anyone)
        case .singleSignOnStart: .get(Paths.singleSignOn, .anyone)
        case .singleSignOnCallback: .get(Paths.singleSignOnCallback, .anyone)
        case .accountSecondFactor: .get(Paths.accountSecondFactor, .signedIn)
        case .accountSecondFactorEnrol: .post(Paths.accountSecondFactor, .signedIn)
        case .accountRecoveryCodes: .post(Paths.accountRecoveryCodes, .signedIn)
        case .userSecondFactorReset: .post(Paths.userSecondFactorReset, .manageSignIn)
        case .userSingleSignOn: .post(Paths.userSingleSignOn, .manageSignIn)
        case .signInSettings: .get(Paths.signInSettings, .manageSignIn)
        case .signInSettingsUpdate: .post(Paths.signInSettings, .manageSignIn)
        case .sessionKeepAlive: .post(Paths.sessionKeepAlive, .signedIn)
        // Published figures: the report's running head in print; schools and districts as registries
        case .statusReportPrintStyle: .get(Paths.statusReportPrintStyle, .followFigures)
        case .registries: .get(Paths.registries, .keepRegistries)
        case .districtCreate: .post(Paths.districts, .keepRegistries)
        case .districtEdit: .get(Paths.district, .keepRegistries)
        case .districtUpdate: .post(Paths.district, .keepRegistries)
        case .schoolCreate: .post(Paths.schools, .keepRegistries)
        case .schoolEdit: .get(Paths.school, .keepRegistries)
        case .schoolUpdate: .post(Paths.school, .keepRegistries)

        }
    }

    public var method: HTTPRequest.Method { declaration.method }
    public var path: RoutePath { declaration.path }
    public var capability: AccessPolicy.Capability { declaration.capability }
}

/// URL paths, one definition each.
public enum Paths {
    public static let health = RoutePath("/healthz")
    public static let accessibilityStatement = RoutePath("/was")
    public static let privacy = RoutePath("/privatlivspolitik")
    public static let login = RoutePath("/login")
    public static let logout = RoutePath("/logout")
    public static let activation = RoutePath1<String>("/activate/:token")
    public static let home = RoutePath("/")
    public static let account = RoutePath("/account")
    public static let accountPassword = RoutePath("/account/password")
    public static let accountLanguage = RoutePath("/account/language")
    public static let users = RoutePath("/users")
    public static let userNew = RoutePath("/users/new")
    public static let user = RoutePath1<UserID>("/users/:id")
    public static let userActive = RoutePath1<UserID>("/users/:id/active")
    public static let userPasswordReset = RoutePath1<UserID>("/users/:id/password-reset")
    public static let userUnlock = RoutePath1<UserID>("/users/:id/unlock")
    public static let municipalities = RoutePath("/admin/municipalities")
    public static let municipalityNew = RoutePath("/admin/municipalities/new")
    public static let municipality = RoutePath1<MunicipalityID>("/admin/municipalities/:id")
    public static let municipalityCoordinators = RoutePath1<MunicipalityID>("/admin/municipalities/:id/coordinators")
    // Intake
    public static let children = RoutePath("/children")
    public static let childSearch = RoutePath("/children/search")
    public static let childrenExport = RoutePath("/children/export")
    public static let childNew = RoutePath("/children/new")
    public static let child = RoutePath1<ChildID>("/children/:id")
    public static let childEdit = RoutePath1<ChildID>("/children/:id/edit")
    public static let childCaseworker = RoutePath1<ChildID>("/children/:id/caseworker")
    public static let consentNew = RoutePath1<ChildID>("/children/:id/consents/new")
    public static let consents = RoutePath1<ChildID>("/children/:id/consents")
    public static let consentWithdrawal = RoutePath2<ChildID, ConsentID>("/children/:id/consents/:consentID/withdrawal")
    public static let referralNew = RoutePath1<ChildID>("/children/:id/referrals/new")
    public static let childReferrals = RoutePath1<ChildID>("/children/:id/referrals")
    public static let referrals = RoutePath("/referrals")
    public static let referralAssessment = RoutePath1<ReferralID>("/referrals/:id/assessment")
    public static let referralDecision = RoutePath1<ReferralID>("/referrals/:id/decision")
    public static let passUse = RoutePath1<PassID>("/passes/:id/use")
    public static let passEnd = RoutePath1<PassID>("/passes/:id/end")
    public static let schemeSettings = RoutePath("/settings/scheme")
    // Season rollover
    public static let passRenewals = RoutePath("/passes/renewals")
    // Privacy
    public static let auditLog = RoutePath("/audit")
    public static let accessRequests = RoutePath("/access-requests")
    public static let accessRequestNew = RoutePath1<ChildID>("/children/:id/access-requests/new")
    public static let childAccessRequests = RoutePath1<ChildID>("/children/:id/access-requests")
    public static let accessRequest = RoutePath1<AccessRequestID>("/access-requests/:id")
    public static let accessRequestDocument = RoutePath1<AccessRequestID>("/access-requests/:id/document")
    public static let accessRequestJSON = RoutePath1<AccessRequestID>("/access-requests/:id/export.json")
    public static let accessRequestAnswered = RoutePath1<AccessRequestID>("/access-requests/:id/answered")
    public static let anonymisation = RoutePath1<ChildID>("/children/:id/anonymisation")
    public static let privacySettings = RoutePath("/settings/privacy")
    public static let processingRecords = RoutePath("/privacy/records")
    // Dashboard
    public static let dashboard = RoutePath("/dashboard")
    public static let dashboardEstimates = RoutePath("/dashboard/estimates")
    public static let dashboardSettings = RoutePath("/dashboard/settings")
    public static let statusReport = RoutePath("/reports/status")
    public static let statusReportCSV = RoutePath("/reports/status.csv")
    public static let statusReportCommentary = RoutePath("/reports/status/commentary")
    public static let adminOverview = RoutePath("/admin/overview")
    // Implementation workspace
    public static let implementation = RoutePath("/implementation")
    public static let implementationPhase = RoutePath1<String>("/implementation/phases/:key")
    public static let implementationItem = RoutePath1<String>("/implementation/items/:key")
    public static let implementationItemComments = RoutePath1<String>("/implementation/items/:key/comments")
    public static let implementationSectionItemNew = RoutePath1<String>("/implementation/sections/:key/items/new")
    public static let implementationSectionItems = RoutePath1<String>("/implementation/sections/:key/items")
    public static let implementationPlan = RoutePath("/implementation/plan")
    public static let implementationPlanPrint = RoutePath("/implementation/plan/print")
    public static let implementationPlanQuestion = RoutePath1<String>("/implementation/plan/questions/:key")
    public static let implementationPlanQuestionComments = RoutePath1<String>("/implementation/plan/questions/:key/comments")
    public static let implementationDialogue = RoutePath("/implementation/dialogue")
    public static let implementationDialogueNew = RoutePath("/implementation/dialogue/new")
    public static let implementationDialogueRound = RoutePath1<DialogueRoundID>("/implementation/dialogue/:id")
    public static let implementationMeetings = RoutePath("/implementation/meetings")
    public static let implementationMeetingNew = RoutePath("/implementation/meetings/new")
    public static let implementationMeeting = RoutePath1<MeetingID>("/implementation/meetings/:id")
    public static let implementationMeetingActions = RoutePath1<MeetingID>("/implementation/meetings/:id/actions")
    public static let implementationMeetingAction = RoutePath2<MeetingID, MeetingActionID>("/implementation/meetings/:id/actions/:action")
    public static let implementationMeetingActionChecklistItem = RoutePath2<MeetingID, MeetingActionID>("/implementation/meetings/:id/actions/:action/checklist-item")
    public static let implementationMeetingActionPlanInitiative = RoutePath2<MeetingID, MeetingActionID>("/implementation/meetings/:id/actions/:action/plan-initiative")
    public static let implementationRounds = RoutePath("/implementation/rounds")
    public static let implementationRoundNew = RoutePath("/implementation/rounds/new")
    public static let implementationRound = RoutePath1<TestRoundID>("/implementation/rounds/:id")
    public static let implementationDocumentationPlan = RoutePath("/implementation/documentation-plan")
    public static let implementationDocumentationTemplate = RoutePath("/implementation/documentation-plan/template")
    public static let implementationDocumentationRow = RoutePath1<PlanTableRowID>("/implementation/documentation-plan/:id")
    public static let implementationDocumentationRowDeletion = RoutePath1<PlanTableRowID>("/implementation/documentation-plan/:id/deletion")
    public static let implementationCommunicationPlan = RoutePath("/implementation/communication-plan")
    public static let implementationCommunicationTemplate = RoutePath("/implementation/communication-plan/template")
    public static let implementationCommunicationRow = RoutePath1<PlanTableRowID>("/implementation/communication-plan/:id")
    public static let implementationCommunicationRowDeletion = RoutePath1<PlanTableRowID>("/implementation/communication-plan/:id/deletion")
    public static let implementationAdmin = RoutePath("/admin/implementation")
    // Associations, grants and payments
    public static let associations = RoutePath("/associations")
    public static let associationNew = RoutePath("/associations/new")
    public static let association = RoutePath1<AssociationID>("/associations/:id")
    public static let associationEdit = RoutePath1<AssociationID>("/associations/:id/edit")
    public static let associationContacts = RoutePath1<AssociationID>("/associations/:id/contacts")
    public static let associationContactRemoval = RoutePath2<AssociationID, AssociationContactID>("/associations/:id/contacts/:contactID/removal")
    public static let activities = RoutePath("/activities")
    public static let activityNew = RoutePath("/activities/new")
    public static let activity = RoutePath1<ActivityID>("/activities/:id")
    public static let activityEdit = RoutePath1<ActivityID>("/activities/:id/edit")
    public static let grantRules = RoutePath("/grant-rules")
    public static let fundingSources = RoutePath("/funding-sources")
    public static let fundingBudgets = RoutePath1<FundingSourceID>("/funding-sources/:id/budgets")
    public static let enrolmentNew = RoutePath1<ChildID>("/children/:id/enrolments/new")
    public static let childEnrolments = RoutePath1<ChildID>("/children/:id/enrolments")
    public static let grantNew = RoutePath1<ChildID>("/children/:id/grants/new")
    public static let childGrants = RoutePath1<ChildID>("/children/:id/grants")
    public static let grant = RoutePath1<GrantID>("/grants/:id")
    public static let grantCancellation = RoutePath1<GrantID>("/grants/:id/cancellation")
    public static let grantsUnclaimed = RoutePath("/grants/unclaimed")
    public static let claims = RoutePath("/claims")
    public static let claimDecisions = RoutePath("/claims/decisions")
    public static let claim = RoutePath1<ClaimID>("/claims/:id")
    public static let claimAttachment = RoutePath1<ClaimID>("/claims/:id/attachment")
    public static let paymentBatches = RoutePath("/payment-batches")
    public static let paymentBatch = RoutePath1<PaymentBatchID>("/payment-batches/:id")
    public static let paymentBatchExport = RoutePath1<PaymentBatchID>("/payment-batches/:id/export")
    public static let paymentBatchPaid = RoutePath1<PaymentBatchID>("/payment-batches/:id/paid")
    public static let budget = RoutePath("/budget")
    public static let portal = RoutePath("/portal")
    public static let portalStart = RoutePath1<EnrolmentID>("/portal/enrolments/:id/start")
    public static let portalStopped = RoutePath1<EnrolmentID>("/portal/enrolments/:id/stopped")
    public static let portalClaim = RoutePath1<GrantID>("/portal/grants/:id/claim")
    public static let portalClaimCheck = RoutePath1<ClaimID>("/portal/claims/:id/check")
    public static let portalClaimSubmission = RoutePath1<ClaimID>("/portal/claims/:id/submission")
    public static let portalClaimReceipt = RoutePath1<ClaimID>("/portal/claims/:id")
    public static let portalClaimAttachment = RoutePath1<ClaimID>("/portal/claims/:id/attachment")
    public static let portalFollowUp = RoutePath1<FollowUpID>("/portal/follow-ups/:id")
    // Guidance and volunteers
    public static let courses = RoutePath("/courses")
    public static let course = RoutePath1<CourseID>("/courses/:id")
    public static let courseNew = RoutePath1<ChildID>("/children/:id/courses/new")
    public static let childCourses = RoutePath1<ChildID>("/children/:id/courses")
    public static let courseGuide = RoutePath1<CourseID>("/courses/:id/guide")
    public static let coursePublication = RoutePath1<CourseID>("/courses/:id/publication")
    public static let sessionNew = RoutePath1<CourseID>("/courses/:id/sessions/new")
    public static let sessions = RoutePath1<CourseID>("/courses/:id/sessions")
    public static let agreementNew = RoutePath1<CourseID>("/courses/:id/agreements/new")
    public static let agreements = RoutePath1<CourseID>("/courses/:id/agreements")
    public static let courseActivity = RoutePath1<CourseID>("/courses/:id/activity")
    public static let courseOutcome = RoutePath1<CourseID>("/courses/:id/outcome")
    public static let followUps = RoutePath("/follow-ups")
    public static let followUp = RoutePath1<FollowUpID>("/follow-ups/:id")
    public static let volunteers = RoutePath("/volunteers")
    public static let volunteerNew = RoutePath("/volunteers/new")
    public static let volunteerSettings = RoutePath("/volunteers/settings")
    public static let volunteer = RoutePath1<VolunteerID>("/volunteers/:id")
    public static let volunteerEdit = RoutePath1<VolunteerID>("/volunteers/:id/edit")
    public static let volunteerTrainings = RoutePath1<VolunteerID>("/volunteers/:id/trainings")
    public static let board = RoutePath("/board")
    public static let boardOffer = RoutePath1<CourseID>("/board/:id/offer")
    public static let boardOfferConfirmation = RoutePath1<OfferID>("/board/offers/:id/confirmation")
    public static let myChildren = RoutePath("/my-children")
    // E-mail, work lists, decision letters and the family's pass
    public static let passwordReset = RoutePath("/password-reset")
    public static let accountNotifications = RoutePath("/account/notifications")
    public static let outbox = RoutePath("/outbox")
    public static let communicationSettings = RoutePath("/settings/communication")
    public static let letter = RoutePath1<LetterID>("/letters/:id")
    public static let passCard = RoutePath1<PassID>("/passes/:id/card")
    public static let portalPass = RoutePath("/portal/pass")
    public static let childLetterLanguage = RoutePath1<ChildID>("/children/:id/letter-language")
    // Staff sign-in: second factor, single sign-on, sign-in settings, the session's time-out
    public static let secondFactor = RoutePath("/login/code")
    public static let secondFactorEnrolment = RoutePath("/login/authenticator")
    public static let singleSignOn = RoutePath1<String>("/login/sso/:slug")
    public static let singleSignOnCallback = RoutePath("/login/sso-callback")
    public static let accountSecondFactor = RoutePath("/account/two-factor")
    public static let accountRecoveryCodes = RoutePath("/account/two-factor/recovery-codes")
    public static let userSecondFactorReset = RoutePath1<UserID>("/users/:id/two-factor-reset")
    public static let userSingleSignOn = RoutePath1<UserID>("/users/:id/single-sign-on")
    public static let signInSettings = RoutePath("/settings/sign-in")
    public static let sessionKeepAlive = RoutePath("/session/keep-alive")
    // Published figures and registries
    public static let statusReportPrintStyle = RoutePath("/reports/status/print.css")
    public static let registries = RoutePath("/settings/registers")
    public static let districts = RoutePath("/settings/registers/districts")
    public static let district = RoutePath1<DistrictID>("/settings/registers/districts/:id")
    public static let schools = RoutePath("/settings/registers/schools")
    public static let school = RoutePath1<SchoolID>("/settings/registers/schools/:id")
}
