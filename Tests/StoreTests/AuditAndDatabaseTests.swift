import Demo
import Domain
import Foundation
import GRDB
import Store
import Testing

@Suite struct AuditAndDatabaseTests {
    @Test func auditRowsCannotBeUpdated() async throws {
        let f = try await StoreFixture()
        try await f.repos.audit.record(f.audit(.view, .child))
        await #expect(throws: DatabaseError.self) {
            try await f.db.write { try $0.execute(sql: "UPDATE audit_event SET detail = 'changed'") }
        }
    }

    /// Audit rows share commits when requests arrive together (group commit): forty requests at
    /// once on a real file each get their row, and a row that cannot be written (here the second
    /// use of a one-time form key) fails its own request only.
    @Test func auditRowsWrittenTogetherAreAllKeptAndABadOneFailsOnlyItsOwnRequest() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let f = try await StoreFixture(db: try AppDatabase.openPool(path: dir.appendingPathComponent("audit.sqlite").path))
        let before = try await f.count("SELECT COUNT(*) FROM audit_event")
        let key = "group-commit-\(UUID().uuidString)"
        let entries = (0..<40).map { i -> AuditEntry in
            var entry = f.audit(.view, .child)
            entry.detail = "request \(i)"
            if i == 7 || i == 23 { entry.submission = FormSubmission(key: key, owner: "request-\(i)", municipality: f.holstebro.id) }
            return entry
        }
        let failed = await withTaskGroup(of: String?.self) { group in
            for entry in entries {
                group.addTask { (try? await f.repos.audit.record(entry)) == nil ? entry.detail : nil }
            }
            return await group.reduce(into: [String]()) { if let detail = $1 { $0.append(detail) } }
        }
        #expect(failed.count == 1 && ["request 7", "request 23"].contains(failed.first ?? ""), "\(failed)")
        #expect(try await f.count("SELECT COUNT(*) FROM audit_event") == before + 39)
        let kept = try await f.db.read { try String.fetchAll($0, sql: "SELECT detail FROM audit_event WHERE detail LIKE 'request %'") }
        #expect(Set(kept) == Set(entries.compactMap(\.detail)).subtracting(failed))
    }

    @Test func aWriteWhoseAuditRowFailsIsRolledBack() async throws {
        let f = try await StoreFixture()
        try await f.db.write { try $0.execute(sql: "DROP TABLE audit_event") }
        await #expect(throws: DatabaseError.self) { _ = try await f.addUser("ghost@holstebro.dk") }
        #expect(try await f.repos.users.credentials(email: "ghost@holstebro.dk") == nil)
    }

    @Test func everyWriteLeavesItsAuditRow() async throws {
        let f = try await StoreFixture()
        let before = try await f.count("SELECT COUNT(*) FROM audit_event")
        let user = try await f.addUser("lars@holstebro.dk")
        try await f.repos.users.setActive(user.id, in: f.holstebro.id, active: false, audit: f.audit(.update))
        #expect(try await f.count("SELECT COUNT(*) FROM audit_event") == before + 2)
        let last = try await f.repos.audit.recent(in: f.holstebro.id, limit: 2)
        #expect(last.map(\.action) == [.update, .create])
        #expect(last[1].entityID == user.id.description)
    }

    /// The application only inserts into the audit log. Retention purging (a later feature) is
    /// the one sanctioned delete and lives in `AuditRetention.swift`.
    @Test func applicationCodeNeverUpdatesOrDeletesAuditRows() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources").standardized
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 20)
        for file in files where file.lastPathComponent != "AuditRetention.swift" {
            let text = try String(contentsOf: file, encoding: .utf8).lowercased().replacingOccurrences(of: "\n", with: " ")
            for pattern in ["update audit_event", "delete from audit_event", "replace into audit_event", "drop table audit_event"] {
                #expect(!text.contains(pattern), "\(file.lastPathComponent) must not '\(pattern)'")
            }
        }
    }

    @Test func migratingAnEmptyFileGivesAHealthyDatabase() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("new.sqlite").path
        let pool = try AppDatabase.openPool(path: path)
        let health = await AppDatabase.health(pool)
        #expect(health.isHealthy)
        #expect(health.journalMode == "wal")
        #expect(health.synchronous == 2)
        #expect(health.foreignKeys)
        #expect(health.busyTimeoutMilliseconds == 5000)
        let applied = try await pool.read { try AppDatabase.migrator.appliedIdentifiers($0) }
        #expect(applied.contains("001-foundation"))
        // Opening again is a no-op.
        _ = try AppDatabase.openPool(path: path)
    }

    @Test func backupCopiesAConsistentDatabase() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("live.sqlite").path
        let pool = try AppDatabase.openPool(path: source)
        try DemoData.load(into: pool, passwordHash: "x", clock: .system)
        let copy = dir.appendingPathComponent("copy.sqlite").path
        // The server keeps writing while the backup runs.
        try await pool.write { try $0.execute(sql: "UPDATE municipality SET scheme_name = scheme_name || ' ' WHERE slug = 'holstebro'") }
        #expect(try AppDatabase.backup(from: source, to: copy) == "ok")
        let restored = try DatabaseQueue(path: copy)
        let users = try await restored.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM app_user") }
        #expect(users == 13)
        #expect(try await restored.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
        #expect(throws: BackupError.self) { try AppDatabase.backup(from: source, to: copy) }
        #expect(throws: BackupError.self) { try AppDatabase.backup(from: dir.appendingPathComponent("none").path, to: copy + "2") }
    }

    @Test func demoDataLoadsOnceAndFollowsTheLoginPattern() async throws {
        let db = try AppDatabase.openInMemory()
        #expect(try DemoData.load(into: db, passwordHash: "x", clock: .system))
        let counts = try await db.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM municipality"), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM app_user"))
        }
        #expect(try DemoData.load(into: db, passwordHash: "x", clock: .system) == false)
        let again = try await db.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM municipality"), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM app_user"))
        }
        // The admin, a user of every role, a health nurse and a finance coordinator in each municipality.
        #expect(counts.0 == 2 && counts.1 == 13)
        #expect(again.0 == counts.0 && again.1 == counts.1)
        let emails = try await db.read { try Set(String.fetchAll($0, sql: "SELECT email FROM app_user")) }
        #expect(Set(DemoData.logins.map(\.email)).isSubset(of: emails))
        #expect(emails.contains("coordinator@holstebro.demo") && emails.contains("admin@fritidspas.demo"))
    }
}
