/// One grant: its facts, its status and the claims made against it.
public struct GrantView: Page, Sendable {
    public struct ClaimLine: Sendable {
        public let href: String
        public let amount: String
        public let period: String
        public let status: String
        public let statusKind: String
        public let submitted: String
        public let decision: String?

        public init(href: String, amount: String, period: String, status: String, statusKind: String, submitted: String, decision: String?) {
            self.href = href
            self.amount = amount
            self.period = period
            self.status = status
            self.statusKind = statusKind
            self.submitted = submitted
            self.decision = decision
        }
    }

    public let heading: String
    public let childName: String
    public let childHref: String
    public let status: String
    public let statusKind: String
    public let facts: [ChildPageView.Fact]
    public let claims: [ClaimLine]
    public let hasClaims: Bool
    public let canCancel: Bool
    public let cancelHref: String
    public let noAssociationConsent: Bool

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(childHref)">\(t("grant.backToChild"))</a>
        <div class="page-heading">
          <div>
            <h1 class="with-sub">\(heading)</h1>
            <p class="sub-heading"><a href="\(childHref)">\(childName)</a> · <span class="badge badge-\(statusKind)">\(status)</span></p>
          </div>
          \(HTML.when(canCancel, "<a class=\"button button-secondary\" href=\"\(cancelHref)\">\(t("grant.cancel.button"))</a>"))
        </div>

        """
        if noAssociationConsent {
            "<div class=\"alert alert-warning\"><p class=\"alert-heading\">\(t("flash.warning"))</p><p class=\"alert-text\">\(t("grant.noAssociationConsent"))</p></div>\n"
        }
        """
        <dl class="summary-list">
          \(facts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })
        </dl>
        <h2>\(t("grant.section.claims"))</h2>

        """
        if hasClaims {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
            <table class="table">
              <caption class="sr-only">\(t("grant.section.claims"))</caption>
              <thead><tr>
                <th scope="col">\(t("claim.submittedAt"))</th>
                <th scope="col">\(t("claim.period"))</th>
                <th scope="col" class="num">\(t("claim.amount"))</th>
                <th scope="col">\(t("claim.status"))</th>
              </tr></thead>
              <tbody>

            """
            for claim in claims {
                let decision: HTML = if let d = claim.decision, !d.isEmpty { " <span class=\"muted\">– \(d)</span>" } else { HTML() }
                """
                    <tr>
                      <td><a href="\(claim.href)">\(claim.submitted)</a></td>
                      <td>\(claim.period)</td>
                      <td class="num">\(claim.amount)</td>
                      <td><span class="badge badge-\(claim.statusKind)">\(claim.status)</span>\(decision)</td>
                    </tr>

                """
            }
            """
              </tbody>
            </table>
            </div>

            """
        } else {
            "<p>\(t("grant.noClaims"))</p>\n"
        }
    }

    public init(heading: String, childName: String, childHref: String, status: String, statusKind: String, facts: [ChildPageView.Fact], claims: [ClaimLine], hasClaims: Bool, canCancel: Bool, cancelHref: String, noAssociationConsent: Bool) {
        self.heading = heading
        self.childName = childName
        self.childHref = childHref
        self.status = status
        self.statusKind = statusKind
        self.facts = facts
        self.claims = claims
        self.hasClaims = hasClaims
        self.canCancel = canCancel
        self.cancelHref = cancelHref
        self.noAssociationConsent = noAssociationConsent
    }
}
