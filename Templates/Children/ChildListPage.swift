/// The children list: filters, a sortable table, pages of 50.
public struct ChildListView: Page, Sendable {
    public struct Row: Sendable {
        public let name: String
        public let href: String
        public let age: String
        public let school: String
        public let district: String
        public let status: String
        public let statusKind: String
        public let referred: String

        public init(name: String, href: String, age: String, school: String, district: String, status: String,
                    statusKind: String, referred: String) {
            self.name = name
            self.href = href
            self.age = age
            self.school = school
            self.district = district
            self.status = status
            self.statusKind = statusKind
            self.referred = referred
        }
    }

    public struct Column: Sendable {
        public let label: String
        public let href: String
        public let ariaSort: String?
        public let sorted: Bool
        public let arrow: String

        public init(label: String, href: String, ariaSort: String?, sorted: Bool, arrow: String) {
            self.label = label
            self.href = href
            self.ariaSort = ariaSort
            self.sorted = sorted
            self.arrow = arrow
        }
    }

    public struct Filters: Sendable {
        public let q: FormField
        public let status: FormField
        public let age: FormField
        public let school: FormField
        public let district: FormField
        public let source: FormField

        public init(q: FormField, status: FormField, school: FormField, district: FormField, source: FormField, age: FormField) {
            self.q = q
            self.status = status
            self.age = age
            self.school = school
            self.district = district
            self.source = source
        }
    }

    public let rows: [Row]
    public let summary: String
    public let columns: [Column]
    public let form: Filters
    public let action: String
    public let clearHref: String
    public let newHref: String
    public let searchHref: String
    public let exportHref: String?
    public let isCaseworker: Bool
    public let pagination: Pagination

    public init(rows: [Row], summary: String, columns: [Column], form: Filters, action: String, clearHref: String,
                newHref: String, searchHref: String, exportHref: String?, isCaseworker: Bool, pagination: Pagination) {
        self.rows = rows
        self.summary = summary
        self.columns = columns
        self.form = form
        self.action = action
        self.clearHref = clearHref
        self.newHref = newHref
        self.searchHref = searchHref
        self.exportHref = exportHref
        self.isCaseworker = isCaseworker
        self.pagination = pagination
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <div class="page-heading">
          <h1>\(t("children.heading"))</h1>
          <a class="button button-primary" href="\(newHref)">\(t("children.new"))</a>
        </div>

        """
        if isCaseworker {
            "<p class=\"lead\">\(t("children.intro.caseworker")) <a href=\"\(searchHref)\">\(t("children.searchAll"))</a></p>\n"
        } else {
            "<p class=\"lead\">\(t("children.intro.coordinator"))</p>\n"
        }
        """

        <form method="get" action="\(action)" class="filter-form" role="search" aria-label="\(t("children.filter.label"))">
          \(c.input(form.q))
          <div class="filter-grid">
            \(c.select(form.status))
            \(c.select(form.age))
            \(c.select(form.school))
            \(c.select(form.district))
            \(c.select(form.source))
          </div>
          <div class="button-row compact">
            <button type="submit" class="button button-secondary">\(t("children.filter.submit"))</button>
            <a class="button-link" href="\(clearHref)">\(t("children.filter.clear"))</a>

        """
        if let exportHref { "<a class=\"button-link\" href=\"\(exportHref)\">\(t("children.export"))</a>\n" }
        """
          </div>
        </form>

        <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
        <table class="table">
          <caption>\(summary)</caption>
          <thead>
            <tr>
              \(columns.html(SortableColumn.header))
              <th scope="col">\(t("children.column.district"))</th>
            </tr>
          </thead>
          <tbody>

        """
        for row in rows {
            """
                <tr>
                  <td><a href="\(row.href)">\(row.name)</a></td>
                  <td>\(row.age)</td>
                  <td>\(row.school)</td>
                  <td><span class="badge badge-\(row.statusKind)">\(row.status)</span></td>
                  <td>\(row.referred)</td>
                  <td>\(row.district)</td>
                </tr>

            """
        }
        """
          </tbody>
        </table>
        </div>

        """
        if rows.isEmpty { "<p>\(t("children.empty"))</p>\n" }
        pagination.render(t)
    }
}

enum SortableColumn {
    static func header(_ column: ChildListView.Column) -> HTML {
        """
        <th scope="col"\(HTML.attribute("aria-sort", column.ariaSort))><a class="sort-link" href="\(column.href)">\(column.label)\
        \(HTML.when(column.sorted, " <span aria-hidden=\"true\">\(column.arrow)</span>"))</a></th>
        """
    }
}
