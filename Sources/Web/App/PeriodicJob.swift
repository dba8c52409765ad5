import Foundation
import Logging
import ServiceLifecycle

/// Runs a job now and then at a fixed interval while the server runs; stops on shutdown.
struct PeriodicJob: Service {
    let name: String
    let interval: Duration
    let logger: Logger
    let job: @Sendable () async throws -> Void

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                try await job()
            } catch {
                logger.error("job failed", metadata: ["job": .string(name), "error": .string(String(reflecting: error))])
            }
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            } catch {
                return
            }
        }
    }
}
