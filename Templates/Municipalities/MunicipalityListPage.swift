/// The admin's municipalities.
public struct MunicipalityListView: Page, Sendable {
    public struct Row: Sendable {
        public let name: String
        public let slug: String
        public let schemeName: String
        public let href: String

        public init(name: String, slug: String, schemeName: String, href: String) {
            self.name = name
            self.slug = slug
            self.schemeName = schemeName
            self.href = href
        }
    }

    public let rows: [Row]
    public let newHref: String

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <div class="page-heading">
          <h1>\(t("municipalities.heading"))</h1>
          <a class="button button-primary" href="\(newHref)">\(t("municipalities.new.button"))</a>
        </div>
        <p class="lead">\(t("municipalities.intro"))</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
        <table class="table">
          <caption class="sr-only">\(t("municipalities.heading"))</caption>
          <thead>
            <tr>
              <th scope="col">\(t("municipalities.name"))</th>
              <th scope="col">\(t("municipalities.schemeName"))</th>
              <th scope="col">\(t("municipalities.slug"))</th>
            </tr>
          </thead>
          <tbody>

        """
        for row in rows {
            """
                <tr>
                  <td><a href="\(row.href)">\(row.name)</a></td>
                  <td>\(row.schemeName)</td>
                  <td><code>\(row.slug)</code></td>
                </tr>

            """
        }
        """
          </tbody>
        </table>
        </div>

        """
    }

    public init(rows: [Row], newHref: String) {
        self.rows = rows
        self.newHref = newHref
    }
}
