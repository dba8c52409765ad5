import Foundation

/// The coordinator's settings for the dashboard's figures.
public struct DashboardSettings: Sendable, Equatable {
    /// What an hour of fritidsvejledning costs the municipality (salary with overhead); nil
    /// until the coordinator sets it.
    public var hourlyRate: Money?
    /// Grants unclaimed after this many weeks are counted as "not claimed". The same setting as
    /// `GrantRules.unclaimedWeeks`, so the dashboard and the list of unclaimed grants agree.
    public var unclaimedWeeks: Int

    public init(hourlyRate: Money?, unclaimedWeeks: Int = 8) {
        self.hourlyRate = hourlyRate
        self.unclaimedWeeks = unclaimedWeeks
    }

    public static let standard = DashboardSettings(hourlyRate: nil)
    public static let maximumRate = Money(kroner: 5_000)
    public static let weeksRange = 1...52
}

/// Raw input of the dashboard settings form.
public struct DashboardSettingsInput: Sendable {
    public var hourlyRate: String?
    public var unclaimedWeeks: String?

    public init(hourlyRate: String?, unclaimedWeeks: String?) {
        self.hourlyRate = hourlyRate
        self.unclaimedWeeks = unclaimedWeeks
    }

    public func validate() -> Result<DashboardSettings, ValidationErrors> {
        var errors = ValidationErrors()
        let rate = MoneyField.required(hourlyRate, field: "hourlyRate", missing: "dashboard.settings.err.rate.required", errors: &errors)
        if let rate, rate > DashboardSettings.maximumRate {
            errors.add("hourlyRate", "dashboard.settings.err.rate.tooHigh", [DashboardSettings.maximumRate.display])
        }
        let weeksText = Text.trimmed(unclaimedWeeks)
        let weeks = Int(weeksText)
        if weeksText.isEmpty {
            errors.add("unclaimedWeeks", "dashboard.settings.err.weeks.required")
        } else if weeks == nil || !DashboardSettings.weeksRange.contains(weeks!) {
            errors.add("unclaimedWeeks", "dashboard.settings.err.weeks.range")
        }
        guard errors.isEmpty, let rate, let weeks else { return .failure(errors) }
        return .success(DashboardSettings(hourlyRate: rate, unclaimedWeeks: weeks))
    }
}
