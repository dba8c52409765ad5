import Foundation

/// The one source of "now". Domain code never calls `Date()`; tests inject a fixed or
/// advancing clock so expiry, deadlines and periods give stable results.
public struct Clock: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) {
        self.read = read
    }

    public var now: Date { read() }

    public static let system = Clock { Date() }

    /// Today's calendar date in Danish time.
    public var today: LocalDate { LocalDate(now, in: .danish) }
}

extension TimeZone {
    /// Municipal days start and end in Danish time, whatever the server's zone.
    public static let danish = TimeZone(identifier: "Europe/Copenhagen") ?? .gmt
}
