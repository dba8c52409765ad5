import Domain
import Foundation
import GRDB

/// Approving claims, gathering them into payment batches, exporting and paying them. Every
/// state change is a conditional UPDATE, and the payment ledger has one row per claim (UNIQUE),
/// so repeating an action or two coordinators acting at once never pays a claim twice.
public struct SQLiteClaimRepository: ClaimRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    static let rowSQL = """
        SELECT \(MoneySQL.claimColumns), c.first_name || ' ' || c.last_name AS child_name, s.name AS association_name,
          a.name AS activity_name, g.kind AS grant_kind, g.amount AS grant_amount
        FROM claim cl JOIN child c ON c.id = cl.child_id JOIN support_grant g ON g.id = cl.grant_id
        JOIN activity a ON a.id = g.activity_id JOIN association s ON s.id = cl.association_id \(MoneySQL.claimJoins)
        """

    static func row(_ row: Row) -> ClaimRow {
        ClaimRow(claim: MoneySQL.claim(row), childName: row["child_name"], associationName: row["association_name"],
                 activityName: row["activity_name"], grantKind: GrantKind(rawValue: row["grant_kind"]) ?? .fee,
                 grantAmount: row["grant_amount"])
    }

    public func waiting(in municipality: MunicipalityID) async throws -> [ClaimRow] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: "\(Self.rowSQL) WHERE cl.municipality_id = ? AND cl.status = 'submitted' ORDER BY cl.submitted_at, cl.id",
                             arguments: [municipality]).map(Self.row)
        }
    }

    public func find(_ id: ClaimID, in municipality: MunicipalityID) async throws -> ClaimRow? {
        try await db.readAsync { db in
            try Row.fetchOne(db, sql: "\(Self.rowSQL) WHERE cl.id = ? AND cl.municipality_id = ? AND cl.status <> 'draft'",
                             arguments: [id, municipality]).map(Self.row)
        }
    }

    public func decide(_ ids: [ClaimID], approve: Bool, reason: String?, in municipality: MunicipalityID, by user: UserID, at: Date,
                       audit: AuditEntry) async throws -> BulkOutcome {
        precondition(approve || reason != nil, "a rejection needs a reason")
        let unique = Array(Set(ids)).sorted()
        return try await db.write { db in
            var changed: [ClaimID] = []
            for id in unique {
                try db.execute(sql: """
                    UPDATE claim SET status = ?, decided_by = ?, decided_at = ?, reject_reason = ?
                    WHERE id = ? AND municipality_id = ? AND status = 'submitted'
                    """, arguments: [approve ? "approved" : "rejected", user, at, approve ? nil : reason, id, municipality])
                guard db.changesCount == 1 else { continue }
                // A rejected claim gives the grant back to the association to claim again.
                try db.execute(sql: """
                    UPDATE support_grant SET status = ? WHERE id = (SELECT grant_id FROM claim WHERE id = ?) AND municipality_id = ?
                      AND status = 'claimed'
                    """, arguments: [approve ? "approved" : "granted", id, municipality])
                changed.append(id)
            }
            // One entry per claim, so each child's access log shows the decision on its claim.
            for id in changed {
                try OutboxSQL.claimDecided(id, approved: approve, at: at, db)
                var entry = audit
                entry.entityID = id.description
                entry.detail = approve ? "approved" : "rejected"
                try AuditWriter.insert(entry, db)
            }
            return BulkOutcome(changed: changed.count, skipped: unique.count - changed.count)
        }
    }

    public func readyForPayment(in municipality: MunicipalityID) async throws -> (count: Int, total: Money) {
        try await db.readAsync { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS total FROM claim
                WHERE municipality_id = ? AND status = 'approved' AND batch_id IS NULL
                """, arguments: [municipality])!
            return (row["n"], row["total"])
        }
    }

    static let batchSQL = """
        SELECT b.*, uc.name AS created_by_name, up.name AS paid_by_name, ue.name AS exported_by_name,
          (SELECT COUNT(*) FROM claim WHERE batch_id = b.id) AS claim_count,
          (SELECT COALESCE(SUM(amount), 0) FROM claim WHERE batch_id = b.id) AS total,
          (SELECT group_concat(name, char(31)) FROM (SELECT DISTINCT u.name FROM claim cl JOIN app_user u ON u.id = cl.decided_by
             WHERE cl.batch_id = b.id ORDER BY u.name)) AS approved_by_names,
          (SELECT group_concat(DISTINCT decided_by) FROM claim WHERE batch_id = b.id) AS approved_by
        FROM payment_batch b LEFT JOIN app_user uc ON uc.id = b.created_by LEFT JOIN app_user up ON up.id = b.paid_by
          LEFT JOIN app_user ue ON ue.id = b.exported_by
        """

    static func batch(_ row: Row) -> PaymentBatch {
        PaymentBatch(id: row["id"], number: row["number"], status: BatchStatus(rawValue: row["status"]) ?? .open,
                     createdAt: row["created_at"], createdByName: row["created_by_name"], claimCount: row["claim_count"],
                     total: row["total"], exportedAt: row["exported_at"], exportCount: row["export_count"], paidOn: row["paid_on"],
                     paidByName: row["paid_by_name"], paymentReference: row["payment_reference"],
                     approvedByNames: (row["approved_by_names"] as String?).map { $0.split(separator: "\u{1F}").map(String.init) } ?? [],
                     approvedBy: Set(((row["approved_by"] as String?) ?? "").split(separator: ",").compactMap { UserID(String($0)) }),
                     exportedByName: row["exported_by_name"])
    }

    public func batches(in municipality: MunicipalityID) async throws -> [PaymentBatch] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: "\(Self.batchSQL) WHERE b.municipality_id = ? ORDER BY b.id DESC", arguments: [municipality])
                .map(Self.batch)
        }
    }

    public func batch(_ id: PaymentBatchID, in municipality: MunicipalityID) async throws -> PaymentBatch? {
        try await db.readAsync { db in
            try Row.fetchOne(db, sql: "\(Self.batchSQL) WHERE b.id = ? AND b.municipality_id = ?", arguments: [id, municipality])
                .map(Self.batch)
        }
    }

    public func claims(in batch: PaymentBatchID, in municipality: MunicipalityID) async throws -> [ClaimRow] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: "\(Self.rowSQL) WHERE cl.batch_id = ? AND cl.municipality_id = ? ORDER BY s.name COLLATE NOCASE, cl.id",
                             arguments: [batch, municipality]).map(Self.row)
        }
    }

    public func createBatch(in municipality: MunicipalityID, by user: UserID, at: Date, audit: AuditEntry) async throws -> PaymentBatchID {
        try await db.write { db in
            // Numbered by the table's trigger in this transaction: a batch rolled back below
            // (nothing to gather) uses no number.
            try db.execute(sql: "INSERT INTO payment_batch (municipality_id, status, created_by, created_at) VALUES (?, 'open', ?, ?)",
                           arguments: [municipality, user, at])
            let id = PaymentBatchID(db.lastInsertedRowID)
            // Only claims in no batch yet: a claim is never in two batches.
            try db.execute(sql: "UPDATE claim SET batch_id = ? WHERE municipality_id = ? AND status = 'approved' AND batch_id IS NULL",
                           arguments: [id, municipality])
            // Nothing to gather (a colleague just did): throwing rolls back the empty batch.
            guard db.changesCount > 0 else { throw StoreError.conflict }
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    public func export(_ id: PaymentBatchID, in municipality: MunicipalityID, by user: UserID, at: Date,
                       audit: AuditEntry) async throws -> [PaymentLine] {
        try await db.write { db in
            try db.execute(sql: """
                UPDATE payment_batch SET status = CASE status WHEN 'open' THEN 'exported' ELSE status END,
                  exported_by = ?, exported_at = ?, export_count = export_count + 1
                WHERE id = ? AND municipality_id = ?
                """, arguments: [user, at, id, municipality])
            try db.requireChange()
            let rows = try Row.fetchAll(db, sql: """
                SELECT cl.id, cl.amount, cl.period_from, cl.period_to, s.id AS association_id, s.name, s.cvr, s.bank_reference
                FROM claim cl JOIN association s ON s.id = cl.association_id
                WHERE cl.batch_id = ? AND cl.municipality_id = ? ORDER BY s.name COLLATE NOCASE, s.id, cl.id
                """, arguments: [id, municipality])
            var lines: [PaymentLine] = []
            var current: AssociationID?
            for row in rows {
                let association: AssociationID = row["association_id"]
                let period = Period(from: row["period_from"], to: row["period_to"])
                if association != current {
                    lines.append(PaymentLine(associationName: row["name"], cvr: row["cvr"], bankReference: row["bank_reference"],
                                             amount: .zero, claimIDs: [], period: period))
                    current = association
                }
                lines[lines.count - 1].amount += row["amount"] as Money
                lines[lines.count - 1].claimIDs.append(row["id"])
                lines[lines.count - 1].period = Period(from: min(lines[lines.count - 1].period.from, period.from),
                                                       to: max(lines[lines.count - 1].period.to, period.to))
            }
            try AuditWriter.insert(audit, db)
            return lines
        }
    }

    public func markPaid(_ id: PaymentBatchID, on date: LocalDate, reference: String, in municipality: MunicipalityID, by user: UserID,
                         at: Date, audit: AuditEntry) async throws -> Int {
        precondition(!reference.isEmpty, "a payment needs the finance system's reference")
        return try await db.write { db in
            // Checked inside the write: the approvals and the rule are those committed now. A
            // batch paid already answers `.conflict` below, whoever asks.
            if try MoneySQL.exists("SELECT 1 FROM payment_batch WHERE id = ? AND municipality_id = ? AND status <> 'paid'", [id, municipality], db),
               try SQLiteGrantRepository.rules(municipality, db).fourEyesPayments,
               try MoneySQL.exists("SELECT 1 FROM claim WHERE batch_id = ? AND municipality_id = ? AND decided_by = ?", [id, municipality, user], db) {
                throw FourEyesRefused()
            }
            try db.execute(sql: """
                UPDATE payment_batch SET status = 'paid', paid_on = ?, paid_by = ?, paid_at = ?, payment_reference = ?
                WHERE id = ? AND municipality_id = ? AND status IN ('open', 'exported')
                """, arguments: [date, user, at, reference, id, municipality])
            guard db.changesCount == 1 else {
                let exists = try MoneySQL.exists("SELECT 1 FROM payment_batch WHERE id = ? AND municipality_id = ?", [id, municipality], db)
                throw exists ? StoreError.conflict : StoreError.notFound
            }
            let children = try ChildID.fetchAll(db, sql: """
                SELECT DISTINCT child_id FROM claim WHERE batch_id = ? AND municipality_id = ? AND status = 'approved'
                """, arguments: [id, municipality])
            // The ledger's UNIQUE claim_id makes a second payment of a claim impossible.
            try db.execute(sql: """
                INSERT INTO payment (municipality_id, claim_id, batch_id, association_id, amount, paid_on)
                SELECT municipality_id, id, batch_id, association_id, amount, ? FROM claim
                WHERE batch_id = ? AND municipality_id = ? AND status = 'approved'
                """, arguments: [date, id, municipality])
            let paid = db.changesCount
            try db.execute(sql: """
                UPDATE support_grant SET status = 'paid'
                WHERE id IN (SELECT grant_id FROM claim WHERE batch_id = ? AND status = 'approved') AND municipality_id = ? AND status = 'approved'
                """, arguments: [id, municipality])
            try db.execute(sql: "UPDATE claim SET status = 'paid', paid_on = ? WHERE batch_id = ? AND municipality_id = ? AND status = 'approved'",
                           arguments: [date, id, municipality])
            // A grant paid for the first time means the child is active: the pass is in use.
            for child in children {
                try PassUsage.recordFirstUse(child: child, on: date, db)
            }
            try OutboxSQL.batchPaid(id, on: date, at: at, db)
            var entry = audit
            entry.detail = "paid \(paid) claims on \(date.iso)"
            try AuditWriter.insert(entry, db)
            return paid
        }
    }
}
