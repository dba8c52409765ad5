import Domain
import Foundation

/// Server-rendered SVG charts as view models (400 units wide, so their text stays readable
/// when a phone shrinks them): the templates in `Templates/partials/chart-*.mustache`
/// draw them from these coordinates, so nothing is output unescaped and no JavaScript is needed.
/// Every chart has a title and a description (its text alternative); pages show the numbers in
/// a table beside it too.
enum Charts {
    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    struct Bar {
        let label: String
        let value: String
        let labelY: String
        let barY: String
        let valueY: String
        let width: String
        let valueX: String
        let highlight: Bool
        /// A group under five children: drawn pale at the threshold's length, labelled "< 5".
        let suppressed: Bool
    }

    struct BarChart {
        let id: String
        let title: String
        let description: String
        let height: String
        let bars: [Bar]
    }

    /// Horizontal bars, each under its label (long names of clubs and schools need the room),
    /// longest = full width. With `suppressSmall` (counts of children per group) a value under
    /// five reads "< 5" and its bar has the length of five, so neither the number nor the bar
    /// gives the group's size away. The description (the text alternative) is written from the
    /// same values.
    static func bars(id: String, title: String, items: [(label: String, value: Int)], highlightLowest: Bool = false,
                     suppressSmall: Bool = false) -> BarChart {
        let rowHeight = 50.0
        let chartWidth = 340.0
        func hidden(_ value: Int) -> Bool { suppressSmall && value > 0 && value < SmallGroups.threshold }
        func shown(_ value: Int) -> String { suppressSmall ? SmallGroups.display(value) : String(value) }
        let drawn = items.map { hidden($0.value) ? SmallGroups.threshold : $0.value }
        let maximum = Double(max(1, drawn.max() ?? 1))
        let lowest = items.map(\.value).min()
        return BarChart(
            id: id, title: title, description: items.map { "\($0.label): \(shown($0.value))" }.joined(separator: ", "),
            height: format(Double(items.count) * rowHeight + 4),
            bars: zip(items, drawn).enumerated().map { index, pair in
                let (item, value) = pair
                let y = Double(index) * rowHeight
                let width = max(1, Double(value) / maximum * chartWidth)
                return Bar(label: item.label, value: shown(item.value), labelY: format(y + 17), barY: format(y + 24),
                           valueY: format(y + 39), width: format(width), valueX: format(width + 6),
                           highlight: highlightLowest && item.value == lowest, suppressed: hidden(item.value))
            })
    }

    struct Point {
        let x: String
        let y: String
        let label: String
        let value: String
        let labelY: String
        /// Over more than twelve points only every few are labelled (at most six), so labels never overlap.
        let showLabel: Bool
        /// `middle`, or `start`/`end` at the edges of a long line, whose labels are wider.
        let anchor: String
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
        let width = 400.0, top = 16.0, bottom = 150.0, left = 16.0
        let maximum = Double(max(1, items.map(\.value).max() ?? 1))
        let step = items.count > 1 ? (width - 2 * left) / Double(items.count - 1) : 0
        let long = items.count > 12
        let every = long ? (items.count + 5) / 6 : 1
        let dots = items.enumerated().map { index, item -> Point in
            let x = left + Double(index) * step
            let y = bottom - Double(item.value) / maximum * (bottom - top)
            return Point(x: format(x), y: format(y), label: item.label, value: String(item.value), labelY: format(bottom + 18),
                         showLabel: (items.count - 1 - index) % every == 0,
                         anchor: !long ? "middle" : index == 0 ? "start" : index == items.count - 1 ? "end" : "middle")
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
        let width = 380.0, rowHeight = 58.0
        let maximum = Double(max(1, stages.first?.value ?? 1, stages.map(\.value).max() ?? 1))
        return Funnel(id: id, title: title, description: description, height: format(Double(stages.count) * rowHeight),
                      stages: stages.enumerated().map { index, stage in
                          let w = max(6, Double(stage.value) / maximum * width)
                          let y = Double(index) * rowHeight
                          return Stage(label: stage.label, value: String(stage.value), x: format((width - w) / 2 + 10), y: format(y + 22),
                                       width: format(w), textY: format(y + 16))
                      })
    }
}
