import Domain
import Foundation
import GRDB
import Store

/// Associations and money for the large data set: grant rules, three funding sources with yearly
/// budgets, `associationsPerMunicipality` associations with a contact and three activities each.
/// Enrolments, grants, claims and payments follow in `LargeDemo+Grants.swift`. The first
/// association belongs to the demo contact (`association@SLUG.demo`).
extension LargeDemo {
    struct LargeActivity {
        let id: Int64
        let association: Int64
        let name: String
        let ages: ClosedRange<Int>
        let fee: Int64
    }

    static func addAssociations(_ c: inout Context) throws {
        let (sources, contactUser) = try addFunding(&c)
        let activities = try addClubs(&c, contactUser: contactUser)
        try addEnrolmentsAndGrants(&c, activities: activities, sources: sources, contactUser: contactUser)
    }

    /// Grant rules, funding sources with budgets for every year the data covers.
    private static func addFunding(_ c: inout Context) throws -> (sources: [Int64], contactUser: UserID) {
        let db = c.db
        try db.execute(sql: """
            INSERT INTO grant_rules (municipality_id, max_fee_per_year, max_equipment_per_year, camps_covered, max_camp_per_year,
              max_years, income_limit, unclaimed_weeks) VALUES (?, 250000, 100000, 1, 150000, ?, 0, 8)
            """, arguments: [c.municipality, c.index % 3 == 0 ? 3 : nil])
        var sources: [Int64] = []
        let town = c.index < 2 ? DemoData.municipalities[c.index].name.replacingOccurrences(of: " Kommune", with: "") : "Kommune \(c.index + 1)"
        for (name, kind, kroner) in [("Kommunens fritidspasbudget", "municipal", Int64(1_800_000)), ("BROEN \(town)", "broen", 500_000),
                                     ("DIF og DGI's foreningspulje", "dif_dgi", 250_000)] {
            try db.execute(sql: "INSERT INTO funding_source (municipality_id, name, kind, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [c.municipality, name, kind, c.moment(c.today.adding(years: -3))])
            let id = db.lastInsertedRowID
            sources.append(id)
            for year in (c.today.year - 4)...c.today.year {
                try db.execute(sql: "INSERT INTO funding_budget (funding_source_id, municipality_id, year, amount) VALUES (?, ?, ?, ?)",
                               arguments: [id, c.municipality, year, kroner * 100])
            }
        }
        return (sources, c.users[.association]!)
    }

    static func clubName(_ category: ActivityCategory, _ district: String) -> String {
        switch category {
        case .football: "\(district) Boldklub"
        case .handball: "\(district) Håndboldklub"
        case .swimming: "Svømmeklubben \(district)"
        case .gymnastics: "Gymnastikforeningen \(district)"
        case .scouts: "Spejderne \(district)"
        case .music: "\(district) Musikforening"
        case .martialArts: "\(district) Judo og Karate"
        case .dance: "Dansestudiet \(district)"
        case .riding: "Rideklubben \(district)"
        case .esport: "Esport \(district)"
        case .other: "\(district) Idrætsforening"
        }
    }

    /// Associations, each with a contact and three activities for the season now running.
    private static func addClubs(_ c: inout Context, contactUser: UserID) throws -> [LargeActivity] {
        let db = c.db
        let associationInsert = try db.cachedStatement(sql: """
            INSERT INTO association (municipality_id, name, cvr, address, district, categories, website, bank_reference, accepts_fritidspas,
              offer_note, is_active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let contactInsert = try db.cachedStatement(sql: """
            INSERT INTO association_contact (association_id, municipality_id, name, role, email, phone, user_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let activityInsert = try db.cachedStatement(sql: """
            INSERT INTO activity (association_id, municipality_id, name, category, min_age, max_age, gender, weekdays, time_text, place, district,
              season_start, season_end, fee, fee_period, equipment, capacity, free_places, is_active, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, 'all', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
            """)
        let districts = ["Nord", "Syd", "Øst", "Vest", "Centrum", "Havnen", "Skoven", "Bakken"]
        let categories = ActivityCategory.allCases
        let season = Season(startMonth: 8, startDay: 1, endMonth: 6, endDay: 30)!
        let period = season.period(containing: c.today) ?? season.period(startingAfter: c.today)
        let founded = c.moment(c.today.adding(years: -3))
        var activities: [LargeActivity] = []
        for n in 0..<c.size.associationsPerMunicipality {
            // (category, round) is unique, and so is the name: each round of categories moves one district on.
            let category = categories[n % categories.count]
            let district = districts[(n / categories.count + n % categories.count) % districts.count]
            let name = clubName(category, district) + (n >= categories.count * districts.count ? " \(n)" : "")
            let slug = name.lowercased().folding(options: .diacriticInsensitive, locale: nil).filter { $0.isLetter }
            try associationInsert.execute(arguments: [
                c.municipality, name, DemoData.demoCVR(c.index * 1000 + n), "\(["Idrætsvej", "Skolegade", "Parkvej", "Havnevej"][n % 4]) \(n + 2)",
                district, category.rawValue, "www.\(slug.prefix(24)).dk", n % 3 == 0 ? "Reg. \(5000 + n) konto \(10_000_000 + n * 4321)" : nil,
                n % 17 != 16, n % 4 == 0 ? "Tilbyder at låne udstyr de første måneder." : nil, n % 25 != 24, founded])
            let association = db.lastInsertedRowID
            let contact = n == 0 ? "Foreningskontakt \(c.index + 1)" : DemoData.contactNames[(n + c.index * 7) % DemoData.contactNames.count]
            let mail = contact.lowercased().folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: " ", with: ".")
            try contactInsert.execute(arguments: [association, c.municipality, contact, ["Formand", "Kasserer", "Ungdomstræner"][n % 3],
                                                  "\(mail)@\(slug.prefix(12)).demo", String(format: "%02d %02d %02d %02d", 20 + n % 70, 10 + c.index, 40, n % 100),
                                                  n == 0 ? contactUser : nil, founded])
            // The club's two teams from the small demo, and an open team for every age.
            let teams = Array(DemoData.teams[category]!.prefix(2)) + [("Åben træning", 6...17, "sat", "10.00–12.00", 500)]
            for (t, team) in teams.enumerated() {
                let fee = team.fee + Int64((n * 50) % 300)
                let free = c.pick(9)
                try activityInsert.execute(arguments: [
                    association, c.municipality, team.name, category.rawValue, team.ages.lowerBound, team.ages.upperBound, team.days, team.time,
                    DemoData.place(category, district), district, period.from, period.to, fee * 100, t == 1 && n % 2 == 0 ? "half_year" : "season",
                    category == .football ? "Fodboldstøvler, benskinner og drikkedunk" : nil, 20 + free * 3, free, founded, founded])
                activities.append(LargeActivity(id: db.lastInsertedRowID, association: association, name: "\(team.name), \(name)",
                                                ages: team.ages, fee: fee * 100))
            }
        }
        return activities
    }
}
