import Domain
import Foundation
import GRDB

/// Meetings and their actions, test rounds, and the documentation and communication plans.
extension SQLiteImplementationRepository {
    // MARK: Meetings

    static func meetings(_ db: Database, in municipality: MunicipalityID, where condition: String,
                         _ arguments: StatementArguments) throws -> [Meeting] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT m.*, u.name AS updated_by_name FROM impl_meeting m LEFT JOIN app_user u ON u.id = m.updated_by
            WHERE m.municipality_id = ? AND \(condition) ORDER BY m.held_on DESC, m.id DESC
            """, arguments: [municipality] + arguments)
        guard !rows.isEmpty else { return [] }
        let ids = rows.map { $0["id"] as Int64 }
        let marks = ids.map { _ in "?" }.joined(separator: ",")
        var actions: [Int64: [MeetingAction]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM impl_meeting_action WHERE municipality_id = ? AND meeting_id IN (\(marks)) ORDER BY id",
                                    arguments: [municipality] + StatementArguments(ids)) {
            actions[row["meeting_id"], default: []].append(action(row))
        }
        return rows.map { row in
            Meeting(id: row["id"], kind: MeetingKind(rawValue: row["kind"]) ?? .implementationTeam, heldOn: row["held_on"],
                    participants: row["participants"], decisions: row["decisions"], actions: actions[row["id"]] ?? [],
                    updatedByName: row["updated_by_name"], updatedAt: row["updated_at"])
        }
    }

    static func action(_ row: Row) -> MeetingAction {
        MeetingAction(id: row["id"], meetingID: row["meeting_id"], text: row["text"], responsible: row["responsible"],
                      deadline: row["deadline"], convertedTo: ActionTarget(stored: row["converted_to"]))
    }

    public func meetings(in municipality: MunicipalityID) async throws -> [Meeting] {
        try await db.readAsync { db in try Self.meetings(db, in: municipality, where: "1", []) }
    }

    public func meeting(_ id: MeetingID, in municipality: MunicipalityID) async throws -> Meeting? {
        try await db.readAsync { db in try Self.meetings(db, in: municipality, where: "m.id = ?", [id]).first }
    }

    public func createMeeting(_ draft: MeetingDraft, by: UserID, in municipality: MunicipalityID, audit: AuditEntry) async throws -> MeetingID {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO impl_meeting (municipality_id, kind, held_on, participants, decisions, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [municipality, draft.kind.rawValue, draft.heldOn, draft.participants, draft.decisions, by, audit.at])
            let id = MeetingID(db.lastInsertedRowID)
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    public func updateMeeting(_ id: MeetingID, _ draft: MeetingDraft, by: UserID, in municipality: MunicipalityID,
                              audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                UPDATE impl_meeting SET kind = ?, held_on = ?, participants = ?, decisions = ?, updated_by = ?, updated_at = ?
                WHERE id = ? AND municipality_id = ?
                """, arguments: [draft.kind.rawValue, draft.heldOn, draft.participants, draft.decisions, by, audit.at, id, municipality])
            try db.requireChange()
            try AuditWriter.insert(audit, db)
        }
    }

    public func addAction(_ draft: MeetingActionDraft, to meeting: MeetingID, in municipality: MunicipalityID,
                          audit: AuditEntry) async throws -> MeetingActionID {
        try await db.write { db in
            // Inserting from the meeting row is the scope check: another municipality's meeting inserts nothing.
            try db.execute(sql: """
                INSERT INTO impl_meeting_action (municipality_id, meeting_id, text, responsible, deadline, created_at)
                SELECT municipality_id, id, ?, ?, ?, ? FROM impl_meeting WHERE id = ? AND municipality_id = ?
                """, arguments: [draft.text, draft.responsible, draft.deadline, audit.at, meeting, municipality])
            try db.requireChange()
            let id = MeetingActionID(db.lastInsertedRowID)
            try AuditWriter.insert(audit, db)
            return id
        }
    }

    public func convertAction(_ id: MeetingActionID, of meeting: MeetingID, to conversion: ActionConversion, by: UserID,
                              in municipality: MunicipalityID, audit: AuditEntry) async throws -> ActionTarget {
        try await db.write { db in
            guard let action = try Row.fetchOne(db, sql: """
                SELECT * FROM impl_meeting_action WHERE id = ? AND meeting_id = ? AND municipality_id = ?
                """, arguments: [id, meeting, municipality]).map(Self.action) else { throw StoreError.notFound }
            guard action.convertedTo == nil else { throw StoreError.conflict }
            let target: ActionTarget
            switch conversion {
            case .checklistItem(let sectionKey):
                let item = try Self.insertCustomItem(text: action.text, sectionKey: sectionKey, by: by, at: audit.at, in: municipality, db)
                try Self.upsertProgress(ItemProgressDraft(status: .notStarted, responsibleText: action.responsible, deadline: action.deadline),
                                        of: CustomItem.key(item), by: by, at: audit.at, in: municipality, db)
                target = .checklistItem(key: CustomItem.key(item))
            case .planInitiative(let questionKey):
                let current = try Row.fetchOne(db, sql: "SELECT * FROM impl_plan_answer WHERE municipality_id = ? AND question_key = ?",
                                               arguments: [municipality, questionKey]).map(Self.planValues) ?? .empty
                _ = try Self.writePlanAnswer(current.addingInitiative(action.text, responsible: action.responsible, deadline: action.deadline),
                                             of: questionKey, by: by, at: audit.at, in: municipality, db)
                target = .planInitiative(questionKey: questionKey)
            }
            // Conditional on still being unconverted: two submissions racing convert once.
            try db.execute(sql: "UPDATE impl_meeting_action SET converted_to = ? WHERE id = ? AND municipality_id = ? AND converted_to IS NULL",
                           arguments: [target.stored, id, municipality])
            if db.changesCount != 1 { throw StoreError.conflict }
            var entry = audit
            entry.detail = target.stored
            try AuditWriter.insert(entry, db)
            return target
        }
    }

    // MARK: Test rounds

    static func testRounds(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [TestRound] {
        try Row.fetchAll(db, sql: """
            SELECT t.*, u.name AS updated_by_name FROM impl_test_round t LEFT JOIN app_user u ON u.id = t.updated_by
            WHERE \(condition) ORDER BY t.starts_on, t.id
            """, arguments: arguments).map { row in
            TestRound(id: row["id"], version: row["version"], startsOn: row["starts_on"], endsOn: row["ends_on"],
                      changes: row["changes"], learnings: row["learnings"], updatedByName: row["updated_by_name"],
                      updatedAt: row["updated_at"])
        }
    }

    public func testRounds(in municipality: MunicipalityID) async throws -> [TestRound] {
        try await db.readAsync { db in try Self.testRounds(db, where: "t.municipality_id = ?", [municipality]) }
    }

    public func testRound(_ id: TestRoundID, in municipality: MunicipalityID) async throws -> TestRound? {
        try await db.readAsync { db in try Self.testRounds(db, where: "t.id = ? AND t.municipality_id = ?", [id, municipality]).first }
    }

    public func createTestRound(_ draft: TestRoundDraft, by: UserID, in municipality: MunicipalityID, audit: AuditEntry) async throws -> TestRoundID {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO impl_test_round (municipality_id, version, starts_on, ends_on, changes, learnings, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [municipality, draft.version, draft.startsOn, draft.endsOn, draft.changes, draft.learnings, by, audit.at])
            let id = TestRoundID(db.lastInsertedRowID)
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    public func updateTestRound(_ id: TestRoundID, _ draft: TestRoundDraft, by: UserID, in municipality: MunicipalityID,
                                audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                UPDATE impl_test_round SET version = ?, starts_on = ?, ends_on = ?, changes = ?, learnings = ?, updated_by = ?,
                    updated_at = ? WHERE id = ? AND municipality_id = ?
                """, arguments: [draft.version, draft.startsOn, draft.endsOn, draft.changes, draft.learnings, by, audit.at,
                                 id, municipality])
            try db.requireChange()
            try AuditWriter.insert(audit, db)
        }
    }

    // MARK: Documentation and communication plans

    static func tableRows(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [PlanTableRow] {
        try Row.fetchAll(db, sql: """
            SELECT r.*, u.name AS updated_by_name FROM impl_table_row r LEFT JOIN app_user u ON u.id = r.updated_by
            WHERE \(condition) ORDER BY r.id
            """, arguments: arguments).map { row in
            PlanTableRow(id: row["id"], kind: PlanTableKind(rawValue: row["kind"]) ?? .documentation,
                         cells: [row["col_1"], row["col_2"], row["col_3"], row["col_4"]],
                         updatedByName: row["updated_by_name"], updatedAt: row["updated_at"])
        }
    }

    public func tableRows(_ kind: PlanTableKind, in municipality: MunicipalityID) async throws -> [PlanTableRow] {
        try await db.readAsync { db in try Self.tableRows(db, where: "r.municipality_id = ? AND r.kind = ?", [municipality, kind.rawValue]) }
    }

    public func tableRow(_ id: PlanTableRowID, _ kind: PlanTableKind, in municipality: MunicipalityID) async throws -> PlanTableRow? {
        try await db.readAsync { db in
            try Self.tableRows(db, where: "r.id = ? AND r.municipality_id = ? AND r.kind = ?", [id, municipality, kind.rawValue]).first
        }
    }

    static func insertTableRow(_ draft: PlanTableRowDraft, _ kind: PlanTableKind, by: UserID, at: Date,
                               in municipality: MunicipalityID, _ db: Database) throws -> PlanTableRowID {
        let cells = (draft.cells + ["", "", "", ""]).prefix(4)
        try db.execute(sql: """
            INSERT INTO impl_table_row (municipality_id, kind, col_1, col_2, col_3, col_4, updated_by, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [municipality, kind.rawValue] + StatementArguments(Array(cells)) + [by, at])
        return PlanTableRowID(db.lastInsertedRowID)
    }

    public func addTableRow(_ draft: PlanTableRowDraft, _ kind: PlanTableKind, by: UserID, in municipality: MunicipalityID,
                            audit: AuditEntry) async throws -> PlanTableRowID {
        try await db.write { db in
            let id = try Self.insertTableRow(draft, kind, by: by, at: audit.at, in: municipality, db)
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    public func updateTableRow(_ id: PlanTableRowID, _ kind: PlanTableKind, _ draft: PlanTableRowDraft, by: UserID,
                               in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            let cells = Array((draft.cells + ["", "", "", ""]).prefix(4))
            try db.execute(sql: """
                UPDATE impl_table_row SET col_1 = ?, col_2 = ?, col_3 = ?, col_4 = ?, updated_by = ?, updated_at = ?
                WHERE id = ? AND municipality_id = ? AND kind = ?
                """, arguments: StatementArguments(cells) + [by, audit.at, id, municipality, kind.rawValue])
            try db.requireChange()
            try AuditWriter.insert(audit, db)
        }
    }

    public func deleteTableRow(_ id: PlanTableRowID, _ kind: PlanTableKind, in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: "DELETE FROM impl_table_row WHERE id = ? AND municipality_id = ? AND kind = ?",
                           arguments: [id, municipality, kind.rawValue])
            try db.requireChange()
            try AuditWriter.insert(audit, db)
        }
    }

    public func addTemplateRows(_ rows: [PlanTableRowDraft], _ kind: PlanTableKind, by: UserID, in municipality: MunicipalityID,
                                audit: AuditEntry) async throws -> Bool {
        try await db.write { db in
            // Inside the write transaction the count cannot change before the inserts.
            let existing = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM impl_table_row WHERE municipality_id = ? AND kind = ?",
                                            arguments: [municipality, kind.rawValue]) ?? 0
            guard existing == 0 else { return false }
            for row in rows { _ = try Self.insertTableRow(row, kind, by: by, at: audit.at, in: municipality, db) }
            try AuditWriter.insert(audit, db)
            return true
        }
    }
}
