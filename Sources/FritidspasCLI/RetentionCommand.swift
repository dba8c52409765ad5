import ArgumentParser
import Domain
import Foundation
import Store
import Web

struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Anonymise children past the retention period and purge old audit entries (the server does this daily).")

    @OptionGroup var database: DatabaseOptions
    @Flag(help: "List what would change, change nothing.") var dryRun = false
    @Flag(help: "Anonymise and purge.") var apply = false

    func validate() throws {
        guard dryRun != apply else { throw ValidationError("Give exactly one of --dry-run or --apply.") }
    }

    func run() async throws {
        let config = database.config()
        let pool = try AppDatabase.openPool(path: config.databasePath)
        let repositories = Repositories.sqlite(pool, erasures: FileErasureLedger(path: config.erasureLedgerPath))
        let report = try await RetentionService(privacy: repositories.privacy, clock: .system) {
            AttachmentStore.removeFiles($0, directory: config.uploadsDirectory)
        }.run(apply: apply)
        let slugs = Dictionary(uniqueKeysWithValues: try await repositories.municipalities.all().map { ($0.id, $0.slug) })
        if !report.erasedAgain.isEmpty || !apply {
            print(apply ? "Erased again \(report.erasedAgain.count) children erased on request (the database was restored from an older backup):"
                        : "Would erase again \(report.erasedAgain.count) children erased on request (\(config.erasureLedgerPath)):")
            for record in report.erasedAgain {
                print("  child \(record.childID) (\(slugs[record.municipalityID] ?? "?")), erased \(ISO8601DateFormatter().string(from: record.erasedAt))")
            }
        }
        print(apply ? "Anonymised \(report.children.count) children:" : "Would anonymise \(report.children.count) children:")
        for child in report.children {
            print("  child \(child.childID) (\(slugs[child.municipalityID] ?? "?")), last activity \(child.lastActivity.display)")
        }
        print(apply ? "Purged \(report.auditRows) audit entries." : "Would purge \(report.auditRows) audit entries.")
    }
}
