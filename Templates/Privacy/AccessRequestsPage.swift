/// Access requests (GDPR art. 15): the list with each request's deadline and status.
public struct AccessRequestsView: Page, Sendable {
    public struct Row: Sendable {
        public let childName: String
        public let href: String
        public let requestedBy: String
        public let received: String
        public let deadline: String
        public let status: String
        public let statusKind: String

        public init(childName: String, href: String, requestedBy: String, received: String, deadline: String, status: String, statusKind: String) {
            self.childName = childName
            self.href = href
            self.requestedBy = requestedBy
            self.received = received
            self.deadline = deadline
            self.status = status
            self.statusKind = statusKind
        }
    }

    public let rows: [Row]
    public let hasRows: Bool

    public init(rows: [Row]) {
        self.rows = rows
        hasRows = !rows.isEmpty
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <h1>\(c.t("access.heading"))</h1>
        <p class="lead">\(c.t("access.intro"))</p>

        """
        if hasRows {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(c.t("layout.scrollTable"))">
            <table class="table">
              <caption class="sr-only">\(c.t("access.heading"))</caption>
              <thead><tr><th scope="col">\(c.t("access.column.child"))</th><th scope="col">\(c.t("access.requestedBy"))</th>
                <th scope="col">\(c.t("access.receivedOn"))</th><th scope="col">\(c.t("access.deadline"))</th><th scope="col">\(c.t("users.status"))</th></tr></thead>
              <tbody>
                \(rows.html(row))
              </tbody>
            </table>
            </div>

            """
        } else {
            "<p>\(c.t("access.empty"))</p>\n"
        }
    }

    private func row(_ row: Row) -> HTML {
        """
        <tr><td><a href="\(row.href)">\(row.childName)</a></td><td>\(row.requestedBy)</td><td>\(row.received)</td><td>\(row.deadline)</td>
          <td><span class="badge badge-\(row.statusKind)">\(row.status)</span></td></tr>
        """
    }
}
