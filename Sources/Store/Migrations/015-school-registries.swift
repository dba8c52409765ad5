import Foundation
import GRDB

/// Schools and school districts become registries per municipality (forms choose from them).
/// Spellings typed so far are joined when they differ only in case and spaces ("Tvis skole",
/// "Tvis  Skole" → one school); every record is set to the kept spelling, and what was joined is
/// written to `registry_merge` so the coordinator can see it on the registry page.
let m015SchoolRegistries = Migration(identifier: "015-school-registries") { db in
    try db.execute(sql: """
        CREATE TABLE school_district (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
            name_key TEXT NOT NULL,
            created_at DATETIME NOT NULL,
            UNIQUE (municipality_id, name_key)
        );
        CREATE TABLE school (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
            name_key TEXT NOT NULL,
            district_id INTEGER REFERENCES school_district(id),
            created_at DATETIME NOT NULL,
            UNIQUE (municipality_id, name_key)
        );
        CREATE INDEX school_district_of ON school(district_id);
        CREATE TABLE registry_merge (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            municipality_id INTEGER NOT NULL REFERENCES municipality(id),
            kind TEXT NOT NULL CHECK (kind IN ('school', 'district')),
            merged_from TEXT NOT NULL,
            merged_into TEXT NOT NULL,
            rows INTEGER NOT NULL CHECK (rows >= 0),
            merged_at DATETIME NOT NULL
        );
        CREATE INDEX registry_merge_municipality ON registry_merge(municipality_id);
        """)
    try RegistryMerging.run(db, at: Date())
}
