/// The municipality's audit log in the product's words, filtered by child, user, action,
/// outcome and period, a page at a time.
public struct AuditLogView: Page, Sendable {
    public struct Row: Sendable {
        public let at: String
        public let who: String
        public let action: String
        public let what: String
        public let whatHref: String?
        public let detail: String
        public let ip: String
        public let denied: Bool

        public init(at: String, who: String, action: String, what: String, whatHref: String?, detail: String, ip: String, denied: Bool) {
            self.at = at
            self.who = who
            self.action = action
            self.what = what
            self.whatHref = whatHref
            self.detail = detail
            self.ip = ip
            self.denied = denied
        }
    }

    /// Children matching the name filter when it names more than one: pick one.
    public struct ChildChoice: Sendable {
        public let name: String
        public let href: String

        public init(name: String, href: String) {
            self.name = name
            self.href = href
        }
    }

    public struct Fields: Sendable {
        public let childName: FormField
        public let user: FormField
        public let action: FormField
        public let outcome: FormField
        public let from: FormField
        public let to: FormField

        public init(childName: FormField, user: FormField, action: FormField, outcome: FormField, from: FormField, to: FormField) {
            self.childName = childName
            self.user = user
            self.action = action
            self.outcome = outcome
            self.from = from
            self.to = to
        }
    }

    public let rows: [Row]
    public let hasRows: Bool
    public let summary: String
    public let form: Fields
    public let action: String
    public let previousHref: String?
    public let nextHref: String?
    public let childChoices: [ChildChoice]
    public let hasChildChoices: Bool

    public init(rows: [Row], summary: String, form: Fields, action: String, previousHref: String?, nextHref: String?,
                childChoices: [ChildChoice], hasChildChoices: Bool) {
        self.rows = rows
        hasRows = !rows.isEmpty
        self.summary = summary
        self.form = form
        self.action = action
        self.previousHref = previousHref
        self.nextHref = nextHref
        self.childChoices = childChoices
        self.hasChildChoices = hasChildChoices
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <h1>\(c.t("audit.heading"))</h1>
        <p class="lead">\(c.t("audit.intro"))</p>
        <form method="get" action="\(action)" class="filter-form" role="search" aria-label="\(c.t("audit.filter.label"))">
          <div class="filter-grid">
            \(c.input(form.childName))
            \(c.select(form.user))
            \(c.select(form.action))
            \(c.select(form.outcome))
            \(c.input(form.from))
            \(c.input(form.to))
          </div>
          <div class="button-row compact">
            <button type="submit" class="button button-secondary">\(c.t("children.filter.submit"))</button>
            <a class="button-link" href="\(action)">\(c.t("children.filter.clear"))</a>
          </div>
        </form>

        """
        if hasChildChoices {
            """
            <div class="alert alert-info" role="status">
              <p class="alert-heading">\(c.t("audit.childChoices"))</p>
              <ul>\(childChoices.html { "<li><a href=\"\($0.href)\">\($0.name)</a></li>" })</ul>
            </div>

            """
        }
        """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(c.t("layout.scrollTable"))">
        <table class="table">
          <caption>\(summary)</caption>
          <thead><tr>
            <th scope="col">\(c.t("audit.column.when"))</th><th scope="col">\(c.t("audit.column.who"))</th><th scope="col">\(c.t("audit.column.action"))</th>
            <th scope="col">\(c.t("audit.column.what"))</th><th scope="col">\(c.t("audit.column.detail"))</th><th scope="col">\(c.t("audit.column.from"))</th>
          </tr></thead>
          <tbody>
            \(rows.html { row(c, $0) })
          </tbody>
        </table>
        </div>

        """
        if !hasRows { "<p>\(c.t("audit.empty"))</p>\n" }
        """
        <nav class="pagination" aria-label="\(c.t("pagination.label"))"><ul>

        """
        if let previousHref { "<li><a href=\"\(previousHref)\" rel=\"prev\">\(c.t("pagination.previous"))</a></li>\n" }
        if let nextHref { "<li><a href=\"\(nextHref)\" rel=\"next\">\(c.t("pagination.next"))</a></li>\n" }
        "</ul></nav>\n"
    }

    private func row(_ c: PageContext, _ row: Row) -> HTML {
        let denied = HTML.when(row.denied, " <span class=\"badge badge-error\">\(c.t("audit.outcome.denied"))</span>")
        let what: HTML = row.whatHref.map { "<a href=\"\($0)\">\(row.what)</a>" } ?? "\(row.what)"
        return """
            <tr>
              <td>\(row.at)</td><td>\(row.who)</td>
              <td>\(row.action)\(denied)</td>
              <td>\(what)</td>
              <td>\(row.detail)</td><td>\(row.ip)</td>
            </tr>

        """
    }
}
