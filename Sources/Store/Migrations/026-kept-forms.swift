import GRDB

/// Forms posted after their session ended, kept for the user who typed them so nothing is lost:
/// the fields sealed with the server's key, for a few hours, readable only by that user.
let m026KeptForms = Migration(identifier: "026-kept-forms") { db in
    try db.execute(sql: """
        CREATE TABLE kept_form (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
            -- NULL only for an admin's
            municipality_id INTEGER REFERENCES municipality(id),
            path TEXT NOT NULL,
            fields BLOB NOT NULL,
            kept_at DATETIME NOT NULL,
            expires_at DATETIME NOT NULL
        );
        CREATE INDEX kept_form_user ON kept_form(user_id, kept_at);
        CREATE INDEX kept_form_expiry ON kept_form(expires_at);
        """)
}
