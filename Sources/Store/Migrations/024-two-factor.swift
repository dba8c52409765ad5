import GRDB

/// Two-factor sign-in: each user's authenticator secret (sealed with the server's key, never
/// stored in clear), the last time step a code was accepted for (a code is never accepted twice),
/// ten recovery codes stored as hashes, and each municipality's choice of whether volunteers and
/// club contacts must use it too. The outbox learns the e-mail telling a user their second
/// factor was reset; SQLite cannot change a CHECK in place, so the table is rebuilt with its rows.
let m024TwoFactor = Migration(identifier: "024-two-factor") { db in
    try db.execute(sql: """
        CREATE TABLE second_factor (
            user_id INTEGER PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
            -- NULL only for an admin's
            municipality_id INTEGER REFERENCES municipality(id),
            secret BLOB NOT NULL,
            last_used_step INTEGER NOT NULL DEFAULT 0,
            enrolled_at DATETIME NOT NULL
        );
        CREATE INDEX second_factor_municipality ON second_factor(municipality_id);

        CREATE TABLE recovery_code (
            user_id INTEGER NOT NULL REFERENCES second_factor(user_id) ON DELETE CASCADE,
            code_hash TEXT NOT NULL,
            used_at DATETIME,
            PRIMARY KEY (user_id, code_hash)
        ) WITHOUT ROWID;

        CREATE TABLE sign_in_setting (
            municipality_id INTEGER PRIMARY KEY REFERENCES municipality(id),
            second_factor_volunteers BOOLEAN NOT NULL DEFAULT 0,
            second_factor_associations BOOLEAN NOT NULL DEFAULT 0
        );

        CREATE TABLE outbox_new (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER REFERENCES municipality(id),
            kind TEXT NOT NULL CHECK (kind IN ('activation', 'password_reset', 'claim_approved', 'claim_rejected', 'claim_paid',
                'club_digest', 'referral_decided', 'coordinator_digest', 'second_factor_reset')),
            user_id INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
            recipient TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en')),
            params TEXT NOT NULL DEFAULT '{}',
            child_id INTEGER REFERENCES child(id) ON DELETE SET NULL,
            digest_key TEXT UNIQUE,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at DATETIME NOT NULL,
            last_error TEXT,
            created_at DATETIME NOT NULL,
            sent_at DATETIME,
            CHECK ((status = 'sent') = (sent_at IS NOT NULL))
        );
        INSERT INTO outbox_new SELECT id, municipality_id, kind, user_id, recipient, language, params, child_id, digest_key, status,
            attempts, next_attempt_at, last_error, created_at, sent_at FROM outbox;
        DROP TABLE outbox;
        ALTER TABLE outbox_new RENAME TO outbox;
        CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE status = 'pending';
        CREATE INDEX outbox_municipality ON outbox(municipality_id, id);
        CREATE INDEX outbox_child ON outbox(child_id);
        """)
}
