import GRDB

/// Decision letters to the guardians, kept as sent; the family's letter language on the child;
/// the appeal guidance and contact the municipality puts in its letters; the reason codes of a
/// referral decision; and the code on the family's pass card that a club can look up.
let m022LettersPassCodes = Migration(identifier: "022-letters-pass-codes") { db in
    try db.execute(sql: """
        CREATE TABLE decision_letter (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            child_id INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
            referral_id INTEGER REFERENCES referral(id),
            grant_id INTEGER REFERENCES support_grant(id),
            kind TEXT NOT NULL CHECK (kind IN ('referral', 'grant')),
            language TEXT NOT NULL,
            -- the letter as sent: title and sections (JSON), never recomposed
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            decided_on TEXT NOT NULL,
            created_by INTEGER REFERENCES app_user(id),
            created_at DATETIME NOT NULL,
            CHECK ((kind = 'referral') = (referral_id IS NOT NULL)),
            CHECK ((kind = 'grant') = (grant_id IS NOT NULL))
        );
        CREATE INDEX decision_letter_child ON decision_letter(child_id, id);
        CREATE INDEX decision_letter_municipality ON decision_letter(municipality_id, id);

        ALTER TABLE child ADD COLUMN letter_language TEXT NOT NULL DEFAULT 'da';
        ALTER TABLE scheme_settings ADD COLUMN appeal_guidance TEXT;
        ALTER TABLE scheme_settings ADD COLUMN letter_contact TEXT;
        -- comma-separated DecisionReason values
        ALTER TABLE referral ADD COLUMN decision_reasons TEXT NOT NULL DEFAULT '';

        ALTER TABLE pass ADD COLUMN code TEXT;
        UPDATE pass SET code = upper(hex(randomblob(4)));
        CREATE UNIQUE INDEX pass_code ON pass(municipality_id, code);
        -- Every pass gets its code however it is inserted (decision, demo data, an import).
        CREATE TRIGGER pass_code_on_insert AFTER INSERT ON pass WHEN NEW.code IS NULL
        BEGIN UPDATE pass SET code = upper(hex(randomblob(4))) WHERE id = NEW.id; END;
        """)
}
