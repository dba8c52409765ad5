import Domain
import Foundation

/// A figure with its unit, as the dashboard, the status report, its CSV and the admin's
/// overview show it. Pages read `display`; the CSV writes the number, the unit and whether it
/// is hidden in columns of their own, so a spreadsheet reads every value as a number.
public enum FigureValue: Equatable, Sendable {
    /// A count (of children, or of sessions and volunteers when never hidden).
    case count(Shown<Int>)
    case amount(Shown<Money>)
    /// An amount in a column whose heading names the unit ("Budget (kr.)"): `1.234,50`.
    case kroner(Money)
    case percent(Shown<Int>)
    case days(Shown<Int>)
    /// Guidance time, shown in hours with one decimal.
    case hours(minutes: Int)
    /// A number with one decimal (children per volunteer).
    case decimal(Double)
    /// Nothing to show: no base to compute from (no previous period, no estimate).
    case missing

    public static func count(_ value: Int) -> FigureValue { .count(.value(value)) }
    public static func amount(_ value: Money) -> FigureValue { .amount(.value(value)) }

    /// The hidden marks, in the user's language.
    public static func mark<T>(_ shown: Shown<T>, _ t: Texts) -> String? {
        switch shown {
        case .value: nil
        case .few: "< \(Disclosure.threshold)"
        case .hidden: t("figures.hidden")
        }
    }

    public func display(_ t: Texts) -> String {
        switch self {
        case .count(let shown): Self.mark(shown, t) ?? String(shown.value!)
        case .amount(let shown): Self.mark(shown, t) ?? shown.value!.display
        case .kroner(let money): money.plain
        case .percent(let shown): Self.mark(shown, t) ?? "\(shown.value!) %"
        case .days(let shown): Self.mark(shown, t) ?? t("report.days", String(shown.value!))
        case .hours(let minutes): GuidanceHours.display(minutes: minutes)
        case .decimal(let value): Self.decimal(value)
        case .missing: "–"
        }
    }

    /// "< 5" or "skjult" for a hidden figure.
    public func hiddenMark(_ t: Texts) -> String? {
        switch self {
        case .count(let s), .percent(let s), .days(let s): Self.mark(s, t)
        case .amount(let s): Self.mark(s, t)
        case .kroner, .hours, .decimal, .missing: nil
        }
    }

    public var isHidden: Bool {
        switch self {
        case .count(let s), .percent(let s), .days(let s): s.isHidden
        case .amount(let s): s.isHidden
        case .kroner, .hours, .decimal, .missing: false
        }
    }

    /// One decimal with a decimal comma: 1,5.
    public static func decimal(_ value: Double) -> String {
        String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }

    /// The CSV's cells: the bare number (decimal comma, no thousands separator), its unit and
    /// whether it is hidden. A hidden or missing figure has an empty value.
    public func csv(_ t: Texts) -> (value: String, unit: String, suppressed: Bool) {
        switch self {
        case .count(let s): return (s.value.map(String.init) ?? "", t("report.csv.unit.count"), s.isHidden)
        case .amount(let s): return (s.value.map(Self.number) ?? "", t("report.csv.unit.kroner"), s.isHidden)
        case .kroner(let money): return (Self.number(money), t("report.csv.unit.kroner"), false)
        case .percent(let s): return (s.value.map(String.init) ?? "", t("report.csv.unit.percent"), s.isHidden)
        case .days(let s): return (s.value.map(String.init) ?? "", t("report.csv.unit.days"), s.isHidden)
        case .hours(let minutes): return (GuidanceHours.display(minutes: minutes), t("report.csv.unit.hours"), false)
        case .decimal(let value): return (Self.decimal(value), t("report.csv.unit.count"), false)
        case .missing: return ("", "", false)
        }
    }

    /// `-1234,50`: kroner and øre with a decimal comma, as Danish spreadsheets read a number.
    public static func number(_ money: Money) -> String {
        let magnitude = money.ore.magnitude
        let cents = magnitude % 100
        return (money.ore < 0 ? "-" : "") + String(magnitude / 100) + "," + (cents < 10 ? "0" : "") + String(cents)
    }
}
