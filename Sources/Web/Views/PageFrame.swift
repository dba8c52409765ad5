import Domain

/// Sections of the main navigation, in order; each shows only if the role may use its route.
enum Navigation {
    static let items: [(route: Route, label: String)] = [
        (.dashboard, "nav.dashboard"),
        (.home, "nav.home"),
        (.children, "nav.children"),
        (.referrals, "nav.referrals"),
        // Guidance and volunteers
        (.courses, "guidance.nav.courses"),
        (.myChildren, "guidance.nav.myChildren"),
        (.board, "guidance.nav.board"),
        (.followUps, "guidance.nav.followUps"),
        (.volunteers, "guidance.nav.volunteers"),
        (.users, "nav.users"),
        (.schemeSettings, "nav.schemeSettings"),
        (.processingRecords, "nav.privacy"),
        (.municipalities, "nav.municipalities"),
        (.adminOverview, "nav.adminOverview"),
        // Implementation workspace: the workspace for municipal staff, the overview for admins.
        (.implOverview, "nav.implementation"),
        (.implAdminOverview, "nav.implementation"),
        // Associations, grants and payments
        (.associations, "nav.associations"),
        (.activities, "nav.activities"),
        (.claims, "nav.payments"),
        (.budget, "nav.budget"),
        (.portal, "nav.portal"),
    ]
}
