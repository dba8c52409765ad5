import GRDB

/// Indexes found by the benchmark (`benchmarks/run`, 50 000 children) with EXPLAIN QUERY PLAN.
let m009BenchmarkIndexes = Migration(identifier: "009-benchmark-indexes") { db in
    try db.execute(sql: """
        -- The children list counts the listed (not anonymised) children of a municipality on every
        -- page: from this index alone instead of reading 2 500 rows.
        CREATE INDEX child_municipality_listed ON child(municipality_id, anonymised_at);
        -- …and sorts them by name without case: in index order, so page 1 reads 25 rows, not all.
        CREATE INDEX child_municipality_name_nocase ON child(municipality_id, last_name COLLATE NOCASE, first_name COLLATE NOCASE)
            WHERE anonymised_at IS NULL;
        -- A child's page lists the child's enrolments: there was no index on child_id (the partial
        -- enrolment_open holds only open ones), so it probed every association of the municipality.
        CREATE INDEX enrolment_child ON enrolment(child_id);
        -- "Who opened this record": the views of one child. Without statistics SQLite took
        -- audit_event_child_views and read every child view in the municipality for 90 days,
        -- which grows with use; this one goes straight to the child.
        CREATE INDEX audit_event_child_record ON audit_event(entity_type, entity_id, municipality_id, action, at);

        -- The dashboard, each from its index alone (no row lookups):
        -- referrals per department in a period,
        CREATE INDEX referral_municipality_date_department ON referral(municipality_id, referred_on, department);
        -- referrals per school (per child, in a period),
        CREATE INDEX referral_child_date ON referral(child_id, referred_on);
        -- children with a pass valid in the period, per district (was every pass of the municipality),
        CREATE INDEX pass_municipality_valid ON pass(municipality_id, valid_to, valid_from, ended_on, child_id);
        -- and the unusual-access check: children opened per user and day over 30 days.
        CREATE INDEX audit_event_child_views_by_user ON audit_event(municipality_id, entity_type, action, at, user_id, entity_id);
        """)
}
