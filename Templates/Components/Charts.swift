/// Server-rendered SVG charts (see `Sources/Web/Views/Charts.swift` for how they are drawn from the figures):
/// the view models and their markup.
public enum Charts {
    public struct Bar: Sendable {
        public let label: String
        public let value: String
        public let labelY: String
        public let barY: String
        public let valueY: String
        public let width: String
        public let valueX: String
        public let highlight: Bool
        /// Hidden: a hatched mark of fixed size instead of a bar.
        public let hidden: Bool

        public init(label: String, value: String, labelY: String, barY: String, valueY: String, width: String, valueX: String, highlight: Bool, hidden: Bool) {
            self.label = label
            self.value = value
            self.labelY = labelY
            self.barY = barY
            self.valueY = valueY
            self.width = width
            self.valueX = valueX
            self.highlight = highlight
            self.hidden = hidden
        }
    }

    public struct BarChart: Sendable {
        public let id: String
        public let title: String
        public let description: String
        public let height: String
        public let bars: [Bar]
        /// Words instead of a drawing when there is nothing to draw.
        public let empty: String?

        public init(id: String, title: String, description: String, height: String, bars: [Bar], empty: String?) {
            self.id = id
            self.title = title
            self.description = description
            self.height = height
            self.bars = bars
            self.empty = empty
        }
    }

    public struct Point: Sendable {
        public let x: String
        public let y: String
        public let label: String
        /// The year under the month, at the first month and at each January.
        public let year: String?
        public let yearY: String
        public let value: String
        public let labelY: String
        /// Over more than twelve points only every few are labelled (at most six), so labels never overlap.
        public let showLabel: Bool
        /// `middle`, or `start`/`end` at the edges, whose labels would otherwise be cut.
        public let anchor: String
        public let hidden: Bool
        /// The hatched band of a hidden month: from the axis up to where 4 would be ("< 5"),
        /// or over the whole height ("skjult", which may be any number from 5).
        public let bandX: String
        public let bandY: String
        public let bandWidth: String
        public let bandHeight: String
        /// The month has not ended: drawn open, its segment dashed.
        public let running: Bool

        public init(x: String, y: String, label: String, year: String?, yearY: String, value: String, labelY: String, showLabel: Bool, anchor: String, hidden: Bool, bandX: String, bandY: String, bandWidth: String, bandHeight: String, running: Bool) {
            self.x = x
            self.y = y
            self.label = label
            self.year = year
            self.yearY = yearY
            self.value = value
            self.labelY = labelY
            self.showLabel = showLabel
            self.anchor = anchor
            self.hidden = hidden
            self.bandX = bandX
            self.bandY = bandY
            self.bandWidth = bandWidth
            self.bandHeight = bandHeight
            self.running = running
        }
    }

    public struct Segment: Sendable {
        public let points: String
        public let running: Bool

        public init(points: String, running: Bool) {
            self.points = points
            self.running = running
        }
    }

    public struct LineChart: Sendable {
        public let id: String
        public let title: String
        public let description: String
        public let segments: [Segment]
        public let dots: [Point]
        public let baseline: String
        public let empty: String?
        public let runningNote: String?
        /// Says what the hatched bands mean, when there are any.
        public let legend: String?

        public init(id: String, title: String, description: String, segments: [Segment], dots: [Point], baseline: String, empty: String?, runningNote: String?, legend: String?) {
            self.id = id
            self.title = title
            self.description = description
            self.segments = segments
            self.dots = dots
            self.baseline = baseline
            self.empty = empty
            self.runningNote = runningNote
            self.legend = legend
        }
    }

    public struct Stage: Sendable {
        public let label: String
        public let value: String
        public let x: String
        public let y: String
        public let width: String
        public let textY: String
        public let hidden: Bool

        public init(label: String, value: String, x: String, y: String, width: String, textY: String, hidden: Bool) {
            self.label = label
            self.value = value
            self.x = x
            self.y = y
            self.width = width
            self.textY = textY
            self.hidden = hidden
        }
    }

    public struct Funnel: Sendable {
        public let id: String
        public let title: String
        public let description: String
        public let height: String
        public let stages: [Stage]
        public let empty: String?

        public init(id: String, title: String, description: String, height: String, stages: [Stage], empty: String?) {
            self.id = id
            self.title = title
            self.description = description
            self.height = height
            self.stages = stages
            self.empty = empty
        }
    }
}

extension Charts {
    static func hatch(_ id: String) -> HTML {
        """
        <defs><pattern id="\(id)-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="6" height="6" class="chart-hatch-ground"></rect><line x1="0" y1="0" x2="0" y2="6" class="chart-hatch-line"></line>\
        </pattern></defs>
        """
    }

    static func header(id: String, height: String, title: String, description: String) -> HTML {
        """
        <svg class="chart" role="img" aria-labelledby="\(id)-title \(id)-desc" viewBox="0 0 400 \(height)" preserveAspectRatio="xMinYMin meet">
          <title id="\(id)-title">\(title)</title>
          <desc id="\(id)-desc">\(description)</desc>
          \(hatch(id))

        """
    }
}

extension Charts.BarChart {
    /// Horizontal bars, a hidden value drawn hatched.
    @Markup public func render() -> HTML {
        if let empty {
            "<p class=\"chart-empty\">\(empty)</p>\n"
        } else {
            Charts.header(id: id, height: height, title: title, description: description)
            for bar in bars {
                "<text x=\"0\" y=\"\(bar.labelY)\" class=\"chart-label\">\(bar.label)</text>\n"
                if bar.hidden {
                    "<rect x=\"0\" y=\"\(bar.barY)\" width=\"\(bar.width)\" height=\"20\" fill=\"url(#\(id)-hatch)\" class=\"chart-hidden\"></rect>\n"
                } else {
                    "<rect x=\"0\" y=\"\(bar.barY)\" width=\"\(bar.width)\" height=\"20\" class=\"chart-bar\(HTML.when(bar.highlight, " chart-bar-low"))\"></rect>\n"
                }
                "<text x=\"\(bar.valueX)\" y=\"\(bar.valueY)\" class=\"chart-value\">\(bar.value)</text>\n"
            }
            "</svg>\n"
        }
    }
}

extension Charts.Funnel {
    /// One bar per stage of the way to an activity, a hidden count drawn hatched.
    @Markup public func render() -> HTML {
        if let empty {
            "<p class=\"chart-empty\">\(empty)</p>\n"
        } else {
            Charts.header(id: id, height: height, title: title, description: description)
            for stage in stages {
                "<text x=\"200\" y=\"\(stage.textY)\" text-anchor=\"middle\" class=\"chart-label\">\(stage.label): \(stage.value)</text>\n"
                if stage.hidden {
                    "<rect x=\"\(stage.x)\" y=\"\(stage.y)\" width=\"\(stage.width)\" height=\"28\" rx=\"6\" fill=\"url(#\(id)-hatch)\" class=\"chart-hidden\"></rect>\n"
                } else {
                    "<rect x=\"\(stage.x)\" y=\"\(stage.y)\" width=\"\(stage.width)\" height=\"28\" rx=\"6\" class=\"chart-bar\"></rect>\n"
                }
            }
            "</svg>\n"
        }
    }
}

extension Charts.LineChart {
    /// A line over the months, with dots at the points and hatched bands where a value is hidden.
    @Markup public func render() -> HTML {
        if let empty {
            "<p class=\"chart-empty\">\(empty)</p>\n"
        } else {
            Charts.header(id: id, height: "196", title: title, description: description)
            "<line x1=\"8\" y1=\"\(baseline)\" x2=\"392\" y2=\"\(baseline)\" class=\"chart-axis\"></line>\n"
            for segment in segments {
                "<polyline points=\"\(segment.points)\" class=\"chart-line\(HTML.when(segment.running, " chart-line-running"))\"></polyline>"
            }
            for dot in dots {
                if dot.hidden {
                    "<rect x=\"\(dot.bandX)\" y=\"\(dot.bandY)\" width=\"\(dot.bandWidth)\" height=\"\(dot.bandHeight)\" fill=\"url(#\(id)-hatch)\" class=\"chart-hidden\"></rect>\n"
                } else {
                    "<circle cx=\"\(dot.x)\" cy=\"\(dot.y)\" r=\"4\" class=\"chart-dot\(HTML.when(dot.running, " chart-dot-running"))\"></circle>\n"
                }
                if dot.showLabel {
                    "<text x=\"\(dot.x)\" y=\"\(dot.labelY)\" text-anchor=\"\(dot.anchor)\" class=\"chart-label small\">\(dot.label)</text>\n"
                }
                if let year = dot.year {
                    "<text x=\"\(dot.x)\" y=\"\(dot.yearY)\" text-anchor=\"\(dot.anchor)\" class=\"chart-label small\">\(year)</text>\n"
                }
            }
            "</svg>\n"
            if let runningNote { "<p class=\"chart-note\">\(runningNote)</p>\n" }
            if let legend { "<p class=\"chart-note\">\(legend)</p>\n" }
        }
    }
}
