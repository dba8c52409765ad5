import Foundation
import GRDB
import Logging
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the database can be written: enough free space on its file system and no recent
/// "disk full" from SQLite. A page that would write (a sign-in, an audited read, a new child)
/// is refused with 503 while it cannot, rather than failing half-way with a 500, and the
/// operator is told once a minute in the log.
public final class StoreHealth: @unchecked Sendable {
    /// Free bytes on the database's file system; nil when unknown (an in-memory database).
    let freeBytes: @Sendable () -> Int64?
    let minimumFreeBytes: Int64
    private let lock = NSLock()
    private var checkedAt: ContinuousClock.Instant?
    private var lastAnswer = true
    private var fullUntil: ContinuousClock.Instant?
    private var loggedAt: ContinuousClock.Instant?

    /// How long a measured answer is reused (statvfs per request would be cheap, but not free).
    static let recheck: Duration = .seconds(1)

    public init(minimumFreeBytes: Int64, freeBytes: @escaping @Sendable () -> Int64?) {
        self.minimumFreeBytes = minimumFreeBytes
        self.freeBytes = freeBytes
    }

    /// Watches the file system holding `databasePath`.
    public convenience init(databasePath: String, minimumFreeBytes: Int64) {
        let directory = URL(fileURLWithPath: databasePath).deletingLastPathComponent().path
        self.init(minimumFreeBytes: minimumFreeBytes) { Self.freeSpace(at: directory) }
    }

    /// For databases without a file (tests): always writable unless told otherwise.
    public static var unlimited: StoreHealth { StoreHealth(minimumFreeBytes: 0) { nil } }

    public var isWritable: Bool {
        let now = ContinuousClock.now
        return lock.withLock {
            if let fullUntil, now < fullUntil { return false }
            if let checkedAt, now - checkedAt < Self.recheck { return lastAnswer }
            checkedAt = now
            lastAnswer = freeBytes().map { $0 >= minimumFreeBytes } ?? true
            return lastAnswer
        }
    }

    /// SQLite said the disk is full: refuse writes until the next measurement says otherwise.
    func noteFull() {
        lock.withLock {
            fullUntil = ContinuousClock.now + Self.recheck
            checkedAt = nil
        }
    }

    /// Logs that the store cannot be written, at most once a minute.
    func logUnwritable(_ logger: Logger, error: (any Error)? = nil) {
        let now = ContinuousClock.now
        let due = lock.withLock {
            if let loggedAt, now - loggedAt < .seconds(60) { return false }
            loggedAt = now
            return true
        }
        guard due else { return }
        var metadata: Logger.Metadata = ["min_free_bytes": .stringConvertible(minimumFreeBytes)]
        if let free = freeBytes() { metadata["free_bytes"] = .stringConvertible(free) }
        if let error { metadata["error"] = .string(String(describing: error)) }
        logger.error("the database cannot be written (is the disk full?); pages that write answer 503 until there is space",
                     metadata: metadata)
    }

    static func freeSpace(at directory: String) -> Int64? {
        var stats = statvfs()
        guard statvfs(directory.isEmpty ? "." : directory, &stats) == 0 else { return nil }
        return Int64(stats.f_bavail) * Int64(stats.f_frsize)
    }

    /// SQLite errors that mean "cannot write now": a full disk or a failing write.
    static func isStorageFailure(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_FULL || error.resultCode == .SQLITE_IOERR
    }
}

/// The store cannot be written: answered with 503 and the "cannot save" page.
struct StoreUnavailable: Error {}
