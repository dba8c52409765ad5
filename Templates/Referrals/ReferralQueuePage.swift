import Domain

/// The coordinator's queue of referrals (`referrals/index`): this half-year's figures, tabs by
/// status, and the referrals with a link to decide on the open ones.
public struct ReferralQueueView: Page, Sendable {
    public struct Row: Sendable {
        public let childName: String
        public let childHref: String
        public let age: String
        public let referredOn: String
        public let department: String
        public let support: String
        public let status: String
        public let statusKind: String
        public let urgent: Bool
        public let decideHref: String?

        public init(childName: String, childHref: String, age: String, referredOn: String, department: String, support: String,
                    status: String, statusKind: String, urgent: Bool, decideHref: String?) {
            self.childName = childName
            self.childHref = childHref
            self.age = age
            self.referredOn = referredOn
            self.department = department
            self.support = support
            self.status = status
            self.statusKind = statusKind
            self.urgent = urgent
            self.decideHref = decideHref
        }
    }

    public let rows: [Row]
    public let hasRows: Bool
    public let tabs: [PageFrame.NavItem]
    /// The half-year's figures, for those who follow them.
    public let counts: PassCounts?
    public let period: String

    public init(rows: [Row], tabs: [PageFrame.NavItem], counts: PassCounts?, period: String) {
        self.rows = rows
        self.hasRows = !rows.isEmpty
        self.tabs = tabs
        self.counts = counts
        self.period = period
    }

    public func body(_ c: PageContext) -> HTML {
        "<h1>\(c.t("referrals.heading"))</h1>\n"
        if let counts {
            """
            <section class="panel" aria-labelledby="counts-heading">
              <h2 class="panel-title" id="counts-heading">\(c.t("referrals.counts.heading")) (\(period))</h2>
              <dl class="figures">
                <div><dt>\(c.t("referrals.counts.applied"))</dt><dd>\(counts.applied)</dd></div>
                <div><dt>\(c.t("referrals.counts.granted"))</dt><dd>\(counts.granted)</dd></div>
                <div><dt>\(c.t("referrals.counts.redeemed"))</dt><dd>\(counts.redeemed)</dd></div>
              </dl>
            </section>

            """
        }
        """
        <nav class="tabs" aria-label="\(c.t("referrals.tabs"))">
          <ul>\(tabs.html { "<li><a href=\"\($0.href)\"\(HTML.when($0.current, " aria-current=\"page\" class=\"current\""))>\($0.label)</a></li>" })</ul>
        </nav>

        """
        if hasRows {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(c.t("layout.scrollTable"))">
            <table class="table">
              <caption class="sr-only">\(c.t("referrals.heading"))</caption>
              <thead><tr>
                <th scope="col">\(c.t("referrals.column.child"))</th>
                <th scope="col">\(c.t("referrals.column.referredOn"))</th>
                <th scope="col">\(c.t("referral.department"))</th>
                <th scope="col">\(c.t("referral.support"))</th>
                <th scope="col">\(c.t("referrals.column.status"))</th>
                <th scope="col"><span class="sr-only">\(c.t("referrals.column.action"))</span></th>
              </tr></thead>
              <tbody>
                \(rows.html { row(c, $0) })
              </tbody>
            </table>
            </div>

            """
        } else {
            "<p>\(c.t("referrals.empty"))</p>\n"
        }
    }

    private func row(_ c: PageContext, _ row: Row) -> HTML {
        let decide = HTML {
            if let href = row.decideHref, !href.isEmpty {
                "<a href=\"\(href)\">\(c.t("referral.decide"))<span class=\"sr-only\"> – \(row.childName)</span></a>"
            }
        }
        return """
                <tr>
                  <td><a href="\(row.childHref)">\(row.childName)</a> <span class="muted">\(row.age)</span>\
            \(HTML.when(row.urgent, " <span class=\"badge badge-error\">\(c.t("referral.urgency.high"))</span>"))</td>
                  <td>\(row.referredOn)</td>
                  <td>\(row.department)</td>
                  <td>\(row.support)</td>
                  <td><span class="badge badge-\(row.statusKind)">\(row.status)</span></td>
                  <td>\(decide)</td>
                </tr>

            """
    }
}
