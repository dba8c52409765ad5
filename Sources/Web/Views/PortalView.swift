import Mustache

/// The association portal's start page. A busy club has a hundred children or more on it, so
/// the repeated rows answer swift-mustache through `child(named:)` rather than `Mirror`.
extension PortalController {
    struct GrantLine: MustacheParent {
        let line: String
        let period: String
        let status: String
        let statusKind: String
        let claimHref: String?
        let claimLabel: String
        let continueHref: String?
        let receiptHref: String?
        let deadline: String?

        func child(named name: String) -> Any? {
            switch name {
            case "line": line
            case "period": period
            case "status": status
            case "statusKind": statusKind
            case "claimHref": claimHref
            case "claimLabel": claimLabel
            case "continueHref": continueHref
            case "receiptHref": receiptHref
            case "deadline": deadline
            default: nil
            }
        }
    }

    struct ChildCard: MustacheParent {
        let name: String
        let activity: String
        let status: String
        let statusKind: String
        let startAction: String?
        let stopHref: String?
        let started: String?
        let grants: [GrantLine]
        let hasGrants: Bool
        let followUp: FollowUpCard?
        let adaptation: String?

        func child(named name: String) -> Any? {
            switch name {
            case "name": self.name
            case "activity": activity
            case "status": status
            case "statusKind": statusKind
            case "startAction": startAction
            case "stopHref": stopHref
            case "started": started
            case "grants": grants
            case "hasGrants": hasGrants
            case "followUp": followUp
            case "adaptation": adaptation
            default: nil
            }
        }
    }

    /// The club's one-press answer to a due follow-up on a child's card.
    struct FollowUpCard {
        let action: String
        let question: String
        let when: String
        let helpID: String
    }

    struct ClaimLine: MustacheParent {
        let child: String
        let amount: String
        let sent: String
        let status: String
        let statusKind: String
        let href: String

        func child(named name: String) -> Any? {
            switch name {
            case "child": child
            case "amount": amount
            case "sent": sent
            case "status": status
            case "statusKind": statusKind
            case "href": href
            default: nil
            }
        }
    }

    struct View {
        let associationName: String
        let linked: Bool
        let children: [ChildCard]
        let hasChildren: Bool
        let claims: [ClaimLine]
        let hasClaims: Bool
        let today: String
    }
}
