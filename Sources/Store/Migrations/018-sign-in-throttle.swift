import GRDB

/// Sign-in throttling per account and client address (a shared address no longer locks every
/// account), with the lock on the account everywhere as the row whose address is ''. The old
/// per-scope counters are dropped: they only ever hold the last 15 minutes.
let m018SignInThrottle = Migration(identifier: "018-sign-in-throttle") { db in
    try db.execute(sql: """
        CREATE TABLE sign_in_throttle (
            account TEXT NOT NULL,
            address TEXT NOT NULL,
            failures INTEGER NOT NULL CHECK (failures >= 0),
            last_failure_at DATETIME,
            locked_until DATETIME,
            PRIMARY KEY (account, address)
        ) WITHOUT ROWID;
        CREATE INDEX sign_in_throttle_locked ON sign_in_throttle (locked_until);
        DROP TABLE login_throttle;
        """)
}
