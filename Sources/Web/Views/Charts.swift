import Foundation

/// Server-rendered SVG charts as view models: the templates in `Templates/partials/chart-*.mustache`
/// draw them from these coordinates, so nothing is output unescaped and no JavaScript is needed.
/// Every chart has a title and a description (its text alternative); pages show the numbers in
/// a table beside it too.
enum Charts {
    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    struct Bar {
        let label: String
        let value: String
        let y: String
        let width: String
        let labelY: String
        let valueX: String
        let highlight: Bool
    }

    struct BarChart {
        let id: String
        let title: String
        let description: String
        let height: String
        let bars: [Bar]
        let labelWidth: String
        let barX: String
    }

    /// Horizontal bars, one per row, longest = full width.
    static func bars(id: String, title: String, description: String, items: [(label: String, value: Int)],
                     highlightLowest: Bool = false) -> BarChart {
        let rowHeight = 28.0
        let labelWidth = 190.0
        let chartWidth = 360.0
        let maximum = Double(max(1, items.map(\.value).max() ?? 1))
        let lowest = items.map(\.value).min()
        return BarChart(
            id: id, title: title, description: description, height: format(Double(items.count) * rowHeight + 8),
            bars: items.enumerated().map { index, item in
                let y = Double(index) * rowHeight + 4
                let width = max(1, Double(item.value) / maximum * chartWidth)
                return Bar(label: item.label, value: String(item.value), y: format(y), width: format(width),
                           labelY: format(y + 16), valueX: format(labelWidth + width + 6),
                           highlight: highlightLowest && item.value == lowest)
            },
            labelWidth: format(labelWidth - 8), barX: format(labelWidth))
    }

    struct Point {
        let x: String
        let y: String
        let label: String
        let value: String
        let labelY: String
    }

    struct LineChart {
        let id: String
        let title: String
        let description: String
        let points: String
        let dots: [Point]
        let baseline: String
    }

    /// A line over equally spaced points (e.g. months).
    static func line(id: String, title: String, description: String, items: [(label: String, value: Int)]) -> LineChart {
        let width = 600.0, top = 16.0, bottom = 150.0, left = 24.0
        let maximum = Double(max(1, items.map(\.value).max() ?? 1))
        let step = items.count > 1 ? (width - 2 * left) / Double(items.count - 1) : 0
        let dots = items.enumerated().map { index, item -> Point in
            let x = left + Double(index) * step
            let y = bottom - Double(item.value) / maximum * (bottom - top)
            return Point(x: format(x), y: format(y), label: item.label, value: String(item.value), labelY: format(bottom + 18))
        }
        return LineChart(id: id, title: title, description: description,
                         points: dots.map { "\($0.x),\($0.y)" }.joined(separator: " "), dots: dots, baseline: format(bottom))
    }

    struct Stage {
        let label: String
        let value: String
        let x: String
        let y: String
        let width: String
        let textY: String
    }

    struct Funnel {
        let id: String
        let title: String
        let description: String
        let height: String
        let stages: [Stage]
    }

    /// Centred bars narrowing from the first stage, each with its label and number above it.
    static func funnel(id: String, title: String, description: String, stages: [(label: String, value: Int)]) -> Funnel {
        let width = 560.0, rowHeight = 58.0
        let maximum = Double(max(1, stages.first?.value ?? 1, stages.map(\.value).max() ?? 1))
        return Funnel(id: id, title: title, description: description, height: format(Double(stages.count) * rowHeight),
                      stages: stages.enumerated().map { index, stage in
                          let w = max(6, Double(stage.value) / maximum * width)
                          let y = Double(index) * rowHeight
                          return Stage(label: stage.label, value: String(stage.value), x: format((width - w) / 2 + 20), y: format(y + 22),
                                       width: format(w), textY: format(y + 16))
                      })
    }
}
