import Domain
import Foundation
import GRDB

/// Retention, anonymisation and access requests, driven by the column classification in
/// `PersonalData`, so a new table's personal data is exported and anonymised without new code.
public struct SQLitePrivacyRepository: PrivacyRepository {
    let db: any DatabaseWriter
    let erasures: any ErasureLedger

    public init(_ db: any DatabaseWriter, erasures: any ErasureLedger) {
        self.db = db
        self.erasures = erasures
    }

    public func settings(for municipality: MunicipalityID) async throws -> PrivacySettings {
        try await db.readAsync { db in
            try Row.fetchOne(db, sql: "SELECT * FROM privacy_settings WHERE municipality_id = ?", arguments: [municipality])
                .map { PrivacySettings(retentionYears: $0["retention_years"], auditRetentionMonths: $0["audit_retention_months"]) } ?? .standard
        }
    }

    public func save(_ settings: PrivacySettings, for municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO privacy_settings (municipality_id, retention_years, audit_retention_months) VALUES (?, ?, ?)
                ON CONFLICT(municipality_id) DO UPDATE SET retention_years = excluded.retention_years,
                  audit_retention_months = excluded.audit_retention_months
                """, arguments: [municipality, settings.retentionYears, settings.auditRetentionMonths])
            try AuditWriter.insert(audit, db)
        }
    }

    static func request(_ row: Row) -> AccessRequest {
        AccessRequest(id: row["id"], childID: row["child_id"], childName: row["child_name"], requestedBy: row["requested_by"],
                      receivedOn: row["received_on"], answeredOn: row["answered_on"], note: row["note"])
    }

    public func accessRequests(in municipality: MunicipalityID, openOnly: Bool) async throws -> [AccessRequest] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT r.*, c.first_name || ' ' || c.last_name AS child_name FROM access_request r JOIN child c ON c.id = r.child_id
                WHERE r.municipality_id = ? \(openOnly ? "AND r.answered_on IS NULL" : "")
                ORDER BY r.answered_on IS NOT NULL, r.received_on, r.id
                """, arguments: [municipality]).map(Self.request)
        }
    }

    public func accessRequest(_ id: AccessRequestID, in municipality: MunicipalityID) async throws -> AccessRequest? {
        try await db.readAsync { db in
            try Row.fetchOne(db, sql: """
                SELECT r.*, c.first_name || ' ' || c.last_name AS child_name FROM access_request r JOIN child c ON c.id = r.child_id
                WHERE r.id = ? AND r.municipality_id = ?
                """, arguments: [id, municipality]).map(Self.request)
        }
    }

    public func registerAccessRequest(child: ChildID, requestedBy: String, receivedOn: LocalDate, note: String?,
                                      in municipality: MunicipalityID, audit: AuditEntry) async throws -> AccessRequestID {
        try await db.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM child WHERE id = ? AND municipality_id = ?)",
                                    arguments: [child, municipality]) == true else { throw StoreError.notFound }
            try db.execute(sql: """
                INSERT INTO access_request (municipality_id, child_id, requested_by, received_on, note, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [municipality, child, requestedBy, receivedOn, note, audit.userID, audit.at])
            let id = AccessRequestID(db.lastInsertedRowID)
            var entry = audit
            entry.entityID = entry.entityID ?? id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    public func markAnswered(_ id: AccessRequestID, on date: LocalDate, in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: "UPDATE access_request SET answered_on = ? WHERE id = ? AND municipality_id = ? AND answered_on IS NULL",
                           arguments: [date, id, municipality])
            try db.requireChange()
            try AuditWriter.insert(audit, db)
        }
    }

    public func export(child: ChildID, in municipality: MunicipalityID, includeStaffNames: Bool) async throws -> ChildDataExport {
        try await db.readAsync { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM child WHERE id = ? AND municipality_id = ?)",
                                    arguments: [child, municipality]) == true else { throw StoreError.notFound }
            var tables: [ChildDataExport.Table] = []
            for table in PersonalData.tables where table.name != "audit_event" {
                guard let condition = table.childRows else { continue }
                let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table.name])
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table.name) WHERE municipality_id = :m AND (\(condition)) ORDER BY rowid",
                                            arguments: ["m": municipality, "child": child])
                tables.append(ChildDataExport.Table(name: table.name, purpose: table.purpose, rows: rows.map { row in
                    columns.map { column in (column, Self.text(row[column] as DatabaseValue)) }
                }))
            }
            // A club's uses are named by the club: the portal's list page names it in the entry
            // (kept if the contact is later removed), other pages through the contact's club.
            let log = try Row.fetchAll(db, sql: """
                SELECT danish_date(a.at) AS day, a.action, a.entity_type, COALESCE(a.role, '') AS role,
                       COALESCE(listed.name, club.name, m.name, '') AS organisation, u.name AS user_name, COUNT(*) AS n
                FROM audit_event a LEFT JOIN app_user u ON u.id = a.user_id
                LEFT JOIN association listed ON a.entity_type = 'association' AND listed.id = CAST(a.entity_id AS INTEGER)
                  AND listed.municipality_id = a.municipality_id
                LEFT JOIN association_contact ac ON ac.user_id = a.user_id LEFT JOIN association club ON club.id = ac.association_id
                LEFT JOIN municipality m ON m.id = a.municipality_id
                WHERE +a.municipality_id = :m AND a.outcome = 'allowed' AND \(ChildAuditSQL.condition())
                GROUP BY day, a.action, a.entity_type, a.role, organisation\(includeStaffNames ? ", a.user_id" : "")
                ORDER BY day, a.action, a.entity_type
                """, arguments: ["m": municipality, "child": child]).map {
                ChildDataExport.AccessLine(day: LocalDate(iso: $0["day"]) ?? LocalDate(year: 1970, month: 1, day: 1)!,
                                           action: $0["action"], subject: $0["entity_type"], role: $0["role"],
                                           organisation: $0["organisation"], userName: includeStaffNames ? $0["user_name"] : nil,
                                           count: $0["n"])
            }
            return ChildDataExport(childID: child, tables: tables, accessLog: log)
        }
    }

    static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case .int64(let i): String(i)
        case .double(let d): String(d)
        case .string(let s): s
        case .blob(let data): "(\(data.count) bytes)"
        }
    }

    /// The latest activity date of every child not yet anonymised, across every table that
    /// declares activity dates.
    static func lastActivitySQL() -> String {
        let parts = PersonalData.tables.compactMap { table -> String? in
            guard let activity = table.activity else { return nil }
            return activity.dates.map { "SELECT \(activity.child) AS child_id, \($0) AS d FROM \(table.name)" }.joined(separator: " UNION ALL ")
        }
        return parts.joined(separator: " UNION ALL ")
    }

    public func retentionCandidates(today: LocalDate) async throws -> [RetentionCandidate] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                WITH activity(child_id, d) AS (\(Self.lastActivitySQL()))
                SELECT c.id, c.municipality_id, MAX(a.d) AS last FROM child c
                JOIN activity a ON a.child_id = c.id
                LEFT JOIN privacy_settings s ON s.municipality_id = c.municipality_id
                WHERE c.anonymised_at IS NULL AND a.d IS NOT NULL
                GROUP BY c.id
                HAVING last < date(:today, '-' || COALESCE(MAX(s.retention_years), 5) || ' years')
                ORDER BY c.municipality_id, c.id
                """, arguments: ["today": today]).map {
                RetentionCandidate(childID: $0["id"], municipalityID: $0["municipality_id"], lastActivity: LocalDate(iso: $0["last"])!)
            }
        }
    }

    public func anonymise(child: ChildID, in municipality: MunicipalityID, audit: AuditEntry) async throws -> [String] {
        try await anonymise(child: child, in: municipality, audit: audit, record: false)
    }

    public func erase(child: ChildID, in municipality: MunicipalityID, audit: AuditEntry) async throws -> [String] {
        try await anonymise(child: child, in: municipality, audit: audit, record: true)
    }

    private func anonymise(child: ChildID, in municipality: MunicipalityID, audit: AuditEntry, record: Bool) async throws -> [String] {
        let files = try await db.write { db -> [String] in
            guard let created = try Date.fetchOne(db, sql: "SELECT created_at FROM child WHERE id = ? AND municipality_id = ?",
                                                  arguments: [child, municipality]) else { throw StoreError.notFound }
            let files = try Self.anonymise(child: child, municipality: municipality, at: audit.at, db)
            try AuditWriter.insert(audit, db)
            if record {
                // Last before the commit: if the ledger cannot be written, nothing is erased.
                try erasures.append(ErasureRecord(municipalityID: municipality, childID: child, childCreatedAt: created, erasedAt: audit.at))
            }
            return files
        }
        try await Self.checkpoint(db)
        return files
    }

    public func reapplyErasures(now: Date, apply: Bool) async throws -> (records: [ErasureRecord], files: [String]) {
        let ledger = try erasures.records()
        guard !ledger.isEmpty else { return ([], []) }
        let work: @Sendable (Database) throws -> ([ErasureRecord], [String]) = { db in
            var found: [ErasureRecord] = []
            var files: [String] = []
            for record in ledger {
                // The same child as erased: same municipality and registered at the same moment
                // (to the second, as stored), and not anonymised in this database.
                guard try Bool.fetchOne(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM child WHERE id = ? AND municipality_id = ? AND anonymised_at IS NULL
                                   AND abs(julianday(created_at) - julianday(?)) * 86400 < 1)
                    """, arguments: [record.childID, record.municipalityID, record.childCreatedAt]) == true,
                      !found.contains(where: { $0.childID == record.childID }) else { continue }
                found.append(record)
                guard apply else { continue }
                files += try Self.anonymise(child: record.childID, municipality: record.municipalityID, at: now, db)
                try AuditWriter.insert(AuditEntry(
                    at: now, userID: nil, role: nil, municipalityID: record.municipalityID, action: .delete, entity: .child,
                    entityID: record.childID.description,
                    detail: "anonymised again from the erasure ledger (erased on request \(ISO8601DateFormatter().string(from: record.erasedAt)); "
                        + "the database was restored from an older backup)", ip: nil), db)
            }
            return (found, files)
        }
        let (found, files) = apply ? try await db.write(work) : try await db.readAsync(work)
        if apply && !found.isEmpty { try await Self.checkpoint(db) }
        return (found, files)
    }

    /// Overwrites every personal column of the child's rows, as `PersonalData` says. Returns
    /// the stored names of the uploaded files those rows pointed at, for the caller to delete.
    static func anonymise(child: ChildID, municipality: MunicipalityID, at: Date, _ db: Database) throws -> [String] {
        var files: [String] = []
        for table in PersonalData.tables {
            guard let column = PersonalData.fileColumns[table.name], let condition = table.childRows else { continue }
            files += try String.fetchAll(db, sql: "SELECT \(column) FROM \(table.name) WHERE municipality_id = :m AND (\(condition)) AND \(column) IS NOT NULL",
                                         arguments: ["m": municipality, "child": child])
        }
        for table in PersonalData.tables {
            guard let condition = table.childRows, table.name != "audit_event" else { continue }
            let notNull = Set(try Row.fetchAll(db, sql: "SELECT name, \"notnull\" FROM pragma_table_info(?)", arguments: [table.name])
                .filter { ($0["notnull"] as Int) == 1 }.map { $0["name"] as String })
            var assignments: [String] = []
            var arguments: StatementArguments = []
            for (column, rule) in table.columns.sorted(by: { $0.key < $1.key }) {
                switch rule {
                case .erase:
                    // Empty text rather than NULL where a value was present: some CHECKs require
                    // a reason in certain states (a dropped-out course keeps *that* it had one).
                    assignments.append(notNull.contains(column) ? "\(column) = ''" : "\(column) = CASE WHEN \(column) IS NULL THEN NULL ELSE '' END")
                case .file:
                    assignments.append("\(column) = NULL")
                case .replace(let placeholder):
                    assignments.append("\(column) = ?")
                    arguments += [placeholder]
                case .birthYear:
                    assignments.append("\(column) = substr(\(column), 1, 4) || '-01-01'")
                case .notPersonal, .staff, .kept:
                    continue
                }
            }
            guard !assignments.isEmpty else { continue }
            try db.execute(sql: "UPDATE \(table.name) SET \(assignments.joined(separator: ", ")) WHERE municipality_id = :m AND (\(condition))",
                           arguments: arguments + ["m": municipality, "child": child])
        }
        try db.execute(sql: "UPDATE child SET anonymised_at = ? WHERE id = ?", arguments: [at, child])
        return files
    }

    /// Moves the WAL's copies of the old pages into the file (where secure_delete zeroed them)
    /// and empties the WAL, so removed names are not left in it.
    static func checkpoint(_ db: any DatabaseWriter) async throws {
        if db is DatabasePool {
            try await db.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
    }

    public func auditRowsToPurge(now: Date) async throws -> Int {
        try await db.readAsync { try AuditRetention.count(now: now, $0) }
    }

    public func purgeAudit(now: Date) async throws -> Int {
        let removed = try await db.write { try AuditRetention.purge(now: now, $0) }
        try await Self.checkpoint(db)
        return removed
    }
}
