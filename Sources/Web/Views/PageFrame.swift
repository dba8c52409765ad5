import Domain
import Mustache

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

// The layout reads the frame on every page: through `child(named:)`, not `Mirror`.
extension PageFrame: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "title": title
        case "signedIn": signedIn
        case "userName": userName
        case "roleLabel": roleLabel
        case "municipalityName": municipalityName
        case "schemeName": schemeName
        case "nav": nav
        case "flash": flash
        case "csrfToken": csrfToken
        case "submissionKey": submissionKey
        case "errorSummary": errorSummary
        case "hasErrors": hasErrors
        case "supportEmail": supportEmail
        case "supportPhone": supportPhone
        case "accessibilityHref": accessibilityHref
        case "privacyHref": privacyHref
        case "accountHref": accountHref
        case "logoutAction": logoutAction
        case "homeHref": homeHref
        case "session": session
        default: nil
        }
    }
}

extension SessionNote: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "remainingSeconds": remainingSeconds
        case "warningSeconds": warningSeconds
        case "keepAliveAction": keepAliveAction
        case "returnPath": returnPath
        default: nil
        }
    }
}

extension PageFrame.NavItem: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "label": label
        case "current": current
        default: nil
        }
    }
}

extension PageFrame.ErrorLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "message": message
        default: nil
        }
    }
}

extension PageFrame.FlashView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "heading": heading
        case "message": message
        case "detail": detail
        case "isError": isError
        case "linkHref": linkHref
        case "linkLabel": linkLabel
        default: nil
        }
    }
}
