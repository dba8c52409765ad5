import Foundation

/// Adds up the time a request spends in database reads, so the request log and `Server-Timing`
/// can tell queries from rendering. The web layer binds a recorder per request; every
/// `readAsync` adds the time its read transaction took (waiting for a connection not included).
public final class QueryTimeRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var nanoseconds: UInt64 = 0

    public init() {}

    func add(_ duration: UInt64) {
        lock.withLock { nanoseconds += duration }
    }

    public var milliseconds: Double {
        lock.withLock { Double(nanoseconds) / 1_000_000 }
    }

    /// The recorder of the request the current task serves, if any.
    @TaskLocal public static var current: QueryTimeRecorder?
}
