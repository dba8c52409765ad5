import Domain
import Foundation
import Mustache

/// A table of figures beside a chart or on its own (`Templates/partials/figure-table.mustache`):
/// one labelled row per figure, the period and (optionally) the previous period.
struct FigureTable {
    struct Row: MustacheParent {
        let label: String
        /// The period's figure and the previous period's (`.missing` where there is none).
        let values: [FigureValue]
        let current: String
        let previous: String
        /// Marked as the group reached least (departments, schools, districts).
        let low: Bool
        /// A fixed name for a row whose label holds a setting (`ReportSection.Row.key`).
        let key: String?

        init(_ label: String, _ current: FigureValue, _ previous: FigureValue = .missing, low: Bool = false, key: String? = nil,
             t: Texts) {
            self.label = label
            values = [current, previous]
            self.current = current.display(t)
            self.previous = previous.display(t)
            self.low = low
            self.key = key
        }

        /// A count of children in both periods, as the published figures show it.
        init(_ label: String, _ published: PublishedFigures, _ key: PublishedFigures.Key, low: Bool = false, reportKey: String? = nil,
             t: Texts) {
            let pair = published.pair(key)
            self.init(label, .count(pair.current), .count(pair.previous), low: low, key: reportKey, t: t)
        }

        /// A count that is not of children (sessions): never hidden.
        static func count(_ label: String, _ figure: Compared, t: Texts) -> Row {
            Row(label, .count(figure.current), .count(figure.previous), t: t)
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
