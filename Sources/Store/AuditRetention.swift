import Domain
import Foundation
import GRDB

/// The one place audit rows are deleted: when they are older than the municipality's audit
/// retention (default 6 months). Runs with `secure_delete` (set on every connection), so the
/// removed rows are overwritten in the file.
enum AuditRetention {
    static func cutoffs(now: Date, _ db: Database) throws -> [(municipality: MunicipalityID?, cutoff: Date)] {
        let settings = try Row.fetchAll(db, sql: "SELECT municipality_id, audit_retention_months FROM privacy_settings")
        var months: [MunicipalityID: Int] = [:]
        for row in settings { months[row["municipality_id"]] = row["audit_retention_months"] }
        let municipalities = try MunicipalityID.fetchAll(db, sql: "SELECT id FROM municipality")
        let standard = PrivacySettings.standard
        return [(nil, standard.auditCutoff(now: now))] + municipalities.map { m in
            (m, PrivacySettings(auditRetentionMonths: months[m] ?? standard.auditRetentionMonths).auditCutoff(now: now))
        }
    }

    static func count(now: Date, _ db: Database) throws -> Int {
        try cutoffs(now: now, db).reduce(0) { total, item in
            total + (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_event WHERE municipality_id IS ? AND at < ?",
                                      arguments: [item.municipality, item.cutoff]) ?? 0)
        }
    }

    static func purge(now: Date, _ db: Database) throws -> Int {
        var removed = 0
        for item in try cutoffs(now: now, db) {
            try db.execute(sql: "DELETE FROM audit_event WHERE municipality_id IS ? AND at < ?", arguments: [item.municipality, item.cutoff])
            removed += db.changesCount
        }
        return removed
    }
}
