import Domain
import Foundation
import GRDB
import Store
import Synchronization
import Testing

/// A child erased on request stays erased when a backup taken before the erasure is restored.
@Suite struct ErasureLedgerTests {
    let later = LocalDate(iso: "2027-02-01")!

    func service(_ repos: Repositories, removed: FileList = FileList()) -> RetentionService {
        RetentionService(privacy: repos.privacy, clock: Clock { later.startOfDay() }, removeFiles: { removed.add($0) })
    }

    @Test func anErasureOnRequestIsRepeatedWhenAnOlderBackupIsRestored() async throws {
        let f = try await StoreFixture()
        let child = try await PrivacyRepositoryTests().fullChild(f)
        let other = try await PrivacyRepositoryTests().fullChild(f, name: "Andersensen")
        let backup = try AppDatabase.openInMemory()
        try f.db.backup(to: backup)

        let files = try await f.repos.privacy.erase(child: child, in: f.holstebro.id, audit: f.audit(.delete, .child))
        #expect(files == ["bilag-\(child.rawValue).pdf"])
        let record = try #require(try f.erasures.records().first)
        #expect(try f.erasures.records().count == 1)
        #expect(record.childID == child && record.municipalityID == f.holstebro.id && record.erasedAt == f.now)

        // The restored database has the child back; the ledger (kept outside it) says otherwise.
        let restored = Repositories.sqlite(backup, erasures: f.erasures)
        #expect(try await restored.children.find(child, scope: .municipality(f.holstebro.id))?.details.lastName == "Zylfiqarsen")
        let before = try await StoreFixture.snapshot(backup)
        let dry = try await service(restored).run(apply: false)
        #expect(dry.erasedAgain == [record])
        #expect(try await StoreFixture.snapshot(backup) == before, "a dry run erases nothing")

        let removed = FileList()
        let applied = try await service(restored, removed: removed).run(apply: true)
        #expect(applied.erasedAgain == [record])
        #expect(removed.names == ["bilag-\(child.rawValue).pdf"], "the receipt is deleted again too")
        let again = try #require(try await restored.children.find(child, scope: .municipality(f.holstebro.id)))
        #expect(again.details.lastName == "barn" && again.anonymisedAt != nil)
        #expect(try await restored.children.find(other, scope: .municipality(f.holstebro.id))?.details.lastName == "Andersensen")
        #expect(try await backup.read { try Int.fetchOne($0, sql: """
            SELECT COUNT(*) FROM audit_event WHERE entity_type = 'child' AND entity_id = ? AND detail LIKE 'anonymised again from the erasure ledger%'
            """, arguments: [child.description]) } == 1)
        #expect(try await service(restored).run(apply: true).erasedAgain.isEmpty, "done once")
        #expect(try await service(f.repos).run(apply: false).erasedAgain.isEmpty, "the live database needs nothing")
    }

    /// After a restore, a new child can get the erased child's id: only the child registered at
    /// the recorded moment, in the recorded municipality, is erased again.
    @Test func onlyTheSameChildIsErasedAgain() async throws {
        let f = try await StoreFixture()
        let child = try await PrivacyRepositoryTests().fullChild(f)
        try f.erasures.append(ErasureRecord(municipalityID: f.holstebro.id, childID: child, childCreatedAt: f.now.addingTimeInterval(-86400),
                                            erasedAt: f.now))
        try f.erasures.append(ErasureRecord(municipalityID: f.svendborg.id, childID: child, childCreatedAt: f.now, erasedAt: f.now))
        #expect(try await service(f.repos).run(apply: true).erasedAgain.isEmpty)
        #expect(try await f.repos.children.find(child, scope: .municipality(f.holstebro.id))?.anonymisedAt == nil)
    }

    /// The whole path through the file: the stored registration time, JSON milliseconds and the
    /// database's own time format meet to the second.
    @Test func aRecordReadBackFromTheFileFindsTheSameChild() async throws {
        let f = try await StoreFixture()
        let child = try await PrivacyRepositoryTests().fullChild(f)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("erasures-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let backup = try AppDatabase.openInMemory()
        try f.db.backup(to: backup)
        try await Repositories.sqlite(f.db, erasures: FileErasureLedger(path: path))
            .privacy.erase(child: child, in: f.holstebro.id, audit: f.audit(.delete, .child))
        let restored = Repositories.sqlite(backup, erasures: FileErasureLedger(path: path))
        #expect(try await service(restored).run(apply: true).erasedAgain.map(\.childID) == [child])
        #expect(try await restored.children.find(child, scope: .municipality(f.holstebro.id))?.anonymisedAt != nil)
    }

    /// Registered within the same second counts as the same child; a second and a half apart does not.
    @Test func theRegistrationTimeMatchesToTheSecond() async throws {
        let f = try await StoreFixture()
        let child = try await PrivacyRepositoryTests().fullChild(f)
        try f.erasures.append(ErasureRecord(municipalityID: f.holstebro.id, childID: child, childCreatedAt: f.now.addingTimeInterval(1.5),
                                            erasedAt: f.now))
        #expect(try await service(f.repos).run(apply: false).erasedAgain.isEmpty)
        try f.erasures.append(ErasureRecord(municipalityID: f.holstebro.id, childID: child, childCreatedAt: f.now.addingTimeInterval(0.4),
                                            erasedAt: f.now))
        #expect(try await service(f.repos).run(apply: false).erasedAgain.map(\.childID) == [child])
    }

    @Test func withoutALedgerErasingOnRequestIsRefusedAndNothingChanges() async throws {
        let f = try await StoreFixture()
        let child = try await PrivacyRepositoryTests().fullChild(f)
        let before = try await StoreFixture.snapshot(f.db)
        await #expect(throws: ErasureLedgerError.notConfigured) {
            try await Repositories.sqlite(f.db).privacy.erase(child: child, in: f.holstebro.id, audit: f.audit(.delete, .child))
        }
        #expect(try await StoreFixture.snapshot(f.db) == before)
    }

    @Test func theFileLedgerKeepsRecordsDurablyAndPrivately() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("erasures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("fritidspas.sqlite.erasures").path
        let ledger = FileErasureLedger(path: path)
        #expect(try ledger.records().isEmpty, "no file yet: nothing erased")
        let first = ErasureRecord(municipalityID: MunicipalityID(1), childID: ChildID(7), childCreatedAt: Date(timeIntervalSince1970: 1_700_000_000.123),
                                  erasedAt: Date(timeIntervalSince1970: 1_800_000_000.456))
        let second = ErasureRecord(municipalityID: MunicipalityID(2), childID: ChildID(9), childCreatedAt: Date(timeIntervalSince1970: 1_700_000_100),
                                   erasedAt: Date(timeIntervalSince1970: 1_800_000_100))
        try ledger.append(first)
        try FileErasureLedger(path: path).append(second)
        #expect(try FileErasureLedger(path: path).records() == [first, second], "to the millisecond, across instances")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // A crash in the middle of an append leaves a torn last line; its erasure never committed.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"child\":11,\"munic".utf8))
        try handle.close()
        #expect(try ledger.records() == [first, second])
        var third = first
        third.childID = ChildID(12)
        try ledger.append(third)
        #expect(try ledger.records() == [first, second, third], "the next record starts on a line of its own")
    }
}

/// File names handed to `removeFiles`, collected across the job's calls.
final class FileList: Sendable {
    private let storage = Mutex<[String]>([])
    func add(_ names: [String]) { storage.withLock { $0 += names } }
    var names: [String] { storage.withLock { $0 } }
}
