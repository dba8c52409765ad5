import GRDB

/// Associations with contacts and activities; children's enrolments; grant rules, funding
/// sources with yearly budgets; grants, claims with their attachments, payment batches and
/// payments. Amounts are integer øre.
let m005AssociationsGrants = Migration(identifier: "005-associations-grants") { db in
    try db.execute(sql: """
        CREATE TABLE association (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            name TEXT NOT NULL,
            cvr TEXT NOT NULL CHECK (length(cvr) = 8),
            address TEXT NOT NULL DEFAULT '',
            district TEXT NOT NULL DEFAULT '',
            -- comma-separated ActivityCategory values
            categories TEXT NOT NULL DEFAULT '',
            website TEXT,
            bank_reference TEXT,
            accepts_fritidspas BOOLEAN NOT NULL DEFAULT 1,
            offer_note TEXT,
            is_active BOOLEAN NOT NULL DEFAULT 1,
            created_at DATETIME NOT NULL,
            UNIQUE (municipality_id, cvr)
        );
        CREATE INDEX association_municipality_name ON association(municipality_id, name);

        CREATE TABLE association_contact (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            association_id INTEGER NOT NULL REFERENCES association(id) ON DELETE CASCADE,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            email TEXT,
            phone TEXT,
            -- a portal login belongs to one association only
            user_id INTEGER UNIQUE REFERENCES app_user(id),
            created_at DATETIME NOT NULL
        );
        CREATE INDEX association_contact_association ON association_contact(association_id);

        CREATE TABLE activity (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            association_id INTEGER NOT NULL REFERENCES association(id),
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            name TEXT NOT NULL,
            category TEXT NOT NULL CHECK (category IN ('football', 'handball', 'swimming', 'gymnastics', 'scouts', 'music',
                'martial_arts', 'dance', 'riding', 'esport', 'other')),
            min_age INTEGER NOT NULL CHECK (min_age BETWEEN 0 AND 25),
            max_age INTEGER NOT NULL CHECK (max_age BETWEEN 0 AND 25),
            gender TEXT NOT NULL DEFAULT 'all' CHECK (gender IN ('all', 'girls', 'boys')),
            -- comma-separated Weekday values
            weekdays TEXT NOT NULL DEFAULT '',
            time_text TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            district TEXT NOT NULL DEFAULT '',
            season_start TEXT,
            season_end TEXT,
            fee INTEGER NOT NULL CHECK (fee >= 0),
            fee_period TEXT NOT NULL CHECK (fee_period IN ('season', 'year', 'half_year', 'month')),
            equipment TEXT,
            capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
            free_places INTEGER CHECK (free_places IS NULL OR free_places >= 0),
            is_active BOOLEAN NOT NULL DEFAULT 1,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL,
            CHECK (min_age <= max_age),
            CHECK ((season_start IS NULL) = (season_end IS NULL))
        );
        CREATE INDEX activity_association ON activity(association_id);
        CREATE INDEX activity_municipality_category ON activity(municipality_id, category);
        CREATE INDEX activity_municipality_district ON activity(municipality_id, district);

        -- A child taking part in an activity; start and stop dates feed retention follow-ups.
        CREATE TABLE enrolment (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            child_id INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
            activity_id INTEGER NOT NULL REFERENCES activity(id),
            -- the activity's association, kept here so the association's slice needs no join
            association_id INTEGER NOT NULL REFERENCES association(id),
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            enrolled_on TEXT NOT NULL,
            started_on TEXT,
            start_confirmed_by INTEGER REFERENCES app_user(id),
            start_confirmed_at DATETIME,
            stopped_on TEXT,
            stop_reason TEXT,
            stop_reported_by INTEGER REFERENCES app_user(id),
            stop_reported_at DATETIME,
            created_by INTEGER REFERENCES app_user(id),
            created_at DATETIME NOT NULL,
            CHECK (started_on IS NULL OR stopped_on IS NULL OR started_on <= stopped_on)
        );
        CREATE UNIQUE INDEX enrolment_open ON enrolment(child_id, activity_id) WHERE stopped_on IS NULL;
        CREATE INDEX enrolment_association ON enrolment(association_id, child_id);
        CREATE INDEX enrolment_municipality_started ON enrolment(municipality_id, started_on);
        CREATE INDEX enrolment_municipality_stopped ON enrolment(municipality_id, stopped_on);

        CREATE TABLE grant_rules (
            municipality_id INTEGER PRIMARY KEY REFERENCES municipality(id),
            max_fee_per_year INTEGER NOT NULL CHECK (max_fee_per_year >= 0),
            max_equipment_per_year INTEGER NOT NULL CHECK (max_equipment_per_year >= 0),
            camps_covered BOOLEAN NOT NULL,
            max_camp_per_year INTEGER NOT NULL CHECK (max_camp_per_year >= 0),
            max_years INTEGER CHECK (max_years IS NULL OR max_years BETWEEN 1 AND 25),
            income_limit BOOLEAN NOT NULL DEFAULT 0,
            income_limit_note TEXT,
            unclaimed_weeks INTEGER NOT NULL DEFAULT 8 CHECK (unclaimed_weeks BETWEEN 1 AND 52)
        );

        CREATE TABLE funding_source (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('municipal', 'broen', 'fritidspuljen', 'dif_dgi', 'other')),
            is_active BOOLEAN NOT NULL DEFAULT 1,
            created_at DATETIME NOT NULL,
            UNIQUE (municipality_id, name)
        );

        CREATE TABLE funding_budget (
            funding_source_id INTEGER NOT NULL REFERENCES funding_source(id) ON DELETE CASCADE,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
            amount INTEGER NOT NULL CHECK (amount >= 0),
            PRIMARY KEY (funding_source_id, year)
        );

        -- "grant" is an SQL keyword, hence support_grant.
        CREATE TABLE support_grant (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            child_id INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            enrolment_id INTEGER REFERENCES enrolment(id),
            activity_id INTEGER NOT NULL REFERENCES activity(id),
            association_id INTEGER NOT NULL REFERENCES association(id),
            funding_source_id INTEGER NOT NULL REFERENCES funding_source(id),
            kind TEXT NOT NULL CHECK (kind IN ('fee', 'equipment', 'camp')),
            amount INTEGER NOT NULL CHECK (amount > 0),
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            -- the year of period_from: caps and budgets count per year
            budget_year INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('granted', 'claimed', 'approved', 'paid', 'cancelled', 'expired')),
            granted_on TEXT NOT NULL,
            claim_deadline TEXT NOT NULL,
            note TEXT,
            -- why a coordinator granted beyond a cap or the budget
            override_reason TEXT,
            cancelled_on TEXT,
            cancel_reason TEXT,
            created_by INTEGER REFERENCES app_user(id),
            created_at DATETIME NOT NULL,
            CHECK (period_from <= period_to),
            CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL)
        );
        CREATE INDEX support_grant_child ON support_grant(child_id);
        CREATE INDEX support_grant_municipality_status ON support_grant(municipality_id, status, granted_on);
        CREATE INDEX support_grant_funding ON support_grant(funding_source_id, budget_year);
        CREATE INDEX support_grant_association ON support_grant(association_id);

        CREATE TABLE payment_batch (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            status TEXT NOT NULL CHECK (status IN ('open', 'exported', 'paid')),
            created_by INTEGER REFERENCES app_user(id),
            created_at DATETIME NOT NULL,
            exported_by INTEGER REFERENCES app_user(id),
            exported_at DATETIME,
            export_count INTEGER NOT NULL DEFAULT 0,
            paid_on TEXT,
            paid_by INTEGER REFERENCES app_user(id),
            paid_at DATETIME,
            CHECK ((status = 'paid') = (paid_on IS NOT NULL))
        );
        CREATE INDEX payment_batch_municipality ON payment_batch(municipality_id, created_at);

        CREATE TABLE claim (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            grant_id INTEGER NOT NULL REFERENCES support_grant(id) ON DELETE CASCADE,
            child_id INTEGER NOT NULL REFERENCES child(id) ON DELETE CASCADE,
            association_id INTEGER NOT NULL REFERENCES association(id),
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            amount INTEGER NOT NULL CHECK (amount > 0),
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            note TEXT,
            -- the uploaded file: a random name in the uploads directory, the name it was sent
            -- with, its type as recognised from its content, and its size in bytes
            attachment_file TEXT UNIQUE,
            attachment_name TEXT,
            attachment_type TEXT CHECK (attachment_type IS NULL OR attachment_type IN ('application/pdf', 'image/jpeg', 'image/png')),
            attachment_size INTEGER,
            status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'paid')),
            created_by INTEGER REFERENCES app_user(id),
            created_at DATETIME NOT NULL,
            submitted_by INTEGER REFERENCES app_user(id),
            submitted_at DATETIME,
            decided_by INTEGER REFERENCES app_user(id),
            decided_at DATETIME,
            reject_reason TEXT,
            batch_id INTEGER REFERENCES payment_batch(id),
            paid_on TEXT,
            CHECK (period_from <= period_to),
            CHECK (status <> 'rejected' OR reject_reason IS NOT NULL),
            CHECK (status <> 'paid' OR (batch_id IS NOT NULL AND paid_on IS NOT NULL)),
            CHECK (batch_id IS NULL OR status IN ('approved', 'paid')),
            CHECK ((attachment_file IS NULL) = (attachment_type IS NULL))
        );
        -- One live claim per grant, and one draft.
        CREATE UNIQUE INDEX claim_live ON claim(grant_id) WHERE status IN ('submitted', 'approved', 'paid');
        CREATE UNIQUE INDEX claim_draft ON claim(grant_id) WHERE status = 'draft';
        CREATE INDEX claim_municipality_status ON claim(municipality_id, status);
        CREATE INDEX claim_batch ON claim(batch_id);
        CREATE INDEX claim_association ON claim(association_id, status);
        CREATE INDEX claim_child ON claim(child_id);

        -- Never more than granted, whatever the application does.
        CREATE TRIGGER claim_within_grant_insert BEFORE INSERT ON claim
        WHEN NEW.amount > (SELECT amount FROM support_grant WHERE id = NEW.grant_id)
        BEGIN SELECT RAISE(ABORT, 'claim exceeds the grant'); END;
        CREATE TRIGGER claim_within_grant_update BEFORE UPDATE OF amount ON claim
        WHEN NEW.amount > (SELECT amount FROM support_grant WHERE id = NEW.grant_id)
        BEGIN SELECT RAISE(ABORT, 'claim exceeds the grant'); END;

        -- The ledger: a claim is paid once (UNIQUE claim_id). Kept for the accounts.
        CREATE TABLE payment (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            claim_id INTEGER NOT NULL UNIQUE REFERENCES claim(id),
            batch_id INTEGER NOT NULL REFERENCES payment_batch(id),
            association_id INTEGER NOT NULL REFERENCES association(id),
            amount INTEGER NOT NULL CHECK (amount > 0),
            paid_on TEXT NOT NULL
        );
        CREATE INDEX payment_municipality_paid ON payment(municipality_id, paid_on);
        CREATE INDEX payment_batch_claims ON payment(batch_id);
        """)
}
