import Domain
import Foundation
import GRDB

extension Identifier: DatabaseValueConvertible, SQLExpressible,
    StatementBinding {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Identifier? {
        Int64.fromDatabaseValue(dbValue).map(Identifier.init)
    }
}

extension LocalDate: DatabaseValueConvertible, SQLExpressible,
    StatementBinding {
    public var databaseValue: DatabaseValue { iso.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDate? {
        String.fromDatabaseValue(dbValue).flatMap(LocalDate.init(iso:))
    }
}

enum AuditWriter {
    /// Inserts an audit row inside the caller's transaction, so the change and its record
    /// commit together or not at all.
    static func insert(_ entry: AuditEntry, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO audit_event (at, user_id, role, municipality_id, action, entity_type, entity_id, detail, ip, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [entry.at, entry.userID, entry.role?.rawValue, entry.municipalityID, entry.action.rawValue,
                        entry.entityType, entry.entityID, entry.detail, entry.ip, entry.outcome.rawValue])
        if let submission = entry.submission { try FormSubmissionSQL.claim(submission, entry, db) }
    }
}

extension DatabaseError {
    /// Maps a UNIQUE violation to the domain's duplicate error, naming the field.
    static func mapUnique<T>(field: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE
            || error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
            throw StoreError.duplicate(field: field)
        }
    }
}

extension Database {
    /// Fails with `.notFound` unless the last statement changed a row.
    func requireChange() throws {
        if changesCount == 0 { throw StoreError.notFound }
    }
}

// Reads on every page go through each connection's statement cache: a statement is prepared
// (parsed, planned and authorised by GRDB) once per connection instead of on every request.
// Only for SQL drawn from a fixed set of texts; a text with a variable-length list would fill
// the cache.
extension Row {
    static func fetchAllCached(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Row] {
        try fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
    }

    static func fetchOneCached(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> Row? {
        try fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
    }
}

extension DatabaseValueConvertible {
    static func fetchAllCached(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Self] {
        try fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
    }

    static func fetchOneCached(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> Self? {
        try fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
    }
}
