import GRDB

/// Fritidsvejledning: volunteers with their trainings, guidance courses with sessions, parent
/// agreements and offers from the open board, and follow-ups after an activity start.
let m004Guidance = Migration(identifier: "004-guidance") { db in
    try db.execute(sql: """
        CREATE TABLE guidance_settings (
            municipality_id INTEGER PRIMARY KEY REFERENCES municipality(id),
            certificate_renewal_months INTEGER NOT NULL DEFAULT 24 CHECK (certificate_renewal_months BETWEEN 6 AND 120)
        );

        CREATE TABLE volunteer (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            -- the account (role volunteer) through which the volunteer sees their children
            user_id INTEGER UNIQUE REFERENCES app_user(id),
            name TEXT NOT NULL,
            phone TEXT,
            email TEXT,
            is_guide BOOLEAN NOT NULL,
            is_companion BOOLEAN NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL DEFAULT '',
            districts TEXT NOT NULL DEFAULT '',
            availability TEXT NOT NULL DEFAULT '',
            capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 10),
            -- the day the børneattest was obtained
            certificate_on TEXT,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL,
            CHECK (is_guide OR is_companion)
        );
        CREATE INDEX volunteer_municipality ON volunteer(municipality_id, status, name);

        CREATE TABLE volunteer_training (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            volunteer_id INTEGER NOT NULL REFERENCES volunteer(id) ON DELETE CASCADE,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            trained_on TEXT NOT NULL,
            topic TEXT NOT NULL,
            created_at DATETIME NOT NULL
        );
        CREATE INDEX volunteer_training_volunteer ON volunteer_training(volunteer_id, trained_on);

        CREATE TABLE guidance_course (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            child_id INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
            pass_id INTEGER REFERENCES pass(id),
            status TEXT NOT NULL CHECK (status IN
                ('waiting_for_guide', 'ongoing', 'successful', 'failed', 'dropped_out', 'moved_away')),
            step INTEGER NOT NULL DEFAULT 1 CHECK (step BETWEEN 1 AND 6),
            started_on TEXT NOT NULL,
            guide_user_id INTEGER REFERENCES app_user(id),
            guide_volunteer_id INTEGER REFERENCES volunteer(id),
            companion_volunteer_id INTEGER REFERENCES volunteer(id),
            guide_assigned_on TEXT,
            -- on the open board since (only while waiting for a guide)
            published_on TEXT,
            -- free text for now; the associations feature can add a reference to an activity
            activity TEXT,
            activity_planned_on TEXT,
            activity_started_on TEXT,
            ended_on TEXT,
            end_reason TEXT,
            created_by INTEGER REFERENCES app_user(id),
            created_at DATETIME NOT NULL,
            CHECK (guide_user_id IS NULL OR guide_volunteer_id IS NULL),
            CHECK (status NOT IN ('waiting_for_guide', 'ongoing')
                   OR (status = 'waiting_for_guide') = (guide_user_id IS NULL AND guide_volunteer_id IS NULL)),
            CHECK (published_on IS NULL OR status = 'waiting_for_guide'),
            CHECK ((status IN ('waiting_for_guide', 'ongoing')) = (ended_on IS NULL)),
            CHECK (status <> 'successful' OR activity_started_on IS NOT NULL),
            CHECK (status <> 'dropped_out' OR end_reason IS NOT NULL)
        );
        -- one open course per child
        CREATE UNIQUE INDEX guidance_course_open_child ON guidance_course(child_id) WHERE status IN ('waiting_for_guide', 'ongoing');
        CREATE INDEX guidance_course_child ON guidance_course(child_id);
        CREATE INDEX guidance_course_municipality_status ON guidance_course(municipality_id, status);
        CREATE INDEX guidance_course_guide_user ON guidance_course(guide_user_id);
        CREATE INDEX guidance_course_guide_volunteer ON guidance_course(guide_volunteer_id);
        CREATE INDEX guidance_course_companion ON guidance_course(companion_volunteer_id);
        CREATE INDEX guidance_course_started ON guidance_course(municipality_id, started_on);
        CREATE INDEX guidance_course_ended ON guidance_course(municipality_id, ended_on);

        CREATE TABLE guidance_session (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            course_id INTEGER NOT NULL REFERENCES guidance_course(id) ON DELETE CASCADE,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            held_on TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('first_meeting', 'home_visit', 'call', 'school', 'club', 'accompanying', 'other')),
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
            step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 6),
            -- comma-separated Participant values
            participants TEXT NOT NULL,
            note TEXT,
            logged_by INTEGER REFERENCES app_user(id),
            -- volunteers see notes only from other volunteers, never caseworkers' notes
            logged_role TEXT NOT NULL CHECK (logged_role IN ('coordinator', 'caseworker', 'volunteer')),
            logged_at DATETIME NOT NULL
        );
        CREATE INDEX guidance_session_course ON guidance_session(course_id, held_on);
        CREATE INDEX guidance_session_municipality ON guidance_session(municipality_id, held_on);

        CREATE TABLE parent_agreement (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            course_id INTEGER NOT NULL REFERENCES guidance_course(id) ON DELETE CASCADE,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            kind TEXT NOT NULL CHECK (kind IN ('transport', 'washing_kit', 'fee_share', 'club_help', 'other')),
            description TEXT,
            agreed_on TEXT NOT NULL,
            created_by INTEGER REFERENCES app_user(id),
            created_at DATETIME NOT NULL
        );
        CREATE INDEX parent_agreement_course ON parent_agreement(course_id);

        CREATE TABLE board_offer (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            course_id INTEGER NOT NULL REFERENCES guidance_course(id) ON DELETE CASCADE,
            volunteer_id INTEGER NOT NULL REFERENCES volunteer(id),
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            offered_at DATETIME NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
            decided_at DATETIME,
            decided_by INTEGER REFERENCES app_user(id),
            UNIQUE (course_id, volunteer_id)
        );
        CREATE INDEX board_offer_volunteer ON board_offer(volunteer_id);

        -- Follow-ups 3 and 6 months after an activity start. Today a course creates them; an
        -- association confirming a start can too (source 'association', course_id NULL), and an
        -- association contact can answer (answered_role).
        CREATE TABLE follow_up (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            child_id INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            course_id INTEGER REFERENCES guidance_course(id) ON DELETE CASCADE,
            source TEXT NOT NULL CHECK (source IN ('course', 'association')),
            activity TEXT,
            activity_started_on TEXT NOT NULL,
            months INTEGER NOT NULL CHECK (months IN (3, 6)),
            due_on TEXT NOT NULL,
            answered_on TEXT,
            still_active BOOLEAN,
            attends_regularly BOOLEAN,
            needs_help BOOLEAN,
            note TEXT,
            answered_by INTEGER REFERENCES app_user(id),
            answered_role TEXT CHECK (answered_role IN ('coordinator', 'caseworker', 'volunteer', 'association')),
            created_at DATETIME NOT NULL,
            CHECK (source <> 'course' OR course_id IS NOT NULL),
            CHECK ((answered_on IS NULL) = (still_active IS NULL)),
            UNIQUE (course_id, months)
        );
        CREATE INDEX follow_up_child ON follow_up(child_id);
        CREATE INDEX follow_up_municipality_due ON follow_up(municipality_id, due_on);
        CREATE INDEX follow_up_open ON follow_up(municipality_id, due_on) WHERE answered_on IS NULL;
        """)
}
