import Domain
import Foundation
import GRDB

/// Opens the SQLite database the way Fritidspas needs it and runs the migrations.
///
/// One process is the only writer. The system SQLite (3.40) predates the fix of SQLite's
/// WAL-reset bug (3.44), so no second process may write to the file while the server runs.
public enum AppDatabase {
    public static let busyTimeout: TimeInterval = 5

    public static func configuration(readonly: Bool = false) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.readonly = readonly
        config.busyMode = .timeout(busyTimeout)
        config.label = "fritidspas"
        // Half of the connections read while the writer works; reads never block writes in WAL.
        config.maximumReaderCount = 8
        config.prepareDatabase { db in
            // Removed rows are overwritten with zeros instead of lingering in free pages:
            // anonymised names must not be recoverable from the file.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            db.add(function: danishDate)
        }
        return config
    }

    /// `danish_date(timestamp)`: the Danish calendar day of a stored instant, as `YYYY-MM-DD`.
    /// Instants are stored in UTC; days (enrolments, consents, the access log) are Danish.
    static let danishDate = DatabaseFunction("danish_date", argumentCount: 1, pure: true) { values in
        Date.fromDatabaseValue(values[0]).map { LocalDate($0, in: .danish).iso }
    }

    /// Opens (creating if needed) and migrates the database file. WAL mode, synchronous=FULL.
    public static func openPool(path: String) throws -> DatabasePool {
        let pool = try DatabasePool(path: path, configuration: configuration())
        // GRDB sets synchronous=NORMAL while enabling WAL; a municipality's records are worth
        // an fsync per commit, so set FULL after the pool is open.
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        try migrator.migrate(pool)
        return pool
    }

    /// An in-memory database with the real schema, for tests.
    public static func openInMemory() throws -> DatabaseQueue {
        let queue = try DatabaseQueue(configuration: configuration())
        try migrator.migrate(queue)
        return queue
    }

    /// Numbered, append-only migrations. Never edit one that has shipped; add the next.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in Migrations.all {
            migrator.registerMigration(migration.identifier, migrate: migration.migrate)
        }
        return migrator
    }

    /// The settings /healthz reports, read on the writer connection.
    public static func health(_ writer: any DatabaseWriter) async -> DatabaseHealth {
        do {
            return try await writer.writeWithoutTransaction { db in
                DatabaseHealth(
                    reachable: true,
                    journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
                    synchronous: try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1,
                    foreignKeys: try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false,
                    busyTimeoutMilliseconds: try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 0,
                    migrated: try migrator.hasCompletedMigrations(db)
                )
            }
        } catch {
            return DatabaseHealth(reachable: false, journalMode: "", synchronous: -1, foreignKeys: false,
                                  busyTimeoutMilliseconds: 0, migrated: false)
        }
    }

    /// SQLite online backup into `destination`, then `PRAGMA integrity_check` on the copy.
    /// Safe while the server is running: the backup only reads the source.
    public static func backup(from sourcePath: String, to destination: String) throws -> String {
        guard FileManager.default.fileExists(atPath: sourcePath) else {
            throw BackupError.sourceMissing(sourcePath)
        }
        if FileManager.default.fileExists(atPath: destination) {
            throw BackupError.destinationExists(destination)
        }
        let source = try DatabaseQueue(path: sourcePath, configuration: configuration(readonly: true))
        let copy = try DatabaseQueue(path: destination, configuration: configuration())
        try source.backup(to: copy)
        let result = try copy.read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check")
        }
        guard result == ["ok"] else { throw BackupError.integrity(result.joined(separator: "; ")) }
        try copy.close()
        try source.close()
        return "ok"
    }
}

public enum BackupError: Error, CustomStringConvertible {
    case sourceMissing(String)
    case destinationExists(String)
    case integrity(String)

    public var description: String {
        switch self {
        case .sourceMissing(let p): "No database at \(p)"
        case .destinationExists(let p): "\(p) exists already; choose a new file name"
        case .integrity(let r): "The copy failed its integrity check: \(r)"
        }
    }
}

public struct DatabaseHealth: Sendable, Encodable {
    public var reachable: Bool
    public var journalMode: String
    /// 2 = FULL
    public var synchronous: Int
    public var foreignKeys: Bool
    public var busyTimeoutMilliseconds: Int
    public var migrated: Bool
    /// The disk has room for writes (set by the web layer, which watches it).
    public var writable = true

    public var isHealthy: Bool {
        reachable && journalMode.lowercased() == "wal" && synchronous == 2 && foreignKeys
            && busyTimeoutMilliseconds > 0 && migrated && writable
    }
}
