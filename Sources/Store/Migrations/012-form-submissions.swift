import GRDB

/// One-time form submissions: a form posted twice (a double-click, a reload, Back and send
/// again) creates or decides once. The key is claimed in the same transaction as the change.
let m012FormSubmissions = Migration(identifier: "012-form-submissions") { db in
    try db.execute(sql: """
        CREATE TABLE form_submission (
            id INTEGER PRIMARY KEY,
            -- the poster's municipality; NULL for the admin
            municipality_id INTEGER REFERENCES municipality(id),
            -- the page's random key and the path the form posted to
            submission_key TEXT NOT NULL,
            -- the request that claimed it (random)
            owner TEXT NOT NULL,
            -- what it created or changed first, and where the browser was sent afterwards
            entity_type TEXT,
            entity_id TEXT,
            location TEXT,
            created_at DATETIME NOT NULL
        );
        CREATE UNIQUE INDEX form_submission_key ON form_submission(IFNULL(municipality_id, 0), submission_key);
        CREATE INDEX form_submission_created ON form_submission(created_at);
        """)
}
