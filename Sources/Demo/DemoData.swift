import Domain
import Foundation
import GRDB
import Store

/// A realistic demo data set: two municipalities with a user of every role, and (from the
/// feature seeders) children, referrals and the rest. Loaded only into an empty database.
public enum DemoData {
    public static let password = "demo-fritidspas"
    public static let adminEmail = "admin@fritidspas.demo"

    public struct Login: Sendable, Equatable {
        public let email: String
        public let role: Role
        public let municipality: String?
    }

    /// The demo municipalities: slug, name, scheme name, support e-mail, support phone.
    static let municipalities: [(slug: String, name: String, scheme: String, email: String, phone: String)] = [
        ("holstebro", "Holstebro Kommune", "Fritidspas Holstebro", "fritidspas@holstebro.demo", "96 11 75 00"),
        ("svendborg", "Svendborg Kommune", "Fritidspas Svendborg", "fritidspas@svendborg.demo", "62 23 30 00"),
    ]

    /// Names of the role users, per municipality.
    static let people: [String: [Role: String]] = [
        "holstebro": [.coordinator: "Mette Kjær", .caseworker: "Lars Nørgaard", .volunteer: "Amira Hassan",
                      .association: "Jens Poulsen"],
        "svendborg": [.coordinator: "Sofie Lund", .caseworker: "Ahmad Rahimi", .volunteer: "Karen Mortensen",
                      .association: "Peter Holm"],
    ]

    /// The pattern every demo login follows: `admin@fritidspas.demo` and `ROLE@SLUG.demo`.
    public static var logins: [Login] {
        [Login(email: adminEmail, role: .admin, municipality: nil)] + municipalities.flatMap { m in
            Role.municipalRoles.map { Login(email: "\($0.rawValue)@\(m.slug).demo", role: $0, municipality: m.slug) }
        }
    }

    /// Loads the demo data unless the database already holds a municipality. Returns true if it
    /// loaded. All in one transaction: a failure leaves the database as it was.
    @discardableResult
    public static func load(into writer: any DatabaseWriter, passwordHash: String, clock: Clock) throws -> Bool {
        try writer.write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM municipality") == 0 else { return false }
            var context = DemoContext(db: db, clock: clock, passwordHash: passwordHash)
            for seeder in seeders {
                try seeder(&context)
            }
            return true
        }
    }

    /// Each feature adds its demo rows here, in order.
    static let seeders: [@Sendable (inout DemoContext) throws -> Void] = [
        seedFoundation,
        seedIntake,
        seedImplementation,
        seedAssociations,
        seedGuidance,
        seedDashboard,
        seedRegistries,
    ]

    static func seedFoundation(_ demo: inout DemoContext) throws {
        let now = demo.clock.now
        try demo.db.execute(sql: "INSERT INTO app_user (municipality_id, role, email, name, password_hash, created_at) VALUES (NULL, 'admin', ?, ?, ?, ?)",
                            arguments: [adminEmail, "Fritidspas Support", demo.passwordHash, now])
        for m in municipalities {
            try demo.db.execute(sql: """
                INSERT INTO municipality (slug, name, scheme_name, support_email, support_phone, created_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [m.slug, m.name, m.scheme, m.email, m.phone, now])
            let id = MunicipalityID(demo.db.lastInsertedRowID)
            demo.municipalities[m.slug] = id
            for role in Role.municipalRoles {
                let email = "\(role.rawValue)@\(m.slug).demo"
                try demo.db.execute(sql: """
                    INSERT INTO app_user (municipality_id, role, email, name, password_hash, created_at, last_sign_in_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, role.rawValue, email, people[m.slug]?[role] ?? email, demo.passwordHash, now, nil])
                demo.users[email] = UserID(demo.db.lastInsertedRowID)
            }
        }
    }
}

/// What the seeders share: the open transaction, the clock, ids created so far and a
/// deterministic random source, so every demo load yields the same data.
struct DemoContext {
    let db: Database
    let clock: Clock
    let passwordHash: String
    var municipalities: [String: MunicipalityID] = [:]
    var users: [String: UserID] = [:]
    /// The kind of activity each demo child wishes for, so the club, the guidance course and the
    /// follow-ups that come later fit the child.
    var wishes: [ChildID: ActivityCategory] = [:]
    /// Children placed with the demo association contact's club, so its portal has a child in
    /// each state of a grant and follow-ups due.
    var firstClubChildren: Set<ChildID> = []
    var random = SeededRandom(seed: 2026)
}

/// SplitMix64: small, fast and reproducible.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
