import Domain
import Foundation
import GRDB
import Store

/// A large, realistic data set for benchmarks: `fritidspas demo --size large` makes 20
/// municipalities with 2 500 children each (50 000), two referrals per child (100 000), 50
/// associations per municipality (1 000) with activities and enrolments, 3 grants per child
/// (150 000) with claims and payments, volunteers, guidance courses with 10 sessions per child
/// (500 000) and follow-ups, two months of audit trail. Dates spread over the last ~3 years. Rows go in through cached
/// prepared statements in one transaction per municipality; every user's password is
/// `demo-fritidspas`. The steps live in `LargeDemo+<Feature>.swift`.
public enum LargeDemo {
    public struct Size: Sendable {
        public var municipalities: Int
        public var childrenPerMunicipality: Int
        public var associationsPerMunicipality: Int
        /// Support grants per child, on average (exact per municipality).
        public var grantsPerChild: Int
        /// Guidance sessions per child, on average (exact per municipality).
        public var sessionsPerChild: Int

        public init(municipalities: Int, childrenPerMunicipality: Int, associationsPerMunicipality: Int = 50,
                    grantsPerChild: Int = 3, sessionsPerChild: Int = 10) {
            self.municipalities = municipalities
            self.childrenPerMunicipality = childrenPerMunicipality
            self.associationsPerMunicipality = associationsPerMunicipality
            self.grantsPerChild = grantsPerChild
            self.sessionsPerChild = sessionsPerChild
        }

        public static let large = Size(municipalities: 20, childrenPerMunicipality: 2_500)
        /// For the benchmark smoke run in CI: the same shape, a few seconds to generate.
        public static let small = Size(municipalities: 3, childrenPerMunicipality: 300, associationsPerMunicipality: 10)
    }

    /// What a generator step adds for one municipality.
    struct Context {
        let db: Database
        let municipality: MunicipalityID
        let index: Int
        let today: LocalDate
        let now: Date
        let users: [Role: UserID]
        let size: Size
        var random: SeededRandom
        /// Children as (id, birth date, district, pass id?, pass valid from).
        var children: [(id: Int64, district: String, pass: Int64?, passFrom: LocalDate?)] = []
        /// The activity each redeemed pass was first used for (pass id → activity name), from
        /// the associations step, so guidance courses name the same activity.
        var startedActivity: [Int64: String] = [:]

        var childrenPerMunicipality: Int { size.childrenPerMunicipality }

        /// A whole number in `0..<n`.
        mutating func pick(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        /// True `percent` times out of 100.
        mutating func chance(_ percent: Int) -> Bool { pick(100) < percent }
        /// An element of `list`.
        mutating func pick<T>(from list: [T]) -> T { list[pick(list.count)] }
        /// A moment on `day` (mid-morning), for the DATETIME columns.
        func moment(_ day: LocalDate) -> Date {
            now.addingTimeInterval(-Double(day.days(until: today)) * 86_400)
        }
    }

    /// Generation steps, in order; features add theirs.
    static let steps: [@Sendable (inout Context) throws -> Void] = [addIntake, addAssociations, addGuidance, addAuditTrail]

    /// The municipality's passes with their child, oldest first (what later steps build on).
    struct PassRow {
        let id: Int64
        let child: Int64
        let validFrom: LocalDate
        let validTo: LocalDate
        let redeemedOn: LocalDate?
        let birthDate: LocalDate
        let district: String
    }

    static func passes(_ c: Context) throws -> [PassRow] {
        try Row.fetchAll(c.db, sql: """
            SELECT p.id, p.child_id, p.valid_from, p.valid_to, p.redeemed_on, c.birth_date, c.school_district
            FROM pass p JOIN child c ON c.id = p.child_id WHERE p.municipality_id = ? ORDER BY p.valid_from, p.id
            """, arguments: [c.municipality]).map {
            PassRow(id: $0["id"], child: $0["child_id"], validFrom: $0["valid_from"], validTo: $0["valid_to"],
                    redeemedOn: $0["redeemed_on"], birthDate: $0["birth_date"], district: $0["school_district"])
        }
    }

    /// Splits `total` over items with the given weights, exactly: the counts add up to `total`.
    static func spread(_ total: Int, weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        var running = 0, given = 0
        return weights.map { w in
            running += w
            let upTo = total * running / sum
            defer { given = upTo }
            return upTo - given
        }
    }

    public static func generate(into writer: any DatabaseWriter, size: Size, passwordHash: String, clock: Clock,
                                progress: (String) -> Void = { _ in }) throws {
        let today = clock.today
        let now = clock.now
        try writer.write { db in
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM municipality") == 0 else {
                throw DemoError.notEmpty
            }
            try db.execute(sql: "INSERT INTO app_user (municipality_id, role, email, name, password_hash, created_at) VALUES (NULL, 'admin', ?, 'Fritidspas Support', ?, ?)",
                           arguments: [DemoData.adminEmail, passwordHash, now])
        }
        for index in 0..<size.municipalities {
            try writer.write { db in
                let slug = index < 2 ? DemoData.municipalities[index].slug : "kommune\(index + 1)"
                let name = index < 2 ? DemoData.municipalities[index].name : "Kommune \(index + 1)"
                try db.execute(sql: "INSERT INTO municipality (slug, name, scheme_name, created_at) VALUES (?, ?, ?, ?)",
                               arguments: [slug, name, "Fritidspas \(name.replacingOccurrences(of: " Kommune", with: ""))", now])
                let municipality = MunicipalityID(db.lastInsertedRowID)
                var users: [Role: UserID] = [:]
                for role in Role.municipalRoles {
                    try db.execute(sql: "INSERT INTO app_user (municipality_id, role, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                                   arguments: [municipality, role.rawValue, "\(role.rawValue)@\(slug).demo", "\(role.rawValue.capitalized) \(index + 1)",
                                               passwordHash, now])
                    users[role] = UserID(db.lastInsertedRowID)
                }
                var context = Context(db: db, municipality: municipality, index: index, today: today, now: now, users: users,
                                      size: size, random: SeededRandom(seed: UInt64(1000 + index)))
                for step in steps { try step(&context) }
            }
            progress("municipality \(index + 1)/\(size.municipalities)")
        }
        // Once over all children (it updates the whole table), not per municipality.
        try writer.write { db in try StoreMaintenance.refreshChildStatuses(today: today, db) }
        // Schools and districts as registries, built from the names the data uses.
        try writer.write { db in try RegistryMerging.run(db, at: clock.now) }
    }

    /// The tables the benchmark data set fills, in the order they are reported.
    public static let countedTables = [
        "municipality", "app_user", "child", "referral", "pass", "association", "activity", "enrolment", "support_grant", "claim",
        "payment_batch", "payment", "volunteer", "guidance_course", "guidance_session", "parent_agreement", "board_offer", "follow_up",
        "audit_event",
    ]

    /// Row counts of `countedTables`.
    public static func counts(_ db: Database) throws -> [(table: String, rows: Int)] {
        try countedTables.map { ($0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? 0) }
    }

    public enum DemoError: Error, CustomStringConvertible {
        case notEmpty
        public var description: String { "The database is not empty; generate into a new file." }
    }

    static func addIntake(_ c: inout Context) throws {
        let db = c.db
        let districts = ["Nord", "Syd", "Øst", "Vest", "Centrum", "Havnen", "Skoven", "Bakken"]
        let childInsert = try db.cachedStatement(sql: """
            INSERT INTO child (municipality_id, first_name, last_name, search_name, birth_date, gender, school, school_class, school_district,
              home_language, needs_interpreter, needs_adaptation, interests, caseworker_id, created_by, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let guardianInsert = try db.cachedStatement(sql: """
            INSERT INTO guardian (child_id, municipality_id, position, name, relation, phone, phone_digits, preferred_language) VALUES (?, ?, 0, ?, 'mother', ?, ?, 'dansk')
            """)
        let consentInsert = try db.cachedStatement(sql: """
            INSERT INTO consent (child_id, municipality_id, given_by, given_on, method, covers_registration, covers_association, covers_volunteer, recorded_at)
            VALUES (?, ?, ?, ?, 'written', 1, 1, 1, ?)
            """)
        let referralInsert = try db.cachedStatement(sql: """
            INSERT INTO referral (child_id, municipality_id, referrer_name, referrer_role, department, referred_on, reasons, urgency, wants_guidance,
              wants_economic_support, status, track, decision_reason, decided_on, decided_by, created_by, created_at)
            VALUES (?, ?, 'Medarbejder', '', ?, ?, 'economic', 'normal', 1, 1, ?, ?, ?, ?, ?, ?, ?)
            """)
        let eventInsert = try db.cachedStatement(sql: """
            INSERT INTO referral_event (referral_id, municipality_id, from_status, to_status, at, user_id) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let passInsert = try db.cachedStatement(sql: """
            INSERT INTO pass (child_id, referral_id, municipality_id, valid_from, valid_to, covers_guidance, covers_fee, covers_equipment, status,
              granted_on, redeemed_on, created_at) VALUES (?, ?, ?, ?, ?, 1, 1, 1, ?, ?, ?, ?)
            """)
        let departments = Department.allCases.map(\.rawValue)
        let caseworker = c.users[.caseworker]!, coordinator = c.users[.coordinator]!
        for n in 0..<c.childrenPerMunicipality {
            let (first, gender) = DemoData.firstNames[Int(c.random.next() % UInt64(DemoData.firstNames.count))]
            let last = DemoData.lastNames[Int(c.random.next() % UInt64(DemoData.lastNames.count))]
            let age = 6 + Int(c.random.next() % 12)
            let birth = c.today.adding(years: -age).adding(days: -Int(c.random.next() % 360))
            let district = districts[n % districts.count]
            let school = "\(district)skolen"
            let created = c.now.addingTimeInterval(-Double(30 + Int(c.random.next() % 1_060)) * 86400)
            let createdDay = LocalDate(created, in: .danish)
            try childInsert.execute(arguments: [c.municipality, first, last, StoreMaintenance.searchName(first, last), birth, gender.rawValue,
                                                school, "\(max(0, age - 6)).a", district, n % 4 == 0 ? "arabisk" : "dansk", n % 8 == 0,
                                                n % 13 == 0, DemoData.wishes[DemoData.wishCycle[n % DemoData.wishCycle.count]]!,
                                                n % 5 == 0 ? caseworker : nil, caseworker, created, created])
            let child = db.lastInsertedRowID
            let phone = String(format: "%08d", 20_000_000 + c.index * 100_000 + n)
            try guardianInsert.execute(arguments: [child, c.municipality, "Forælder \(last)", phone, phone])
            try consentInsert.execute(arguments: [child, c.municipality, "Forælder \(last)", createdDay, created])
            var passID: Int64?
            var passFrom: LocalDate?
            // Two referrals per child: an older decided one and a newer one in any state.
            for r in 0..<2 {
                // Nothing in the future: a referral at the latest six days ago, decided five days later.
                let on = min(createdDay.adding(days: 1 + r * Int(c.random.next() % 200)), c.today.adding(days: -6))
                let roll = Int(c.random.next() % 100)
                let status = r == 0 ? (roll < 70 ? "approved" : roll < 85 ? "rejected" : "waiting_list")
                    : (roll < 40 ? "approved" : roll < 60 ? "submitted" : roll < 75 ? "assessment" : roll < 90 ? "rejected" : "waiting_list")
                let decided = ["approved", "rejected", "waiting_list"].contains(status) ? on.adding(days: 5) : nil
                try referralInsert.execute(arguments: [child, c.municipality, departments[Int(c.random.next() % UInt64(departments.count))], on,
                                                       status, status == "approved" ? "both" : nil,
                                                       status == "rejected" ? "Har støtte fra anden ordning" : nil, decided,
                                                       decided == nil ? nil : coordinator,
                                                       caseworker, created])
                let referral = db.lastInsertedRowID
                let referredAt = c.moment(on)
                try eventInsert.execute(arguments: [referral, c.municipality, nil, "submitted", referredAt, caseworker])
                if status != "submitted" { try eventInsert.execute(arguments: [referral, c.municipality, "submitted", "assessment", referredAt, coordinator]) }
                if let decided, status != "assessment" {
                    try eventInsert.execute(arguments: [referral, c.municipality, "assessment", status, c.moment(decided), coordinator])
                    if status == "approved" && passID == nil || (status == "approved" && r == 1) {
                        // Two passes in three are taken into use a week to a month after the decision.
                        let redeemed = roll % 3 != 0 ? Optional(decided.adding(days: 7 + roll % 30)).flatMap { $0 <= c.today ? $0 : nil } : nil
                        try passInsert.execute(arguments: [child, referral, c.municipality, decided, decided.adding(years: 1), redeemed == nil ? "granted" : "in_use",
                                                           decided, redeemed, created])
                        passID = db.lastInsertedRowID
                        passFrom = decided
                    }
                }
            }
            c.children.append((child, district, passID, passFrom))
        }
    }
}
