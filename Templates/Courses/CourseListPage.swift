/// The course list (`courses/index`): the period's counts, children awaiting a course, tabs by
/// status and the courses of the tab.
public struct CourseListView: Page, Sendable {
    public struct Row: Sendable {
        public let childName: String
        public let href: String
        public let age: String
        public let status: String
        public let statusKind: String
        public let guide: String
        public let step: String
        public let lastSession: String
        public let activity: String
        public let offers: String?
        public let onBoard: Bool

        public init(childName: String, href: String, age: String, status: String, statusKind: String, guide: String, step: String,
                    lastSession: String, activity: String, offers: String?, onBoard: Bool) {
            self.childName = childName
            self.href = href
            self.age = age
            self.status = status
            self.statusKind = statusKind
            self.guide = guide
            self.step = step
            self.lastSession = lastSession
            self.activity = activity
            self.offers = offers
            self.onBoard = onBoard
        }
    }

    /// A child granted guidance whose course has not begun, with the link that begins it.
    public struct AwaitingRow: Sendable {
        public let childName: String
        public let startHref: String
        public let line: String

        public init(childName: String, startHref: String, line: String) {
            self.childName = childName
            self.startHref = startHref
            self.line = line
        }
    }

    public let rows: [Row]
    public let hasRows: Bool
    public let awaiting: [AwaitingRow]
    public let hasAwaiting: Bool
    public let tabs: [PageFrame.NavItem]
    public let counts: [ChildPageView.Fact]
    public let period: String?

    public init(rows: [Row], hasRows: Bool, awaiting: [AwaitingRow], hasAwaiting: Bool, tabs: [PageFrame.NavItem],
                counts: [ChildPageView.Fact], period: String?) {
        self.rows = rows
        self.hasRows = hasRows
        self.awaiting = awaiting
        self.hasAwaiting = hasAwaiting
        self.tabs = tabs
        self.counts = counts
        self.period = period
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <h1>\(t("course.list.heading"))</h1>
        <p class="lead">\(t("course.list.intro"))</p>

        """
        if let period, !period.isEmpty {
            """
            <section class="panel" aria-labelledby="counts-heading">
              <h2 class="panel-title" id="counts-heading">\(t("guidance.counts.heading")) (\(period))</h2>
              <dl class="figures">\(counts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })</dl>
            </section>

            """
        }
        if hasAwaiting {
            """
            <section class="panel" aria-labelledby="awaiting-heading">
              <h2 class="panel-title" id="awaiting-heading">\(t("course.awaiting.heading"))</h2>
              <p>\(t("course.awaiting.intro"))</p>
              <ul class="plain-list">
                \(awaiting.html { a in
                    "<li><a href=\"\(a.startHref)\">\(t("course.awaiting.start")) \(a.childName)</a> <span class=\"muted\">– \(a.line)</span></li>"
                })
              </ul>
            </section>

            """
        }
        """
        <nav class="tabs" aria-label="\(t("course.tabs"))">
          <ul>\(tabs.html { tab in
              "<li><a href=\"\(tab.href)\"\(HTML.when(tab.current, " aria-current=\"page\" class=\"current\""))>\(tab.label)</a></li>"
          })</ul>
        </nav>

        """
        if hasRows {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("course.list.heading"))">
            <table class="table">
              <caption class="sr-only">\(t("course.list.heading"))</caption>
              <thead><tr>
                <th scope="col">\(t("course.column.child"))</th>
                <th scope="col">\(t("course.column.status"))</th>
                <th scope="col">\(t("course.guide"))</th>
                <th scope="col">\(t("course.step"))</th>
                <th scope="col">\(t("course.column.lastSession"))</th>
                <th scope="col">\(t("course.activity"))</th>
              </tr></thead>
              <tbody>

            """
            for row in rows { Self.row(row, c) }
            """
              </tbody>
            </table>
            </div>

            """
        } else {
            "<p>\(t("course.list.empty"))</p>\n"
        }
    }

    @Markup static func row(_ row: Row, _ c: PageContext) -> HTML {
        let t = c.t
        let onBoard = HTML.when(row.onBoard, " <span class=\"badge\">\(t("course.onBoard"))</span>")
        let offers = row.offers.map { " <span class=\"badge badge-info\">\($0)</span>" as HTML }
        """
            <tr>
              <td><a href="\(row.href)">\(row.childName)</a> <span class="muted">\(row.age)</span></td>
              <td><span class="badge badge-\(row.statusKind)">\(row.status)</span>\(onBoard)\(offers)</td>
              <td>\(row.guide)</td>
              <td>\(row.step)</td>
              <td>\(row.lastSession)</td>
              <td>\(row.activity)</td>
            </tr>

        """
    }
}
