import Demo
import Domain
import GRDB
import Foundation
import HummingbirdTesting
import Testing
@testable import Web

/// Every registered route × every role, plus a user of another municipality. The table below is
/// written by hand, independent of `AccessPolicy`: a new route without a line here fails.
@Suite struct AccessMatrixTests {
    enum Expected {
        case anyone
        case signedIn
        case only(Set<Role>)

        func allows(_ role: Role?) -> Bool {
            switch self {
            case .anyone: true
            case .signedIn: role != nil
            case .only(let roles): role.map(roles.contains) ?? false
            }
        }
    }

    static let expected: [Route: Expected] = [
        .health: .anyone, .accessibilityStatement: .anyone, .privacy: .anyone,
        .loginForm: .anyone, .login: .anyone, .activationForm: .anyone, .activate: .anyone,
        .home: .signedIn, .logout: .signedIn, .account: .signedIn, .accountPassword: .signedIn, .accountLanguage: .signedIn,
        .users: .only([.coordinator]), .userNew: .only([.coordinator]), .userCreate: .only([.coordinator]),
        .userShow: .only([.coordinator]), .userUpdate: .only([.coordinator]), .userActive: .only([.coordinator]),
        .userPasswordReset: .only([.coordinator]), .userUnlock: .only([.coordinator]),
        .municipalities: .only([.admin]), .municipalityNew: .only([.admin]), .municipalityCreate: .only([.admin]),
        .municipalityShow: .only([.admin]), .municipalityCoordinatorCreate: .only([.admin]),
        // Intake
        .children: .only([.coordinator, .caseworker]), .childSearch: .only([.coordinator, .caseworker]),
        .childrenExport: .only([.coordinator]), .childNew: .only([.coordinator, .caseworker]),
        .childCreate: .only([.coordinator, .caseworker]), .childShow: .only([.coordinator, .caseworker]),
        .childEdit: .only([.coordinator, .caseworker]), .childUpdate: .only([.coordinator, .caseworker]),
        .childCaseworker: .only([.coordinator]),
        .consentNew: .only([.coordinator, .caseworker]), .consentCreate: .only([.coordinator, .caseworker]),
        .consentWithdrawalForm: .only([.coordinator, .caseworker]), .consentWithdraw: .only([.coordinator, .caseworker]),
        .referralNew: .only([.coordinator, .caseworker]), .referralCreate: .only([.coordinator, .caseworker]),
        .referrals: .only([.coordinator, .caseworker]), .referralAssessment: .only([.coordinator]),
        .referralDecisionForm: .only([.coordinator]), .referralDecide: .only([.coordinator]),
        .passUse: .only([.coordinator]), .passEndForm: .only([.coordinator]), .passEnd: .only([.coordinator]),
        .schemeSettings: .only([.coordinator]), .schemeSettingsUpdate: .only([.coordinator]),
        // Privacy
        .auditLog: .only([.coordinator]), .accessRequests: .only([.coordinator]), .accessRequestNew: .only([.coordinator]),
        .accessRequestCreate: .only([.coordinator]), .accessRequestShow: .only([.coordinator]),
        .accessRequestDocument: .only([.coordinator]), .accessRequestJSON: .only([.coordinator]),
        .accessRequestAnswered: .only([.coordinator]), .anonymisationForm: .only([.coordinator]), .anonymise: .only([.coordinator]),
        .privacySettings: .only([.coordinator]), .privacySettingsUpdate: .only([.coordinator]),
        .processingRecords: .only([.coordinator, .admin]),
        // Dashboard
        .dashboard: .only([.coordinator]), .dashboardEstimates: .only([.coordinator]), .dashboardEstimatesUpdate: .only([.coordinator]),
        .statusReport: .only([.coordinator]), .statusReportCSV: .only([.coordinator]), .statusReportCommentary: .only([.coordinator]),
        .adminOverview: .only([.admin]), .dashboardSettings: .only([.coordinator]), .dashboardSettingsUpdate: .only([.coordinator]),
        // Implementation workspace: coordinators edit, caseworkers read and comment, admins see the anonymous overview.
        .implOverview: .only([.coordinator, .caseworker]), .implPhase: .only([.coordinator, .caseworker]),
        .implItem: .only([.coordinator, .caseworker]), .implItemUpdate: .only([.coordinator]),
        .implItemCommentCreate: .only([.coordinator, .caseworker]), .implCustomItemNew: .only([.coordinator]),
        .implCustomItemCreate: .only([.coordinator]), .implPlan: .only([.coordinator, .caseworker]),
        .implPlanPrint: .only([.coordinator, .caseworker]), .implPlanQuestion: .only([.coordinator, .caseworker]),
        .implPlanQuestionUpdate: .only([.coordinator]), .implPlanQuestionCommentCreate: .only([.coordinator, .caseworker]),
        .implDialogue: .only([.coordinator, .caseworker]), .implDialogueNew: .only([.coordinator]),
        .implDialogueCreate: .only([.coordinator]), .implDialogueRound: .only([.coordinator]), .implDialogueRoundUpdate: .only([.coordinator]),
        .implMeetings: .only([.coordinator, .caseworker]), .implMeetingNew: .only([.coordinator]), .implMeetingCreate: .only([.coordinator]),
        .implMeeting: .only([.coordinator, .caseworker]), .implMeetingUpdate: .only([.coordinator]),
        .implMeetingActionCreate: .only([.coordinator]), .implMeetingAction: .only([.coordinator]),
        .implMeetingActionChecklistItem: .only([.coordinator]), .implMeetingActionPlanInitiative: .only([.coordinator]),
        .implTestRounds: .only([.coordinator, .caseworker]), .implTestRoundNew: .only([.coordinator]),
        .implTestRoundCreate: .only([.coordinator]), .implTestRound: .only([.coordinator]), .implTestRoundUpdate: .only([.coordinator]),
        .implDocumentationPlan: .only([.coordinator, .caseworker]), .implDocumentationRowCreate: .only([.coordinator]),
        .implDocumentationTemplate: .only([.coordinator]), .implDocumentationRow: .only([.coordinator]),
        .implDocumentationRowUpdate: .only([.coordinator]), .implDocumentationRowDeletion: .only([.coordinator]),
        .implDocumentationRowDelete: .only([.coordinator]),
        .implCommunicationPlan: .only([.coordinator, .caseworker]), .implCommunicationRowCreate: .only([.coordinator]),
        .implCommunicationTemplate: .only([.coordinator]), .implCommunicationRow: .only([.coordinator]),
        .implCommunicationRowUpdate: .only([.coordinator]), .implCommunicationRowDeletion: .only([.coordinator]),
        .implCommunicationRowDelete: .only([.coordinator]),
        .implAdminOverview: .only([.admin]),
        // Associations, grants and payments
        .associations: .only([.coordinator, .caseworker, .volunteer]), .associationShow: .only([.coordinator, .caseworker, .volunteer]),
        .activities: .only([.coordinator, .caseworker, .volunteer]), .activityShow: .only([.coordinator, .caseworker, .volunteer]),
        .associationNew: .only([.coordinator]), .associationCreate: .only([.coordinator]), .associationEdit: .only([.coordinator]),
        .associationUpdate: .only([.coordinator]), .associationContactCreate: .only([.coordinator]),
        .associationContactRemove: .only([.coordinator]), .activityNew: .only([.coordinator]), .activityCreate: .only([.coordinator]),
        .activityEdit: .only([.coordinator]), .activityUpdate: .only([.coordinator]),
        .grantRules: .only([.coordinator]), .grantRulesUpdate: .only([.coordinator]), .fundingSources: .only([.coordinator]),
        .fundingSourceCreate: .only([.coordinator]), .fundingBudgetSave: .only([.coordinator]),
        .enrolmentNew: .only([.coordinator, .caseworker]), .enrolmentCreate: .only([.coordinator, .caseworker]),
        .grantNew: .only([.coordinator]), .grantCreate: .only([.coordinator]), .grantShow: .only([.coordinator]),
        .grantCancellationForm: .only([.coordinator]), .grantCancel: .only([.coordinator]), .grantsUnclaimed: .only([.coordinator]),
        .claims: .only([.coordinator]), .claimDecisions: .only([.coordinator]), .claimShow: .only([.coordinator]),
        .claimAttachment: .only([.coordinator]),
        .paymentBatches: .only([.coordinator]), .paymentBatchCreate: .only([.coordinator]), .paymentBatchShow: .only([.coordinator]),
        .paymentBatchExport: .only([.coordinator]), .paymentBatchPaidForm: .only([.coordinator]), .paymentBatchPaid: .only([.coordinator]),
        .budget: .only([.coordinator]),
        .portal: .only([.association]), .portalStart: .only([.association]), .portalStoppedForm: .only([.association]),
        .portalStopped: .only([.association]), .portalClaimForm: .only([.association]), .portalClaimDraft: .only([.association]),
        .portalClaimCheck: .only([.association]), .portalClaimSubmit: .only([.association]),
        .portalClaimReceipt: .only([.association]), .portalClaimAttachment: .only([.association]),
        .portalFollowUpAnswer: .only([.association]),
        // Guidance and volunteers
        .courses: .only([.coordinator, .caseworker]), .courseShow: .only([.coordinator, .caseworker, .volunteer]),
        .courseNew: .only([.coordinator, .caseworker]), .courseCreate: .only([.coordinator, .caseworker]),
        .courseGuideForm: .only([.coordinator]), .courseGuide: .only([.coordinator]), .coursePublish: .only([.coordinator]),
        .sessionNew: .only([.coordinator, .caseworker, .volunteer]), .sessionCreate: .only([.coordinator, .caseworker, .volunteer]),
        .agreementNew: .only([.coordinator, .caseworker, .volunteer]), .agreementCreate: .only([.coordinator, .caseworker, .volunteer]),
        .activityForm: .only([.coordinator, .caseworker, .volunteer]), .activitySave: .only([.coordinator, .caseworker, .volunteer]),
        .outcomeForm: .only([.coordinator, .caseworker]), .outcomeSave: .only([.coordinator, .caseworker]),
        .followUps: .only([.coordinator, .caseworker, .volunteer]), .followUpShow: .only([.coordinator, .caseworker, .volunteer]),
        .followUpAnswer: .only([.coordinator, .caseworker, .volunteer]),
        .volunteers: .only([.coordinator]), .volunteerNew: .only([.coordinator]), .volunteerCreate: .only([.coordinator]),
        .volunteerShow: .only([.coordinator]), .volunteerEdit: .only([.coordinator]), .volunteerUpdate: .only([.coordinator]),
        .volunteerTrainingCreate: .only([.coordinator]), .volunteerSettings: .only([.coordinator]),
        .volunteerSettingsUpdate: .only([.coordinator]),
        .board: .only([.coordinator, .volunteer]), .boardOffer: .only([.volunteer]), .boardOfferConfirm: .only([.coordinator]),
        .myChildren: .only([.volunteer]),
        // Season rollover
        .passRenewals: .only([.coordinator]), .passRenew: .only([.coordinator]),
        // E-mail, work lists, decision letters and the family's pass
        .passwordResetForm: .anyone, .passwordResetRequest: .anyone, .accountNotifications: .signedIn,
        .outbox: .only([.coordinator]), .communicationSettings: .only([.coordinator]), .communicationSettingsUpdate: .only([.coordinator]),
        .letterShow: .only([.coordinator, .caseworker]), .passCard: .only([.coordinator, .caseworker]),
        .childLetterLanguage: .only([.coordinator, .caseworker]), .portalPassLookup: .only([.association]),
        // Staff sign-in: the steps after the password come before any session (each needs the
        // password step's sealed cookie, else it starts over at the sign-in page).
        .secondFactorForm: .anyone, .secondFactorVerify: .anyone, .secondFactorEnrolForm: .anyone, .secondFactorEnrol: .anyone,
        .singleSignOnStart: .anyone, .singleSignOnCallback: .anyone,
        .accountSecondFactor: .signedIn, .accountSecondFactorEnrol: .signedIn, .accountRecoveryCodes: .signedIn,
        .sessionKeepAlive: .signedIn, .userSecondFactorReset: .only([.coordinator]), .userSingleSignOn: .only([.coordinator]),
        .signInSettings: .only([.coordinator]), .signInSettingsUpdate: .only([.coordinator]),
        // Published figures and registries
        .statusReportPrintStyle: .only([.coordinator]), .registries: .only([.coordinator]), .districtCreate: .only([.coordinator]),
        .districtEdit: .only([.coordinator]), .districtUpdate: .only([.coordinator]), .schoolCreate: .only([.coordinator]),
        .schoolEdit: .only([.coordinator]), .schoolUpdate: .only([.coordinator]),
    ]

    /// Steps of signing in that answer with the sign-in page when no sign-in is under way.
    static let signInSteps: Set<Route> = [.secondFactorForm, .secondFactorVerify, .secondFactorEnrolForm, .secondFactorEnrol,
                                          .singleSignOnCallback]

    /// Rows of Holstebro that routes with parameters point at.
    struct Samples {
        let user: UserID
        let municipality: MunicipalityID
        /// A child the demo caseworker registered, with a consent, an open referral and a pass.
        let child: ChildID
        let consent: ConsentID
        let referral: ReferralID
        let pass: PassID
        let accessRequest: AccessRequestID
        // Associations, grants and payments: rows of the demo contact's association,
        // a grant it can claim, a claim it sent, an enrolment not yet started.
        let association: AssociationID
        let contact: AssociationContactID
        let activity: ActivityID
        let grant: GrantID
        let claim: ClaimID
        let enrolment: EnrolmentID
        let batch: PaymentBatchID
        let fundingSource: FundingSourceID
        // Guidance: a course on the open board with a pending offer, a follow-up, a volunteer.
        let course: CourseID
        let offer: OfferID
        let followUp: FollowUpID
        let volunteer: VolunteerID
        /// A decision letter about the sample child.
        let letter: LetterID
        // Registries: Holstebro's first school district and school.
        let district: DistrictID
        let school: SchoolID

        init(_ app: TestApp) async throws {
            user = try await app.userID("caseworker@holstebro.demo")
            municipality = try #require(try await app.repos.municipalities.find(slug: "holstebro")).id
            let caseworker = user
            let municipality = self.municipality
            (child, consent, referral, pass) = try await app.db.read { db in
                let child = try ChildID.fetchOne(db, sql: """
                    SELECT c.id FROM child c WHERE c.created_by = ? AND EXISTS (SELECT 1 FROM pass p WHERE p.child_id = c.id)
                      AND EXISTS (SELECT 1 FROM consent k WHERE k.child_id = c.id) ORDER BY c.id LIMIT 1
                    """, arguments: [caseworker])!
                return (child,
                        try ConsentID.fetchOne(db, sql: "SELECT id FROM consent WHERE child_id = ?", arguments: [child])!,
                        try ReferralID.fetchOne(db, sql: "SELECT r.id FROM referral r JOIN child c ON c.id = r.child_id WHERE c.municipality_id = ? AND r.status = 'submitted' ORDER BY r.id LIMIT 1", arguments: [municipality])!,
                        try PassID.fetchOne(db, sql: "SELECT id FROM pass WHERE child_id = ?", arguments: [child])!)
            }
            accessRequest = try await app.repos.privacy.registerAccessRequest(
                child: child, requestedBy: "Mor", receivedOn: app.clock.clock.today, note: nil, in: municipality,
                audit: AuditEntry(at: app.clock.now, userID: nil, role: nil, municipalityID: municipality, action: .create,
                                  entity: .accessRequest, ip: nil))
            let contactUser = try await app.userID("association@holstebro.demo")
            (association, contact, activity, batch, fundingSource) = try await app.db.read { db in
                let row = try Row.fetchOne(db, sql: "SELECT association_id, id FROM association_contact WHERE user_id = ?", arguments: [contactUser])!
                let association: AssociationID = row["association_id"]
                return (association, row["id"],
                        try ActivityID.fetchOne(db, sql: "SELECT id FROM activity WHERE association_id = ? ORDER BY id", arguments: [association])!,
                        try PaymentBatchID.fetchOne(db, sql: "SELECT id FROM payment_batch WHERE municipality_id = ?", arguments: [municipality])!,
                        try FundingSourceID.fetchOne(db, sql: "SELECT id FROM funding_source WHERE municipality_id = ?", arguments: [municipality])!)
            }
            let today = app.clock.clock.today
            let overview = try #require(try await app.repos.portal.overview(scope: .association(municipality, contactUser), today: today))
            grant = try #require(overview.enrolments.flatMap(\.grants).first { $0.claimable(on: today) }).id
            claim = try #require(overview.claims.first).id
            enrolment = try #require(overview.enrolments.first { $0.status == .enrolled }).id
            (course, offer, followUp, volunteer) = try await app.db.read { db in
                let offer = try Row.fetchOne(db, sql: "SELECT id, course_id FROM board_offer WHERE municipality_id = ? AND status = 'pending' ORDER BY id LIMIT 1",
                                             arguments: [municipality])!
                return (offer["course_id"], offer["id"],
                        try FollowUpID.fetchOne(db, sql: "SELECT id FROM follow_up WHERE municipality_id = ? AND answered_on IS NULL ORDER BY due_on LIMIT 1",
                                                arguments: [municipality])!,
                        try VolunteerID.fetchOne(db, sql: "SELECT id FROM volunteer WHERE municipality_id = ? ORDER BY id LIMIT 1", arguments: [municipality])!)
            }
            let (child, pass) = (child, pass)
            letter = try await app.db.write { db in
                try db.execute(sql: """
                    INSERT INTO decision_letter (municipality_id, child_id, referral_id, kind, language, title, body, decided_on, created_at)
                    SELECT municipality_id, child_id, referral_id, 'referral', 'da', 'Afgørelse om fritidspas', '[]', granted_on, created_at
                    FROM pass WHERE id = ? AND child_id = ?
                    """, arguments: [pass, child])
                return LetterID(db.lastInsertedRowID)
            }
            (district, school) = try await app.db.read { db in
                (try DistrictID.fetchOne(db, sql: "SELECT id FROM school_district WHERE municipality_id = ? ORDER BY id LIMIT 1", arguments: [municipality])!,
                 try SchoolID.fetchOne(db, sql: "SELECT id FROM school WHERE municipality_id = ? ORDER BY id LIMIT 1", arguments: [municipality])!)
            }
        }

        func path(_ route: Route) -> String {
            let pattern = route.path.pattern
            let params = route.path.parameters
            if params.isEmpty { return route.path.link() }
            if params == ["token"] { return route.path.filled(["no-such-token"]) }
            if pattern.hasPrefix("/admin/municipalities") { return route.path.filled([municipality]) }
            if pattern.hasPrefix("/users") { return route.path.filled([user]) }
            if pattern.hasPrefix("/children/:id/consents/:consentID") { return route.path.filled([child, consent]) }
            if pattern.hasPrefix("/children/:id") { return route.path.filled([child]) }
            if pattern.hasPrefix("/referrals/:id") { return route.path.filled([referral]) }
            if pattern.hasPrefix("/passes/:id") { return route.path.filled([pass]) }
            if pattern.hasPrefix("/letters/:id") { return route.path.filled([letter]) }
            if pattern.hasPrefix("/access-requests/:id") { return route.path.filled([accessRequest]) }
            // Implementation workspace: Holstebro's first demo rows (DemoData+Implementation):
            // own item own-1, meeting 1 with action 1, rounds 1, documentation row 1, communication row 2.
            if route.path.pattern.hasPrefix("/implementation/") {
                let pattern = route.path.pattern
                let key = pattern.hasPrefix("/implementation/phases") ? "phase-1" : pattern.hasPrefix("/implementation/items") ? "own-1"
                    : pattern.hasPrefix("/implementation/sections") ? "step-1.1" : "plan-prep-goals"
                let id = pattern.hasPrefix("/implementation/communication-plan") ? "2" : "1"
                return params.count == 2 ? route.path.filled([id, "1"]) : route.path.filled([params == ["key"] ? key : id])
            }
            // Associations, grants and payments
            if pattern.hasPrefix("/associations/:id/contacts/:contactID") { return route.path.filled([association, contact]) }
            if pattern.hasPrefix("/associations/:id") { return route.path.filled([association]) }
            if pattern.hasPrefix("/activities/:id") { return route.path.filled([activity]) }
            if pattern.hasPrefix("/grants/:id") || pattern.hasPrefix("/portal/grants/:id") { return route.path.filled([grant]) }
            if pattern.hasPrefix("/claims/:id") || pattern.hasPrefix("/portal/claims/:id") { return route.path.filled([claim]) }
            if pattern.hasPrefix("/payment-batches/:id") { return route.path.filled([batch]) }
            if pattern.hasPrefix("/funding-sources/:id") { return route.path.filled([fundingSource]) }
            if pattern.hasPrefix("/portal/enrolments/:id") { return route.path.filled([enrolment]) }
            if pattern.hasPrefix("/portal/follow-ups/:id") { return route.path.filled([followUp]) }
            // Guidance
            if pattern.hasPrefix("/courses/:id") || pattern.hasPrefix("/board/:id") { return route.path.filled([course]) }
            if pattern.hasPrefix("/board/offers/:id") { return route.path.filled([offer]) }
            if pattern.hasPrefix("/follow-ups/:id") { return route.path.filled([followUp]) }
            if pattern.hasPrefix("/volunteers/:id") { return route.path.filled([volunteer]) }
            if pattern.hasPrefix("/login/sso/:slug") { return route.path.filled(["holstebro"]) }
            // Registries
            if pattern.hasPrefix("/settings/registers/districts/:id") { return route.path.filled([district]) }
            if pattern.hasPrefix("/settings/registers/schools/:id") { return route.path.filled([school]) }
            Issue.record("no sample for \(route)")
            return route.path.filled(params.map { _ in "1" })
        }

        /// Whether the sample row belongs to one municipality (so another municipality must get 404).
        func isMunicipalityRow(_ route: Route) -> Bool {
            ["/users/:id", "/children/:id", "/referrals/:id", "/passes/:id", "/access-requests/:id",
             // Associations, grants and payments
             "/associations/:id", "/activities/:id", "/grants/:id", "/claims/:id", "/payment-batches/:id", "/funding-sources/:id",
             // Guidance
             "/courses/:id", "/board/:id", "/board/offers/:id", "/follow-ups/:id", "/volunteers/:id",
             // Registries
             "/settings/registers/districts/:id", "/settings/registers/schools/:id"]
                .contains { route.path.pattern.hasPrefix($0) }
                // Implementation workspace: rows by id, and Holstebro's own item by key.
                || (route.path.pattern.hasPrefix("/implementation/")
                    && (route.path.parameters.contains("id") || route.path.pattern.hasPrefix("/implementation/items/")))
        }
    }

    @Test func everyRouteHasAnExpectationAndAgreesWithThePolicy() async throws {
        let app = try TestApp()
        let (_, routes) = try await buildRouter(app.deps)
        #expect(Set(routes.registered) == Set(Route.allCases))
        for route in Route.allCases {
            let expectation = try #require(Self.expected[route], "no expectation for \(route)")
            for role in [nil] + Role.allCases.map(Optional.some) {
                #expect(AccessPolicy.allows(role, route) == expectation.allows(role), "\(route) × \(String(describing: role))")
            }
        }
    }

    static let actors: [(email: String?, role: Role?)] = [
        (nil, nil), (DemoData.adminEmail, .admin),
        ("coordinator@holstebro.demo", .coordinator), ("caseworker@holstebro.demo", .caseworker),
        ("volunteer@holstebro.demo", .volunteer), ("association@holstebro.demo", .association),
    ]

    @Test(arguments: 0..<actors.count)
    func everyRouteAnswersEveryRoleAsExpected(_ index: Int) async throws {
        let actor = Self.actors[index]
        let app = try TestApp()
        let samples = try await Samples(app)
        // Sign-out last: it ends the session the other requests need.
        let routes = Route.allCases.sorted { ($0 == .logout ? 1 : 0) < ($1 == .logout ? 1 : 0) }
        try await app.test { client in
            var browser = Browser(client)
            if let email = actor.email { try #require(try await browser.login(email).status == .seeOther) } else { try await browser.get("/login") }
            for route in routes {
                let expected = try #require(Self.expected[route])
                let path = samples.path(route)
                let response = route.method == .get ? try await browser.get(path) : try await browser.post(path)
                let label = "\(route) \(route.method) \(path) as \(actor.role?.rawValue ?? "anonymous")"
                let toLogin = response.status == .seeOther && (response.location ?? "").hasPrefix("/login")
                if expected.allows(actor.role) {
                    #expect(response.status != .forbidden, "\(label)")
                    // The in-memory test database is not in WAL mode, so /healthz rightly says 503.
                    if route != .health { #expect(response.status.code < 500, "\(label)") }
                    if route != .logout && route != .login && !Self.signInSteps.contains(route) { #expect(!toLogin, "\(label)") }
                } else if actor.role == nil {
                    #expect(toLogin, "\(label): anonymous must be sent to sign in, got \(response.status)")
                } else {
                    #expect(response.status == .forbidden, "\(label): got \(response.status)")
                }
            }
        }
    }

    @Test func aCoordinatorOfAnotherMunicipalityGets404ForHolstebroRows() async throws {
        let app = try TestApp()
        let samples = try await Samples(app)
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@svendborg.demo")
            for route in Route.allCases where samples.isMunicipalityRow(route) && AccessPolicy.allows(.coordinator, route)
                && route != .childrenExport {
                let path = samples.path(route)
                let response = route.method == .get ? try await browser.get(path) : try await browser.post(path, [("active", "false"), ("name", "X"), ("role", "caseworker")])
                #expect(response.status == .notFound, "\(route) \(path): \(response.status)")
            }
            let list = try await browser.get("/users")
            #expect(list.text.contains("Sofie Lund"))
            #expect(!list.text.contains("Lars Nørgaard"))
            #expect(!list.text.contains("holstebro.demo"))
        }
        let caseworker = try #require(try await app.repos.users.find(try await app.userID("caseworker@holstebro.demo")))
        #expect(caseworker.isActive && caseworker.hasPassword && caseworker.name == "Lars Nørgaard")
    }

    @Test func deniedAccessIsAudited() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("volunteer@holstebro.demo")
            #expect(try await browser.get("/users").status == .forbidden)
        }
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE action = 'access' AND outcome = 'denied' AND entity_id = 'users'") == 1)
    }

    @Test func aRowOutsideTheUsersDataIsAuditedAsDenied() async throws {
        let app = try TestApp()
        let holstebroChild = try await app.db.read { try Int64.fetchOne($0, sql: "SELECT id FROM child WHERE municipality_id = 1 LIMIT 1")! }
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@svendborg.demo")
            #expect(try await browser.get("/children/\(holstebroChild)").status == .notFound)
        }
        let svendborg = try await app.userID("coordinator@svendborg.demo")
        #expect(try await app.count("""
            SELECT COUNT(*) FROM audit_event WHERE action = 'access' AND outcome = 'denied' AND entity_type = 'child' AND entity_id = ?
              AND user_id = ? AND detail LIKE '%GET /children/%'
            """, [String(holstebroChild), svendborg]) == 2, "filed under the child, in both municipalities' logs")
        #expect(try await app.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'child' AND action = 'view' AND user_id = ?", [svendborg]) == 0,
                "and nothing says the child was seen")
    }

    @Test func garbageIdsAreBadRequestsNotErrors() async throws {
        let app = try TestApp()
        try await app.test { client in
            var browser = Browser(client)
            try await browser.login("coordinator@holstebro.demo")
            for path in ["/users/abc", "/users/-1", "/users/0", "/users/99999999999999999999", "/users/%00"] {
                let response = try await browser.get(path)
                #expect([.badRequest, .notFound].contains(response.status), "\(path): \(response.status)")
            }
            #expect(try await browser.get("/users/999999").status == .notFound)
        }
    }
}
