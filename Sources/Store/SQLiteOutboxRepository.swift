import Domain
import Foundation
import GRDB

/// The outbox and the choices about what is e-mailed. Delivery marks a message sent with a
/// conditional UPDATE, so a message is sent (as far as the outbox knows) once.
public struct SQLiteOutboxRepository: OutboxRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    /// A second reset request for the same user within this time sends nothing new.
    static let resetQuietPeriod: TimeInterval = 5 * 60

    static func message(_ row: Row) -> OutboxMessage {
        OutboxMessage(id: row["id"], municipalityID: row["municipality_id"],
                      kind: NotificationKind(rawValue: row["kind"]) ?? .activation, userID: row["user_id"],
                      recipient: row["recipient"], language: Language(rawValue: row["language"]) ?? .da,
                      params: OutboxSQL.decode(row["params"]), status: OutboxStatus(rawValue: row["status"]) ?? .pending,
                      attempts: row["attempts"], nextAttemptAt: row["next_attempt_at"], lastError: row["last_error"],
                      createdAt: row["created_at"], sentAt: row["sent_at"])
    }

    public func due(now: Date, limit: Int) async throws -> [OutboxMessage] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?
                """, arguments: [now, limit]).map(Self.message)
        }
    }

    public func markSent(_ id: OutboxID, at: Date) async throws -> Bool {
        try await db.write { db in
            // A delivered link is not kept: the outbox must not become a second copy of live tokens.
            try db.execute(sql: """
                UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL,
                  params = CASE WHEN kind IN ('activation', 'password_reset') THEN json_remove(params, '$.link') ELSE params END
                WHERE id = ? AND status = 'pending'
                """, arguments: [at, id])
            return db.changesCount == 1
        }
    }

    public func recordFailure(_ id: OutboxID, error: DeliveryError, at: Date) async throws {
        try await db.write { db in
            guard let attempts = try Int.fetchOne(db, sql: "SELECT attempts FROM outbox WHERE id = ? AND status = 'pending'",
                                                  arguments: [id]) else { return }
            let tried = attempts + 1
            let (text, next): (String, Date?) = switch error {
            case .transient(let text): (text, RetryPolicy.nextAttempt(after: tried, now: at))
            case .permanent(let text): (text, nil)
            }
            try db.execute(sql: """
                UPDATE outbox SET attempts = ?, last_error = ?, status = ?, next_attempt_at = ? WHERE id = ? AND status = 'pending'
                """, arguments: [tried, String(text.prefix(500)), next == nil ? "failed" : "pending", next ?? at, id])
        }
    }

    public func list(in municipality: MunicipalityID, status: OutboxStatus?, limit: Int) async throws -> [OutboxMessage] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                SELECT * FROM outbox WHERE municipality_id = ? AND (? IS NULL OR status = ?) ORDER BY id DESC LIMIT ?
                """, arguments: [municipality, status?.rawValue, status?.rawValue, limit]).map(Self.message)
        }
    }

    public func counts(in municipality: MunicipalityID) async throws -> [OutboxStatus: Int] {
        try await db.readAsync { db in
            var counts: [OutboxStatus: Int] = [:]
            for row in try Row.fetchAllCached(db, sql: "SELECT status, COUNT(*) AS n FROM outbox WHERE municipality_id = ? GROUP BY status",
                                              arguments: [municipality]) {
                if let status = OutboxStatus(rawValue: row["status"]) { counts[status] = row["n"] }
            }
            return counts
        }
    }

    public func enqueue(_ message: NewOutboxMessage, at: Date) async throws -> Bool {
        try await db.write { db in
            try OutboxSQL.insert(message.kind, to: .init(user: message.userID, municipality: message.municipalityID,
                                                          email: message.recipient, language: message.language.rawValue),
                                 params: message.params, digestKey: message.digestKey, at: at, db)
        }
    }

    public func digestRecipients(_ kind: NotificationKind) async throws -> [DigestRecipient] {
        let role: Role = kind == .clubDigest ? .association : .coordinator
        return try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT u.id, u.municipality_id, u.email, u.name, u.language, u.role FROM app_user u
                WHERE u.role = ? AND u.is_active AND u.municipality_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM notification_preference p WHERE p.user_id = u.id AND p.kind = ? AND p.choice = 'none')
                  AND NOT EXISTS (SELECT 1 FROM notification_setting s WHERE s.municipality_id = u.municipality_id AND s.kind = ?
                                  AND NOT s.enabled)
                ORDER BY u.municipality_id, u.id
                """, arguments: [role.rawValue, kind.rawValue, kind.rawValue]).map {
                DigestRecipient(userID: $0["id"], municipalityID: $0["municipality_id"], email: $0["email"], name: $0["name"],
                                language: Language(rawValue: $0["language"]) ?? .da, role: Role(rawValue: $0["role"]) ?? role)
            }
        }
    }

    public func preferences(of user: UserID) async throws -> [NotificationKind: NotificationChoice] {
        try await db.readAsync { db in
            var choices: [NotificationKind: NotificationChoice] = [:]
            for row in try Row.fetchAllCached(db, sql: "SELECT kind, choice FROM notification_preference WHERE user_id = ?", arguments: [user]) {
                if let kind = NotificationKind(rawValue: row["kind"]), let choice = NotificationChoice(rawValue: row["choice"]) {
                    choices[kind] = choice
                }
            }
            return choices
        }
    }

    public func setPreferences(_ choices: [NotificationKind: NotificationChoice], of user: UserID, audit: AuditEntry) async throws {
        try await db.write { db in
            for (kind, choice) in choices.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                try db.execute(sql: """
                    INSERT INTO notification_preference (user_id, kind, choice) VALUES (?, ?, ?)
                    ON CONFLICT (user_id, kind) DO UPDATE SET choice = excluded.choice
                    """, arguments: [user, kind.rawValue, choice.rawValue])
            }
            try AuditWriter.insert(audit, db)
        }
    }

    public func disabledKinds(in municipality: MunicipalityID) async throws -> Set<NotificationKind> {
        try await db.readAsync { db in
            Set(try String.fetchAllCached(db, sql: "SELECT kind FROM notification_setting WHERE municipality_id = ? AND NOT enabled",
                                          arguments: [municipality]).compactMap(NotificationKind.init(rawValue:)))
        }
    }

    public func setDisabledKinds(_ kinds: Set<NotificationKind>, in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            for kind in NotificationKind.optional {
                try db.execute(sql: """
                    INSERT INTO notification_setting (municipality_id, kind, enabled) VALUES (?, ?, ?)
                    ON CONFLICT (municipality_id, kind) DO UPDATE SET enabled = excluded.enabled
                    """, arguments: [municipality, kind.rawValue, !kinds.contains(kind)])
            }
            try AuditWriter.insert(audit, db)
        }
    }

    public func requestPasswordReset(email: String, tokenHash: String, link: String, expiresAt: Date, now: Date, ip: String?) async throws {
        try await db.write { db in
            guard let user = try UserID.fetchOne(db, sql: "SELECT id FROM app_user WHERE email = ? AND is_active", arguments: [email])
            else { return }
            let recent = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM activation WHERE user_id = ? AND purpose = 'reset' AND created_at > ?)
                """, arguments: [user, now.addingTimeInterval(-Self.resetQuietPeriod)]) ?? false
            if recent { return }
            // Only the newest reset link works; an activation link the coordinator sent stays valid.
            try db.execute(sql: "UPDATE activation SET used_at = ? WHERE user_id = ? AND purpose = 'reset' AND used_at IS NULL",
                           arguments: [now, user])
            try db.execute(sql: """
                INSERT INTO activation (token_hash, user_id, expires_at, created_at, purpose) VALUES (?, ?, ?, ?, 'reset')
                """, arguments: [tokenHash, user, expiresAt, now])
            try OutboxSQL.accountLink(.passwordReset, user: user, link: link, expiresAt: expiresAt, at: now, db)
            let role = try String.fetchOne(db, sql: "SELECT role FROM app_user WHERE id = ?", arguments: [user]).flatMap(Role.init(rawValue:))
            let municipality = try MunicipalityID.fetchOne(db, sql: "SELECT municipality_id FROM app_user WHERE id = ?", arguments: [user])
            try AuditWriter.insert(AuditEntry(at: now, userID: user, role: role, municipalityID: municipality, action: .update,
                                              entity: .user, entityID: user.description, detail: "password reset requested", ip: ip), db)
        }
    }
}
