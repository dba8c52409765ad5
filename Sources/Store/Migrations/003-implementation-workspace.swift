import GRDB

/// The implementation workspace. Catalogue items live in a versioned JSON file, not
/// here: rows refer to them by their stable keys (`item_key`, `question_key`, `factor_key`),
/// so a new catalogue version keeps every answer. Every table carries the municipality.
let m003ImplementationWorkspace = Migration(identifier: "003-implementation-workspace") { db in
    try db.execute(sql: """
        -- The municipality's own checklist items, added under a section (a sub-step or the
        -- start-up checklist). Their item key is 'own-<id>'.
        CREATE TABLE impl_custom_item (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            section_key TEXT NOT NULL,
            text TEXT NOT NULL,
            created_by INTEGER REFERENCES app_user(id),
            created_at DATETIME NOT NULL
        );
        CREATE INDEX impl_custom_item_municipality ON impl_custom_item(municipality_id, section_key);

        -- One row per item a municipality has touched; untouched items are 'not started'.
        CREATE TABLE impl_item_progress (
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            item_key TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'not_relevant')),
            not_relevant_reason TEXT,
            responsible_user_id INTEGER REFERENCES app_user(id),
            responsible_text TEXT,
            deadline TEXT,
            note TEXT,
            evidence TEXT,
            updated_by INTEGER REFERENCES app_user(id),
            updated_at DATETIME NOT NULL,
            PRIMARY KEY (municipality_id, item_key),
            CHECK (status <> 'not_relevant' OR not_relevant_reason IS NOT NULL)
        ) WITHOUT ROWID;
        CREATE INDEX impl_item_progress_deadline ON impl_item_progress(municipality_id, deadline);
        CREATE INDEX impl_item_progress_updated ON impl_item_progress(municipality_id, updated_at);

        -- Comments on an item (its key) or a plan question ('plan:<key>').
        CREATE TABLE impl_comment (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            subject TEXT NOT NULL,
            author_id INTEGER REFERENCES app_user(id),
            body TEXT NOT NULL,
            created_at DATETIME NOT NULL
        );
        CREATE INDEX impl_comment_subject ON impl_comment(municipality_id, subject, created_at);

        -- Tool 5: the current row per question, and every version of it (the living document).
        CREATE TABLE impl_plan_answer (
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            question_key TEXT NOT NULL,
            answer TEXT CHECK (answer IN ('high', 'some', 'none')),
            initiatives_needed BOOLEAN,
            initiatives TEXT,
            responsible TEXT,
            deadline TEXT,
            milestones TEXT,
            completion TEXT CHECK (completion IN ('high', 'some', 'none')),
            updated_by INTEGER REFERENCES app_user(id),
            updated_at DATETIME NOT NULL,
            PRIMARY KEY (municipality_id, question_key)
        ) WITHOUT ROWID;

        CREATE TABLE impl_plan_change (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            question_key TEXT NOT NULL,
            changed_fields TEXT NOT NULL,
            answer TEXT,
            initiatives_needed BOOLEAN,
            initiatives TEXT,
            responsible TEXT,
            deadline TEXT,
            milestones TEXT,
            completion TEXT,
            changed_by INTEGER REFERENCES app_user(id),
            changed_at DATETIME NOT NULL
        );
        CREATE INDEX impl_plan_change_municipality ON impl_plan_change(municipality_id, changed_at);
        CREATE INDEX impl_plan_change_question ON impl_plan_change(municipality_id, question_key, changed_at);
        CREATE TRIGGER impl_plan_change_append_only BEFORE UPDATE ON impl_plan_change
        BEGIN
            SELECT RAISE(ABORT, 'impl_plan_change is append-only');
        END;

        -- Dialogue tool rounds and the rating of each factor in a round.
        CREATE TABLE impl_dialogue_round (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            held_on TEXT NOT NULL,
            participants TEXT,
            updated_by INTEGER REFERENCES app_user(id),
            updated_at DATETIME NOT NULL
        );
        CREATE INDEX impl_dialogue_round_municipality ON impl_dialogue_round(municipality_id, held_on);

        CREATE TABLE impl_dialogue_rating (
            round_id INTEGER NOT NULL REFERENCES impl_dialogue_round(id) ON DELETE CASCADE,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            factor_key TEXT NOT NULL,
            rating TEXT CHECK (rating IN ('none', 'some', 'major')),
            note TEXT,
            PRIMARY KEY (round_id, factor_key)
        ) WITHOUT ROWID;
        CREATE INDEX impl_dialogue_rating_municipality ON impl_dialogue_rating(municipality_id);

        CREATE TABLE impl_meeting (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            kind TEXT NOT NULL CHECK (kind IN ('steering_group', 'implementation_team')),
            held_on TEXT NOT NULL,
            participants TEXT,
            decisions TEXT,
            updated_by INTEGER REFERENCES app_user(id),
            updated_at DATETIME NOT NULL
        );
        CREATE INDEX impl_meeting_municipality ON impl_meeting(municipality_id, held_on);

        -- converted_to: 'item:<key>' or 'plan:<question key>' once the action became one.
        CREATE TABLE impl_meeting_action (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            meeting_id INTEGER NOT NULL REFERENCES impl_meeting(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            responsible TEXT,
            deadline TEXT,
            converted_to TEXT,
            created_at DATETIME NOT NULL
        );
        CREATE INDEX impl_meeting_action_meeting ON impl_meeting_action(municipality_id, meeting_id);

        CREATE TABLE impl_test_round (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            version TEXT NOT NULL,
            starts_on TEXT NOT NULL,
            ends_on TEXT,
            changes TEXT,
            learnings TEXT,
            updated_by INTEGER REFERENCES app_user(id),
            updated_at DATETIME NOT NULL,
            CHECK (ends_on IS NULL OR ends_on >= starts_on)
        );
        CREATE INDEX impl_test_round_municipality ON impl_test_round(municipality_id, starts_on);

        -- Documentation plan (what/how/who/when) and communication plan
        -- (stakeholder/information/how/when): four text columns in the kind's column order.
        CREATE TABLE impl_table_row (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            kind TEXT NOT NULL CHECK (kind IN ('documentation', 'communication')),
            col_1 TEXT NOT NULL,
            col_2 TEXT NOT NULL DEFAULT '',
            col_3 TEXT NOT NULL DEFAULT '',
            col_4 TEXT NOT NULL DEFAULT '',
            updated_by INTEGER REFERENCES app_user(id),
            updated_at DATETIME NOT NULL
        );
        CREATE INDEX impl_table_row_municipality ON impl_table_row(municipality_id, kind, id);
        """)
}
