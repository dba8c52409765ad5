import GRDB

/// Tenants, users, sessions, sign-in throttling and the audit log.
let m001Foundation = Migration(identifier: "001-foundation") { db in
    try db.execute(sql: """
        CREATE TABLE municipality (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            slug TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            scheme_name TEXT NOT NULL,
            support_email TEXT,
            support_phone TEXT,
            created_at DATETIME NOT NULL
        );

        -- "app_user" rather than "user", which PostgreSQL reserves.
        CREATE TABLE app_user (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER REFERENCES municipality(id) ON DELETE RESTRICT,
            role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'caseworker', 'volunteer', 'association')),
            email TEXT NOT NULL UNIQUE COLLATE NOCASE,
            name TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en')),
            password_hash TEXT,
            is_active BOOLEAN NOT NULL DEFAULT 1,
            created_at DATETIME NOT NULL,
            last_sign_in_at DATETIME,
            CHECK ((role = 'admin') = (municipality_id IS NULL))
        );
        CREATE INDEX app_user_municipality ON app_user(municipality_id, name);

        -- One-time activation links; only a hash of the token is stored.
        CREATE TABLE activation (
            token_hash TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
            expires_at DATETIME NOT NULL,
            used_at DATETIME,
            created_at DATETIME NOT NULL
        );
        CREATE INDEX activation_user ON activation(user_id);

        -- Server-side sessions (hummingbird-auth's PersistDriver over this table).
        CREATE TABLE app_session (
            key TEXT PRIMARY KEY,
            data BLOB NOT NULL,
            user_id INTEGER REFERENCES app_user(id) ON DELETE CASCADE,
            expires_at DATETIME NOT NULL
        );
        CREATE INDEX app_session_user ON app_session(user_id);
        CREATE INDEX app_session_expiry ON app_session(expires_at);

        CREATE TABLE login_throttle (
            scope TEXT NOT NULL CHECK (scope IN ('account', 'ip')),
            key TEXT NOT NULL,
            failures INTEGER NOT NULL,
            last_failure_at DATETIME,
            locked_until DATETIME,
            PRIMARY KEY (scope, key)
        ) WITHOUT ROWID;

        -- Append-only: the application inserts, never updates. Old rows are purged by the
        -- retention job only (audit retention), so deletes are not blocked here.
        CREATE TABLE audit_event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at DATETIME NOT NULL,
            user_id INTEGER,
            role TEXT,
            municipality_id INTEGER,
            action TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            entity_id TEXT,
            detail TEXT,
            ip TEXT,
            outcome TEXT NOT NULL CHECK (outcome IN ('allowed', 'denied'))
        );
        CREATE INDEX audit_event_municipality_at ON audit_event(municipality_id, at);
        CREATE INDEX audit_event_entity ON audit_event(entity_type, entity_id, at);
        CREATE INDEX audit_event_user_at ON audit_event(user_id, at);
        CREATE TRIGGER audit_event_append_only BEFORE UPDATE ON audit_event
        BEGIN
            SELECT RAISE(ABORT, 'audit_event is append-only');
        END;
        """)
}
