/// The municipality's associations, for looking a club up.
public struct AssociationListView: Page, Sendable {
    public struct Row: Sendable {
        public let name: String
        public let href: String
        public let district: String
        public let categories: String
        public let activities: Int
        public let children: Int
        public let freePlaces: String
        public let accepts: Bool
        public let inactive: Bool

        public init(name: String, href: String, district: String, categories: String, activities: Int, children: Int, freePlaces: String, accepts: Bool, inactive: Bool) {
            self.name = name
            self.href = href
            self.district = district
            self.categories = categories
            self.activities = activities
            self.children = children
            self.freePlaces = freePlaces
            self.accepts = accepts
            self.inactive = inactive
        }
    }

    public let rows: [Row]
    public let hasRows: Bool
    public let canEdit: Bool
    public let newHref: String
    public let toggleHref: String
    public let toggleLabel: String

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <div class="page-heading">
          <h1>\(t("association.list.heading"))</h1>
          \(HTML.when(canEdit, "<a class=\"button button-primary\" href=\"\(newHref)\">\(t("association.new.button"))</a>"))
        </div>
        <p class="lead">\(t("association.list.intro"))</p>
        <p><a href="\(toggleHref)">\(toggleLabel)</a></p>

        """
        if hasRows {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
            <table class="table">
              <caption class="sr-only">\(t("association.list.heading"))</caption>
              <thead><tr>
                <th scope="col">\(t("association.name"))</th>
                <th scope="col">\(t("association.district"))</th>
                <th scope="col">\(t("association.categories"))</th>
                <th scope="col" class="num">\(t("association.column.activities"))</th>
                <th scope="col" class="num">\(t("association.column.children"))</th>
                <th scope="col" class="num">\(t("association.column.freePlaces"))</th>
              </tr></thead>
              <tbody>

            """
            for row in rows {
                """
                    <tr>
                      <td><a href="\(row.href)">\(row.name)</a>\
                \(HTML.when(!row.accepts, " <span class=\"badge badge-inactive\">\(t("association.notAccepting"))</span>"))\
                \(HTML.when(row.inactive, " <span class=\"badge badge-inactive\">\(t("association.inactive"))</span>"))</td>
                      <td>\(row.district)</td>
                      <td>\(row.categories)</td>
                      <td class="num">\(row.activities)</td>
                      <td class="num">\(row.children)</td>
                      <td class="num">\(row.freePlaces)</td>
                    </tr>

                """
            }
            """
              </tbody>
            </table>
            </div>

            """
        } else {
            "<p>\(t("association.list.empty"))</p>\n"
        }
    }

    public init(rows: [Row], hasRows: Bool, canEdit: Bool, newHref: String, toggleHref: String, toggleLabel: String) {
        self.rows = rows
        self.hasRows = hasRows
        self.canEdit = canEdit
        self.newHref = newHref
        self.toggleHref = toggleHref
        self.toggleLabel = toggleLabel
    }
}
