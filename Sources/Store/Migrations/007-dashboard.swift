import GRDB

/// The coordinator's estimate of the target group per school district (for reach), and the
/// commentary written into half-year status reports.
let m007Dashboard = Migration(identifier: "007-dashboard") { db in
    try db.execute(sql: """
        CREATE TABLE district_estimate (
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            district TEXT NOT NULL,
            target_children INTEGER NOT NULL CHECK (target_children >= 0),
            PRIMARY KEY (municipality_id, district)
        ) WITHOUT ROWID;

        CREATE TABLE report_commentary (
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            period_from TEXT NOT NULL,
            period_to TEXT NOT NULL,
            text TEXT NOT NULL,
            updated_at DATETIME NOT NULL,
            updated_by INTEGER REFERENCES app_user(id),
            PRIMARY KEY (municipality_id, period_from, period_to)
        ) WITHOUT ROWID;

        CREATE INDEX referral_municipality_department ON referral(municipality_id, department, referred_on);
        CREATE INDEX pass_child_redeemed ON pass(child_id, redeemed_on);
        """)
}
