import Foundation
import GRDB

extension DatabaseReader {
    /// Runs `value` in a read transaction and returns its result, like GRDB's async `read`,
    /// but through the callback-based `asyncRead`, which hands the connection back to the pool
    /// on the connection's own queue.
    ///
    /// Why: GRDB's async `read` gives the connection back only when the awaiting task resumes.
    /// On Linux the Swift concurrency threads and libdispatch's default queue are the same
    /// few threads (one per core); under load every one of them can end up waiting for a free
    /// connection while the tasks that would free one cannot resume — the server hangs (seen
    /// with 64 concurrent requests on 2 cores). Here at most one dispatch thread waits, and
    /// connections come back without needing a concurrency thread.
    public func readAsync<T: Sendable>(_ value: @escaping @Sendable (Database) throws -> T) async throws -> T {
        let recorder = QueryTimeRecorder.current
        return try await withCheckedThrowingContinuation { continuation in
            asyncRead { result in
                let started = DispatchTime.now().uptimeNanoseconds
                let outcome = Result { try value(result.get()) }
                recorder?.add(DispatchTime.now().uptimeNanoseconds - started)
                continuation.resume(with: outcome)
            }
        }
    }
}
