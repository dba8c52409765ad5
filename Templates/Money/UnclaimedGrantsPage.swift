/// Grants nobody has claimed for some weeks: the cue to call the club or the family.
public struct UnclaimedGrantsView: Page, Sendable {
    public struct Row: Sendable {
        public let childName: String
        public let childHref: String
        public let grantHref: String
        public let association: String
        public let contact: String
        public let amount: String
        public let grantedOn: String
        public let weeks: String
        public let deadline: String

        public init(childName: String, childHref: String, grantHref: String, association: String, contact: String, amount: String, grantedOn: String, weeks: String, deadline: String) {
            self.childName = childName
            self.childHref = childHref
            self.grantHref = grantHref
            self.association = association
            self.contact = contact
            self.amount = amount
            self.grantedOn = grantedOn
            self.weeks = weeks
            self.deadline = deadline
        }
    }

    public let heading: String
    public let intro: String
    public let rows: [Row]
    public let hasRows: Bool
    public let total: String
    public let weeksField: FormField
    public let action: String

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <h1>\(heading)</h1>
        <p class="lead">\(intro)</p>
        <form method="get" action="\(action)" class="filter-form">
          \(c.input(weeksField))
          <button type="submit" class="button button-secondary">\(t("grant.unclaimed.submit"))</button>
        </form>

        """
        if hasRows {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
            <table class="table">
              <caption class="sr-only">\(heading)</caption>
              <thead><tr>
                <th scope="col">\(t("grant.unclaimed.column.child"))</th>
                <th scope="col">\(t("grant.activity"))</th>
                <th scope="col">\(t("grant.unclaimed.column.contact"))</th>
                <th scope="col" class="num">\(t("grant.amount"))</th>
                <th scope="col">\(t("grant.grantedOn"))</th>
                <th scope="col" class="num">\(t("grant.unclaimed.column.weeks"))</th>
                <th scope="col">\(t("grant.claimDeadline"))</th>
              </tr></thead>
              <tbody>
                \(rows.html { row in
                    """
                    <tr>
                      <td><a href="\(row.childHref)">\(row.childName)</a></td>
                      <td><a href="\(row.grantHref)">\(row.association)</a></td>
                      <td>\(row.contact)</td>
                      <td class="num">\(row.amount)</td>
                      <td>\(row.grantedOn)</td>
                      <td class="num">\(row.weeks)</td>
                      <td>\(row.deadline)</td>
                    </tr>

                    """
                })
              </tbody>
            </table>
            </div>
            <p>\(t("grant.unclaimed.total")) \(total)</p>

            """
        } else {
            "<p>\(t("grant.unclaimed.empty"))</p>\n"
        }
    }

    public init(heading: String, intro: String, rows: [Row], hasRows: Bool, total: String, weeksField: FormField, action: String) {
        self.heading = heading
        self.intro = intro
        self.rows = rows
        self.hasRows = hasRows
        self.total = total
        self.weeksField = weeksField
        self.action = action
    }
}
