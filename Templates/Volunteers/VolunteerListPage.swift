/// The coordinator's volunteer overview (`volunteers/index`): figures, then load, børneattest
/// and idle volunteers.
public struct VolunteerListView: Page, Sendable {
    public struct Row: Sendable {
        public let name: String
        public let href: String
        public let roles: String
        public let status: String
        public let statusKind: String
        public let load: String
        public let certificate: String
        public let certificateKind: String
        public let lastActivity: String
        public let idle: String?

        public init(name: String, href: String, roles: String, status: String, statusKind: String, load: String, certificate: String,
                    certificateKind: String, lastActivity: String, idle: String?) {
            self.name = name
            self.href = href
            self.roles = roles
            self.status = status
            self.statusKind = statusKind
            self.load = load
            self.certificate = certificate
            self.certificateKind = certificateKind
            self.lastActivity = lastActivity
            self.idle = idle
        }
    }

    public let rows: [Row]
    public let hasRows: Bool
    public let figures: [ChildPageView.Fact]
    public let newHref: String
    public let settingsHref: String
    public let renewal: String

    public init(rows: [Row], hasRows: Bool, figures: [ChildPageView.Fact], newHref: String, settingsHref: String, renewal: String) {
        self.rows = rows
        self.hasRows = hasRows
        self.figures = figures
        self.newHref = newHref
        self.settingsHref = settingsHref
        self.renewal = renewal
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <div class="page-heading">
          <h1>\(t("volunteer.list.heading"))</h1>
          <a class="button button-primary" href="\(newHref)">\(t("volunteer.new.title"))</a>
        </div>
        <p class="lead">\(t("volunteer.list.intro"))</p>
        <section class="panel" aria-labelledby="figures-heading">
          <h2 class="panel-title" id="figures-heading">\(t("volunteer.figures.heading"))</h2>
          <dl class="figures">\(figures.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })</dl>
        </section>

        """
        if hasRows {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("volunteer.list.heading"))">
            <table class="table">
              <caption class="sr-only">\(t("volunteer.list.heading"))</caption>
              <thead><tr>
                <th scope="col">\(t("volunteer.name"))</th><th scope="col">\(t("volunteer.status"))</th><th scope="col">\(t("volunteer.column.load"))</th>
                <th scope="col">\(t("volunteer.column.certificate"))</th><th scope="col">\(t("volunteer.column.lastActivity"))</th>
              </tr></thead>
              <tbody>

            """
            for row in rows {
                let idle = row.idle.map { "<br><span class=\"badge badge-warning\">\($0)</span>" as HTML }
                """
                    <tr>
                      <td><a href="\(row.href)">\(row.name)</a><br><span class="muted">\(row.roles)</span></td>
                      <td><span class="badge badge-\(row.statusKind)">\(row.status)</span></td>
                      <td>\(row.load)</td>
                      <td><span class="badge badge-\(row.certificateKind)">\(row.certificate)</span></td>
                      <td>\(row.lastActivity)\(idle)</td>
                    </tr>

                """
            }
            """
              </tbody>
            </table>
            </div>

            """
        } else {
            "<p>\(t("volunteer.list.empty"))</p>\n"
        }
        "<p>\(renewal) <a href=\"\(settingsHref)\">\(t("volunteer.settings.link"))</a></p>\n"
    }
}
