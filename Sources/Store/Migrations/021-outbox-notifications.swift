import GRDB

/// E-mail through a transactional outbox: a message is inserted in the transaction of the change
/// that causes it and delivered afterwards by the delivery job. Users choose per kind whether
/// they want it; a municipality can turn a kind off. Password-reset links share the activation
/// table (hashed, single use) with a purpose of their own.
let m021OutboxNotifications = Migration(identifier: "021-outbox-notifications") { db in
    try db.execute(sql: """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            -- NULL only for mail to an admin
            municipality_id INTEGER REFERENCES municipality(id),
            kind TEXT NOT NULL CHECK (kind IN ('activation', 'password_reset', 'claim_approved', 'claim_rejected', 'claim_paid',
                'club_digest', 'referral_decided', 'coordinator_digest')),
            user_id INTEGER REFERENCES app_user(id) ON DELETE SET NULL,
            recipient TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en')),
            -- what the message says, frozen when it was caused (JSON); composed into text on delivery
            params TEXT NOT NULL DEFAULT '{}',
            -- the child the message mentions (by first name), so anonymising the child clears it
            child_id INTEGER REFERENCES child(id) ON DELETE SET NULL,
            -- one digest per user, kind and period: a second run of the digest job adds nothing
            digest_key TEXT UNIQUE,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at DATETIME NOT NULL,
            last_error TEXT,
            created_at DATETIME NOT NULL,
            sent_at DATETIME,
            CHECK ((status = 'sent') = (sent_at IS NOT NULL))
        );
        CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE status = 'pending';
        CREATE INDEX outbox_municipality ON outbox(municipality_id, id);
        CREATE INDEX outbox_child ON outbox(child_id);

        CREATE TABLE notification_preference (
            user_id INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            choice TEXT NOT NULL CHECK (choice IN ('email', 'none')),
            PRIMARY KEY (user_id, kind)
        ) WITHOUT ROWID;

        -- Kinds a municipality has turned off (absent = on).
        CREATE TABLE notification_setting (
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            kind TEXT NOT NULL,
            enabled BOOLEAN NOT NULL,
            PRIMARY KEY (municipality_id, kind)
        ) WITHOUT ROWID;

        ALTER TABLE activation ADD COLUMN purpose TEXT NOT NULL DEFAULT 'activation' CHECK (purpose IN ('activation', 'reset'));
        """)
}
