import GRDB

/// The coordinator's hourly rate for fritidsvejledning, for the dashboard's cost per child.
///
/// The other dashboard setting, after how many weeks an unclaimed grant is counted, is not
/// stored here: `grant_rules.unclaimed_weeks` (005) holds it already and the list of unclaimed
/// grants uses it, so the dashboard's settings form edits that column and both agree.
let m010DashboardSettings = Migration(identifier: "010-dashboard-settings") { db in
    try db.execute(sql: """
        CREATE TABLE dashboard_settings (
            municipality_id INTEGER PRIMARY KEY REFERENCES municipality(id),
            -- øre per hour
            guidance_hourly_rate INTEGER CHECK (guidance_hourly_rate IS NULL OR guidance_hourly_rate > 0),
            updated_at DATETIME NOT NULL,
            updated_by INTEGER REFERENCES app_user(id)
        );
        """)
}
