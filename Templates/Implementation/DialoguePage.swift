/// The dialogue tool's comparison (`implementation/dialogue`): rounds side by side, factors as rows.
public struct ImplementationDialogueView: Page, Sendable {
    public struct Column: Sendable {
        public let label: String
        public let date: String
        public let href: String?

        public init(label: String, date: String, href: String?) {
            self.label = label
            self.date = date
            self.href = href
        }
    }

    public struct Cell: Sendable {
        public let rating: String
        public let kind: String
        public let note: String?

        public init(rating: String, kind: String, note: String?) {
            self.rating = rating
            self.kind = kind
            self.note = note
        }
    }

    public struct FactorRow: Sendable {
        public let title: String
        public let cells: [Cell]
        public let trend: String
        public let trendKind: String

        public init(title: String, cells: [Cell], trend: String, trendKind: String) {
            self.title = title
            self.cells = cells
            self.trend = trend
            self.trendKind = trendKind
        }
    }

    public struct ThemeGroup: Sendable {
        public let title: String
        public let colspan: Int
        public let rows: [FactorRow]

        public init(title: String, colspan: Int, rows: [FactorRow]) {
            self.title = title
            self.colspan = colspan
            self.rows = rows
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let newHref: String?
    public let hasRounds: Bool
    public let columns: [Column]
    public let themes: [ThemeGroup]
    public let resolved: [String]

    public init(subnav: [PageFrame.NavItem], newHref: String?, hasRounds: Bool, columns: [Column], themes: [ThemeGroup], resolved: [String]) {
        self.subnav = subnav
        self.newHref = newHref
        self.hasRounds = hasRounds
        self.columns = columns
        self.themes = themes
        self.resolved = resolved
    }

    public func body(_ c: PageContext) -> HTML {
        SectionNav.implementation(subnav, c.t)
        """
        <div class="page-heading">
          <h1>\(c.t("impl.dialogue.heading"))</h1>

        """
        if let newHref { "<a class=\"button button-primary\" href=\"\(newHref)\">\(c.t("impl.dialogue.new.button"))</a>\n" }
        """
        </div>
        <p class="lead">\(c.t("impl.dialogue.intro"))</p>

        """
        if !resolved.isEmpty {
            """
            <div class="alert alert-success">
              <p class="alert-heading">\(c.t("impl.dialogue.resolved.heading"))</p>
              <ul class="alert-text">\(resolved.html { "<li>\($0)</li>" })</ul>
            </div>

            """
        }
        if hasRounds {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(c.t("impl.dialogue.compare.caption"))">
            <table class="table impl-compare">
              <caption>\(c.t("impl.dialogue.compare.caption"))</caption>
              <thead>
                <tr>
                  <th scope="col">\(c.t("impl.dialogue.factor"))</th>
                  \(columns.html { column(c, $0) })
                  <th scope="col">\(c.t("impl.dialogue.trend"))</th>
                </tr>
              </thead>
              \(themes.html { theme($0) })
            </table>
            </div>

            """
        } else {
            "<p>\(c.t("impl.dialogue.none"))</p>\n"
        }
    }

    @Markup private func column(_ c: PageContext, _ column: Column) -> HTML {
        "<th scope=\"col\">\(column.label)<span class=\"impl-col-date\">\(column.date)</span>"
        if let href = column.href {
            "<a class=\"impl-col-edit\" href=\"\(href)\">\(c.t("impl.edit"))<span class=\"sr-only\"> \(column.label)</span></a>"
        }
        "</th>"
    }

    private func theme(_ theme: ThemeGroup) -> HTML {
        """
          <tbody>
            <tr class="group-row"><th scope="rowgroup" colspan="\(theme.colspan)">\(theme.title)</th></tr>
            \(theme.rows.html { row($0) })
          </tbody>

        """
    }

    private func row(_ row: FactorRow) -> HTML {
        """
            <tr>
              <th scope="row">\(row.title)</th>
              \(row.cells.html { cell($0) })
              <td><span class="badge badge-\(row.trendKind)">\(row.trend)</span></td>
            </tr>

        """
    }

    @Markup private func cell(_ cell: Cell) -> HTML {
        "<td><span class=\"badge badge-\(cell.kind)\">\(cell.rating)</span>"
        if let note = cell.note { "<p class=\"impl-cell-text prewrap\">\(note)</p>" }
        "</td>"
    }
}
