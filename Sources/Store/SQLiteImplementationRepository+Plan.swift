import Domain
import Foundation
import GRDB

/// Tool 5 (the implementation plan with its history) and the dialogue tool.
extension SQLiteImplementationRepository {
    // MARK: Implementation plan

    static func planValues(_ row: Row) -> PlanAnswerDraft {
        PlanAnswerDraft(answer: (row["answer"] as String?).flatMap(Degree.init(rawValue:)),
                        initiativesNeeded: row["initiatives_needed"], initiatives: row["initiatives"],
                        responsible: row["responsible"], deadline: row["deadline"], milestones: row["milestones"],
                        completion: (row["completion"] as String?).flatMap(Degree.init(rawValue:)))
    }

    public func planAnswers(in municipality: MunicipalityID) async throws -> [String: PlanAnswer] {
        try await db.readAsync { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.*, u.name AS updated_by_name FROM impl_plan_answer a LEFT JOIN app_user u ON u.id = a.updated_by
                WHERE a.municipality_id = ?
                """, arguments: [municipality])
            return Dictionary(uniqueKeysWithValues: rows.map { row in
                (row["question_key"] as String, PlanAnswer(questionKey: row["question_key"], values: Self.planValues(row),
                                                           updatedByName: row["updated_by_name"], updatedAt: row["updated_at"]))
            })
        }
    }

    public func savePlanAnswer(_ draft: PlanAnswerDraft, of questionKey: String, by: UserID, in municipality: MunicipalityID,
                               audit: AuditEntry) async throws -> [PlanField] {
        try await db.write { db in
            let changed = try Self.writePlanAnswer(draft, of: questionKey, by: by, at: audit.at, in: municipality, db)
            if !changed.isEmpty {
                var entry = audit
                entry.detail = changed.map(\.rawValue).joined(separator: ",")
                try AuditWriter.insert(entry, db)
            }
            return changed
        }
    }

    /// Writes the row and its history entry in the caller's transaction, if anything changed.
    static func writePlanAnswer(_ draft: PlanAnswerDraft, of questionKey: String, by: UserID, at: Date,
                                in municipality: MunicipalityID, _ db: Database) throws -> [PlanField] {
        let old = try Row.fetchOne(db, sql: "SELECT * FROM impl_plan_answer WHERE municipality_id = ? AND question_key = ?",
                                   arguments: [municipality, questionKey]).map(planValues)
        let changed = draft.changedFields(from: old)
        guard !changed.isEmpty else { return [] }
        let values: StatementArguments = [draft.answer?.rawValue, draft.initiativesNeeded, draft.initiatives, draft.responsible,
                                          draft.deadline, draft.milestones, draft.completion?.rawValue]
        try db.execute(sql: """
            INSERT INTO impl_plan_answer (municipality_id, question_key, answer, initiatives_needed, initiatives, responsible,
                deadline, milestones, completion, updated_by, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (municipality_id, question_key) DO UPDATE SET answer = excluded.answer,
                initiatives_needed = excluded.initiatives_needed, initiatives = excluded.initiatives,
                responsible = excluded.responsible, deadline = excluded.deadline, milestones = excluded.milestones,
                completion = excluded.completion, updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """, arguments: [municipality, questionKey] + values + [by, at])
        try db.execute(sql: """
            INSERT INTO impl_plan_change (municipality_id, question_key, changed_fields, answer, initiatives_needed, initiatives,
                responsible, deadline, milestones, completion, changed_by, changed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [municipality, questionKey, changed.map(\.rawValue).joined(separator: ",")] + values + [by, at])
        return changed
    }

    public func planHistory(in municipality: MunicipalityID, questionKey: String?, limit: Int) async throws -> [PlanChange] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT c.*, u.name AS changed_by_name FROM impl_plan_change c LEFT JOIN app_user u ON u.id = c.changed_by
                WHERE c.municipality_id = ? AND (? IS NULL OR c.question_key = ?)
                ORDER BY c.changed_at DESC, c.id DESC LIMIT ?
                """, arguments: [municipality, questionKey, questionKey, limit]).map { row in
                PlanChange(id: row["id"], questionKey: row["question_key"],
                           fields: (row["changed_fields"] as String).split(separator: ",").compactMap { PlanField(rawValue: String($0)) },
                           values: Self.planValues(row), changedByName: row["changed_by_name"], changedAt: row["changed_at"])
            }
        }
    }

    // MARK: Dialogue tool

    static func rounds(_ db: Database, in municipality: MunicipalityID, where condition: String,
                       _ arguments: StatementArguments) throws -> [DialogueRound] {
        let rounds = try Row.fetchAll(db, sql: """
            SELECT r.*, u.name AS updated_by_name FROM impl_dialogue_round r LEFT JOIN app_user u ON u.id = r.updated_by
            WHERE r.municipality_id = ? AND \(condition) ORDER BY r.held_on, r.id
            """, arguments: [municipality] + arguments)
        let ids = rounds.map { $0["id"] as Int64 }
        guard !ids.isEmpty else { return [] }
        var ratings: [Int64: [String: FactorAssessment]] = [:]
        let marks = ids.map { _ in "?" }.joined(separator: ",")
        for row in try Row.fetchAll(db, sql: "SELECT * FROM impl_dialogue_rating WHERE municipality_id = ? AND round_id IN (\(marks))",
                                    arguments: [municipality] + StatementArguments(ids)) {
            let key: String = row["factor_key"]
            ratings[row["round_id"], default: [:]][key] = FactorAssessment(
                factorKey: key, rating: (row["rating"] as String?).flatMap(BarrierRating.init(rawValue:)), note: row["note"])
        }
        return rounds.map { row in
            DialogueRound(id: row["id"], heldOn: row["held_on"], participants: row["participants"],
                          assessments: ratings[row["id"]] ?? [:], updatedByName: row["updated_by_name"], updatedAt: row["updated_at"])
        }
    }

    public func dialogueRounds(in municipality: MunicipalityID) async throws -> [DialogueRound] {
        try await db.readAsync { db in try Self.rounds(db, in: municipality, where: "1", []) }
    }

    public func dialogueRound(_ id: DialogueRoundID, in municipality: MunicipalityID) async throws -> DialogueRound? {
        try await db.readAsync { db in try Self.rounds(db, in: municipality, where: "r.id = ?", [id]).first }
    }

    public func createDialogueRound(_ draft: DialogueRoundDraft, by: UserID, in municipality: MunicipalityID,
                                    audit: AuditEntry) async throws -> DialogueRoundID {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO impl_dialogue_round (municipality_id, held_on, participants, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [municipality, draft.heldOn, draft.participants, by, audit.at])
            let id = DialogueRoundID(db.lastInsertedRowID)
            try Self.insertRatings(draft.assessments, round: id, in: municipality, db)
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    public func updateDialogueRound(_ id: DialogueRoundID, _ draft: DialogueRoundDraft, by: UserID, in municipality: MunicipalityID,
                                    audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                UPDATE impl_dialogue_round SET held_on = ?, participants = ?, updated_by = ?, updated_at = ?
                WHERE id = ? AND municipality_id = ?
                """, arguments: [draft.heldOn, draft.participants, by, audit.at, id, municipality])
            try db.requireChange()
            try db.execute(sql: "DELETE FROM impl_dialogue_rating WHERE round_id = ? AND municipality_id = ?", arguments: [id, municipality])
            try Self.insertRatings(draft.assessments, round: id, in: municipality, db)
            try AuditWriter.insert(audit, db)
        }
    }

    static func insertRatings(_ assessments: [FactorAssessment], round: DialogueRoundID, in municipality: MunicipalityID,
                              _ db: Database) throws {
        for assessment in assessments {
            try db.execute(sql: """
                INSERT INTO impl_dialogue_rating (round_id, municipality_id, factor_key, rating, note) VALUES (?, ?, ?, ?, ?)
                """, arguments: [round, municipality, assessment.factorKey, assessment.rating?.rawValue, assessment.note])
        }
    }
}
