import Domain
import GRDB
import Synchronization

/// Audit rows of reads (a list shown, a record opened) written by group commit.
///
/// Every such row must be durable before the page is sent, and with `synchronous=FULL` each
/// commit costs an fsync (about 1.2 ms here), which capped audited pages near 800 a second. So
/// requests that arrive while a commit is under way queue up, and the next commit writes all of
/// them in one transaction: each request still waits until its own rows are on disk, but one
/// fsync serves many. Durability is not traded, only fsyncs shared.
final class AuditGroupCommit: Sendable {
    private struct Waiter {
        let entries: [AuditEntry]
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var pending: [Waiter] = []
        var committing = false
    }

    private let db: any DatabaseWriter
    private let state = Mutex(State())

    init(_ db: any DatabaseWriter) {
        self.db = db
    }

    /// Returns once `entries` are committed (or throws if they could not be).
    func record(_ entries: [AuditEntry]) async throws {
        guard !entries.isEmpty else { return }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let leads = state.withLock { state -> Bool in
                state.pending.append(Waiter(entries: entries, continuation: continuation))
                guard !state.committing else { return false }
                state.committing = true
                return true
            }
            // The first request into an idle log starts the commits; the rest only wait.
            if leads { Task { await self.commitWhilePending() } }
        }
    }

    private func commitWhilePending() async {
        while true {
            let batch = state.withLock { state -> [Waiter] in
                let batch = state.pending
                state.pending = []
                if batch.isEmpty { state.committing = false }
                return batch
            }
            guard !batch.isEmpty else { return }
            do {
                try await db.write { db in
                    for waiter in batch { for entry in waiter.entries { try AuditWriter.insert(entry, db) } }
                }
                for waiter in batch { waiter.continuation.resume() }
            } catch {
                // One request's bad row must not fail the others': each is written again on its own.
                for waiter in batch {
                    do {
                        try await db.write { db in for entry in waiter.entries { try AuditWriter.insert(entry, db) } }
                        waiter.continuation.resume()
                    } catch {
                        waiter.continuation.resume(throwing: error)
                    }
                }
            }
        }
    }
}
