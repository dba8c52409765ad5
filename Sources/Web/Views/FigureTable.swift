import Domain
import Foundation
import Mustache

/// A table of figures beside a chart or on its own (`Templates/partials/figure-table.mustache`):
/// one labelled row per figure, the period and (optionally) the previous period.
struct FigureTable {
    struct Row: MustacheParent {
        let label: String
        let current: String
        let previous: String
        /// Marked as the group reached least (departments, schools, districts).
        let low: Bool
        /// A fixed name for a row whose label holds a setting (`ReportSection.Row.key`).
        let key: String?

        init(_ label: String, _ current: String, _ previous: String = "", low: Bool = false, key: String? = nil) {
            self.label = label
            self.current = current
            self.previous = previous
            self.low = low
            self.key = key
        }

        /// A count of children per group: under five shows as "< 5".
        static func children(_ label: String, _ figure: Compared, low: Bool = false, key: String? = nil) -> Row {
            Row(label, SmallGroups.display(figure.current), SmallGroups.display(figure.previous), low: low, key: key)
        }

        /// A count that is not a group of children (sessions, volunteers, totals).
        static func count(_ label: String, _ figure: Compared) -> Row {
            Row(label, String(figure.current), String(figure.previous))
        }

        func child(named name: String) -> Any? {
            switch name {
            case "label": label
            case "current": current
            case "previous": previous
            case "low": low
            default: nil
            }
        }
    }

    let caption: String
    let labelHeading: String
    let currentHeading: String
    let previousHeading: String?
    let rows: [Row]
    /// False: only the numbers of the period (no previous column).
    let hasPrevious: Bool
    let hasRows: Bool

    init(caption: String, labelHeading: String, rows: [Row], t: Texts, previous: Bool = true, currentHeading: String? = nil) {
        self.caption = caption
        self.labelHeading = labelHeading
        self.currentHeading = currentHeading ?? t("dashboard.column.current")
        self.previousHeading = previous ? t("dashboard.column.previous") : nil
        self.hasPrevious = previous
        self.rows = rows
        self.hasRows = !rows.isEmpty
    }
}
