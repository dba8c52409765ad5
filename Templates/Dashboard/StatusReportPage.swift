/// The half-year status report: aggregates only (the figures come already written, "< 5" and
/// "skjult" included), the trend sentences and the coordinator's commentary; printable on A4.
public struct StatusReportView: Page, Sendable {
    /// One of the report's titled tables (also a municipality's own tables on the admin's overview).
    public struct Section: Sendable {
        public struct Row: Sendable {
            public let label: String
            /// The figures as the page shows them.
            public let values: [String]

            public init(label: String, values: [String]) {
                self.label = label
                self.values = values
            }
        }

        public let heading: String
        public let note: String?
        /// What the rows are, when they name something (a school, an association); else "Tal".
        public let rowHeading: String?
        public let columns: [String]
        public let rows: [Row]
        public let hasRows: Bool

        public init(heading: String, note: String?, rowHeading: String?, columns: [String], rows: [Row]) {
            self.heading = heading
            self.note = note
            self.rowHeading = rowHeading
            self.columns = columns
            self.rows = rows
            hasRows = !rows.isEmpty
        }

        /// The table; `label` names it for screen readers (the heading, or the heading and a municipality).
        public func table(_ c: PageContext, label: String) -> HTML {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(label)"><table class="table">
              <caption class="sr-only">\(label)</caption>
              <thead><tr><th scope="col">\(StatusReportView.nonEmpty(rowHeading) ?? c.t("report.csv.figure"))</th>\(columns.html { "<th scope=\"col\" class=\"num\">\($0)</th>" })</tr></thead>
              <tbody>\(rows.html { row in "<tr><th scope=\"row\">\(row.label)</th>\(row.values.html { "<td class=\"num\">\($0)</td>" })</tr>" })</tbody>
            </table></div>

            """
        }

        /// The note under the heading, when there is one.
        public var noteParagraph: HTML {
            HTML { if let note = StatusReportView.nonEmpty(note) { "<p class=\"muted\">\(note)</p>\n" } }
        }
    }

    public struct PeriodFields: Sendable {
        public let from: FormField
        public let to: FormField

        public init(from: FormField, to: FormField) {
            self.from = from
            self.to = to
        }
    }

    public let municipality: String
    public let periodLabel: String
    public let previousLabel: String
    public let generated: String
    public let trends: [String]
    public let sections: [Section]
    public let commentary: String?
    public let commentaryField: FormField
    public let commentaryAction: String
    public let from: String
    public let to: String
    public let csvHref: String
    public let dashboardHref: String
    public let printStyleHref: String
    public let periodForm: PeriodFields
    public let action: String

    public init(municipality: String, periodLabel: String, previousLabel: String, generated: String, trends: [String], sections: [Section],
                commentary: String?, commentaryField: FormField, commentaryAction: String, from: String, to: String, csvHref: String,
                dashboardHref: String, printStyleHref: String, periodForm: PeriodFields, action: String) {
        self.municipality = municipality
        self.periodLabel = periodLabel
        self.previousLabel = previousLabel
        self.generated = generated
        self.trends = trends
        self.sections = sections
        self.commentary = commentary
        self.commentaryField = commentaryField
        self.commentaryAction = commentaryAction
        self.from = from
        self.to = to
        self.csvHref = csvHref
        self.dashboardHref = dashboardHref
        self.printStyleHref = printStyleHref
        self.periodForm = periodForm
        self.action = action
    }

    /// A text worth a line: present and not empty.
    static func nonEmpty(_ text: String?) -> String? {
        text.flatMap { $0.isEmpty ? nil : $0 }
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <div class="report">
        <link rel="stylesheet" href="\(printStyleHref)" media="print">
        <p class="no-print"><a class="back-link" href="\(dashboardHref)">\(t("dashboard.title"))</a></p>
        <h1>\(t("report.heading"))</h1>
        <p class="lead">\(municipality) · \(periodLabel)</p>
        <p class="muted">\(t("report.comparedWith")) \(previousLabel) · \(t("report.generated")) \(generated) · \(t("report.smallGroups"))</p>

        <form method="get" action="\(action)" class="period-form no-print">
          \(c.input(periodForm.from))
          \(c.input(periodForm.to))
          <div class="form-group"><button type="submit" class="button button-secondary">\(t("dashboard.period.submit"))</button></div>
        </form>

        <h2>\(t("report.trends"))</h2>
        <ul class="report-trends">\(trends.html { "<li>\($0)</li>" })</ul>

        """
        for section in sections {
            """
            <section class="report-section">
            <h2>\(section.heading)</h2>
            \(section.noteParagraph)
            """
            if section.hasRows { section.table(c, label: section.heading) }
            "</section>\n"
        }
        """

        <h2>\(t("report.commentary"))</h2>

        """
        // An empty commentary counts as none.
        if let commentary = Self.nonEmpty(commentary) {
            "<p class=\"report-commentary\">\(commentary)</p>\n"
        } else {
            "<p class=\"muted print-only\">\(t("report.noCommentary"))</p>\n"
        }
        """
        <form method="post" action="\(commentaryAction)" class="no-print" novalidate>
          \(c.csrf)
          <input type="hidden" name="from" value="\(from)">
          <input type="hidden" name="to" value="\(to)">
          \(c.textarea(commentaryField))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(t("report.commentary.submit"))</button>
            <a class="button-link" href="\(csvHref)">\(t("report.csv"))</a>
          </div>
        </form>
        <p class="no-print muted">\(t("report.printHint"))</p>
        </div>

        """
    }
}
