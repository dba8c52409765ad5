/// The documentation plan or the communication plan as a table (`implementation/table`), with
/// the form that adds a row.
public struct ImplementationTableView: Page, Sendable {
    public struct Row: Sendable {
        public let cells: [String]
        public let href: String?
        public let editLabel: String

        public init(cells: [String], href: String?, editLabel: String) {
            self.cells = cells
            self.href = href
            self.editLabel = editLabel
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let heading: String
    public let intro: String
    public let columns: [String]
    public let rows: [Row]
    public let canEdit: Bool
    public let templateAction: String?
    public let createAction: String
    public let fields: [FormField]

    public init(subnav: [PageFrame.NavItem], heading: String, intro: String, columns: [String], rows: [Row], canEdit: Bool,
                templateAction: String?, createAction: String, fields: [FormField]) {
        self.subnav = subnav
        self.heading = heading
        self.intro = intro
        self.columns = columns
        self.rows = rows
        self.canEdit = canEdit
        self.templateAction = templateAction
        self.createAction = createAction
        self.fields = fields
    }

    public func body(_ c: PageContext) -> HTML {
        SectionNav.implementation(subnav, c.t)
        """
        <h1>\(heading)</h1>
        <p class="lead">\(intro)</p>

        """
        if rows.isEmpty {
            "<p>\(c.t("impl.table.empty"))</p>\n"
            if let templateAction {
                """
                <form method="post" action="\(templateAction)">
                  \(c.csrf)
                  <button type="submit" class="button button-secondary">\(c.t("impl.table.useTemplate"))</button>
                </form>

                """
            }
        } else {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(heading)">
            <table class="table impl-table">
              <caption class="sr-only">\(heading)</caption>
              <thead><tr>\(columns.html { "<th scope=\"col\">\($0)</th>" })\(HTML.when(canEdit, "<th scope=\"col\"><span class=\"sr-only\">\(c.t("impl.table.actions"))</span></th>"))</tr></thead>
              <tbody>
                \(rows.html { row(c, $0) })
              </tbody>
            </table>
            </div>

            """
        }
        if canEdit {
            """
            <section class="section" aria-labelledby="add-heading">
              <h2 id="add-heading">\(c.t("impl.table.add.heading"))</h2>
              <form method="post" action="\(createAction)" novalidate>
                \(c.csrf)
                \(fields.html { c.textarea($0) })
                <button type="submit" class="button button-primary">\(c.t("impl.table.add.submit"))</button>
              </form>
            </section>

            """
        }
    }

    @Markup func row(_ c: PageContext, _ row: Row) -> HTML {
        "<tr>\(row.cells.html { "<td class=\"prewrap\">\($0)</td>" })"
        if let href = row.href {
            "<td><a href=\"\(href)\">\(c.t("impl.edit"))<span class=\"sr-only\"> \(row.editLabel)</span></a></td>"
        }
        "</tr>\n"
    }
}

/// One row of a plan table: its edit form (`implementation/table-row`) or the question whether
/// to delete it (`implementation/table-row-delete`), from the same model.
public struct ImplementationTableRowView: Page, Sendable {
    public struct Value: Sendable {
        public let label: String
        public let value: String

        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let backHref: String
    public let heading: String
    public let action: String
    public let fields: [FormField]
    public let deletionHref: String
    public let lastChanged: String?
    public let values: [Value]

    public init(subnav: [PageFrame.NavItem], backHref: String, heading: String, action: String, fields: [FormField], deletionHref: String,
                lastChanged: String?, values: [Value]) {
        self.subnav = subnav
        self.backHref = backHref
        self.heading = heading
        self.action = action
        self.fields = fields
        self.deletionHref = deletionHref
        self.lastChanged = lastChanged
        self.values = values
    }

    public func body(_ c: PageContext) -> HTML {
        SectionNav.implementation(subnav, c.t)
        """
        <a class="back-link" href="\(backHref)">\(c.t("impl.table.back"))</a>
        <h1>\(heading)</h1>

        """
        if let lastChanged { "<p class=\"muted\">\(c.t("impl.lastChanged")) \(lastChanged)</p>\n" }
        """
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(fields.html { c.textarea($0) })
          <div class="button-row">
            <button type="submit" class="button button-primary">\(c.t("impl.form.save"))</button>
            <a class="button-link" href="\(backHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>
        <div class="action-block">
          <p>\(c.t("impl.table.delete.text"))</p>
          <a class="button button-danger" href="\(deletionHref)">\(c.t("impl.table.delete.button"))</a>
        </div>

        """
    }
}

/// Whether to delete a plan table's row (`implementation/table-row-delete`): its values, then the button.
public struct ImplementationTableRowDeleteView: Page, Sendable {
    public let subnav: [PageFrame.NavItem]
    public let backHref: String
    public let heading: String
    public let action: String
    public let values: [ImplementationTableRowView.Value]

    public init(subnav: [PageFrame.NavItem], backHref: String, heading: String, action: String, values: [ImplementationTableRowView.Value]) {
        self.subnav = subnav
        self.backHref = backHref
        self.heading = heading
        self.action = action
        self.values = values
    }

    public func body(_ c: PageContext) -> HTML {
        SectionNav.implementation(subnav, c.t)
        """
        <a class="back-link" href="\(backHref)">\(c.t("impl.table.back"))</a>
        <h1>\(heading)</h1>
        <p class="lead">\(c.t("impl.table.delete.confirm"))</p>
        <dl class="summary-list">
          \(values.html { "<div><dt>\($0.label)</dt><dd class=\"prewrap\">\($0.value)</dd></div>" })
        </dl>
        <form method="post" action="\(action)">
          \(c.csrf)
          <div class="button-row">
            <button type="submit" class="button button-danger">\(c.t("impl.table.delete.button"))</button>
            <a class="button-link" href="\(backHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}
