import Domain
import Foundation

/// Dates and times shown one way everywhere: `27.03.2026` and `27.03.2026 14:05` (Danish time).
enum DateFormat {
    static func date(_ date: Date) -> String {
        LocalDate(date, in: .danish).display
    }

    static func dateTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .danish
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return LocalDate(date, in: .danish).display + String(format: " %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// `14:05`, Danish time.
    static func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .danish
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
