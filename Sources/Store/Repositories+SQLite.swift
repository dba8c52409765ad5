import Domain
import GRDB

extension Repositories {
    /// The SQLite implementation of every repository over one database. Erasing a child on
    /// request needs the database's erasure ledger; without one it is refused.
    public static func sqlite(_ db: any DatabaseWriter, erasures: any ErasureLedger = NoErasureLedger()) -> Repositories {
        Repositories(
            municipalities: SQLiteMunicipalityRepository(db), users: SQLiteUserRepository(db),
            sessions: SQLiteSessionRepository(db), throttle: SQLiteThrottleRepository(db), audit: SQLiteAuditLog(db),
            children: SQLiteChildRepository(db), consents: SQLiteConsentRepository(db),
            referrals: SQLiteReferralRepository(db), passes: SQLitePassRepository(db),
            schemeSettings: SQLiteSchemeSettingsRepository(db), privacy: SQLitePrivacyRepository(db, erasures: erasures),
            dashboard: SQLiteDashboardRepository(db), implementation: SQLiteImplementationRepository(db),
            // Associations and money
            associations: SQLiteAssociationRepository(db), activities: SQLiteActivityRepository(db),
            grants: SQLiteGrantRepository(db), claims: SQLiteClaimRepository(db), portal: SQLitePortalRepository(db),
            moneyReports: SQLiteMoneyReportRepository(db),
            // Guidance
            volunteers: SQLiteVolunteerRepository(db), courses: SQLiteCourseRepository(db),
            followUps: SQLiteFollowUpRepository(db),
            outbox: SQLiteOutboxRepository(db), workLists: SQLiteWorkListRepository(db), letters: SQLiteLetterRepository(db),
            secondFactors: SQLiteSecondFactorRepository(db), signInSettings: SQLiteSignInSettingsRepository(db),
            keptForms: SQLiteKeptFormRepository(db),
            // Schools and districts
            registries: SQLiteRegistryRepository(db))
    }
}
