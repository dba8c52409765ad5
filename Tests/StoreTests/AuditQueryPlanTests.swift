import Domain
import GRDB
import Synchronization
import Testing
@testable import Store

/// The audit trail grows by every page view; finding one child's entries must go through the
/// entity index, never read the municipality's whole trail.
@Suite struct AuditQueryPlanTests {
    @Test func aChildsEntriesAreFoundThroughTheEntityIndex() async throws {
        let db = try AppDatabase.openInMemory()
        let plan = try await db.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM audit_event a WHERE +a.municipality_id = :m AND \(ChildAuditSQL.condition())",
                             arguments: ["m": 1, "child": 1]).map { $0["detail"] as String }
        }
        let audit = plan.filter { $0.contains("audit_event") || $0.contains(" a ") || $0.hasSuffix(" a") || $0.contains(" p ") }
        #expect(!audit.isEmpty)
        #expect(!plan.contains { $0.contains("audit_event_municipality_at") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN a") || $0.hasPrefix("SCAN audit_event") || $0.hasPrefix("SCAN p") }, "\(plan)")
    }
}

extension AuditQueryPlanTests {
    /// The viewer's child filter with the other filters beside it (user, action, days).
    @Test func theAuditViewersChildFilterKeepsToTheEntityIndex() async throws {
        let f = try await StoreFixture()
        let child = try await PrivacyRepositoryTests().fullChild(f)
        let traced = TracedStatements()
        try await f.db.write { db in db.trace { traced.add($0.expandedDescription) } }
        _ = try await f.repos.audit.search(AuditFilter(userID: UserID(1), childID: child, action: .view), in: f.holstebro.id)
        let statements = traced.all.filter { $0.contains("FROM audit_event a") }
        #expect(statements.count == 2)
        for sql in statements {
            let plan = try await f.db.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
            }
            #expect(!plan.contains { $0.contains("audit_event_municipality_at") || $0.hasPrefix("SCAN a") || $0.hasPrefix("SCAN p") }, "\(plan)")
        }
    }
}

final class TracedStatements: Sendable {
    private let storage = Mutex<[String]>([])
    func add(_ sql: String) { storage.withLock { $0.append(sql) } }
    var all: [String] { storage.withLock { $0 } }
}
