/// What Fritidspas e-mailed: to whom, when, and what failed.
public struct OutboxView: Page, Sendable {
    public struct Row: Sendable {
        public let kind: String
        public let recipient: String
        public let created: String
        public let status: String
        public let statusKind: String
        public let detail: String

        public init(kind: String, recipient: String, created: String, status: String, statusKind: String, detail: String) {
            self.kind = kind
            self.recipient = recipient
            self.created = created
            self.status = status
            self.statusKind = statusKind
            self.detail = detail
        }
    }

    public struct FilterLink: Sendable {
        public let href: String
        public let label: String
        public let current: Bool

        public init(href: String, label: String, current: Bool) {
            self.href = href
            self.label = label
            self.current = current
        }
    }

    public let mailConfigured: Bool
    public let counts: String
    public let rows: [Row]
    public let hasRows: Bool
    public let filters: [FilterLink]
    public let settingsHref: String

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <div class="page-heading">
          <h1>\(t("outbox.heading"))</h1>
          <a class="button button-secondary" href="\(settingsHref)">\(t("outbox.settings"))</a>
        </div>
        <p class="lead">\(t("outbox.intro"))</p>

        """
        if !mailConfigured {
            """
            <div class="alert alert-warning">
              <p class="alert-heading">\(t("flash.warning"))</p>
              <p class="alert-text">\(t("outbox.notConfigured"))</p>
            </div>

            """
        }
        """
        <p>\(counts)</p>
        <ul class="filter-links">
          \(filters.html { f in
              if f.current { "<li><strong aria-current=\"page\">\(f.label)</strong></li>" } else { "<li><a href=\"\(f.href)\">\(f.label)</a></li>" }
          })
        </ul>

        """
        if hasRows {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
            <table class="table">
              <caption>\(t("outbox.caption"))</caption>
              <thead>
                <tr>
                  <th scope="col">\(t("outbox.column.created"))</th>
                  <th scope="col">\(t("outbox.column.kind"))</th>
                  <th scope="col">\(t("outbox.column.recipient"))</th>
                  <th scope="col">\(t("outbox.column.status"))</th>
                  <th scope="col">\(t("outbox.column.detail"))</th>
                </tr>
              </thead>
              <tbody>

            """
            for row in rows {
                """
                    <tr>
                      <td>\(row.created)</td>
                      <td>\(row.kind)</td>
                      <td>\(row.recipient)</td>
                      <td><span class="badge badge-\(row.statusKind)">\(row.status)</span></td>
                      <td>\(row.detail)</td>
                    </tr>

                """
            }
            """
              </tbody>
            </table>
            </div>

            """
        } else {
            "<p>\(t("outbox.empty"))</p>\n"
        }
    }

    public init(mailConfigured: Bool, counts: String, rows: [Row], hasRows: Bool, filters: [FilterLink], settingsHref: String) {
        self.mailConfigured = mailConfigured
        self.counts = counts
        self.rows = rows
        self.hasRows = hasRows
        self.filters = filters
        self.settingsHref = settingsHref
    }
}
