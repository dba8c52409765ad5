/// Season rollover: the passes ending soon, each with why it can or cannot be renewed, and a
/// form to renew the chosen ones at once.
public struct PassRenewalsView: Page, Sendable {
    public struct Row: Sendable {
        public let id: String
        public let childName: String
        public let childHref: String
        public let ends: String
        public let status: String
        public let statusKind: String
        public let cover: String
        public let activities: String
        public let next: String
        public let problems: [String]
        public let canRenew: Bool
        public let checked: Bool

        public init(id: String, childName: String, childHref: String, ends: String, status: String, statusKind: String, cover: String,
                    activities: String, next: String, problems: [String], canRenew: Bool, checked: Bool) {
            self.id = id
            self.childName = childName
            self.childHref = childHref
            self.ends = ends
            self.status = status
            self.statusKind = statusKind
            self.cover = cover
            self.activities = activities
            self.next = next
            self.problems = problems
            self.canRenew = canRenew
            self.checked = checked
        }
    }

    public let rows: [Row]
    public let hasRows: Bool
    public let hasRenewable: Bool
    public let action: String
    public let intro: String
    /// The message when the form was sent with no pass chosen.
    public let passesError: String?

    public init(rows: [Row], hasRows: Bool, hasRenewable: Bool, action: String, intro: String, passesError: String?) {
        self.rows = rows
        self.hasRows = hasRows
        self.hasRenewable = hasRenewable
        self.action = action
        self.intro = intro
        self.passesError = passesError
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <h1>\(t("renewal.heading"))</h1>
        <p class="lead">\(intro)</p>

        """
        if hasRows {
            let passesError = self.passesError.flatMap { $0.isEmpty ? nil : $0 }
            // A form only when a pass can be renewed; otherwise the list says why none can.
            if hasRenewable {
                """
                <form method="post" action="\(action)" novalidate>
                  \(c.csrf)
                """
            }
            """
              <div class="table-wrap form-group\(HTML.when(passesError != nil, " form-error"))" id="passes" tabindex="-1">

            """
            if let passesError {
                "<p class=\"form-error-message\"><span class=\"sr-only\">\(t("form.errorPrefix")) </span>\(passesError)</p>\n"
            }
            """
              <table class="table">
                <caption>\(t("renewal.caption"))</caption>
                <thead><tr>
                  <th scope="col"><span class="sr-only">\(t("renewal.select"))</span></th>
                  <th scope="col">\(t("renewal.child"))</th>
                  <th scope="col">\(t("renewal.ends"))</th>
                  <th scope="col">\(t("renewal.cover"))</th>
                  <th scope="col">\(t("renewal.activities"))</th>
                  <th scope="col">\(t("renewal.next"))</th>
                  <th scope="col">\(t("renewal.check"))</th>
                </tr></thead>
                <tbody>
                  \(rows.html { Self.row($0, t) })
                </tbody>
              </table>
              </div>

            """
            if hasRenewable {
                """
                  <div class="button-row">
                    <button type="submit" class="button button-primary">\(t("renewal.submit"))</button>
                  </div>
                </form>

                """
            }
        } else {
            "<p>\(t("renewal.empty"))</p>\n"
        }
    }

    static func row(_ row: Row, _ t: Texts) -> HTML {
        let select: HTML = row.canRenew
            ? "<input class=\"form-checkbox\" type=\"checkbox\" id=\"pass-\(row.id)\" name=\"passes[]\" value=\"\(row.id)\"\(HTML.when(row.checked, " checked"))><label class=\"sr-only\" for=\"pass-\(row.id)\">\(t("renewal.selectOne")) \(row.childName)</label>"
            : HTML()
        return """
            <tr>
              <td>\(select)</td>
              <td><a href="\(row.childHref)">\(row.childName)</a><br><span class="badge badge-\(row.statusKind)">\(row.status)</span></td>
              <td>\(row.ends)</td>
              <td>\(row.cover)</td>
              <td>\(row.activities)</td>
              <td>\(row.next)</td>
              <td>\(HTML.when(row.canRenew, "\(t("renewal.ok"))"))\(row.problems.html { "<span class=\"form-error-message\">\($0)</span><br>" })</td>
            </tr>

        """
    }
}
