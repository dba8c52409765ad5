import Domain
import Foundation

/// One of the status report's sections across municipalities (`AdminOverviewView.Comparison`): a
/// row per municipality and a column per figure, so a figure is compared reading down one column.
/// The cells are the report's own strings, so "< 5" and "for få" hold here exactly as in each report.
typealias AdminComparison = AdminOverviewView.Comparison

extension AdminComparison {
    /// A column while the table is put together: its heading and a cell per municipality.
    struct Column {
        let heading: String
        let cells: [Cell]
    }

    init(anchor: String, heading: String, note: String?, municipalities: [String], columns: [Column]) {
        self.init(anchor: anchor, heading: heading, note: note, columns: columns.map(\.heading),
                  lines: municipalities.enumerated().map { index, name in Line(municipality: name, cells: columns.map { $0.cells[index] }) })
    }

    /// Each municipality's rows of one section as columns, lined up by `ReportSection.Row.key` in
    /// the order they first appear. A municipality without the row shows `missing` (a category
    /// nobody took part in is 0). The previous period shows only in a column where some
    /// municipality has one: unclaimed grants are counted as they are today.
    static func columns(_ rows: [[ReportSection.Row]], headings: [String: String] = [:], missing: String = "–") -> [Column] {
        var keys: [String] = []
        var labels: [String: String] = [:]
        for row in rows.joined() where labels[row.key] == nil {
            keys.append(row.key)
            labels[row.key] = headings[row.key] ?? row.label
        }
        let byKey = rows.map { Dictionary($0.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first }) }
        return keys.map { key in
            let found = byKey.map { $0[key] }
            let hasPrevious = found.contains { $0.map { $0.values.count > 1 && $0.values[1] != "–" } ?? false }
            return Column(heading: labels[key] ?? key, cells: found.map { row in
                guard let row, let value = row.values.first else { return Cell(value: missing, previous: nil) }
                return Cell(value: value, previous: hasPrevious && row.values.count > 1 ? row.values[1] : nil)
            })
        }
    }

    /// One row of each municipality (the total of a money table) with its columns side by side.
    static func columns(of rows: [ReportSection.Row?], headings: [String]) -> [Column] {
        headings.enumerated().map { index, heading in
            Column(heading: heading, cells: rows.map { Cell(value: $0.flatMap { index < $0.values.count ? $0.values[index] : nil } ?? "–",
                                                             previous: nil) })
        }
    }
}
