/// A table of figures beside a chart or on its own:
/// one labelled row per figure, the period and (optionally) the previous period.
public struct FigureTable: Sendable {
    public struct Row: Sendable {
        public let label: String
        /// The period's figure and the previous period's (`.missing` where there is none).
        public let values: [FigureValue]
        public let current: String
        public let previous: String
        /// Marked as the group reached least (departments, schools, districts).
        public let low: Bool
        /// A fixed name for a row whose label holds a setting (`ReportSection.Row.key`).
        public let key: String?

        public init(label: String, values: [FigureValue], current: String, previous: String, low: Bool, key: String?) {
            self.label = label
            self.values = values
            self.current = current
            self.previous = previous
            self.low = low
            self.key = key
        }
    }

    public let caption: String
    public let labelHeading: String
    public let currentHeading: String
    public let previousHeading: String?
    public let rows: [Row]
    /// False: only the numbers of the period (no previous column).
    public let hasPrevious: Bool
    public let hasRows: Bool

    public init(caption: String, labelHeading: String, currentHeading: String, previousHeading: String?, rows: [Row],
                hasPrevious: Bool, hasRows: Bool) {
        self.caption = caption
        self.labelHeading = labelHeading
        self.currentHeading = currentHeading
        self.previousHeading = previousHeading
        self.rows = rows
        self.hasPrevious = hasPrevious
        self.hasRows = hasRows
    }

    /// The table, with a hidden figure's mark and its explanation.
    public func render(_ t: Texts) -> HTML {
        HTML {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(caption)"><table class="table figure-table">
              <caption class="sr-only">\(caption)</caption>
              <thead><tr><th scope="col">\(labelHeading)</th><th scope="col" class="num">\(currentHeading)</th>\
            \(HTML.when(hasPrevious, "<th scope=\"col\" class=\"num\">\(previousHeading)</th>"))</tr></thead>
              <tbody>\(rows.html { row in renderRow(row, t) })</tbody>
            </table></div>

            """
        }
    }

    func renderRow(_ row: Row, _ t: Texts) -> HTML {
        """
        <tr><th scope="row"\(HTML.when(row.low, " class=\"low\""))>\(row.label)\
        \(HTML.when(row.low, " <span class=\"sr-only\">(\(t("dashboard.lowest")))</span>"))</th><td class="num">\(row.current)</td>\
        \(HTML.when(hasPrevious, "<td class=\"num\">\(row.previous)</td>"))</tr>
        """
    }
}
