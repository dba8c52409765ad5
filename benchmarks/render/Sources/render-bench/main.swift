// Render-only benchmark (issue 19): the children list (50 rows) and the busiest club's portal
// (~100 children), layout + content, written by our views (Templates) and by Plot's node DSL.
//
//   render-bench [--renders N] [--runs R] [--texts PATH] [--dump DIR]
//
// Per page and engine: µs per render (median of R runs of N renders, after a warm-up), bytes,
// and the ratio Plot/ours. The two engines alternate run by run so that load on the machine
// falls on both. Before timing, the two outputs are compared: visible text (tags removed,
// entities decoded, whitespace dropped) and the number of elements of each kind.
import Foundation
import Views

// MARK: Arguments

var renders = 300
var runs = 7
var textsPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../../Sources/Web/Resources/Texts/da.json").standardized.path
var dumpDirectory: String?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--renders": renders = Int(arguments.next() ?? "") ?? renders
    case "--runs": runs = Int(arguments.next() ?? "") ?? runs
    case "--texts": textsPath = arguments.next() ?? textsPath
    case "--dump": dumpDirectory = arguments.next()
    default:
        FileHandle.standardError.write("usage: render-bench [--renders N] [--runs R] [--texts PATH] [--dump DIR]\n".data(using: .utf8)!)
        exit(2)
    }
}

// MARK: Texts and view models

guard let data = FileManager.default.contents(atPath: textsPath),
      let table = try? JSONDecoder().decode([String: String].self, from: data) else {
    FileHandle.standardError.write("cannot read the text catalogue at \(textsPath)\n".data(using: .utf8)!)
    exit(1)
}
let catalogue = TextCatalogue(tables: [.da: table])
let t = catalogue.bind(.da)

let childList = Fixtures.childList(t)
let childContext = PageContext(t: t, frame: Fixtures.frame(t, title: t("children.heading"), current: "/children", role: "role.coordinator"))
let portal = Fixtures.portal(t)
let portalContext = PageContext(t: t, frame: Fixtures.frame(t, title: t("portal.heading"), current: "/portal", role: "role.association"))

struct Case {
    let name: String
    let ours: () -> Int
    let plot: () -> Int
    let oursText: () -> String
    let plotText: () -> String
}

let cases = [
    Case(name: "children list (50 rows)",
         ours: { Layout.render(childContext, content: childList.body(childContext)).bytes.count },
         plot: { PlotChildList.page(childList, childContext).render().utf8.count },
         oursText: { Layout.render(childContext, content: childList.body(childContext)).string },
         plotText: { PlotChildList.page(childList, childContext).render() }),
    Case(name: "portal (100 children)",
         ours: { Layout.render(portalContext, content: portal.body(portalContext)).bytes.count },
         plot: { PlotPortal.page(portal, portalContext).render().utf8.count },
         oursText: { Layout.render(portalContext, content: portal.body(portalContext)).string },
         plotText: { PlotPortal.page(portal, portalContext).render() }),
]

// MARK: Same page?

/// Visible text: tags removed, the entities both engines write decoded, all whitespace dropped
/// (Plot writes none between elements).
func visibleText(_ html: String) -> String {
    var text = ""
    var inTag = false
    for character in html {
        if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
    }
    for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
        text = text.replacingOccurrences(of: entity, with: character)
    }
    return String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
}

/// How many elements of each name the page opens.
func elementCounts(_ html: String) -> [String: Int] {
    var counts: [String: Int] = [:]
    let scalars = Array(html.unicodeScalars)
    var i = 0
    while i < scalars.count - 1 {
        if scalars[i] == "<", scalars[i + 1].properties.isAlphabetic {
            var name = ""
            var j = i + 1
            while j < scalars.count, scalars[j].properties.isAlphabetic || ("0"..."9").contains(scalars[j]) {
                name.unicodeScalars.append(scalars[j])
                j += 1
            }
            counts[name.lowercased(), default: 0] += 1
            i = j
        } else {
            i += 1
        }
    }
    return counts
}

var allMatch = true
print("Checking that both engines write the same page")
for c in cases {
    let ours = c.oursText()
    let plot = c.plotText()
    if let dumpDirectory {
        let slug = c.name.split(separator: " ").first!
        try? ours.write(toFile: "\(dumpDirectory)/\(slug)-ours.html", atomically: true, encoding: .utf8)
        try? plot.write(toFile: "\(dumpDirectory)/\(slug)-plot.html", atomically: true, encoding: .utf8)
    }
    let oursText = visibleText(ours)
    let plotText = visibleText(plot)
    let oursCounts = elementCounts(ours)
    let plotCounts = elementCounts(plot)
    let elements = oursCounts.values.reduce(0, +)
    let differing = Set(oursCounts.keys).union(plotCounts.keys).sorted()
        .filter { oursCounts[$0] != plotCounts[$0] }
        .map { "\($0): ours \(oursCounts[$0] ?? 0), Plot \(plotCounts[$0] ?? 0)" }
    let sameText = oursText == plotText
    print("  \(c.name): \(elements) elements, \(oursText.count) visible characters; text \(sameText ? "same" : "DIFFERS"), "
          + (differing.isEmpty ? "element counts same" : "element counts differ: \(differing.joined(separator: "; "))"))
    if !sameText {
        let a = Array(oursText), b = Array(plotText)
        let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        print("    first difference at \(at): ours …\(String(a[max(0, at - 30)..<min(a.count, at + 40)]))…")
        print("                          Plot …\(String(b[max(0, at - 30)..<min(b.count, at + 40)]))…")
    }
    if !sameText || !differing.isEmpty { allMatch = false }
}

// MARK: Timing

func microsecondsPerRender(_ body: () -> Int, renders: Int, sink: inout Int) -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    for _ in 0..<renders { sink &+= body() }
    let elapsed = clock.now - start
    let (seconds, attoseconds) = elapsed.components
    return (Double(seconds) * 1e6 + Double(attoseconds) / 1e12) / Double(renders)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

print("\nTiming: \(runs) runs of \(renders) renders per page and engine (after \(max(20, renders / 5)) warm-up renders each), runs alternating")
var sink = 0
print("page                      engine   µs/render (median)   min      max       bytes    ratio Plot/ours")
for c in cases {
    for _ in 0..<max(20, renders / 5) { sink &+= c.ours(); sink &+= c.plot() }
    var ours: [Double] = []
    var plot: [Double] = []
    for run in 0..<runs {
        // Alternate which engine goes first, so neither always runs on a warmer cache.
        if run % 2 == 0 {
            ours.append(microsecondsPerRender(c.ours, renders: renders, sink: &sink))
            plot.append(microsecondsPerRender(c.plot, renders: renders, sink: &sink))
        } else {
            plot.append(microsecondsPerRender(c.plot, renders: renders, sink: &sink))
            ours.append(microsecondsPerRender(c.ours, renders: renders, sink: &sink))
        }
    }
    let oursBytes = c.ours()
    let plotBytes = c.plot()
    func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
    func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
    print(pad(c.name, 26) + pad("ours", 9) + lpad(format(median(ours)), 10) + String(repeating: " ", count: 11)
          + lpad(format(ours.min()!), 8) + lpad(format(ours.max()!), 9) + lpad(String(oursBytes), 11))
    print(pad("", 26) + pad("Plot", 9) + lpad(format(median(plot)), 10) + String(repeating: " ", count: 11)
          + lpad(format(plot.min()!), 8) + lpad(format(plot.max()!), 9) + lpad(String(plotBytes), 11)
          + lpad(format(median(plot) / median(ours), 2) + "×", 12))
}

// Plot's two APIs on the same 50 rows (no layout): which one the pages above use.
let rowCase = Case(name: "table rows only (50)",
                   ours: { PlotRows.nodes(childList.rows).render().utf8.count },
                   plot: { PlotRows.Components(rows: childList.rows).render().utf8.count },
                   oursText: { PlotRows.nodes(childList.rows).render() },
                   plotText: { PlotRows.Components(rows: childList.rows).render() })
print("\nPlot's node DSL (as above) against its Component API, the children table's rows only")
print("  same markup: \(rowCase.oursText() == rowCase.plotText() ? "yes" : "no")")
for _ in 0..<max(20, renders / 5) { sink &+= rowCase.ours(); sink &+= rowCase.plot() }
var nodeTimes: [Double] = []
var componentTimes: [Double] = []
for _ in 0..<runs {
    nodeTimes.append(microsecondsPerRender(rowCase.ours, renders: renders, sink: &sink))
    componentTimes.append(microsecondsPerRender(rowCase.plot, renders: renders, sink: &sink))
}
print("  nodes \(format(median(nodeTimes))) µs/render, components \(format(median(componentTimes))) µs/render, "
      + "ratio components/nodes \(format(median(componentTimes) / median(nodeTimes), 2))×")
print("\n(sink \(sink % 1000); same page: \(allMatch ? "yes" : "no, see above"))")
