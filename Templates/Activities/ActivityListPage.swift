/// The searchable overview of activities.
public struct ActivityListView: Page, Sendable {
    public struct Row: Sendable {
        public let name, href, associationName, associationHref, category, ages, when, place, fee, feePer, freePlaces: String
        public let enrolled: Int
        public let full: Bool

        public init(name: String, href: String, associationName: String, associationHref: String, category: String, ages: String,
                    when: String, place: String, fee: String, feePer: String, freePlaces: String, enrolled: Int, full: Bool) {
            self.name = name
            self.href = href
            self.associationName = associationName
            self.associationHref = associationHref
            self.category = category
            self.ages = ages
            self.when = when
            self.place = place
            self.fee = fee
            self.feePer = feePer
            self.freePlaces = freePlaces
            self.enrolled = enrolled
            self.full = full
        }
    }

    public struct Fields: Sendable {
        public let q: FormField
        public let category: FormField
        public let district: FormField
        public let age: FormField
        public let free: FormField

        public init(q: FormField, category: FormField, district: FormField, age: FormField, free: FormField) {
            self.q = q
            self.category = category
            self.district = district
            self.age = age
            self.free = free
        }
    }

    public let rows: [Row]
    public let hasRows: Bool
    public let summary: String
    public let form: Fields
    public let action: String
    public let clearHref: String
    public let canEdit: Bool
    public let newHref: String

    public init(rows: [Row], summary: String, form: Fields, action: String, clearHref: String, canEdit: Bool, newHref: String) {
        self.rows = rows
        hasRows = !rows.isEmpty
        self.summary = summary
        self.form = form
        self.action = action
        self.clearHref = clearHref
        self.canEdit = canEdit
        self.newHref = newHref
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <div class="page-heading">
          <h1>\(c.t("activity.list.heading"))</h1>
          \(HTML.when(canEdit, "<a class=\"button button-primary\" href=\"\(newHref)\">\(c.t("activity.new.button"))</a>"))
        </div>
        <p class="lead">\(c.t("activity.list.intro"))</p>
        <form method="get" action="\(action)" class="filter-form" role="search" aria-label="\(c.t("activity.filter.label"))">
          \(c.input(form.q))
          <div class="filter-grid">
            \(c.select(form.category))
            \(c.select(form.district))
            \(c.input(form.age))
            \(c.checkbox(form.free))
          </div>
          <div class="button-row compact">
            <button type="submit" class="button button-secondary">\(c.t("activity.filter.submit"))</button>
            <a class="button-link" href="\(clearHref)">\(c.t("activity.filter.clear"))</a>
          </div>
        </form>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(c.t("layout.scrollTable"))">
        <table class="table">
          <caption>\(summary)</caption>
          <thead><tr>
            <th scope="col">\(c.t("activity.name"))</th>
            <th scope="col">\(c.t("activity.association"))</th>
            <th scope="col">\(c.t("activity.ages"))</th>
            <th scope="col">\(c.t("activity.when"))</th>
            <th scope="col">\(c.t("activity.place"))</th>
            <th scope="col" class="num">\(c.t("activity.fee"))</th>
            <th scope="col" class="num">\(c.t("activity.freePlaces"))</th>
          </tr></thead>
          <tbody>
            \(rows.html { row(c, $0) })
          </tbody>
        </table>
        </div>

        """
        if !hasRows { "<p>\(c.t("activity.list.empty"))</p>\n" }
    }

    private func row(_ c: PageContext, _ row: Row) -> HTML {
        let places: HTML = row.full ? "<span class=\"badge badge-inactive\">\(c.t("activity.full"))</span>" : "\(row.freePlaces)"
        return """
            <tr>
              <td><a href="\(row.href)">\(row.name)</a><br><span class="muted">\(row.category)</span></td>
              <td><a href="\(row.associationHref)">\(row.associationName)</a></td>
              <td class="nowrap">\(row.ages)</td>
              <td>\(row.when)</td>
              <td>\(row.place)</td>
              <td class="num">\(row.fee)<br><span class="muted">\(row.feePer)</span></td>
              <td class="num">\(places)</td>
            </tr>

        """
    }
}

/// One activity's page.
public struct ActivityView: Page, Sendable {
    public let name: String
    public let associationName: String
    public let associationHref: String
    public let facts: [ChildPageView.Fact]
    public let inactive: Bool
    public let canEdit: Bool
    public let editHref: String
    public let backHref: String

    public init(name: String, associationName: String, associationHref: String, facts: [ChildPageView.Fact], inactive: Bool, canEdit: Bool, editHref: String, backHref: String) {
        self.name = name
        self.associationName = associationName
        self.associationHref = associationHref
        self.facts = facts
        self.inactive = inactive
        self.canEdit = canEdit
        self.editHref = editHref
        self.backHref = backHref
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <a class="back-link" href="\(backHref)">\(c.t("activity.backToList"))</a>
        <div class="page-heading">
          <div>
            <h1 class="with-sub">\(name)\(HTML.when(inactive, " <span class=\"badge badge-inactive\">\(c.t("activity.inactive"))</span>"))</h1>
            <p class="sub-heading"><a href="\(associationHref)">\(associationName)</a></p>
          </div>
          \(HTML.when(canEdit, "<a class=\"button button-secondary\" href=\"\(editHref)\">\(c.t("activity.edit.button"))</a>"))
        </div>
        <dl class="summary-list">
          \(facts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })
        </dl>

        """
    }
}
