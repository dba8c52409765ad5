import GRDB

/// A numbered schema change. Each lives in its own file named after its identifier.
struct Migration: Sendable {
    let identifier: String
    let migrate: @Sendable (Database) throws -> Void
}

enum Migrations {
    /// The order every installed database has run them in; append only. The numbers are the
    /// order the features were planned in, not the order they shipped: privacy (006) and the
    /// dashboard (007) landed before the implementation workspace (003), associations (005)
    /// and guidance (004), and some numbers were never used. Later migrations were written
    /// against the tables as they stood when they shipped, so a fresh database is built in this
    /// same order; sorting the list would build it in an order no installed database went
    /// through.
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
