import Foundation
import GRDB

/// A number that grows with every committed transaction that changed the scheme's data, so a
/// cached aggregate can tell whether it is still true. The server is the database's only writer,
/// so nothing changes the data behind its back.
///
/// Sign-ins, sessions and the audit trail are written on almost every request and never feed an
/// aggregate; they do not count, or no cached figure would survive a page view.
final class WriteGeneration: TransactionObserver, @unchecked Sendable {
    static let ignoredTables: Set<String> = ["app_session", "sign_in_throttle", "audit_event"]

    private let lock = NSLock()
    private var value: UInt64 = 0
    /// Touched only on the writer's queue, inside one transaction at a time.
    private var changed = false

    var current: UInt64 { lock.withLock { value } }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        !Self.ignoredTables.contains(eventKind.tableName)
    }

    func databaseDidChange(with event: DatabaseEvent) {
        changed = true
    }

    func databaseDidCommit(_ db: Database) {
        if changed { lock.withLock { value &+= 1 } }
        changed = false
    }

    func databaseDidRollback(_ db: Database) {
        changed = false
    }
}
