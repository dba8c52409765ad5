import Domain
import Foundation
import GRDB
import Hummingbird
import HummingbirdCore
import HummingbirdAuth
import Logging
import Store

/// Everything the application is built from. Tests build the same thing with an in-memory
/// database, a fixed clock and a cheaper bcrypt cost.
public struct AppDependencies: Sendable {
    public var config: AppConfig
    public var database: any DatabaseWriter
    /// The database's erasure ledger: a file next to it in production, memory in tests.
    public var erasures: any ErasureLedger
    public var clock: Clock
    public var logger: Logger
    /// Whether the database's disk can take writes (a full disk answers 503).
    public var storeHealth: StoreHealth
    /// Seals authenticator secrets, kept forms and sign-in cookies (the key file in production).
    public var secrets: SecretBox

    public init(config: AppConfig, database: any DatabaseWriter, erasures: any ErasureLedger, clock: Clock = .system, logger: Logger,
                storeHealth: StoreHealth? = nil, secrets: SecretBox = .ephemeral()) {
        self.config = config
        self.secrets = secrets
        self.database = database
        self.erasures = erasures
        self.clock = clock
        self.logger = logger
        self.storeHealth = storeHealth ?? StoreHealth(databasePath: config.databasePath, minimumFreeBytes: config.minimumFreeBytes)
    }
}

/// The composition root: the whole application, ready to run.
public func buildApplication(_ deps: AppDependencies) async throws -> some ApplicationProtocol {
    // One set of repositories for the routes and the jobs (one figure cache, one write observer).
    let repositories = Repositories.sqlite(deps.database, erasures: deps.erasures)
    let (router, _) = try await buildRouter(deps, repositories: repositories)
    let config = deps.config
    // Instead of a plain cap (which stops accepting, so staff queue behind idle connections),
    // the guard closes the oldest idle connection to make room (ConnectionGuard.swift).
    let connections = ConnectionRegistry(limits: config.connectionLimits, proxies: config.trustedProxies, logger: deps.logger)
    // E-mail: a commit that puts a message in the outbox rings the doorbell, and the delivery
    // job sends it at once; retries come due on the poll.
    let doorbell = Doorbell()
    let outboxObserver = OutboxDoorbell(observing: deps.database) { doorbell.ring() }
    let delivery = OutboxDelivery.make(deps, repositories: repositories, texts: try TextCatalogue.bundled())
    return Application(
        router: router,
        server: .guardedHTTP1(configuration: .init(
            idleTimeout: .seconds(Int64(config.idleConnectionTimeout.components.seconds)),
            httpDecoderConfiguration: .init(maxHeaderFieldSize: config.maxHeaderListSize,
                                            maxHeaderListSize: config.maxHeaderListSize,
                                            maxHeaderFieldCount: config.maxHeaderFieldCount)), registry: connections),
        // A deep accept queue absorbs a burst of connects while the guard sorts them out.
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: nil, backlog: 1024),
        services: [
            PeriodicJob(name: "session-cleanup", interval: .seconds(3600), logger: deps.logger) {
                try await repositories.sessions.purgeExpired(now: deps.clock.now)
                try await repositories.keptForms.purgeExpired(now: deps.clock.now)
            },
            // Passes expire at midnight; the stored child status follows.
            PeriodicJob(name: "child-status", interval: .seconds(3600), logger: deps.logger) {
                try await repositories.children.refreshStatuses(today: deps.clock.today)
            },
            // Runs at start too, so erasures on request (the ledger) are repeated after an older
            // backup is restored.
            PeriodicJob(name: "retention", interval: .seconds(24 * 3600), logger: deps.logger) {
                let report = try await RetentionService(privacy: repositories.privacy, clock: deps.clock) {
                    AttachmentStore.removeFiles($0, directory: config.uploadsDirectory)
                }.run(apply: true)
                deps.logger.info("retention", metadata: ["erased_again": .stringConvertible(report.erasedAgain.count),
                                                         "anonymised": .stringConvertible(report.children.count),
                                                         "audit_rows_purged": .stringConvertible(report.auditRows)])
            },
            // A form is resent within minutes (a double-click, Back); its key is kept a month.
            PeriodicJob(name: "form-submission-cleanup", interval: .seconds(24 * 3600), logger: deps.logger) {
                _ = try await SQLiteFormSubmissionRepository(deps.database).purge(claimedBefore: deps.clock.now.addingTimeInterval(-30 * 24 * 3600))
            },
            // Unclaimed grants past their deadline release their money.
            PeriodicJob(name: "grant-expiry", interval: .seconds(3600), logger: deps.logger) {
                _ = try await repositories.grants.expireOverdue(today: deps.clock.today)
            },
        ] + (config.sendsMailInBackground ? [
            OutboxDeliveryService(delivery: delivery, doorbell: doorbell, observer: outboxObserver, interval: config.mailPollInterval),
            PeriodicJob(name: "digests", interval: .seconds(600), logger: deps.logger) {
                try await DigestJob(repositories: repositories, clock: deps.clock).run()
            },
        ] : []),
        logger: deps.logger)
}

/// The router with every middleware and controller; also returns the route table for tests.
public func buildRouter(_ deps: AppDependencies) async throws -> (Router<AppContext>, RouteTable) {
    try await buildRouter(deps, repositories: Repositories.sqlite(deps.database, erasures: deps.erasures))
}

func buildRouter(_ deps: AppDependencies, repositories: Repositories) async throws -> (Router<AppContext>, RouteTable) {
    let config = deps.config
    let clock = deps.clock
    let texts = try TextCatalogue.bundled()
    let renderer = Renderer(texts: texts, footer: .init(supportEmail: config.supportEmail, supportPhone: config.supportPhone))
    let hasher = PasswordHasher(cost: config.bcryptCost)
    let links = ActivationLinks(baseURL: config.publicBaseURL, clock: clock)
    // The stored row outlives the absolute lifetime by a little, so the auth middleware (not
    // the row's expiry) ends the session and can tell the user why.
    let sessionStorageLifetime = config.sessionTimeouts.absolute + 300
    let sessionDriver = SessionPersistDriver(sessions: repositories.sessions, clock: clock,
                                             defaultLifetime: sessionStorageLifetime)

    let router = Router(context: AppContext.self)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    // Catches what the session and auth middleware throw; shown without the user's frame.
    router.add(middleware: ErrorPageMiddleware(renderer: renderer, storeHealth: deps.storeHealth, audit: repositories.audit, clock: clock))
    router.add(middleware: StaticFilesMiddleware(directory: config.publicDirectory, logger: deps.logger))
    // A full disk: 503 before the session or an audit row tries to write.
    router.add(middleware: StoreWritableMiddleware(health: deps.storeHealth))
    router.add(middleware: SessionMiddleware(storage: sessionDriver, configuration: .init(
        sessionCookieParameters: .init(name: SessionSettings.cookieName, path: "/", secure: config.secureCookies, sameSite: .lax),
        keyPrefix: SessionSettings.keyPrefix,
        defaultSessionExpiration: .seconds(Int64(sessionStorageLifetime)))))
    router.add(middleware: AuthMiddleware(users: repositories.users, municipalities: repositories.municipalities,
                                          timeouts: config.sessionTimeouts, clock: clock,
                                          trustedProxies: config.trustedProxies, texts: texts))
    // Inside the session: error pages keep the signed-in frame, and session changes are saved.
    router.add(middleware: ErrorPageMiddleware(renderer: renderer, storeHealth: deps.storeHealth, audit: repositories.audit, clock: clock))
    // 1 MB bodies, more only on the upload route (before anything reads the body).
    router.add(middleware: BodyLimitMiddleware())
    let keptForms = KeptForms(repository: repositories.keptForms, secrets: deps.secrets, clock: clock)
    router.add(middleware: CSRFMiddleware(secureCookies: config.secureCookies, audit: repositories.audit, clock: clock,
                                          keptForms: keptForms))
    router.add(middleware: RestoredFormMiddleware(keptForms: keptForms))

    let routes = RouteTable(router: router, audit: repositories.audit, clock: clock,
                            submissions: SQLiteFormSubmissionRepository(deps.database))
    let signIn = SignInService(users: repositories.users, throttle: repositories.throttle, audit: repositories.audit,
                               hasher: hasher, rule: config.throttle, clock: clock,
                               dummyHash: try await hasher.hash(Tokens.random()))
    PublicController(database: deps.database, storeHealth: deps.storeHealth, renderer: renderer,
                     accessibilityStatementURL: config.accessibilityStatementURL).addRoutes(to: routes)
    // Staff sign-in: password, second factor, single sign-on, kept forms
    let completion = SignInCompletion(users: repositories.users, sessions: repositories.sessions, audit: repositories.audit,
                                      keptForms: keptForms, secureCookies: config.secureCookies, clock: clock)
    let codes = SecondFactorCheck(secondFactors: repositories.secondFactors, throttle: repositories.throttle, audit: repositories.audit,
                                  rule: config.throttle, secrets: deps.secrets, clock: clock)
    let clientSecrets = ClientSecrets(environment: config.oidcSecretVariables, directory: config.oidcSecretsDirectory)
    SessionController(signIn: signIn, secondFactors: repositories.secondFactors, signInSettings: repositories.signInSettings,
                      completion: completion, secrets: deps.secrets, secureCookies: config.secureCookies,
                      timeouts: config.sessionTimeouts, audit: repositories.audit, renderer: renderer, clock: clock).addRoutes(to: routes)
    SecondFactorController(users: repositories.users, municipalities: repositories.municipalities,
                           secondFactors: repositories.secondFactors, check: codes, completion: completion, secrets: deps.secrets,
                           renderer: renderer, clock: clock).addRoutes(to: routes)
    AccountSecondFactorController(secondFactors: repositories.secondFactors, signInSettings: repositories.signInSettings, check: codes,
                                  secrets: deps.secrets, renderer: renderer, clock: clock).addRoutes(to: routes)
    SingleSignOnController(municipalities: repositories.municipalities, signInSettings: repositories.signInSettings,
                           providers: OpenIDProviders(), clientSecrets: clientSecrets, completion: completion, audit: repositories.audit,
                           secrets: deps.secrets, baseURL: config.publicBaseURL, clock: clock).addRoutes(to: routes)
    SignInSettingsController(settings: repositories.signInSettings, clientSecrets: clientSecrets, baseURL: config.publicBaseURL,
                             renderer: renderer, clock: clock).addRoutes(to: routes)
    UserSignInController(users: repositories.users, secondFactors: repositories.secondFactors,
                         signInSettings: repositories.signInSettings, renderer: renderer, clock: clock).addRoutes(to: routes)
    ActivationController(users: repositories.users, municipalities: repositories.municipalities, hasher: hasher, renderer: renderer,
                         clock: clock).addRoutes(to: routes)
    HomeController(renderer: renderer, audit: repositories.audit, clock: clock,
                   workList: WorkListPage(repositories: repositories, renderer: renderer, clock: clock)).addRoutes(to: routes)
    AccountController(users: repositories.users, throttle: repositories.throttle, audit: repositories.audit, rule: config.throttle,
                      outbox: repositories.outbox, hasher: hasher, renderer: renderer, clock: clock).addRoutes(to: routes)
    UsersController(users: repositories.users, throttle: repositories.throttle, audit: repositories.audit, links: links,
                    renderer: renderer, clock: clock, secondFactors: repositories.secondFactors,
                    signInSettings: repositories.signInSettings).addRoutes(to: routes)
    MunicipalitiesController(municipalities: repositories.municipalities, users: repositories.users,
                             audit: repositories.audit, links: links, renderer: renderer, clock: clock).addRoutes(to: routes)
    // Implementation workspace: the catalogue is read once at start.
    let catalogue = try ImplementationCatalogue.bundled()
    ImplementationRoutes.add(to: routes, workspace: ImplementationWorkspace(
        catalogue: catalogue, store: repositories.implementation, users: repositories.users,
        municipalities: repositories.municipalities, renderer: renderer, clock: clock))

    // Intake; decisions write letters to the guardians in the family's language
    let letterTexts = try LetterTexts.bundled()
    ChildrenController(children: repositories.children, audit: repositories.audit, renderer: renderer, clock: clock).addRoutes(to: routes)
    ChildFormController(children: repositories.children, registries: repositories.registries, audit: repositories.audit, renderer: renderer,
                        clock: clock).addRoutes(to: routes)
    ChildPageController(repositories: repositories, letterTexts: letterTexts, renderer: renderer, clock: clock).addRoutes(to: routes)
    ConsentsController(children: repositories.children, consents: repositories.consents, audit: repositories.audit, renderer: renderer,
                       clock: clock)
        .addRoutes(to: routes)
    ReferralsController(children: repositories.children, referrals: repositories.referrals, audit: repositories.audit,
                        renderer: renderer, clock: clock).addRoutes(to: routes)
    DecisionsController(repositories: repositories, letterTexts: letterTexts, renderer: renderer, clock: clock).addRoutes(to: routes)
    PassesController(passes: repositories.passes, children: repositories.children, audit: repositories.audit, renderer: renderer,
                     clock: clock)
        .addRoutes(to: routes)
    SchemeSettingsController(settings: repositories.schemeSettings, renderer: renderer, clock: clock).addRoutes(to: routes)

    // Privacy
    AuditLogController(audit: repositories.audit, users: repositories.users, children: repositories.children, renderer: renderer,
                       clock: clock).addRoutes(to: routes)
    AccessRequestsController(repositories: repositories, renderer: renderer, clock: clock).addRoutes(to: routes)
    PrivacyController(repositories: repositories, renderer: renderer, clock: clock, uploadsDirectory: config.uploadsDirectory)
        .addRoutes(to: routes)

    // Dashboard and status report
    DashboardController(repositories: repositories, catalogue: catalogue, renderer: renderer, clock: clock).addRoutes(to: routes)
    DashboardSettingsController(dashboard: repositories.dashboard, renderer: renderer, clock: clock).addRoutes(to: routes)
    // Schools and districts
    RegistriesController(registries: repositories.registries, renderer: renderer, clock: clock).addRoutes(to: routes)
    RegistryEditController(registries: repositories.registries, renderer: renderer, clock: clock).addRoutes(to: routes)
    StatusReportController(repositories: repositories, catalogue: catalogue, renderer: renderer, clock: clock).addRoutes(to: routes)
    AdminOverviewController(repositories: repositories, catalogue: catalogue, renderer: renderer, clock: clock).addRoutes(to: routes)
    // Associations, grants and payments
    let attachments = try AttachmentStore(directory: config.uploadsDirectory)
    AssociationsController(associations: repositories.associations, activities: repositories.activities, audit: repositories.audit,
                           registries: repositories.registries,
                           renderer: renderer, clock: clock)
        .addRoutes(to: routes)
    ActivitiesController(activities: repositories.activities, associations: repositories.associations, renderer: renderer, clock: clock)
        .addRoutes(to: routes)
    ActivityFormController(activities: repositories.activities, associations: repositories.associations, audit: repositories.audit,
                           registries: repositories.registries,
                           renderer: renderer, clock: clock)
        .addRoutes(to: routes)
    GrantRulesController(grants: repositories.grants, renderer: renderer, clock: clock).addRoutes(to: routes)
    FundingController(grants: repositories.grants, reports: repositories.moneyReports, renderer: renderer, clock: clock).addRoutes(to: routes)
    EnrolmentsController(repositories: repositories, renderer: renderer, clock: clock).addRoutes(to: routes)
    GrantsController(repositories: repositories, letterTexts: letterTexts, renderer: renderer, clock: clock).addRoutes(to: routes)
    GrantPagesController(repositories: repositories, renderer: renderer, clock: clock).addRoutes(to: routes)
    ClaimsController(repositories: repositories, attachments: attachments, renderer: renderer, clock: clock).addRoutes(to: routes)
    PaymentBatchesController(repositories: repositories, renderer: renderer, clock: clock).addRoutes(to: routes)
    PortalController(portal: repositories.portal, audit: repositories.audit, renderer: renderer, clock: clock).addRoutes(to: routes)
    PortalFollowUpsController(portal: repositories.portal, clock: clock).addRoutes(to: routes)
    PortalClaimsController(portal: repositories.portal, attachments: attachments, audit: repositories.audit, renderer: renderer,
                           clock: clock).addRoutes(to: routes)
    // Guidance and volunteers
    CoursesController(repositories: repositories, renderer: renderer, clock: clock).addRoutes(to: routes)
    SessionsController(repositories: repositories, renderer: renderer, clock: clock).addRoutes(to: routes)
    CourseProgressController(repositories: repositories, renderer: renderer, clock: clock).addRoutes(to: routes)
    MatchingController(repositories: repositories, renderer: renderer, clock: clock).addRoutes(to: routes)
    BoardController(repositories: repositories, renderer: renderer, clock: clock).addRoutes(to: routes)
    FollowUpsController(repositories: repositories, renderer: renderer, clock: clock).addRoutes(to: routes)
    VolunteersController(repositories: repositories, renderer: renderer, clock: clock).addRoutes(to: routes)
    VolunteerPageController(repositories: repositories, renderer: renderer, clock: clock).addRoutes(to: routes)
    MyChildrenController(repositories: repositories, renderer: renderer, clock: clock).addRoutes(to: routes)
    // Season rollover
    PassRenewalsController(passes: repositories.passes, audit: repositories.audit, renderer: renderer, clock: clock).addRoutes(to: routes)
    // E-mail, decision letters and the family's pass
    PasswordResetController(outbox: repositories.outbox, links: links, renderer: renderer, clock: clock).addRoutes(to: routes)
    CommunicationController(repositories: repositories, mailConfigured: config.mail.isConfigured, renderer: renderer, clock: clock)
        .addRoutes(to: routes)
    LettersController(repositories: repositories, letterTexts: letterTexts, renderer: renderer, clock: clock).addRoutes(to: routes)

    let missing = Set(Route.allCases).subtracting(routes.registered)
    precondition(missing.isEmpty, "Routes without a handler: \(missing)")
    return (router, routes)
}
