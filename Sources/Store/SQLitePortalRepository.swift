import Domain
import Foundation
import GRDB

/// The association portal's slice: only the contact's own association, only children whose
/// guardians consented to sharing with it (`DataScope.association`), and of those children only
/// the first name, the last name's initial and the birth year.
public struct SQLitePortalRepository: AssociationPortalRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    /// The contact's association, its municipality, the user and the child condition.
    struct Slice {
        let association: AssociationID
        let associationName: String
        let municipality: MunicipalityID
        let user: UserID
        let childSQL: String
        let childArguments: StatementArguments
    }

    static func slice(_ scope: DataScope, today: LocalDate, _ db: Database) throws -> Slice? {
        guard case .association(let municipality, let user) = scope,
              let row = try Row.fetchOneCached(db, sql: """
                  SELECT s.id, s.name FROM association_contact ac JOIN association s ON s.id = ac.association_id
                  WHERE ac.user_id = ? AND ac.municipality_id = ? AND s.municipality_id = ?
                  """, arguments: [user, municipality, municipality]) else { return nil }
        let (sql, arguments) = scope.childCondition(today: today)
        return Slice(association: row["id"], associationName: row["name"], municipality: municipality, user: user, childSQL: sql,
                     childArguments: arguments)
    }

    /// Only these columns of `child` ever reach the portal (and, on the child's card, the note on
    /// what the activity should adapt).
    static let childColumns = "c.first_name, substr(c.last_name, 1, 1) AS last_initial, CAST(substr(c.birth_date, 1, 4) AS INTEGER) AS birth_year"

    static func name(_ row: Row) -> PortalChildName {
        PortalChildName(firstName: row["first_name"], lastInitial: row["last_initial"], birthYear: row["birth_year"])
    }

    /// With each running enrolment, its oldest unanswered follow-up that is due by `today`'s list limit.
    static func enrolmentRows(_ slice: Slice, today: LocalDate, extra: String = "", _ arguments: StatementArguments = [],
                              _ db: Database) throws -> [PortalEnrolment] {
        try Row.fetchAllCached(db, sql: """
            SELECT e.id, e.enrolled_on, e.started_on, e.stopped_on, a.name AS activity_name, \(childColumns),
              f.id AS follow_up_id, f.months AS follow_up_months, f.due_on AS follow_up_due_on,
              CASE WHEN c.needs_adaptation THEN c.adaptation_note END AS adaptation_note
            FROM enrolment e JOIN child c ON c.id = e.child_id JOIN activity a ON a.id = e.activity_id
            LEFT JOIN follow_up f ON f.id = (SELECT id FROM follow_up WHERE enrolment_id = e.id AND answered_on IS NULL
                                             AND association_unsure_on IS NULL AND due_on <= ?
                                             AND e.stopped_on IS NULL ORDER BY due_on, id LIMIT 1)
            WHERE e.association_id = ? AND e.municipality_id = ? AND \(slice.childSQL) \(extra)
            ORDER BY e.stopped_on IS NOT NULL, c.first_name COLLATE NOCASE, e.id
            """, arguments: [FollowUpState.dueListLimit(today: today), slice.association, slice.municipality] + slice.childArguments + arguments).map { row in
            PortalEnrolment(id: row["id"], child: name(row), activityName: row["activity_name"], enrolledOn: row["enrolled_on"],
                            startedOn: row["started_on"], stoppedOn: row["stopped_on"], grants: [],
                            followUp: (row["follow_up_id"] as FollowUpID?).map {
                                PortalFollowUp(id: $0, months: row["follow_up_months"], dueOn: row["follow_up_due_on"]) },
                            adaptationNote: row["adaptation_note"])
        }
    }

    /// Grants of the association for children in the slice, with their newest claim and draft.
    static func grants(_ slice: Slice, extra: String = "", _ arguments: StatementArguments = [], _ db: Database) throws -> [(EnrolmentID?, PortalGrant)] {
        let grantFilter = """
            FROM support_grant g JOIN child c ON c.id = g.child_id
            WHERE g.association_id = ? AND g.municipality_id = ? AND g.status <> 'cancelled' AND \(slice.childSQL) \(extra)
            """
        let filterArguments = [slice.association, slice.municipality] + slice.childArguments + arguments
        let grants = try Row.fetchAllCached(db, sql: """
            SELECT g.id, g.enrolment_id, g.kind, g.amount, g.period_from, g.period_to, g.status, g.claim_deadline
            \(grantFilter) ORDER BY g.period_from, g.id
            """, arguments: filterArguments)
        guard !grants.isEmpty else { return [] }
        // The same grants' claims, by the same filter (not a list of ids, so the statement is prepared once).
        var live: [GrantID: Row] = [:]
        var drafts: [GrantID: ClaimID] = [:]
        for claim in try Row.fetchAllCached(db, sql: """
            SELECT id, grant_id, status, amount FROM claim WHERE association_id = ? AND grant_id IN (SELECT g.id \(grantFilter)) ORDER BY id
            """, arguments: [slice.association] + filterArguments) {
            if claim["status"] as String == "draft" { drafts[claim["grant_id"]] = claim["id"] } else { live[claim["grant_id"]] = claim }
        }
        return grants.map { row in
            let id: GrantID = row["id"]
            let claim = live[id]
            return (row["enrolment_id"], PortalGrant(
                id: id, kind: GrantKind(rawValue: row["kind"]) ?? .fee, amount: row["amount"],
                period: Period(from: row["period_from"], to: row["period_to"]), status: GrantStatus(rawValue: row["status"]) ?? .granted,
                claimDeadline: row["claim_deadline"], claimID: claim?["id"],
                claimStatus: (claim?["status"] as String?).flatMap(ClaimStatus.init(rawValue:)), claimAmount: claim?["amount"],
                draftID: drafts[id]))
        }
    }

    static func claims(_ slice: Slice, extra: String, _ arguments: StatementArguments, _ db: Database) throws -> [PortalClaim] {
        try Row.fetchAllCached(db, sql: """
            SELECT cl.*, us.name AS submitted_by_name, a.name AS activity_name, g.kind AS grant_kind, g.amount AS grant_amount,
              \(childColumns)
            FROM claim cl JOIN support_grant g ON g.id = cl.grant_id JOIN activity a ON a.id = g.activity_id
            JOIN child c ON c.id = cl.child_id LEFT JOIN app_user us ON us.id = cl.submitted_by
            WHERE cl.association_id = ? AND cl.municipality_id = ? AND \(slice.childSQL) \(extra)
            """, arguments: [slice.association, slice.municipality] + slice.childArguments + arguments).map {
            PortalClaim(id: $0["id"], grantID: $0["grant_id"], child: name($0), activityName: $0["activity_name"],
                        associationName: slice.associationName, grantKind: GrantKind(rawValue: $0["grant_kind"]) ?? .fee,
                        grantAmount: $0["grant_amount"], amount: $0["amount"],
                        period: Period(from: $0["period_from"], to: $0["period_to"]), note: $0["note"],
                        attachment: MoneySQL.attachment($0), status: ClaimStatus(rawValue: $0["status"]) ?? .draft,
                        submittedAt: $0["submitted_at"], submittedByName: $0["submitted_by_name"],
                        rejectReason: $0["reject_reason"], paidOn: $0["paid_on"])
        }
    }

    public func overview(scope: DataScope, today: LocalDate) async throws -> PortalOverview? {
        try await db.readAsync { db -> PortalOverview? in
            guard let slice = try Self.slice(scope, today: today, db) else { return nil }
            var enrolments = try Self.enrolmentRows(slice, today: today, extra: "", [], db)
            let grants = try Self.grants(slice, extra: "", [], db)
            // Grouped once, not filtered per enrolment (a busy club has hundreds of both).
            let byEnrolment = Dictionary(grouping: grants, by: \.0)
            for index in enrolments.indices {
                enrolments[index].grants = byEnrolment[enrolments[index].id]?.map(\.1) ?? []
            }
            let claims = try Self.claims(slice, extra: "AND cl.status <> 'draft' ORDER BY cl.submitted_at DESC, cl.id DESC LIMIT 20", [], db)
            return PortalOverview(associationID: slice.association, associationName: slice.associationName, enrolments: enrolments,
                                  claims: claims)
        }
    }

    public func enrolment(_ id: EnrolmentID, scope: DataScope, today: LocalDate) async throws -> PortalEnrolment? {
        try await db.readAsync { db -> PortalEnrolment? in
            guard let slice = try Self.slice(scope, today: today, db) else { return nil }
            return try Self.enrolmentRows(slice, today: today, extra: "AND e.id = ?", [id], db).first
        }
    }

    /// The enrolment's child, if the enrolment is in the slice.
    static func enrolmentChild(_ id: EnrolmentID, _ slice: Slice, _ db: Database) throws -> ChildID {
        guard let child = try ChildID.fetchOneCached(db, sql: """
            SELECT e.child_id FROM enrolment e JOIN child c ON c.id = e.child_id
            WHERE e.id = ? AND e.association_id = ? AND e.municipality_id = ? AND \(slice.childSQL)
            """, arguments: [id, slice.association, slice.municipality] + slice.childArguments) else { throw StoreError.notFound }
        return child
    }

    public func confirmStart(_ id: EnrolmentID, on date: LocalDate, scope: DataScope, today: LocalDate, at: Date,
                             audit: AuditEntry) async throws {
        try await db.write { db in
            guard let slice = try Self.slice(scope, today: today, db) else { throw StoreError.notFound }
            let child = try Self.enrolmentChild(id, slice, db)
            try db.execute(sql: """
                UPDATE enrolment SET started_on = ?, start_confirmed_by = ?, start_confirmed_at = ?
                WHERE id = ? AND municipality_id = ? AND started_on IS NULL AND stopped_on IS NULL
                """, arguments: [date, slice.user, at, id, slice.municipality])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            // The child has started an activity: the pass is redeemed, and retention is followed up.
            try PassUsage.recordFirstUse(child: child, on: date, db)
            try FollowUpScheduling.associationConfirmed(enrolment: id, startedOn: date, in: slice.municipality, at: at, db)
            try AuditWriter.insert(audit, db)
        }
    }

    public func answerFollowUp(_ id: FollowUpID, _ answer: FollowUpAnswer?, scope: DataScope, today: LocalDate, at: Date,
                               audit: AuditEntry) async throws -> EnrolmentID {
        try await db.write { db in
            guard let slice = try Self.slice(scope, today: today, db),
                  let row = try Row.fetchOne(db, sql: """
                      SELECT f.enrolment_id, f.answered_on, f.association_unsure_on FROM follow_up f JOIN enrolment e ON e.id = f.enrolment_id
                      JOIN child c ON c.id = f.child_id
                      WHERE f.id = ? AND f.municipality_id = ? AND e.association_id = ? AND f.due_on <= ? AND \(slice.childSQL)
                      """, arguments: [id, slice.municipality, slice.association, FollowUpState.dueListLimit(today: today)]
                          + slice.childArguments) else { throw StoreError.notFound }
            guard (row["answered_on"] as LocalDate?) == nil else { throw StoreError.conflict }
            guard let answer else {
                guard (row["association_unsure_on"] as LocalDate?) == nil else { throw StoreError.conflict }
                try db.execute(sql: "UPDATE follow_up SET association_unsure_on = ? WHERE id = ?", arguments: [today, id])
                try AuditWriter.insert(audit, db)
                return row["enrolment_id"]
            }
            try db.execute(sql: """
                UPDATE follow_up SET answered_on = ?, still_active = ?, attends_regularly = ?, needs_help = ?, note = NULL, answered_by = ?,
                  answered_role = 'association'
                WHERE id = ? AND answered_on IS NULL
                """, arguments: [today, answer.stillActive, answer.attendsRegularly, answer.needsHelp, slice.user, id])
            try AuditWriter.insert(audit, db)
            return row["enrolment_id"]
        }
    }

    public func reportStop(_ id: EnrolmentID, on date: LocalDate, reason: String?, scope: DataScope, today: LocalDate, at: Date,
                           audit: AuditEntry) async throws {
        try await db.write { db in
            guard let slice = try Self.slice(scope, today: today, db) else { throw StoreError.notFound }
            _ = try Self.enrolmentChild(id, slice, db)
            try db.execute(sql: """
                UPDATE enrolment SET stopped_on = ?, stop_reason = ?, stop_reported_by = ?, stop_reported_at = ?
                WHERE id = ? AND municipality_id = ? AND stopped_on IS NULL AND (started_on IS NULL OR started_on <= ?)
                """, arguments: [date, reason, slice.user, at, id, slice.municipality, date])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            try AuditWriter.insert(audit, db)
        }
    }

    public func grant(_ id: GrantID, scope: DataScope, today: LocalDate) async throws -> PortalGrantContext? {
        try await db.readAsync { db -> PortalGrantContext? in
            guard let slice = try Self.slice(scope, today: today, db),
                  let grant = try Self.grants(slice, extra: "AND g.id = ?", [id], db).first?.1,
                  let row = try Row.fetchOneCached(db, sql: """
                      SELECT a.name AS activity_name, \(Self.childColumns) FROM support_grant g
                      JOIN activity a ON a.id = g.activity_id JOIN child c ON c.id = g.child_id WHERE g.id = ? AND g.municipality_id = ?
                      """, arguments: [id, slice.municipality]) else { return nil }
            let draft = try grant.draftID.flatMap { try Self.claims(slice, extra: "AND cl.id = ?", [$0], db).first }
            return PortalGrantContext(grant: grant, child: Self.name(row), activityName: row["activity_name"],
                                      associationName: slice.associationName, draft: draft)
        }
    }

    public func saveDraft(_ draft: ClaimDraft, attachment: Attachment?, keepAttachment: Bool, grant: GrantID, scope: DataScope,
                          today: LocalDate, at: Date, audit: AuditEntry) async throws -> (ClaimID, unusedFile: String?) {
        try await db.write { db in
            guard let slice = try Self.slice(scope, today: today, db),
                  let current = try Self.grants(slice, extra: "AND g.id = ?", [grant], db).first?.1 else { throw StoreError.notFound }
            guard current.claimable(on: today), draft.amount <= current.amount else { throw StoreError.conflict }
            let child = try ChildID.fetchOneCached(db, sql: "SELECT child_id FROM support_grant WHERE id = ? AND municipality_id = ?",
                                             arguments: [grant, slice.municipality])!
            var unused: String?
            let claimID: ClaimID
            if let existing = current.draftID {
                let old = try String.fetchOneCached(db, sql: "SELECT attachment_file FROM claim WHERE id = ? AND municipality_id = ?",
                                              arguments: [existing, slice.municipality])
                let replace = attachment != nil || !keepAttachment
                if replace { unused = old }
                try db.execute(sql: """
                    UPDATE claim SET amount = ?, period_from = ?, period_to = ?, note = ?
                    WHERE id = ? AND municipality_id = ? AND status = 'draft'
                    """, arguments: [draft.amount, draft.period.from, draft.period.to, draft.note, existing, slice.municipality])
                if replace {
                    try db.execute(sql: """
                        UPDATE claim SET attachment_file = ?, attachment_name = ?, attachment_type = ?, attachment_size = ?
                        WHERE id = ? AND municipality_id = ?
                        """, arguments: [attachment?.storedName, attachment?.originalName, attachment?.kind.rawValue, attachment?.size,
                                         existing, slice.municipality])
                }
                claimID = existing
            } else {
                try db.execute(sql: """
                    INSERT INTO claim (grant_id, child_id, association_id, municipality_id, amount, period_from, period_to, note,
                      attachment_file, attachment_name, attachment_type, attachment_size, status, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)
                    """, arguments: [grant, child, slice.association, slice.municipality, draft.amount, draft.period.from,
                                     draft.period.to, draft.note, attachment?.storedName, attachment?.originalName,
                                     attachment?.kind.rawValue, attachment?.size, slice.user, at])
                claimID = ClaimID(db.lastInsertedRowID)
            }
            var entry = audit
            entry.entityID = claimID.description
            try AuditWriter.insert(entry, db)
            return (claimID, unused)
        }
    }

    public func claim(_ id: ClaimID, scope: DataScope, today: LocalDate) async throws -> PortalClaim? {
        try await db.readAsync { db -> PortalClaim? in
            guard let slice = try Self.slice(scope, today: today, db) else { return nil }
            return try Self.claims(slice, extra: "AND cl.id = ?", [id], db).first
        }
    }

    public func submit(_ id: ClaimID, scope: DataScope, today: LocalDate, at: Date, audit: AuditEntry) async throws {
        try await db.write { db in
            guard let slice = try Self.slice(scope, today: today, db),
                  let claim = try Self.claims(slice, extra: "AND cl.id = ?", [id], db).first else { throw StoreError.notFound }
            guard claim.status == .draft else { throw StoreError.conflict }
            // The grant must still be open for a claim: not claimed meanwhile, cancelled or expired.
            try db.execute(sql: """
                UPDATE support_grant SET status = 'claimed'
                WHERE id = ? AND municipality_id = ? AND \(ClaimWindowSQL.isOpen()) AND amount >= ?
                """, arguments: [claim.grantID, slice.municipality, today, claim.amount])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            try db.execute(sql: """
                UPDATE claim SET status = 'submitted', submitted_by = ?, submitted_at = ?
                WHERE id = ? AND municipality_id = ? AND status = 'draft'
                """, arguments: [slice.user, at, id, slice.municipality])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            try AuditWriter.insert(audit, db)
        }
    }
}
