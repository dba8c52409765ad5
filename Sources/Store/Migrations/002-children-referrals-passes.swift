import GRDB

/// The intake: children with guardians and consents, referrals with their history, passes and
/// each municipality's scheme settings.
let m002ChildrenReferralsPasses = Migration(identifier: "002-children-referrals-passes") { db in
    try db.execute(sql: """
        CREATE TABLE scheme_settings (
            municipality_id INTEGER PRIMARY KEY REFERENCES municipality(id),
            minimum_age INTEGER NOT NULL DEFAULT 0 CHECK (minimum_age BETWEEN 0 AND 17),
            maximum_age INTEGER NOT NULL DEFAULT 18 CHECK (maximum_age BETWEEN 1 AND 25),
            season_start TEXT,
            season_end TEXT,
            CHECK (minimum_age < maximum_age),
            CHECK ((season_start IS NULL) = (season_end IS NULL))
        );

        CREATE TABLE child (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            -- lowercased "first last" for case-insensitive search of Danish names
            search_name TEXT NOT NULL,
            birth_date TEXT NOT NULL,
            gender TEXT NOT NULL CHECK (gender IN ('girl', 'boy', 'other', 'not_stated')),
            school TEXT NOT NULL DEFAULT '',
            school_class TEXT NOT NULL DEFAULT '',
            school_district TEXT NOT NULL DEFAULT '',
            home_language TEXT,
            needs_interpreter BOOLEAN NOT NULL DEFAULT 0,
            needs_adaptation BOOLEAN NOT NULL DEFAULT 0,
            adaptation_note TEXT,
            interests TEXT,
            note TEXT,
            status TEXT NOT NULL DEFAULT 'registered'
                CHECK (status IN ('registered', 'referred', 'waiting_list', 'rejected', 'active', 'ended')),
            -- the newest referral, kept here so the list sorts and filters without a join
            latest_referral_on TEXT,
            latest_department TEXT,
            caseworker_id INTEGER REFERENCES app_user(id),
            created_by INTEGER REFERENCES app_user(id),
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE INDEX child_municipality_name ON child(municipality_id, last_name, first_name);
        CREATE INDEX child_municipality_birth ON child(municipality_id, birth_date);
        CREATE INDEX child_municipality_status ON child(municipality_id, status);
        CREATE INDEX child_municipality_school ON child(municipality_id, school);
        CREATE INDEX child_municipality_district ON child(municipality_id, school_district);
        CREATE INDEX child_municipality_referred ON child(municipality_id, latest_referral_on);
        CREATE INDEX child_created_by ON child(created_by);
        CREATE INDEX child_caseworker ON child(caseworker_id);

        CREATE TABLE guardian (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            child_id INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            relation TEXT NOT NULL CHECK (relation IN ('mother', 'father', 'foster_parent', 'other_guardian', 'other')),
            phone TEXT,
            -- digits without +45, to find the same family registered twice
            phone_digits TEXT,
            email TEXT,
            preferred_language TEXT,
            UNIQUE (child_id, position)
        );
        CREATE INDEX guardian_phone ON guardian(municipality_id, phone_digits);

        CREATE TABLE consent (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            child_id INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            given_by TEXT NOT NULL,
            given_on TEXT NOT NULL,
            method TEXT NOT NULL CHECK (method IN ('written', 'oral')),
            covers_registration BOOLEAN NOT NULL,
            covers_association BOOLEAN NOT NULL,
            covers_volunteer BOOLEAN NOT NULL,
            expires_on TEXT,
            withdrawn_on TEXT,
            withdrawal_reason TEXT,
            recorded_by INTEGER REFERENCES app_user(id),
            recorded_at DATETIME NOT NULL
        );
        CREATE INDEX consent_child ON consent(child_id);

        CREATE TABLE referral (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            child_id INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            referrer_name TEXT NOT NULL,
            referrer_role TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL CHECK (department IN
                ('school', 'health_nurse', 'ssp', 'social_services', 'club', 'integration', 'family', 'other')),
            referred_on TEXT NOT NULL,
            -- comma-separated ReferralReason values
            reasons TEXT NOT NULL,
            reason_note TEXT,
            child_wishes TEXT,
            urgency TEXT NOT NULL CHECK (urgency IN ('normal', 'high')),
            wants_guidance BOOLEAN NOT NULL,
            wants_economic_support BOOLEAN NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('submitted', 'assessment', 'waiting_list', 'approved', 'rejected')),
            track TEXT CHECK (track IN ('economic_only', 'guidance_only', 'both')),
            decision_reason TEXT,
            decided_on TEXT,
            decided_by INTEGER REFERENCES app_user(id),
            created_by INTEGER REFERENCES app_user(id),
            created_at DATETIME NOT NULL,
            CHECK (status <> 'rejected' OR decision_reason IS NOT NULL),
            CHECK (status <> 'approved' OR track IS NOT NULL)
        );
        CREATE INDEX referral_child ON referral(child_id);
        CREATE INDEX referral_municipality_status ON referral(municipality_id, status);
        CREATE INDEX referral_municipality_date ON referral(municipality_id, referred_on);

        CREATE TABLE referral_event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            referral_id INTEGER NOT NULL REFERENCES referral(id) ON DELETE CASCADE,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            from_status TEXT,
            to_status TEXT NOT NULL,
            at DATETIME NOT NULL,
            user_id INTEGER REFERENCES app_user(id),
            note TEXT
        );
        CREATE INDEX referral_event_referral ON referral_event(referral_id);

        CREATE TABLE pass (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            child_id INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
            referral_id INTEGER NOT NULL UNIQUE REFERENCES referral(id),
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            valid_from TEXT NOT NULL,
            valid_to TEXT NOT NULL,
            covers_guidance BOOLEAN NOT NULL,
            covers_fee BOOLEAN NOT NULL,
            covers_equipment BOOLEAN NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('granted', 'in_use', 'ended')),
            granted_on TEXT NOT NULL,
            redeemed_on TEXT,
            ended_on TEXT,
            end_reason TEXT,
            created_by INTEGER REFERENCES app_user(id),
            created_at DATETIME NOT NULL,
            CHECK (valid_from < valid_to)
        );
        CREATE INDEX pass_child ON pass(child_id);
        CREATE INDEX pass_municipality_granted ON pass(municipality_id, granted_on);
        CREATE INDEX pass_municipality_redeemed ON pass(municipality_id, redeemed_on);
        """)
}
