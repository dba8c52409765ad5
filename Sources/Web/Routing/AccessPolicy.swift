import Domain

/// Who may do what: the one place access is decided.
///
/// Two levels: the route table below says which roles may use a route at all; the data scope
/// (`scope(of:)`) says which rows those roles see — a municipality's staff only their
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

    public static func access(for route: Route) -> Access {
        switch route {
        case .health, .accessibilityStatement, .privacy, .loginForm, .login, .activationForm, .activate:
            return .anyone
        case .home, .logout, .account, .accountPassword, .accountLanguage:
            return .signedIn
        case .users, .userNew, .userCreate, .userShow, .userUpdate, .userActive, .userPasswordReset, .userUnlock:
            return .roles([.coordinator])
        case .municipalities, .municipalityNew, .municipalityCreate, .municipalityShow, .municipalityCoordinatorCreate:
            return .roles([.admin])
        // Intake (issue 3): caseworkers register and refer; coordinators decide. Volunteers and
        // association contacts see none of this.
        case .children, .childSearch, .childNew, .childCreate, .childShow, .childEdit, .childUpdate,
             .consentNew, .consentCreate, .consentWithdrawalForm, .consentWithdraw, .referralNew, .referralCreate, .referrals:
            return .roles([.coordinator, .caseworker])
        case .childrenExport, .childCaseworker, .referralAssessment, .referralDecisionForm, .referralDecide,
             .passUse, .passEndForm, .passEnd, .schemeSettings, .schemeSettingsUpdate:
            return .roles([.coordinator])
        // Privacy (issue 8): the municipality's data controller work is the coordinator's; the
        // record of processing is also the admin's (system-wide, no child data).
        case .auditLog, .accessRequests, .accessRequestNew, .accessRequestCreate, .accessRequestShow, .accessRequestDocument,
             .accessRequestJSON, .accessRequestAnswered, .anonymisationForm, .anonymise, .privacySettings, .privacySettingsUpdate:
            return .roles([.coordinator])
        case .processingRecords:
            return .roles([.coordinator, .admin])
        // Dashboard (issue 7): coordinators; admins see aggregates across municipalities only.
        case .dashboard, .dashboardEstimates, .dashboardEstimatesUpdate, .statusReport, .statusReportCSV, .statusReportCommentary,
             .dashboardSettings, .dashboardSettingsUpdate:
            return .roles([.coordinator])
        case .adminOverview:
            return .roles([.admin])
        // Implementation workspace (issue 6): coordinators run it, caseworkers read and comment,
        // admins see only the anonymous cross-municipality overview.
        case .implOverview, .implPhase, .implItem, .implPlan, .implPlanPrint, .implPlanQuestion, .implDialogue,
             .implMeetings, .implMeeting, .implTestRounds, .implDocumentationPlan, .implCommunicationPlan,
             .implItemCommentCreate, .implPlanQuestionCommentCreate:
            return .roles([.coordinator, .caseworker])
        case .implItemUpdate, .implCustomItemNew, .implCustomItemCreate, .implPlanQuestionUpdate, .implDialogueNew,
             .implDialogueCreate, .implDialogueRound, .implDialogueRoundUpdate, .implMeetingNew, .implMeetingCreate,
             .implMeetingUpdate, .implMeetingActionCreate, .implMeetingAction, .implMeetingActionChecklistItem,
             .implMeetingActionPlanInitiative, .implTestRoundNew, .implTestRoundCreate, .implTestRound, .implTestRoundUpdate,
             .implDocumentationRowCreate, .implDocumentationTemplate, .implDocumentationRow, .implDocumentationRowUpdate,
             .implDocumentationRowDeletion, .implDocumentationRowDelete, .implCommunicationRowCreate, .implCommunicationTemplate,
             .implCommunicationRow, .implCommunicationRowUpdate, .implCommunicationRowDeletion, .implCommunicationRowDelete:
            return .roles([.coordinator])
        case .implAdminOverview:
            return .roles([.admin])
        // Associations, grants and payments (issue 5): guides and caseworkers look up clubs and
        // activities with families; coordinators keep them up to date, grant and pay; the
        // association's contacts use only the portal, which shows their own slice.
        case .associations, .associationShow, .activities, .activityShow:
            return .roles([.coordinator, .caseworker, .volunteer])
        case .enrolmentNew, .enrolmentCreate:
            return .roles([.coordinator, .caseworker])
        case .associationNew, .associationCreate, .associationEdit, .associationUpdate, .associationContactCreate,
             .associationContactRemove, .activityNew, .activityCreate, .activityEdit, .activityUpdate, .grantRules,
             .grantRulesUpdate, .fundingSources, .fundingSourceCreate, .fundingBudgetSave, .grantNew, .grantCreate, .grantShow,
             .grantCancellationForm, .grantCancel, .grantsUnclaimed, .claims, .claimDecisions, .claimShow, .claimAttachment,
             .paymentBatches, .paymentBatchCreate, .paymentBatchShow, .paymentBatchExport, .paymentBatchPaidForm,
             .paymentBatchPaid, .budget:
            return .roles([.coordinator])
        case .portal, .portalStart, .portalStoppedForm, .portalStopped, .portalClaimForm, .portalClaimDraft, .portalClaimCheck,
             .portalClaimSubmit, .portalClaimReceipt, .portalClaimAttachment, .portalFollowUpAnswer:
            return .roles([.association])
        // Guidance and volunteers (issue 4): staff start and follow courses; the coordinator
        // matches guides and manages volunteers; volunteers reach only their own courses (the
        // scope), the open board and their start page.
        case .courses, .courseNew, .courseCreate, .outcomeForm, .outcomeSave:
            return .roles([.coordinator, .caseworker])
        case .courseShow, .sessionNew, .sessionCreate, .agreementNew, .agreementCreate, .activityForm, .activitySave,
             .followUps, .followUpShow, .followUpAnswer:
            return .roles([.coordinator, .caseworker, .volunteer])
        case .courseGuideForm, .courseGuide, .coursePublish, .boardOfferConfirm, .volunteers, .volunteerNew, .volunteerCreate,
             .volunteerShow, .volunteerEdit, .volunteerUpdate, .volunteerTrainingCreate, .volunteerSettings, .volunteerSettingsUpdate:
            return .roles([.coordinator])
        case .board:
            return .roles([.coordinator, .volunteer])
        case .boardOffer, .myChildren:
            return .roles([.volunteer])
        // Season rollover: renewing a pass is a decision on it, the coordinator's.
        case .passRenewals, .passRenew:
            return .roles([.coordinator])
        // E-mail, work lists, letters and the pass: anyone may ask for a reset link (the answer is
        // the same whether the address exists); each user chooses their own e-mails; the
        // coordinator sees the outbox and words the letters; letters and pass cards are printed
        // by staff who see the child; a club checks a pass code in its portal.
        case .passwordResetForm, .passwordResetRequest:
            return .anyone
        case .accountNotifications:
            return .signedIn
        case .outbox, .communicationSettings, .communicationSettingsUpdate:
            return .roles([.coordinator])
        case .letterShow, .passCard, .childLetterLanguage:
            return .roles([.coordinator, .caseworker])
        case .portalPassLookup:
            return .roles([.association])
        // Staff sign-in: the steps after the password are reached before a session exists (each
        // checks the password step's sealed cookie); each user keeps their own authenticator; the
        // coordinator resets one, records single sign-on ids and sets the municipality's rules.
        case .secondFactorForm, .secondFactorVerify, .secondFactorEnrolForm, .secondFactorEnrol, .singleSignOnStart,
             .singleSignOnCallback:
            return .anyone
        case .accountSecondFactor, .accountSecondFactorEnrol, .accountRecoveryCodes, .sessionKeepAlive:
            return .signedIn
        case .userSecondFactorReset, .userSingleSignOn, .signInSettings, .signInSettingsUpdate:
            return .roles([.coordinator])
        // Published figures: the report's print style is the report's. The coordinator keeps the
        // registries of schools and districts that the forms choose from.
        case .statusReportPrintStyle, .registries, .districtCreate, .districtEdit, .districtUpdate, .schoolCreate, .schoolEdit, .schoolUpdate:
            return .roles([.coordinator])
        }
    }

    public static func allows(_ role: Role?, _ route: Route) -> Bool {
        switch access(for: route) {
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
