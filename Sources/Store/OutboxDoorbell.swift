import Foundation
import GRDB

/// Rings after every committed transaction that put a message in the outbox, so the delivery
/// job sends it at once instead of at its next poll. Observes only the outbox table.
public final class OutboxDoorbell: TransactionObserver, @unchecked Sendable {
    private let ring: @Sendable () -> Void
    /// Touched only on the writer's queue, inside one transaction at a time.
    private var inserted = false

    public init(observing db: any DatabaseWriter, ring: @escaping @Sendable () -> Void) {
        self.ring = ring
        db.add(transactionObserver: self, extent: .observerLifetime)
    }

    public func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        if case .insert(let table) = eventKind { return table == "outbox" }
        return false
    }

    public func databaseDidChange(with event: DatabaseEvent) {
        inserted = true
    }

    public func databaseDidCommit(_ db: Database) {
        if inserted { ring() }
        inserted = false
    }

    public func databaseDidRollback(_ db: Database) {
        inserted = false
    }
}
