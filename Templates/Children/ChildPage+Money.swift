import Domain

/// The block of the child's page about activities and money: enrolments, grants with their
/// claims, and their entries for the page's timeline.
public struct ChildMoneyView: Sendable {
    public struct EnrolmentLine: Sendable {
        public let activity: String
        public let association: String
        public let associationHref: String
        public let status: String
        public let statusKind: String
        public let dates: String
        /// What the child already holds for the activity (so nobody grants the fee twice).
        public let granted: [String]
        public let grantHref: String?
        public let grantLabel: String

        public init(activity: String, association: String, associationHref: String, status: String, statusKind: String, dates: String, granted: [String], grantHref: String?, grantLabel: String) {
            self.activity = activity
            self.association = association
            self.associationHref = associationHref
            self.status = status
            self.statusKind = statusKind
            self.dates = dates
            self.granted = granted
            self.grantHref = grantHref
            self.grantLabel = grantLabel
        }
    }

    /// What the child holds in one budget year, per kind, against the yearly caps.
    public struct YearLine: Sendable {
        public let label: String
        public let value: String

        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    public struct ClaimLine: Sendable {
        public let text: String
        public let status: String
        public let statusKind: String
        public let href: String?

        public init(text: String, status: String, statusKind: String, href: String?) {
            self.text = text
            self.status = status
            self.statusKind = statusKind
            self.href = href
        }
    }

    public struct GrantLine: Sendable {
        public let title: String
        public let href: String?
        public let activity: String
        public let period: String
        public let funding: String
        public let status: String
        public let statusKind: String
        public let claims: [ClaimLine]

        public init(title: String, href: String?, activity: String, period: String, funding: String, status: String, statusKind: String, claims: [ClaimLine]) {
            self.title = title
            self.href = href
            self.activity = activity
            self.period = period
            self.funding = funding
            self.status = status
            self.statusKind = statusKind
            self.claims = claims
        }
    }

    public let enrolments: [EnrolmentLine]
    public let hasEnrolments: Bool
    public let years: [YearLine]
    public let hasYears: Bool
    public let grants: [GrantLine]
    public let hasGrants: Bool
    public let canGrant: Bool
    public let canEnrol: Bool
    public let newGrantHref: String
    public let newEnrolmentHref: String
    public let noAssociationConsent: Bool

    public init(enrolments: [EnrolmentLine], hasEnrolments: Bool, years: [YearLine], hasYears: Bool, grants: [GrantLine], hasGrants: Bool, canGrant: Bool, canEnrol: Bool, newGrantHref: String, newEnrolmentHref: String, noAssociationConsent: Bool) {
        self.enrolments = enrolments
        self.hasEnrolments = hasEnrolments
        self.years = years
        self.hasYears = hasYears
        self.grants = grants
        self.hasGrants = hasGrants
        self.canGrant = canGrant
        self.canEnrol = canEnrol
        self.newGrantHref = newGrantHref
        self.newEnrolmentHref = newEnrolmentHref
        self.noAssociationConsent = noAssociationConsent
    }
}

extension ChildMoneyView {
    /// Associations and money: the child's activities and economic support.
    @Markup public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """
        <div class="page-heading">
          <h2 id="money">\(t("money.child.heading"))</h2>
          <div class="action-links">

        """
        if canGrant { "<a class=\"button button-secondary\" href=\"\(newGrantHref)\">\(t("money.child.grant"))</a>\n" }
        if canEnrol { "<a class=\"button-link\" href=\"\(newEnrolmentHref)\">\(t("money.child.enrol"))</a>\n" }
        """
          </div>
        </div>

        """
        if noAssociationConsent {
            "<div class=\"alert alert-warning\"><p class=\"alert-heading\">\(t("flash.warning"))</p><p class=\"alert-text\">\(t("grant.noAssociationConsent"))</p></div>\n"
        }
        if hasYears {
            """
            <dl class="summary-list compact">
              \(years.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })
            </dl>

            """
        }
        "<h3>\(t("money.child.activities"))</h3>\n"
        if !hasEnrolments { "<p>\(t("money.child.noActivities"))</p>\n" }
        for e in enrolments {
            """
            <div class="panel">
              <h4 class="panel-title">\(e.activity) <span class="badge badge-\(e.statusKind)">\(e.status)</span></h4>
              <p><a href="\(e.associationHref)">\(e.association)</a> · \(e.dates)</p>
              \(e.granted.html { "<p class=\"muted\">\($0)</p>" })

            """
            if let grantHref = e.grantHref {
                "<p><a href=\"\(grantHref)\">\(e.grantLabel)<span class=\"sr-only\"> \(e.activity)</span></a></p>\n"
            }
            "</div>\n"
        }
        "<h3>\(t("money.child.grants"))</h3>\n"
        if !hasGrants { "<p>\(t("money.child.noGrants"))</p>\n" }
        for g in grants {
            "<div class=\"panel\">\n  <h4 class=\"panel-title\">"
            Self.link(g.href, g.title)
            """
             <span class="badge badge-\(g.statusKind)">\(g.status)</span></h4>
              <p>\(g.activity) · \(g.period) · \(g.funding)</p>

            """
            for claim in g.claims {
                // A claim links to its page only for those who may open grants.
                "<p class=\"muted\">\(Self.link(claim.href, claim.text)) – \(claim.status)</p>\n"
            }
            "</div>\n"
        }
    }

    @Markup static func link(_ href: String?, _ text: String) -> HTML {
        if let href { "<a href=\"\(href)\">\(text)</a>" } else { "\(text)" }
    }
}
