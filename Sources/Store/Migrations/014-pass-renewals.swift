import GRDB

/// Season rollover: each renewal of a pass for the next season, so the pass's history shows
/// when it was extended, by whom and from which last day.
let m014PassRenewals = Migration(identifier: "014-pass-renewals") { db in
    try db.execute(sql: """
        CREATE TABLE pass_renewal (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            pass_id INTEGER NOT NULL REFERENCES pass(id) ON DELETE CASCADE,
            child_id INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            previous_valid_to TEXT NOT NULL,
            season_from TEXT NOT NULL,
            valid_to TEXT NOT NULL,
            renewed_on TEXT NOT NULL,
            renewed_by INTEGER REFERENCES app_user(id),
            created_at DATETIME NOT NULL,
            CHECK (previous_valid_to < valid_to),
            -- a pass is renewed from a given last day once
            UNIQUE (pass_id, previous_valid_to)
        );
        CREATE INDEX pass_renewal_child ON pass_renewal(child_id);
        CREATE INDEX pass_renewal_municipality ON pass_renewal(municipality_id, renewed_on);
        -- The rollover list: running passes by their last day.
        CREATE INDEX pass_municipality_valid_to ON pass(municipality_id, valid_to);
        """)
}
