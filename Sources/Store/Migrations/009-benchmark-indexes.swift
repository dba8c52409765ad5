import GRDB

/// Indexes found by the benchmark (`benchmarks/run`, 50 000 children) with EXPLAIN QUERY PLAN.
/// Numbered 009 with 008 and 010 reserved for other features; registered by its own name.
let m009BenchmarkIndexes = Migration(identifier: "009-benchmark-indexes") { db in
    try db.execute(sql: """
        -- The children list counts the listed (not anonymised) children of a municipality on every
        -- page: from this index alone instead of reading 2 500 rows.
        CREATE INDEX child_municipality_listed ON child(municipality_id, anonymised_at);
        -- …and sorts them by name without case: in index order, so page 1 reads 25 rows, not all.
        CREATE INDEX child_municipality_name_nocase ON child(municipality_id, last_name COLLATE NOCASE, first_name COLLATE NOCASE)
            WHERE anonymised_at IS NULL;
        """)
}
