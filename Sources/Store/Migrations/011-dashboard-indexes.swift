import GRDB

/// Indexes for the full dashboard, found on the benchmark data with EXPLAIN QUERY PLAN.
let m011DashboardIndexes = Migration(identifier: "011-dashboard-indexes") { db in
    try db.execute(sql: """
        -- "Children contacted" finds each child's first session over the municipality's courses:
        -- was a walk over every municipality's courses in child order.
        CREATE INDEX guidance_course_municipality_child ON guidance_course(municipality_id, child_id);
        -- Sessions, hours and children met in a period, from the index alone (no row per session).
        CREATE INDEX guidance_session_period ON guidance_session(municipality_id, held_on, minutes, course_id);
        """)
}
