import ArgumentParser
import Demo
import Domain
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Logging
import Store
import Web

@main
struct Fritidspas: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fritidspas",
        abstract: "Fritidspas: leisure passes for children, run by a municipality.",
        subcommands: [Serve.self, Migrate.self, UserCommand.self, Backup.self, RetentionCommand.self, DemoCommand.self,
                      DemoCodeCommand.self])
}

/// Options shared by the commands that open the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "SQLite database file (default ./fritidspas.sqlite or $FRITIDSPAS_DB).")
    var path: String?

    func config() -> AppConfig {
        var config = AppConfig()
        config.apply(environment: ProcessInfo.processInfo.environment)
        if let path { config.databasePath = path }
        return config
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the web server.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Address to listen on.") var host: String?
    @Option(help: "Port to listen on.") var port: Int?
    @Flag(help: "Load the demo data set into an empty database and print the demo logins.") var demo = false

    func run() async throws {
        var config = database.config()
        if let host { config.host = host }
        if let port { config.port = port }
        let problems = config.startupProblems(demo: demo)
        guard problems.isEmpty else {
            throw ValidationError(problems.joined(separator: "\n"))
        }
        // A flood of connections must meet the connection guard, not the process's file limit.
        raiseOpenFileLimit()
        var logger = Logger(label: "fritidspas")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info

        let pool = try AppDatabase.openPool(path: config.databasePath)
        let secrets = try SecretBox.loadOrCreate(path: config.secretKeyPath)
        if demo {
            let hash = PasswordHasher(cost: config.bcryptCost).hashBlocking(DemoData.password)
            let loaded = try DemoData.load(into: pool, passwordHash: hash, clock: .system)
            try DemoSecondFactor.enrol(pool, secrets: secrets, at: Date())
            print(loaded ? "Demo data loaded into \(config.databasePath)." : "Demo data already present in \(config.databasePath); nothing added.")
            print("Demo logins (password: \(DemoData.password)):")
            for login in DemoData.logins {
                print("  \(login.email.padding(toLength: 32, withPad: " ", startingAt: 0)) \(login.role.rawValue)")
            }
            print("Admins, coordinators and caseworkers then type a code from an authenticator app holding the demo secret")
            print("  \(DemoSecondFactor.secret)   (or: fritidspas demo-code)")
        }
        let erasures = FileErasureLedger(path: config.erasureLedgerPath)
        // Before the first request: a database restored from an older backup must not show a
        // child erased on request, even for a moment. If the ledger cannot be read, do not start.
        let erasedAgain = try await SQLitePrivacyRepository(pool, erasures: erasures).reapplyErasures(now: Date(), apply: true)
        AttachmentStore.removeFiles(erasedAgain.files, directory: config.uploadsDirectory)
        if !erasedAgain.records.isEmpty {
            logger.notice("erased again from the erasure ledger", metadata: ["children": .stringConvertible(erasedAgain.records.count)])
        }
        let app = try await buildApplication(AppDependencies(config: config, database: pool, erasures: erasures, logger: logger,
                                                             secrets: secrets))
        print("Fritidspas listens on http://\(config.host):\(config.port)")
        try await app.runService()
    }
}

/// Lifts the soft limit on open files to the hard one (often 1 024 → 65 536 or more).
func raiseOpenFileLimit() {
    var limit = rlimit()
    guard getrlimit(RLIMIT_NOFILE_RESOURCE, &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
    limit.rlim_cur = limit.rlim_max
    _ = setrlimit(RLIMIT_NOFILE_RESOURCE, &limit)
}

#if canImport(Glibc)
private let RLIMIT_NOFILE_RESOURCE = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
#else
private let RLIMIT_NOFILE_RESOURCE = RLIMIT_NOFILE
#endif

struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create or migrate the database, then exit.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let config = database.config()
        let pool = try AppDatabase.openPool(path: config.databasePath)
        let applied = try pool.read { try AppDatabase.migrator.appliedIdentifiers($0) }
        print("\(config.databasePath) is migrated: \(applied.sorted().joined(separator: ", "))")
    }
}

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the database with SQLite's online backup (safe while the server runs) and check the copy.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The new backup file.") var to: String

    func run() throws {
        let config = database.config()
        do {
            _ = try AppDatabase.backup(from: config.databasePath, to: to)
            print("Backup written to \(to); integrity check: ok")
            // The ledger must outlive the backup: restoring it with an older ledger would bring
            // erased children back (README, "Personal data, retention and backups").
            if FileManager.default.fileExists(atPath: config.erasureLedgerPath) {
                print("Back up \(config.erasureLedgerPath) separately; after a restore keep the newest copy, never an older one.")
            }
        } catch let error as BackupError {
            throw ValidationError(error.description)
        }
    }
}
