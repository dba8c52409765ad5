import Domain
import Foundation
import GRDB

/// The dashboard's figures per municipality, period and day, kept until the next write that
/// changes data. A coordinator who just made a grant sees it at once; twenty people opening the
/// dashboard between two changes cost one computation.
final class FigureCache: @unchecked Sendable {
    struct Key: Hashable {
        let municipality: MunicipalityID
        let from, to, today: LocalDate
    }

    /// Enough for every municipality's common periods; beyond it the cache starts over.
    static let capacity = 256

    let generation: WriteGeneration
    private let lock = NSLock()
    private var entries: [Key: (generation: UInt64, figures: DashboardFigures)] = [:]
    private(set) var computations = 0

    init(observing db: any DatabaseWriter) {
        generation = WriteGeneration()
        // Observed as long as this cache lives: a short-lived set of repositories (a command, a
        // test) leaves no observer behind on every later write.
        db.add(transactionObserver: generation, extent: .observerLifetime)
    }

    func figures(_ key: Key, compute: () async throws -> DashboardFigures) async rethrows -> DashboardFigures {
        // Read before computing: a write that commits meanwhile makes this entry stale at once.
        let seen = generation.current
        if let entry = lock.withLock({ entries[key] }), entry.generation == seen { return entry.figures }
        let figures = try await compute()
        lock.withLock {
            computations += 1
            if entries.count >= Self.capacity { entries.removeAll() }
            entries[key] = (seen, figures)
        }
        return figures
    }
}
