/// The association portal's start page: the club's children with their grants, the follow-ups
/// due and the claims it has sent.
public struct PortalView: Page, Sendable {
    public struct GrantLine: Sendable {
        public let line: String
        public let period: String
        public let status: String
        public let statusKind: String
        public let claimHref: String?
        public let claimLabel: String
        public let continueHref: String?
        public let receiptHref: String?
        public let deadline: String?

        public init(line: String, period: String, status: String, statusKind: String, claimHref: String?, claimLabel: String, continueHref: String?, receiptHref: String?, deadline: String?) {
            self.line = line
            self.period = period
            self.status = status
            self.statusKind = statusKind
            self.claimHref = claimHref
            self.claimLabel = claimLabel
            self.continueHref = continueHref
            self.receiptHref = receiptHref
            self.deadline = deadline
        }
    }

    public struct ChildCard: Sendable {
        public let name: String
        public let activity: String
        public let status: String
        public let statusKind: String
        public let startAction: String?
        public let stopHref: String?
        public let started: String?
        public let grants: [GrantLine]
        public let hasGrants: Bool
        public let followUp: FollowUpCard?
        public let adaptation: String?

        public init(name: String, activity: String, status: String, statusKind: String, startAction: String?, stopHref: String?, started: String?, grants: [GrantLine], hasGrants: Bool, followUp: FollowUpCard?, adaptation: String?) {
            self.name = name
            self.activity = activity
            self.status = status
            self.statusKind = statusKind
            self.startAction = startAction
            self.stopHref = stopHref
            self.started = started
            self.grants = grants
            self.hasGrants = hasGrants
            self.followUp = followUp
            self.adaptation = adaptation
        }
    }

    /// The club's one-press answer to a due follow-up on a child's card.
    public struct FollowUpCard: Sendable {
        public let action: String
        public let question: String
        public let when: String
        public let helpID: String

        public init(action: String, question: String, when: String, helpID: String) {
            self.action = action
            self.question = question
            self.when = when
            self.helpID = helpID
        }
    }

    public struct ClaimLine: Sendable {
        public let child: String
        public let amount: String
        public let sent: String
        public let status: String
        public let statusKind: String
        public let href: String

        public init(child: String, amount: String, sent: String, status: String, statusKind: String, href: String) {
            self.child = child
            self.amount = amount
            self.sent = sent
            self.status = status
            self.statusKind = statusKind
            self.href = href
        }
    }

    public let associationName: String
    public let linked: Bool
    public let children: [ChildCard]
    public let hasChildren: Bool
    public let claims: [ClaimLine]
    public let hasClaims: Bool
    public let today: String

    public init(associationName: String, linked: Bool, children: [ChildCard], hasChildren: Bool, claims: [ClaimLine], hasClaims: Bool, today: String) {
        self.associationName = associationName
        self.linked = linked
        self.children = children
        self.hasChildren = hasChildren
        self.claims = claims
        self.hasClaims = hasClaims
        self.today = today
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        "\n<h1 class=\"with-sub\">\(t("portal.heading"))</h1>\n"
        if linked {
            """
            <p class="sub-heading">\(associationName)</p>
            <p class="lead">\(t("portal.intro"))</p>

            """
            if hasChildren {
                """
                <h2>\(t("portal.children.heading"))</h2>
                <ul class="portal-list">

                """
                for card in children { Self.card(card, c) }
                "</ul>\n"
            } else {
                "<p>\(t("portal.children.empty"))</p>\n"
            }
            """
            <p class="muted">\(t("portal.consentNote"))</p>

            <h2>\(t("portal.claims.heading"))</h2>

            """
            if hasClaims {
                """
                <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
                <table class="table">
                  <caption class="sr-only">\(t("portal.claims.heading"))</caption>
                  <thead><tr>
                    <th scope="col">\(t("portal.child"))</th>
                    <th scope="col" class="num">\(t("portal.claim.amount"))</th>
                    <th scope="col">\(t("portal.receipt.sent"))</th>
                    <th scope="col">\(t("claim.status"))</th>
                  </tr></thead>
                  <tbody>

                """
                for claim in claims {
                    """
                        <tr>
                          <td><a href="\(claim.href)">\(claim.child)</a></td>
                          <td class="num">\(claim.amount)</td>
                          <td>\(claim.sent)</td>
                          <td><span class="badge badge-\(claim.statusKind)">\(claim.status)</span></td>
                        </tr>

                    """
                }
                """
                  </tbody>
                </table>
                </div>

                """
            } else {
                "<p>\(t("portal.claims.empty"))</p>\n"
            }
        } else {
            """
            <div class="alert alert-info"><p class="alert-heading">\(t("flash.info"))</p><p class="alert-text">\(t("portal.notLinked"))</p></div>

            """
        }
    }

    /// One child's card; its grant rows name the child (for the claim button's accessible name).
    @Markup static func card(_ card: ChildCard, _ c: PageContext) -> HTML {
        let t = c.t
        """
          <li class="panel">
            <h3 class="panel-title">\(card.name) <span class="badge badge-\(card.statusKind)">\(card.status)</span></h3>
            <p>\(card.activity)\(card.started.map { " · \($0)" as HTML })</p>

        """
        if let adaptation = card.adaptation {
            "<p class=\"portal-adaptation\"><strong>\(t("portal.child.adaptation"))</strong> \(adaptation)</p>\n"
        }
        for grant in card.grants { Self.grant(grant, childName: card.name, c) }
        if !card.hasGrants { "<p class=\"muted\">\(t("portal.child.noGrant"))</p>\n" }
        if let followUp = card.followUp { Self.followUp(followUp, c) }
        "<div class=\"button-row compact\">\n"
        if let startAction = card.startAction {
            """
              <form method="post" action="\(startAction)" class="inline-form">\(c.csrf)
                <button type="submit" class="button button-secondary">\(t("portal.start.button"))<span class="sr-only"> – \(card.name)</span></button>
              </form>

            """
        }
        if let stopHref = card.stopHref {
            "<a href=\"\(stopHref)\">\(t("portal.stop.link"))<span class=\"sr-only\"> – \(card.name)</span></a>\n"
        }
        """
            </div>
          </li>

        """
    }

    @Markup static func grant(_ grant: GrantLine, childName: String, _ c: PageContext) -> HTML {
        let t = c.t
        """
            <div class="portal-grant">
              <p><strong>\(grant.line)</strong> · \(grant.period) · <span class="badge badge-\(grant.statusKind)">\(grant.status)</span>\
        \(grant.deadline.map { "<br><span class=\"muted\">\($0)</span>" as HTML })</p>
              <div class="button-row compact">

        """
        if let claimHref = grant.claimHref {
            "<a class=\"button button-secondary\" href=\"\(claimHref)\">\(grant.claimLabel)<span class=\"sr-only\"> – \(childName)</span></a>\n"
        }
        if let continueHref = grant.continueHref {
            "<a class=\"button button-secondary\" href=\"\(continueHref)\">\(t("portal.claim.continue"))<span class=\"sr-only\"> – \(childName)</span></a>\n"
        }
        if let receiptHref = grant.receiptHref {
            "<a href=\"\(receiptHref)\">\(t("portal.claim.seeReceipt"))<span class=\"sr-only\"> – \(childName)</span></a>\n"
        }
        """
              </div>
            </div>

        """
    }

    @Markup static func followUp(_ followUp: FollowUpCard, _ c: PageContext) -> HTML {
        let t = c.t
        """
            <form method="post" action="\(followUp.action)" class="portal-followup">
              \(c.csrf)
              <fieldset class="fieldset">
                <legend class="form-label">\(followUp.question)</legend>
                <p class="form-hint">\(followUp.when)</p>
                <div class="form-choice">
                  <input class="form-checkbox" type="checkbox" id="\(followUp.helpID)" name="needsHelp" value="yes">
                  <label for="\(followUp.helpID)">\(t("portal.followup.needsHelp"))</label>
                </div>
                <div class="button-row compact">
                  <button type="submit" name="attendance" value="regular" class="button button-secondary">\(t("portal.followup.regular"))</button>
                  <button type="submit" name="attendance" value="irregular" class="button button-secondary">\(t("portal.followup.irregular"))</button>
                  <button type="submit" name="attendance" value="stopped" class="button button-secondary">\(t("portal.followup.stopped"))</button>
                  <button type="submit" name="attendance" value="unsure" class="button button-secondary">\(t("portal.followup.unsure"))</button>
                </div>
              </fieldset>
            </form>

        """
    }
}
