import Domain
import Foundation

/// Builders of `FigureTable` (the view model and its markup are in `Templates/Components/FigureTable.swift`).
extension FigureTable.Row {
    init(_ label: String, _ current: FigureValue, _ previous: FigureValue = .missing, low: Bool = false, key: String? = nil,
         t: Texts) {
        self.init(label: label, values: [current, previous], current: current.display(t), previous: previous.display(t), low: low,
                  key: key)
    }

    /// A count of children in both periods, as the published figures show it.
    init(_ label: String, _ published: PublishedFigures, _ key: PublishedFigures.Key, low: Bool = false, reportKey: String? = nil,
         t: Texts) {
        let pair = published.pair(key)
        self.init(label, .count(pair.current), .count(pair.previous), low: low, key: reportKey, t: t)
    }

    /// A count that is not of children (sessions): never hidden.
    static func count(_ label: String, _ figure: Compared, t: Texts) -> FigureTable.Row {
        FigureTable.Row(label, .count(figure.current), .count(figure.previous), t: t)
    }
}

extension FigureTable {
    init(caption: String, labelHeading: String, rows: [Row], t: Texts, previous: Bool = true, currentHeading: String? = nil) {
        self.init(caption: caption, labelHeading: labelHeading, currentHeading: currentHeading ?? t("dashboard.column.current"),
                  previousHeading: previous ? t("dashboard.column.previous") : nil, rows: rows, hasPrevious: previous,
                  hasRows: !rows.isEmpty)
    }
}
