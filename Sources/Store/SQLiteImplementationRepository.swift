import Domain
import Foundation
import GRDB

/// The implementation workspace over SQLite. Split by sub-resource: this file holds the
/// checklist, comments, recent activity and the admin's anonymous overview; see the
/// `+Plan` and `+Meetings` files for the rest. Every query filters by municipality.
public struct SQLiteImplementationRepository: ImplementationRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    // MARK: Checklist

    static func progress(_ row: Row) -> ItemProgress {
        ItemProgress(itemKey: row["item_key"], status: ItemStatus(rawValue: row["status"]) ?? .notStarted,
                     notRelevantReason: row["not_relevant_reason"], responsibleUserID: row["responsible_user_id"],
                     responsibleUserName: row["responsible_name"], responsibleText: row["responsible_text"],
                     deadline: row["deadline"], note: row["note"], evidence: row["evidence"],
                     updatedByName: row["updated_by_name"], updatedAt: row["updated_at"])
    }

    static let progressSelect = """
        SELECT p.*, ru.name AS responsible_name, uu.name AS updated_by_name
        FROM impl_item_progress p
        LEFT JOIN app_user ru ON ru.id = p.responsible_user_id
        LEFT JOIN app_user uu ON uu.id = p.updated_by
        """

    static func customItem(_ row: Row) -> CustomItem {
        CustomItem(id: row["id"], sectionKey: row["section_key"], text: row["text"], createdByName: row["created_by_name"],
                   createdAt: row["created_at"])
    }

    static let customItemSelect = """
        SELECT c.*, u.name AS created_by_name FROM impl_custom_item c LEFT JOIN app_user u ON u.id = c.created_by
        """

    public func checklist(in municipality: MunicipalityID) async throws -> ChecklistState {
        try await db.readAsync { db in
            let progress = try Row.fetchAll(db, sql: "\(Self.progressSelect) WHERE p.municipality_id = ?", arguments: [municipality])
                .map(Self.progress)
            let custom = try Row.fetchAll(db, sql: "\(Self.customItemSelect) WHERE c.municipality_id = ? ORDER BY c.id",
                                          arguments: [municipality]).map(Self.customItem)
            return ChecklistState(progress: Dictionary(uniqueKeysWithValues: progress.map { ($0.itemKey, $0) }), customItems: custom)
        }
    }

    public func progress(of itemKey: String, in municipality: MunicipalityID) async throws -> ItemProgress? {
        try await db.readAsync { db in
            try Row.fetchOne(db, sql: "\(Self.progressSelect) WHERE p.municipality_id = ? AND p.item_key = ?",
                             arguments: [municipality, itemKey]).map(Self.progress)
        }
    }

    public func customItem(_ id: CustomItemID, in municipality: MunicipalityID) async throws -> CustomItem? {
        try await db.readAsync { db in
            try Row.fetchOne(db, sql: "\(Self.customItemSelect) WHERE c.id = ? AND c.municipality_id = ?",
                             arguments: [id, municipality]).map(Self.customItem)
        }
    }

    public func saveProgress(_ draft: ItemProgressDraft, of itemKey: String, by: UserID, in municipality: MunicipalityID,
                             audit: AuditEntry) async throws {
        try await db.write { db in
            // The store cannot know the catalogue's keys, but it can refuse another municipality's
            // own item and a responsible user from elsewhere.
            if let id = CustomItem.id(fromKey: itemKey) {
                try Self.requireRow(db, "SELECT 1 FROM impl_custom_item WHERE id = ? AND municipality_id = ?", [id, municipality])
            } else if itemKey.hasPrefix(CustomItem.keyPrefix) {
                throw StoreError.notFound
            }
            if let user = draft.responsibleUserID {
                try Self.requireRow(db, "SELECT 1 FROM app_user WHERE id = ? AND municipality_id = ?", [user, municipality])
            }
            try Self.upsertProgress(draft, of: itemKey, by: by, at: audit.at, in: municipality, db)
            try AuditWriter.insert(audit, db)
        }
    }

    static func upsertProgress(_ draft: ItemProgressDraft, of itemKey: String, by: UserID, at: Date,
                               in municipality: MunicipalityID, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO impl_item_progress (municipality_id, item_key, status, not_relevant_reason, responsible_user_id,
                responsible_text, deadline, note, evidence, updated_by, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (municipality_id, item_key) DO UPDATE SET status = excluded.status,
                not_relevant_reason = excluded.not_relevant_reason, responsible_user_id = excluded.responsible_user_id,
                responsible_text = excluded.responsible_text, deadline = excluded.deadline, note = excluded.note,
                evidence = excluded.evidence, updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """, arguments: [municipality, itemKey, draft.status.rawValue, draft.notRelevantReason, draft.responsibleUserID,
                             draft.responsibleText, draft.deadline, draft.note, draft.evidence, by, at])
    }

    public func addCustomItem(text: String, sectionKey: String, by: UserID, in municipality: MunicipalityID,
                              audit: AuditEntry) async throws -> CustomItem {
        try await db.write { db in
            let id = try Self.insertCustomItem(text: text, sectionKey: sectionKey, by: by, at: audit.at, in: municipality, db)
            var entry = audit
            entry.entityID = CustomItem.key(id)
            try AuditWriter.insert(entry, db)
            return try Row.fetchOne(db, sql: "\(Self.customItemSelect) WHERE c.id = ? AND c.municipality_id = ?",
                                    arguments: [id, municipality]).map(Self.customItem)!
        }
    }

    static func insertCustomItem(text: String, sectionKey: String, by: UserID, at: Date, in municipality: MunicipalityID,
                                 _ db: Database) throws -> CustomItemID {
        try db.execute(sql: """
            INSERT INTO impl_custom_item (municipality_id, section_key, text, created_by, created_at) VALUES (?, ?, ?, ?, ?)
            """, arguments: [municipality, sectionKey, text, by, at])
        return CustomItemID(db.lastInsertedRowID)
    }

    // MARK: Comments and activity

    public func comments(on subject: String, in municipality: MunicipalityID) async throws -> [WorkspaceComment] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT c.*, u.name AS author_name FROM impl_comment c LEFT JOIN app_user u ON u.id = c.author_id
                WHERE c.municipality_id = ? AND c.subject = ? ORDER BY c.created_at, c.id
                """, arguments: [municipality, subject]).map {
                WorkspaceComment(id: $0["id"], subject: $0["subject"], authorName: $0["author_name"], body: $0["body"],
                                 createdAt: $0["created_at"])
            }
        }
    }

    public func addComment(_ body: String, on subject: String, by: UserID, in municipality: MunicipalityID,
                           audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: "INSERT INTO impl_comment (municipality_id, subject, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [municipality, subject, by, body, audit.at])
            try AuditWriter.insert(audit, db)
        }
    }

    public func recentActivity(in municipality: MunicipalityID, limit: Int) async throws -> [WorkspaceActivity] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT a.kind, a.subject, a.at, u.name AS by_name FROM (
                    SELECT 'item' AS kind, item_key AS subject, updated_by AS by_id, updated_at AS at
                        FROM impl_item_progress WHERE municipality_id = :m
                    UNION ALL SELECT 'plan', question_key, changed_by, changed_at FROM impl_plan_change WHERE municipality_id = :m
                    UNION ALL SELECT 'meeting', CAST(id AS TEXT), updated_by, updated_at FROM impl_meeting WHERE municipality_id = :m
                    UNION ALL SELECT 'dialogue', CAST(id AS TEXT), updated_by, updated_at FROM impl_dialogue_round WHERE municipality_id = :m
                    UNION ALL SELECT 'test_round', CAST(id AS TEXT), updated_by, updated_at FROM impl_test_round WHERE municipality_id = :m
                    UNION ALL SELECT 'comment', subject, author_id, created_at FROM impl_comment WHERE municipality_id = :m
                    UNION ALL SELECT 'table', kind, updated_by, updated_at FROM impl_table_row WHERE municipality_id = :m
                ) a LEFT JOIN app_user u ON u.id = a.by_id
                ORDER BY a.at DESC LIMIT :limit
                """, arguments: ["m": municipality, "limit": limit]).compactMap { row in
                WorkspaceActivity.Kind(rawValue: row["kind"]).map {
                    WorkspaceActivity(kind: $0, subject: row["subject"], byName: row["by_name"], at: row["at"])
                }
            }
        }
    }

    // MARK: Admin

    /// The one read across municipalities, by design: statuses, deadlines and section keys only,
    /// for the admin's anonymous overview.
    public func anonymousChecklists() async throws -> [AnonymousChecklist] {
        try await db.readAsync { db in
            var result: [MunicipalityID: AnonymousChecklist] = [:]
            func entry(_ id: MunicipalityID) -> AnonymousChecklist { result[id] ?? AnonymousChecklist(municipalityID: id) }
            for row in try Row.fetchAll(db, sql: "SELECT municipality_id, item_key, status, deadline FROM impl_item_progress") {
                var checklist = entry(row["municipality_id"])
                let key: String = row["item_key"]
                checklist.statuses[key] = ItemStatus(rawValue: row["status"]) ?? .notStarted
                checklist.deadlines[key] = row["deadline"]
                result[checklist.municipalityID] = checklist
            }
            for row in try Row.fetchAll(db, sql: "SELECT municipality_id, id, section_key FROM impl_custom_item") {
                var checklist = entry(row["municipality_id"])
                checklist.customItemSections[CustomItem.key(row["id"])] = row["section_key"]
                result[checklist.municipalityID] = checklist
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT municipality_id, MAX(at) AS at FROM (
                    SELECT municipality_id, updated_at AS at FROM impl_item_progress
                    UNION ALL SELECT municipality_id, changed_at FROM impl_plan_change
                    UNION ALL SELECT municipality_id, updated_at FROM impl_meeting
                    UNION ALL SELECT municipality_id, updated_at FROM impl_dialogue_round
                ) GROUP BY municipality_id
                """) {
                var checklist = entry(row["municipality_id"])
                checklist.lastChangedAt = row["at"]
                result[checklist.municipalityID] = checklist
            }
            return result.values.sorted { $0.municipalityID < $1.municipalityID }
        }
    }

    // MARK: Helpers

    /// Throws `.notFound` unless the query returns a row: the scope check before a write.
    static func requireRow(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws {
        guard try Row.fetchOne(db, sql: sql, arguments: arguments) != nil else { throw StoreError.notFound }
    }
}
