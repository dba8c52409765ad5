import Foundation

/// A figure for a period with the previous period beside it.
public struct Compared: Sendable, Equatable {
    public var current: Int
    public var previous: Int

    public init(_ current: Int, _ previous: Int) {
        self.current = current
        self.previous = previous
    }

    /// Change in percent from the previous period, nil when there is nothing to compare with.
    public var changePercent: Int? {
        guard previous > 0 else { return nil }
        return Int(((Double(current - previous) / Double(previous)) * 100).rounded())
    }
}

/// A count per group (department, school, district …) for a period and the one before.
public struct GroupCount: Sendable, Equatable {
    public var key: String
    public var counts: Compared

    public init(key: String, counts: Compared) {
        self.key = key
        self.counts = counts
    }
}

public protocol DashboardRepository: Sendable {
    /// `today` ends the monthly curve, so months that have not begun are not drawn as zeros.
    func intake(in municipality: MunicipalityID, period: Period, today: LocalDate) async throws -> IntakeFigures
    func districtEstimates(in municipality: MunicipalityID) async throws -> [String: Int]
    func saveDistrictEstimates(_ estimates: [String: Int], in municipality: MunicipalityID, audit: AuditEntry) async throws
    func commentary(in municipality: MunicipalityID, period: Period) async throws -> String?
    func saveCommentary(_ text: String?, in municipality: MunicipalityID, period: Period, audit: AuditEntry) async throws
    /// Every figure of the dashboard in one read. `today` dates what is shown as it is now
    /// (volunteers, free places, unclaimed grants, follow-ups due).
    func figures(in municipality: MunicipalityID, period: Period, today: LocalDate) async throws -> DashboardFigures
    func settings(in municipality: MunicipalityID) async throws -> DashboardSettings
    /// Saves the hourly rate, and the weeks into the grant rules (creating them with the
    /// standard values if the coordinator has not set any yet).
    func saveSettings(_ settings: DashboardSettings, in municipality: MunicipalityID, audit: AuditEntry) async throws
}

/// Short trend sentences for the status report ("14 % flere indstillinger end forrige periode").
public enum Trend {
    /// The catalogue key and arguments describing the change of `figure` (its name is a
    /// catalogue key too, e.g. `trend.subject.referrals`). A count of children is described only
    /// when `PublishedFigures` shows both periods' counts (see `StatusReportController.trends`).
    ///
    /// - `amount`: the figure is an amount ("mere"/"mindre" instead of "flere"/"færre").
    /// - `format`: how a value reads (amounts in kroner, hours with a decimal).
    public static func describe(_ figure: Compared, subject: String, amount: Bool = false,
                                format: (Int) -> String = { String($0) }) -> (key: String, arguments: [String]) {
        let prefix = amount ? "trend.amount." : "trend."
        guard let change = figure.changePercent else {
            return figure.current == 0 ? (prefix + "none", [subject]) : (prefix + "new", [format(figure.current), subject])
        }
        if change == 0 { return (prefix + "same", [subject, format(figure.current)]) }
        return (prefix + (change > 0 ? "more" : "fewer"),
                [String(abs(change)), subject, format(figure.current), format(figure.previous)])
    }
}
