import Domain
import Foundation

/// Server-rendered SVG charts as view models (400 units wide, so their text stays readable
/// when a phone shrinks them): the views in `Templates/Components/Charts.swift`
/// draw them from these coordinates, so nothing is output unescaped and no JavaScript is needed.
/// Every chart has a title and a description (its text alternative); pages show the numbers in
/// a table beside it too.
///
/// A hidden figure is never drawn as a length: it gets a hatched mark of its own labelled
/// "< 5" or "skjult", and the scale comes from the shown figures alone. A chart with nothing
/// to draw says so in words instead.
extension Charts {
    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// What a chart with nothing to draw says instead: every figure 0, or none shown.
    static func emptyText(_ values: [Shown<Int>], _ t: Texts) -> String? {
        if values.contains(where: { ($0.value ?? 0) > 0 }) { return nil }
        return values.contains(where: \.isHidden) ? t("chart.empty.hidden") : t("chart.empty.none")
    }

    /// "Nord: 12, Tvis: < 5" — the text alternative, from the same values as the drawing.
    static func describe(_ items: [(label: String, value: Shown<Int>)], _ t: Texts) -> String {
        items.map { "\($0.label): \(FigureValue.count($0.value).display(t))" }.joined(separator: ", ")
    }



    /// Width of the hatched mark of a hidden figure: clearly not a bar of any length.
    static let hiddenMarkWidth = 34.0

    /// Horizontal bars, each under its label (long names of clubs and schools need the room),
    /// longest shown value = full width.
    static func bars(id: String, title: String, items: [(label: String, value: Shown<Int>)], highlight: Set<Int> = [],
                     t: Texts) -> BarChart {
        let rowHeight = 50.0
        let chartWidth = 330.0
        let maximum = Double(max(1, items.compactMap(\.value.value).max() ?? 1))
        return BarChart(
            id: id, title: title, description: describe(items, t), height: format(Double(items.count) * rowHeight + 4),
            bars: items.enumerated().map { index, item in
                let y = Double(index) * rowHeight
                let width = item.value.value.map { max(1, Double($0) / maximum * chartWidth) } ?? hiddenMarkWidth
                return Bar(label: item.label, value: FigureValue.count(item.value).display(t), labelY: format(y + 17), barY: format(y + 24),
                           valueY: format(y + 39), width: format(width), valueX: format(width + 6), highlight: highlight.contains(index),
                           hidden: item.value.isHidden)
            },
            empty: emptyText(items.map(\.value), t))
    }




    /// A line over equally spaced points (months). Hidden points break the line; the last
    /// point may be marked as still running. `years` (one per item, optional) is written under
    /// the first label and wherever it changes.
    static func line(id: String, title: String, items: [(label: String, value: Shown<Int>)], years: [String] = [], lastRunning: Bool,
                     t: Texts) -> LineChart {
        let width = 400.0, top = 16.0, bottom = 150.0, left = 22.0
        let maximum = Double(max(Disclosure.threshold, items.compactMap(\.value.value).max() ?? 1))
        let step = items.count > 1 ? (width - 2 * left) / Double(items.count - 1) : 0
        let every = items.count > 12 ? (items.count + 5) / 6 : 1
        func y(_ value: Double) -> Double { bottom - value / maximum * (bottom - top) }
        let band = max(8, min(24, step * 0.6))
        let dots = items.enumerated().map { index, item -> Point in
            let x = items.count > 1 ? left + Double(index) * step : width / 2
            let bandTop = item.value == .few ? y(Double(Disclosure.threshold - 1)) : top
            let year = index < years.count && (index == 0 || years[index] != years[index - 1]) ? years[index] : nil
            return Point(x: format(x), y: format(y(Double(item.value.value ?? 0))), label: item.label, year: year, yearY: format(bottom + 34),
                         value: FigureValue.count(item.value).display(t), labelY: format(bottom + 18),
                         showLabel: (items.count - 1 - index) % every == 0,
                         anchor: items.count <= 1 ? "middle" : index == 0 ? "start" : index == items.count - 1 ? "end" : "middle",
                         hidden: item.value.isHidden, bandX: format(x - band / 2), bandY: format(bandTop), bandWidth: format(band),
                         bandHeight: format(bottom - bandTop), running: lastRunning && index == items.count - 1)
        }
        // Runs of shown points, each drawn as one line; the step into a running month is dashed.
        var segments: [Segment] = []
        var run: [Point] = []
        func close() {
            if run.count > 1 { segments.append(Segment(points: run.map { "\($0.x),\($0.y)" }.joined(separator: " "), running: false)) }
            run = []
        }
        for dot in dots {
            if dot.hidden { close(); continue }
            if dot.running, let previous = run.last {
                close()
                segments.append(Segment(points: "\(previous.x),\(previous.y) \(dot.x),\(dot.y)", running: true))
                continue
            }
            run.append(dot)
        }
        close()
        return LineChart(id: id, title: title, description: describe(items, t) + (lastRunning ? ". " + t("chart.running") : ""),
                         segments: segments, dots: dots, baseline: format(bottom), empty: emptyText(items.map(\.value), t),
                         runningNote: lastRunning ? t("chart.running") : nil,
                         legend: items.contains(where: \.value.isHidden) ? t("chart.legend.hidden") : nil)
    }



    /// Centred bars narrowing from the first stage, each with its label and number above it.
    static func funnel(id: String, title: String, stages: [(label: String, value: Shown<Int>)], t: Texts) -> Funnel {
        let width = 380.0, rowHeight = 58.0
        let maximum = Double(max(1, stages.compactMap(\.value.value).max() ?? 1))
        return Funnel(id: id, title: title, description: describe(stages, t), height: format(Double(stages.count) * rowHeight),
                      stages: stages.enumerated().map { index, stage in
                          let w = stage.value.value.map { max(6, Double($0) / maximum * width) } ?? hiddenMarkWidth * 2
                          let y = Double(index) * rowHeight
                          return Stage(label: stage.label, value: FigureValue.count(stage.value).display(t), x: format((width - w) / 2 + 10),
                                       y: format(y + 22), width: format(w), textY: format(y + 16), hidden: stage.value.isHidden)
                      },
                      empty: emptyText(stages.map(\.value), t))
    }
}
