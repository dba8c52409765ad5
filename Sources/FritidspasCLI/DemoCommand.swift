import ArgumentParser
import Demo
import Domain
import Foundation
import Store
import Web

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Generate a large data set for benchmarks into a new database file.")

    enum Size: String, ExpressibleByArgument {
        case large, small
    }

    @OptionGroup var database: DatabaseOptions
    @Option(help: "large: 20 municipalities, 50 000 children; small: a quick version of the same shape.") var size: Size = .large

    func run() throws {
        let config = database.config()
        let started = Date()
        let pool = try AppDatabase.openPool(path: config.databasePath)
        let hash = PasswordHasher(cost: config.bcryptCost).hashBlocking(DemoData.password)
        do {
            try LargeDemo.generate(into: pool, size: size == .large ? .large : .small, passwordHash: hash, clock: .system) {
                print($0)
            }
        } catch let error as LargeDemo.DemoError {
            throw ValidationError(error.description)
        }
        try DemoSecondFactor.enrol(pool, secrets: try SecretBox.loadOrCreate(path: config.secretKeyPath), at: Date())
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "ANALYZE")
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let counts = try pool.read { db in try LargeDemo.counts(db) }
        print("Generated in \(String(format: "%.1f", Date().timeIntervalSince(started))) s — "
              + counts.map { "\($0.table): \($0.rows)" }.joined(separator: ", "))
        print("Sign in as coordinator@holstebro.demo (or ROLE@kommuneN.demo) with the password \(DemoData.password),")
        print("then a code from the demo authenticator secret \(DemoSecondFactor.secret).")
    }
}
