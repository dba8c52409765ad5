import Domain
import Foundation
import GRDB

/// Puts e-mails in the outbox inside the caller's transaction, so a message exists exactly when
/// the change that caused it committed.
enum OutboxSQL {
    struct Recipient {
        let user: UserID
        let municipality: MunicipalityID?
        let email: String
        let language: String
    }

    /// The users selected by `users` (a SELECT of user ids) who want `kind`: active, not having
    /// chosen "none", in a municipality that has not turned the kind off.
    static func recipients(of kind: NotificationKind, users: String, _ arguments: StatementArguments,
                           _ db: Database) throws -> [Recipient] {
        try Row.fetchAll(db, sql: """
            SELECT u.id, u.municipality_id, u.email, u.language FROM app_user u
            WHERE u.id IN (\(users)) AND u.is_active
              AND NOT EXISTS (SELECT 1 FROM notification_preference p WHERE p.user_id = u.id AND p.kind = ? AND p.choice = 'none')
              AND NOT EXISTS (SELECT 1 FROM notification_setting s WHERE s.municipality_id = u.municipality_id AND s.kind = ?
                              AND NOT s.enabled)
            ORDER BY u.id
            """, arguments: arguments + [kind.rawValue, kind.rawValue]).map {
            Recipient(user: $0["id"], municipality: $0["municipality_id"], email: $0["email"], language: $0["language"])
        }
    }

    /// Inserts one message, due at once; false when `digestKey` is taken.
    @discardableResult
    static func insert(_ kind: NotificationKind, to recipient: Recipient, params: [String: String], child: ChildID? = nil,
                       digestKey: String? = nil, at: Date, _ db: Database) throws -> Bool {
        try db.execute(sql: """
            INSERT INTO outbox (municipality_id, kind, user_id, recipient, language, params, child_id, digest_key, status,
              next_attempt_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (digest_key) DO NOTHING
            """, arguments: [recipient.municipality, kind.rawValue, recipient.user, recipient.email, recipient.language,
                             encode(params), child, digestKey, at, at])
        return db.changesCount == 1
    }

    /// Queues the mail with a new activation or reset link for `user`.
    static func accountLink(_ kind: NotificationKind, user: UserID, link: String, expiresAt: Date, at: Date, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT u.id, u.municipality_id, u.email, u.language, u.name, m.name AS municipality_name
            FROM app_user u LEFT JOIN municipality m ON m.id = u.municipality_id WHERE u.id = ?
            """, arguments: [user]) else { return }
        let recipient = Recipient(user: row["id"], municipality: row["municipality_id"], email: row["email"], language: row["language"])
        let hours = Int((expiresAt.timeIntervalSince(at) / 3600).rounded())
        try insert(kind, to: recipient, params: ["name": row["name"], "link": link, "hours": String(hours),
                                                 "municipality": row["municipality_name"] ?? ""], at: at, db)
    }

    static func encode(_ params: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(params)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }

    static func decode(_ text: String) -> [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
    }
}

// What each change of the scheme e-mails, queued inside that change's transaction.
extension OutboxSQL {
    /// To the club's contacts: their claim was approved, or rejected with the reason.
    static func claimDecided(_ claim: ClaimID, approved: Bool, at: Date, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT cl.association_id, cl.amount, cl.reject_reason, cl.child_id, c.first_name, a.name AS activity
            FROM claim cl JOIN child c ON c.id = cl.child_id JOIN support_grant g ON g.id = cl.grant_id
            JOIN activity a ON a.id = g.activity_id WHERE cl.id = ?
            """, arguments: [claim]) else { return }
        let kind: NotificationKind = approved ? .claimApproved : .claimRejected
        let association: AssociationID = row["association_id"]
        var params = ["claim": claim.description, "amount": String((row["amount"] as Money).ore), "activity": row["activity"],
                      "firstName": row["first_name"]]
        if !approved { params["reason"] = row["reject_reason"] ?? "" }
        for recipient in try recipients(of: kind, users: "SELECT user_id FROM association_contact WHERE association_id = ?", [association], db) {
            try insert(kind, to: recipient, params: params, child: row["child_id"], at: at, db)
        }
    }

    /// To each club's contacts: how many of their claims the batch paid, and how much.
    static func batchPaid(_ batch: PaymentBatchID, on date: LocalDate, at: Date, _ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT association_id, COUNT(*) AS n, SUM(amount) AS total FROM payment WHERE batch_id = ? GROUP BY association_id
            """, arguments: [batch])
        for row in rows {
            let association: AssociationID = row["association_id"]
            let params = ["batch": batch.description, "count": String(row["n"] as Int), "amount": String(row["total"] as Int64),
                          "paidOn": date.iso]
            for recipient in try recipients(of: .claimPaid, users: "SELECT user_id FROM association_contact WHERE association_id = ?",
                                            [association], db) {
                try insert(.claimPaid, to: recipient, params: params, at: at, db)
            }
        }
    }

    /// To the child's caseworker (and whoever wrote the referral), unless they decided it themselves.
    static func referralDecided(_ referral: ReferralID, outcome: String, by decider: UserID, at: Date, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT r.child_id, c.first_name FROM referral r JOIN child c ON c.id = r.child_id WHERE r.id = ?
            """, arguments: [referral]) else { return }
        let child: ChildID = row["child_id"]
        let users = """
            SELECT u.id FROM app_user u WHERE u.role = 'caseworker' AND u.id <> ?
              AND u.id IN (SELECT caseworker_id FROM child WHERE id = ? UNION SELECT created_by FROM referral WHERE id = ?)
            """
        for recipient in try recipients(of: .referralDecided, users: users, [decider, child, referral], db) {
            try insert(.referralDecided, to: recipient, params: ["child": child.description, "firstName": row["first_name"],
                                                               "outcome": outcome], child: child, at: at, db)
        }
    }
}

extension OutboxSQL {
    /// To the user whose second factor a coordinator reset: they set up a new one at their next
    /// sign-in, and should speak up if they did not ask for it.
    static func secondFactorReset(user: UserID, at: Date, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT u.id, u.municipality_id, u.email, u.language, u.name, m.name AS municipality_name
            FROM app_user u LEFT JOIN municipality m ON m.id = u.municipality_id WHERE u.id = ? AND u.is_active
            """, arguments: [user]) else { return }
        let recipient = Recipient(user: row["id"], municipality: row["municipality_id"], email: row["email"], language: row["language"])
        try insert(.secondFactorReset, to: recipient, params: ["name": row["name"], "municipality": row["municipality_name"] ?? ""],
                   at: at, db)
    }
}
