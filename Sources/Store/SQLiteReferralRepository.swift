import Domain
import Foundation
import GRDB

public struct SQLiteReferralRepository: ReferralRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    static func referral(_ row: Row) -> Referral {
        let reasons = (row["reasons"] as String).split(separator: ",").compactMap { ReferralReason(rawValue: String($0)) }
        let details = ReferralDetails(
            referrerName: row["referrer_name"], referrerRole: row["referrer_role"],
            department: Department(rawValue: row["department"]) ?? .other, referredOn: row["referred_on"], reasons: reasons,
            reasonNote: row["reason_note"], childWishes: row["child_wishes"], urgency: Urgency(rawValue: row["urgency"]) ?? .normal,
            wantsGuidance: row["wants_guidance"], wantsEconomicSupport: row["wants_economic_support"])
        return Referral(id: row["id"], childID: row["child_id"], details: details,
                        status: ReferralStatus(rawValue: row["status"]) ?? .submitted,
                        track: (row["track"] as String?).flatMap(Track.init(rawValue:)), decisionReason: row["decision_reason"],
                        decidedOn: row["decided_on"], createdBy: row["created_by"], createdAt: row["created_at"])
    }

    public func create(_ d: ReferralDetails, for child: ChildID, in municipality: MunicipalityID, by user: UserID,
                       at: Date, audit: AuditEntry) async throws -> ReferralID {
        try await db.write { db in
            guard try Bool.fetchOneCached(db, sql: "SELECT EXISTS (SELECT 1 FROM child WHERE id = ? AND municipality_id = ?)",
                                    arguments: [child, municipality]) == true else { throw StoreError.notFound }
            try db.execute(sql: """
                INSERT INTO referral (child_id, municipality_id, referrer_name, referrer_role, department, referred_on, reasons,
                  reason_note, child_wishes, urgency, wants_guidance, wants_economic_support, status, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?)
                """, arguments: [child, municipality, d.referrerName, d.referrerRole, d.department.rawValue, d.referredOn,
                                 d.reasons.map(\.rawValue).joined(separator: ","), d.reasonNote, d.childWishes, d.urgency.rawValue,
                                 d.wantsGuidance, d.wantsEconomicSupport, user, at])
            let id = ReferralID(db.lastInsertedRowID)
            try Self.event(id, from: nil, to: .submitted, note: nil, municipality: municipality, user: user, at: at, db)
            try ChildStatusSQL.refresh(child: child, today: LocalDate(at, in: .danish), db)
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    static func event(_ id: ReferralID, from: ReferralStatus?, to: ReferralStatus, note: String?, municipality: MunicipalityID,
                      user: UserID, at: Date, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO referral_event (referral_id, municipality_id, from_status, to_status, at, user_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, municipality, from?.rawValue, to.rawValue, at, user, note])
    }

    public func list(for child: ChildID, in municipality: MunicipalityID) async throws -> [Referral] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "SELECT * FROM referral WHERE child_id = ? AND municipality_id = ? ORDER BY referred_on DESC, id DESC",
                             arguments: [child, municipality]).map(Self.referral)
        }
    }

    public func history(for child: ChildID, in municipality: MunicipalityID) async throws -> [ReferralEvent] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                SELECT e.*, u.name AS user_name FROM referral_event e
                JOIN referral r ON r.id = e.referral_id
                LEFT JOIN app_user u ON u.id = e.user_id
                WHERE r.child_id = ? AND e.municipality_id = ? ORDER BY e.at, e.id
                """, arguments: [child, municipality]).map {
                ReferralEvent(referralID: $0["referral_id"], from: ($0["from_status"] as String?).flatMap(ReferralStatus.init(rawValue:)),
                              to: ReferralStatus(rawValue: $0["to_status"]) ?? .submitted, at: $0["at"], userName: $0["user_name"],
                              note: $0["note"])
            }
        }
    }

    public func find(_ id: ReferralID, scope: DataScope) async throws -> Referral? {
        let (scopeSQL, arguments) = scope.childCondition()
        return try await db.readAsync { db in
            try Row.fetchOneCached(db, sql: "SELECT r.* FROM referral r JOIN child c ON c.id = r.child_id WHERE r.id = ? AND \(scopeSQL)",
                             arguments: [id] + arguments).map(Self.referral)
        }
    }

    public func queue(_ statuses: Set<ReferralStatus>, scope: DataScope) async throws -> [ReferralQueueRow] {
        let (scopeSQL, arguments) = scope.childCondition()
        let list = statuses.map(\.rawValue).sorted()
        let placeholders = list.map { _ in "?" }.joined(separator: ", ")
        return try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                SELECT r.*, c.first_name, c.last_name, c.birth_date AS child_birth_date FROM referral r JOIN child c ON c.id = r.child_id
                WHERE \(scopeSQL) AND r.status IN (\(placeholders))
                ORDER BY r.urgency = 'high' DESC, r.referred_on, r.id
                """, arguments: arguments + StatementArguments(list)).map {
                ReferralQueueRow(referral: Self.referral($0), childName: "\($0["first_name"] as String) \($0["last_name"] as String)",
                                 childBirthDate: $0["child_birth_date"])
            }
        }
    }

    public func move(_ id: ReferralID, from: ReferralStatus, to: ReferralStatus, note: String?, in municipality: MunicipalityID,
                     by user: UserID, at: Date, audit: AuditEntry) async throws {
        guard from.canMove(to: to) else { throw StoreError.conflict }
        try await db.write { db in
            let child = try Self.claim(id, from: from, to: to, municipality: municipality, db)
            try Self.event(id, from: from, to: to, note: note, municipality: municipality, user: user, at: at, db)
            try ChildStatusSQL.refresh(child: child, today: LocalDate(at, in: .danish), db)
            try AuditWriter.insert(audit, db)
        }
    }

    /// The conditional update that makes a transition safe against a second coordinator acting
    /// at the same moment: only one of them finds the referral still in `from`.
    static func claim(_ id: ReferralID, from: ReferralStatus, to: ReferralStatus, municipality: MunicipalityID,
                      decision: (Decision, LocalDate, UserID)? = nil, _ db: Database) throws -> ChildID {
        if let (decision, day, user) = decision {
            try db.execute(sql: """
                UPDATE referral SET status = ?, track = ?, decision_reason = ?, decided_on = ?, decided_by = ?
                WHERE id = ? AND municipality_id = ? AND status = ?
                """, arguments: [to.rawValue, decision.track?.rawValue, decision.reason, day, user, id, municipality, from.rawValue])
        } else {
            try db.execute(sql: "UPDATE referral SET status = ? WHERE id = ? AND municipality_id = ? AND status = ?",
                           arguments: [to.rawValue, id, municipality, from.rawValue])
        }
        guard db.changesCount == 1 else {
            let exists = try Bool.fetchOneCached(db, sql: "SELECT EXISTS (SELECT 1 FROM referral WHERE id = ? AND municipality_id = ?)",
                                           arguments: [id, municipality]) ?? false
            throw exists ? StoreError.conflict : StoreError.notFound
        }
        return try ChildID.fetchOneCached(db, sql: "SELECT child_id FROM referral WHERE id = ?", arguments: [id])!
    }

    public func decide(_ id: ReferralID, from: ReferralStatus, decision: Decision, in municipality: MunicipalityID,
                       by user: UserID, on day: LocalDate, at: Date, audit: AuditEntry) async throws -> PassID? {
        let target = decision.outcome.status
        // A submitted referral goes through assessment on its way to a decision.
        let path: [ReferralStatus] = from == .submitted && target != .rejected ? [.submitted, .assessment, target] : [from, target]
        for (a, b) in zip(path, path.dropFirst()) where !a.canMove(to: b) { throw StoreError.conflict }
        return try await db.write { db in
            var child: ChildID?
            for (a, b) in zip(path, path.dropFirst()) {
                // The decision's fields are written with the final step (a CHECK requires a
                // track on every approved referral).
                child = try Self.claim(id, from: a, to: b, municipality: municipality,
                                       decision: b == target ? (decision, day, user) : nil, db)
                try Self.event(id, from: a, to: b, note: b == target ? decision.reason : nil, municipality: municipality,
                               user: user, at: at, db)
            }
            var passID: PassID?
            if target == .approved, let pass = decision.pass {
                try Self.checkApproval(child: child!, pass: pass, municipality: municipality, on: day, db)
                try db.execute(sql: """
                    INSERT INTO pass (child_id, referral_id, municipality_id, valid_from, valid_to, covers_guidance, covers_fee,
                      covers_equipment, status, granted_on, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'granted', ?, ?, ?)
                    """, arguments: [child, id, municipality, pass.validFrom, pass.validTo, pass.cover.guidance, pass.cover.fee,
                                     pass.cover.equipment, day, user, at])
                passID = PassID(db.lastInsertedRowID)
            }
            try ChildStatusSQL.refresh(child: child!, today: day, db)
            try db.execute(sql: "UPDATE referral SET decision_reasons = ? WHERE id = ?",
                           arguments: [decision.reasons.map(\.rawValue).joined(separator: ","), id])
            if let letter = decision.letter {
                try LetterSQL.insert(letter, kind: .referral, child: child!, referral: id, grant: nil, municipality: municipality,
                                     on: day, by: user, at: at, db)
            }
            try OutboxSQL.referralDecided(id, outcome: decision.outcome.rawValue, by: user, at: at, db)
            try AuditWriter.insert(audit, db)
            return passID
        }
    }

    /// The approval rules the form checked (`DecisionInput`), again inside the write: consent to
    /// registration could have been withdrawn, the scheme's ages changed or the child been
    /// anonymised since the form was read.
    static func checkApproval(child: ChildID, pass: PassDraft, municipality: MunicipalityID, on day: LocalDate, _ db: Database) throws {
        guard try SQLiteConsentRepository.summary(of: child, in: municipality, on: day, db).inForce.registration,
              let birthDate = try LocalDate.fetchOneCached(db, sql: "SELECT birth_date FROM child WHERE id = ? AND anonymised_at IS NULL",
                                                           arguments: [child]),
              try SQLiteSchemeSettingsRepository.settings(municipality, db).ageProblem(birthDate: birthDate, passStart: pass.validFrom) == nil
        else { throw StoreError.ruleNoLongerHolds }
    }

    public func counts(in municipality: MunicipalityID, period: Period) async throws -> PassCounts {
        try await db.readAsync { db in
            let row = try Row.fetchOneCached(db, sql: """
                SELECT
                  (SELECT COUNT(*) FROM referral WHERE municipality_id = :m AND referred_on BETWEEN :from AND :to) AS applied,
                  (SELECT COUNT(*) FROM pass WHERE municipality_id = :m AND granted_on BETWEEN :from AND :to) AS granted,
                  (SELECT COUNT(*) FROM pass WHERE municipality_id = :m AND redeemed_on BETWEEN :from AND :to) AS redeemed
                """, arguments: ["m": municipality, "from": period.from, "to": period.to])!
            return PassCounts(applied: row["applied"], granted: row["granted"], redeemed: row["redeemed"])
        }
    }
}
