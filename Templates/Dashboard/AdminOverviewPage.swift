/// The admin's overview (`/admin/overview`): every municipality's status report, aggregates only.
/// Sections that mean the same everywhere are compared side by side; the ones naming a
/// municipality's own schools, districts, associations and funding sources follow per
/// municipality, folded. The cells are the reports' own strings ("< 5" and "skjult" included).
public struct AdminOverviewView: Page, Sendable {
    public struct Fields: Sendable {
        public let from: FormField
        public let to: FormField

        public init(from: FormField, to: FormField) {
            self.from = from
            self.to = to
        }
    }

    public struct Link: Sendable {
        public let href: String
        public let label: String

        public init(href: String, label: String) {
            self.href = href
            self.label = label
        }
    }

    /// One of the report's sections across municipalities: a row per municipality and a column
    /// per figure.
    public struct Comparison: Sendable {
        /// A figure in the period, with the previous period's where the report has one.
        public struct Cell: Sendable {
            public let value: String
            public let previous: String?

            public init(value: String, previous: String?) {
                self.value = value
                self.previous = previous
            }
        }

        public struct Line: Sendable {
            public let municipality: String
            public let cells: [Cell]

            public init(municipality: String, cells: [Cell]) {
                self.municipality = municipality
                self.cells = cells
            }
        }

        public let anchor: String
        public let heading: String
        public let note: String?
        public let columns: [String]
        public let lines: [Line]

        public init(anchor: String, heading: String, note: String?, columns: [String], lines: [Line]) {
            self.anchor = anchor
            self.heading = heading
            self.note = note
            self.columns = columns
            self.lines = lines
        }
    }

    /// A municipality's own sections.
    public struct Municipality: Sendable {
        public let name: String
        public let sections: [StatusReportView.Section]

        public init(name: String, sections: [StatusReportView.Section]) {
            self.name = name
            self.sections = sections
        }
    }

    public let periodLabel: String
    /// The period and the previous one, whose figures stand in brackets.
    public let periodNote: String
    public let form: Fields
    public let action: String
    public let contents: [Link]
    public let comparisons: [Comparison]
    public let municipalities: [Municipality]
    public let hasMunicipalities: Bool

    public init(periodLabel: String, periodNote: String, form: Fields, action: String, contents: [Link], comparisons: [Comparison],
                municipalities: [Municipality], hasMunicipalities: Bool) {
        self.periodLabel = periodLabel
        self.periodNote = periodNote
        self.form = form
        self.action = action
        self.contents = contents
        self.comparisons = comparisons
        self.municipalities = municipalities
        self.hasMunicipalities = hasMunicipalities
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <h1>\(t("adminOverview.heading"))</h1>
        <p class="lead">\(t("adminOverview.intro"))</p>
        <form method="get" action="\(action)" class="period-form">
          \(c.input(form.from))
          \(c.input(form.to))
          <div class="form-group"><button type="submit" class="button button-secondary">\(t("dashboard.period.submit"))</button></div>
        </form>

        """
        if hasMunicipalities {
            """
            <p class="muted">\(periodNote) \(t("report.smallGroups"))</p>
            <nav class="page-contents" aria-labelledby="contents-heading">
              <h2 id="contents-heading" class="small-heading">\(t("dashboard.contents"))</h2>
              <ul>\(contents.html { "<li><a href=\"\($0.href)\">\($0.label)</a></li>" })</ul>
            </nav>

            """
            for comparison in comparisons { self.comparison(comparison, c) }
            """

            <h2 id="municipalities">\(t("adminOverview.own.heading"))</h2>
            <p>\(t("adminOverview.own.intro"))</p>

            """
            for municipality in municipalities { Self.municipality(municipality, c) }
        } else {
            "<p>\(t("adminOverview.none"))</p>\n"
        }
    }

    func comparison(_ comparison: Comparison, _ c: PageContext) -> HTML {
        let previousShort = c.t("adminOverview.previousShort")
        func cell(_ cell: Comparison.Cell) -> HTML {
            HTML {
                "<td class=\"num\">\(cell.value)"
                if let previous = StatusReportView.nonEmpty(cell.previous) {
                    "<span class=\"compare-previous\">(<span class=\"sr-only\">\(previousShort) </span>\(previous))</span>"
                }
                "</td>"
            }
        }
        return HTML {
            """
            <section class="report-section">
            <h2 id="\(comparison.anchor)">\(comparison.heading)</h2>

            """
            if let note = StatusReportView.nonEmpty(comparison.note) { "<p class=\"muted\">\(note)</p>\n" }
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(comparison.heading)"><table class="table table-sticky admin-compare">
              <caption class="sr-only">\(comparison.heading) · \(periodLabel)</caption>
              <thead><tr><th scope="col">\(c.t("adminOverview.municipality"))</th>\(comparison.columns.html { "<th scope=\"col\" class=\"num\">\($0)</th>" })</tr></thead>
              <tbody>\(comparison.lines.html { line in "<tr><th scope=\"row\">\(line.municipality)</th>\(line.cells.html(cell))</tr>" })</tbody>
            </table></div>
            </section>

            """
        }
    }

    static func municipality(_ municipality: Municipality, _ c: PageContext) -> HTML {
        let name = municipality.name
        return HTML {
            """
            <details class="admin-municipality">
              <summary>\(name)</summary>

            """
            for section in municipality.sections {
                """
                  <h3>\(section.heading)<span class="admin-municipality-name"> – \(name)</span></h3>
                  \(section.noteParagraph)
                """
                if section.hasRows {
                    section.table(c, label: "\(section.heading), \(name)")
                } else {
                    "  <p class=\"muted\">\(c.t("adminOverview.empty"))</p>\n"
                }
            }
            "</details>\n"
        }
    }
}
