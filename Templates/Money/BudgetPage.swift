/// A year's budget per funding source: budget, granted, claimed, paid and remaining, with a
/// forecast of when the money runs out.
public struct BudgetView: Page, Sendable {
    public struct Row: Sendable {
        public let name: String
        public let budget: String
        public let granted: String
        public let claimed: String
        public let paid: String
        public let remaining: String
        public let overdrawn: Bool
        public let forecast: String

        public init(name: String, budget: String, granted: String, claimed: String, paid: String, remaining: String, overdrawn: Bool, forecast: String) {
            self.name = name
            self.budget = budget
            self.granted = granted
            self.claimed = claimed
            self.paid = paid
            self.remaining = remaining
            self.overdrawn = overdrawn
            self.forecast = forecast
        }
    }

    public let heading: String
    public let rows: [Row]
    public let hasRows: Bool
    public let total: Row
    public let previousHref: String
    public let nextHref: String
    public let previousLabel: String
    public let nextLabel: String
    public let fundingHref: String
    public let unclaimedHref: String
    public let paidThisYear: String

    public init(heading: String, rows: [Row], hasRows: Bool, total: Row, previousHref: String, nextHref: String, previousLabel: String,
                nextLabel: String, fundingHref: String, unclaimedHref: String, paidThisYear: String) {
        self.heading = heading
        self.rows = rows
        self.hasRows = hasRows
        self.total = total
        self.previousHref = previousHref
        self.nextHref = nextHref
        self.previousLabel = previousLabel
        self.nextLabel = nextLabel
        self.fundingHref = fundingHref
        self.unclaimedHref = unclaimedHref
        self.paidThisYear = paidThisYear
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <h1>\(heading)</h1>
        <p class="lead">\(t("budget.intro"))</p>
        <nav class="tabs" aria-label="\(t("budget.years"))">
          <ul>
            <li><a href="\(previousHref)" rel="prev">‹ \(previousLabel)</a></li>
            <li><a href="\(nextHref)" rel="next">\(nextLabel) ›</a></li>
            <li><a href="\(fundingHref)">\(t("funding.title"))</a></li>
            <li><a href="\(unclaimedHref)">\(t("grant.unclaimed.title"))</a></li>
          </ul>
        </nav>

        """
        if hasRows {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
            <table class="table">
              <caption>\(heading)</caption>
              <thead><tr>
                <th scope="col">\(t("budget.column.source"))</th>
                <th scope="col" class="num">\(t("budget.column.budget"))</th>
                <th scope="col" class="num">\(t("budget.column.granted"))</th>
                <th scope="col" class="num">\(t("budget.column.claimed"))</th>
                <th scope="col" class="num">\(t("budget.column.paid"))</th>
                <th scope="col" class="num">\(t("budget.column.remaining"))</th>
                <th scope="col">\(t("budget.column.forecast"))</th>
              </tr></thead>
              <tbody>
                \(rows.html { row in
                    let forecast: HTML = row.overdrawn ? "<span class=\"badge badge-error\">\(row.forecast)</span>" : "\(row.forecast)"
                    return Self.row(row, last: forecast)
                })
              </tbody>
              <tfoot>
                \(Self.row(total, last: ""))
              </tfoot>
            </table>
            </div>

            """
        } else {
            "<p>\(t("budget.empty"))</p>\n"
        }
        """
        <p>\(paidThisYear)</p>
        <p class="muted">\(t("budget.explain"))</p>

        """
    }

    /// A source's line, or the total's (whose last cell is empty).
    static func row(_ row: Row, last: HTML) -> HTML {
        """
        <tr>
          <th scope="row">\(row.name)</th>
          <td class="num">\(row.budget)</td>
          <td class="num">\(row.granted)</td>
          <td class="num">\(row.claimed)</td>
          <td class="num">\(row.paid)</td>
          <td class="num\(HTML.when(row.overdrawn, " overdrawn"))">\(row.remaining)</td>
          <td>\(last)</td>
        </tr>

        """
    }
}
