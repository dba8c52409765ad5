import GRDB

/// Retention settings, access requests (GDPR art. 15) and the mark on anonymised children.
let m006Privacy = Migration(identifier: "006-privacy") { db in
    try db.execute(sql: """
        CREATE TABLE privacy_settings (
            municipality_id INTEGER PRIMARY KEY REFERENCES municipality(id),
            retention_years INTEGER NOT NULL DEFAULT 5 CHECK (retention_years BETWEEN 1 AND 20),
            audit_retention_months INTEGER NOT NULL DEFAULT 6 CHECK (audit_retention_months BETWEEN 1 AND 120)
        );

        CREATE TABLE access_request (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            child_id INTEGER NOT NULL REFERENCES child(id),
            requested_by TEXT NOT NULL,
            received_on TEXT NOT NULL,
            answered_on TEXT,
            note TEXT,
            created_by INTEGER REFERENCES app_user(id),
            created_at DATETIME NOT NULL
        );
        CREATE INDEX access_request_municipality ON access_request(municipality_id, answered_on);
        CREATE INDEX access_request_child ON access_request(child_id);

        ALTER TABLE child ADD COLUMN anonymised_at DATETIME;

        -- Child views per user and day, for "who opened this record" and unusual access.
        CREATE INDEX audit_event_child_views ON audit_event(municipality_id, entity_type, action, at);
        """)
}
