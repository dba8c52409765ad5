import GRDB

/// A numbered schema change. Each lives in its own file named after its identifier.
struct Migration: Sendable {
    let identifier: String
    let migrate: @Sendable (Database) throws -> Void
}

enum Migrations {
    /// In order. Append only.
    static let all: [Migration] = [
        m001Foundation,
        m002ChildrenReferralsPasses,
        m006Privacy,
        m007Dashboard,
        m003ImplementationWorkspace,
        m005AssociationsGrants,
        m004Guidance,
        m008ActivityLinks,
        m009BenchmarkIndexes,
        m010DashboardSettings,
        m011DashboardIndexes,
        m012FormSubmissions,
        m013PaymentControls,
        m014PassRenewals,
        m015SchoolRegistries,
        m018SignInThrottle,
        m021OutboxNotifications,
        m022LettersPassCodes,
        m024TwoFactor,
        m025SingleSignOn,
        m026KeptForms,
    ]
}
