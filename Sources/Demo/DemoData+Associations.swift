import Domain
import Foundation
import GRDB
import Store

/// ~15 associations per municipality with activities and contacts; grant rules and funding
/// sources with budgets; children enrolled with grants and claims in every state; a paid
/// payment batch. The demo association user is a contact of the first association, which has
/// children with and without the guardians' consent to sharing.
extension DemoData {
    /// The clubs, each in the school district it is in (a club named after a place is there).
    static let associationNames: [String: [(name: String, category: ActivityCategory, district: String)]] = [
        "holstebro": [
            ("Tvis Boldklub", .football, "Tvis"), ("Holstebro Håndboldklub", .handball, "Øst"), ("Svømmeklubben Delfinen", .swimming, "Syd"),
            ("Gymnastikforeningen Sønderland", .gymnastics, "Syd"), ("KFUM-Spejderne Nørreland", .scouts, "Nord"),
            ("Holstebro Musikforening", .music, "Øst"), ("Holstebro Judo Klub", .martialArts, "Nord"), ("Dansestudiet Vest", .dance, "Syd"),
            ("Rideklubben Storå", .riding, "Måbjerg"), ("Esport Holstebro", .esport, "Øst"), ("Mejrup Idrætsforening", .football, "Mejrup"),
            ("Måbjerg Håndbold", .handball, "Måbjerg"), ("DDS Storå Gruppe", .scouts, "Måbjerg"), ("Holstebro Atletik", .other, "Syd"),
            ("Nørre Boldklub", .football, "Nord"),
        ],
        "svendborg": [
            ("Svendborg Ungdomsfodbold", .football, "Vestermarken"), ("Thurø Håndbold", .handball, "Thurø"),
            ("Svendborg Svømmeklub", .swimming, "Hømarken"), ("Gymnastikforeningen Rantzausminde", .gymnastics, "Rantzausminde"),
            ("Spejderne i Tved", .scouts, "Tved"), ("Svendborg Musikforening", .music, "Vestermarken"),
            ("Svendborg Karateklub", .martialArts, "Hømarken"), ("Dansens Hus Svendborg", .dance, "Vestermarken"),
            ("Svendborg Rideklub", .riding, "Tved"), ("Svendborg E-sport", .esport, "Hømarken"), ("Tåsinge Boldklub", .football, "Tåsinge"),
            ("Hømarken Idrætsforening", .handball, "Hømarken"), ("Sejlklubben Ungdom Svendborg", .other, "Thurø"),
            ("Svendborg Bordtennis", .other, "Rantzausminde"), ("Vestermarken Fodbold", .football, "Vestermarken"),
        ],
    ]

    /// The club and team for a child: a club of the kind the child wishes for, the one in the
    /// child's district if there is one, and the team for the child's age. The demo contact's
    /// club (the first) takes the first footballers wherever they live, so its portal is busy.
    static func team(for wish: ActivityCategory, age: Int, district: String, clubs: [(id: AssociationID, category: ActivityCategory, district: String)],
                     activities: [(id: ActivityID, association: AssociationID, fee: Int64, ages: ClosedRange<Int>)],
                     preferFirst: Bool) -> (id: ActivityID, association: AssociationID, fee: Int64, ages: ClosedRange<Int>) {
        let candidates = clubs.filter { $0.category == wish }
        let club = preferFirst && clubs.first?.category == wish ? clubs.first!
            : candidates.first { $0.district == district } ?? candidates.first ?? clubs[0]
        let teams = activities.filter { $0.association == club.id }
        return teams.first { $0.ages.contains(age) }
            ?? teams.min { abs($0.ages.lowerBound - age) < abs($1.ages.lowerBound - age) } ?? activities[0]
    }

    static let contactNames = ["Jens Poulsen", "Hanne Bech", "Morten Lauridsen", "Pia Svendsen", "Rasmus Kjeldsen", "Tina Winther",
                               "Kim Bruun", "Lene Dam", "Søren Friis", "Birgitte Holt", "Kasper Lind", "Maria Krogh", "Ole Nygaard",
                               "Anja Bak", "Henrik Vestergaard"]

    static let teams: [ActivityCategory: [(name: String, ages: ClosedRange<Int>, days: String, time: String, fee: Int64)]] = [
        .football: [("U9 fodbold", 6...9, "tue,thu", "16.30–17.45", 900), ("U13 fodbold", 10...13, "mon,wed", "17.00–18.30", 1400),
                    ("U17 fodbold", 14...17, "tue,thu", "18.30–20.00", 1600)],
        .handball: [("Miniputter", 6...9, "wed", "16.00–17.00", 850), ("U14 håndbold", 10...14, "tue,thu", "17.00–18.30", 1500)],
        .swimming: [("Svømmeskole", 5...9, "sat", "9.00–10.00", 1200), ("Konkurrencehold", 10...17, "mon,wed,fri", "16.00–17.30", 2200)],
        .gymnastics: [("Springgymnastik", 6...10, "thu", "16.30–18.00", 950), ("Rytmisk gymnastik", 10...15, "tue", "17.00–18.30", 1100)],
        .scouts: [("Ulve", 7...10, "tue", "18.00–19.30", 600), ("Spejdere", 11...15, "wed", "18.30–20.30", 750)],
        .music: [("Børneorkester", 7...11, "mon", "16.00–17.00", 1600), ("Band for unge", 12...17, "thu", "17.00–19.00", 1800)],
        .martialArts: [("Judo for børn", 6...10, "mon,thu", "16.00–17.00", 1000), ("Judo for unge", 11...17, "mon,thu", "17.00–18.30", 1300)],
        .dance: [("Hiphop for børn", 7...11, "wed", "16.00–17.00", 1150), ("Streetdance", 12...17, "fri", "16.30–18.00", 1350)],
        .riding: [("Ponyridning", 7...12, "sat", "10.00–11.30", 2400), ("Springhold", 12...17, "sun", "10.00–12.00", 2400)],
        .esport: [("Minecraft-klub", 8...12, "tue", "16.00–18.00", 700), ("Esport-hold", 12...17, "thu", "17.00–20.00", 900)],
        .other: [("Atletik for børn", 7...11, "tue", "16.30–17.30", 800), ("Ungdomshold", 12...17, "thu", "17.00–18.30", 1000)],
    ]

    static func place(_ category: ActivityCategory, _ district: String) -> String {
        switch category {
        case .swimming: "Svømmehallen \(district)"
        case .scouts: "Spejderhytten \(district)"
        case .music: "Musikhuset \(district)"
        case .riding: "Rideskolen \(district)"
        case .esport: "Klubhuset \(district)"
        case .football: "Stadion \(district)"
        default: "Hallen \(district)"
        }
    }

    /// A valid CVR number made from `seed`: seven digits and the modulus-11 check digit.
    static func demoCVR(_ seed: Int) -> String {
        var n = seed * 16
        while true {
            let base = String(1_000_000 + (n * 104_729 + 31_337) % 9_000_000)
            let digits = base.compactMap(\.wholeNumberValue)
            let sum = zip(digits, [2, 7, 6, 5, 4, 3, 2]).map(*).reduce(0, +)
            let check = (11 - sum % 11) % 11
            if check < 10 { return base + String(check) }
            n += 1
        }
    }

    /// What happens to each child's grant, in order over the children with a pass covering the fee.
    enum GrantPlan: CaseIterable {
        case claimable, claimed, paid, claimableStarted, approved, rejected, unclaimedOld, paidEquipment, cancelled, expired, stopped
    }

    static func seedAssociations(_ demo: inout DemoContext) throws {
        let db = demo.db
        let now = demo.clock.now
        let today = demo.clock.today
        for (index, m) in municipalities.enumerated() {
            guard let municipality = demo.municipalities[m.slug] else { continue }
            let coordinator = demo.users["coordinator@\(m.slug).demo"]!
            let contactUser = demo.users["association@\(m.slug).demo"]!
            // A second coordinator in finance: with four eyes on payments, whoever approved the
            // claims does not also mark their batch paid.
            try db.execute(sql: "INSERT INTO app_user (municipality_id, role, email, name, password_hash, created_at) VALUES (?, 'coordinator', ?, ?, ?, ?)",
                           arguments: [municipality, "okonomi@\(m.slug).demo", index == 0 ? "Hanne Bach" : "Jonas Friis", demo.passwordHash, now])
            let finance = UserID(db.lastInsertedRowID)
            demo.users["okonomi@\(m.slug).demo"] = finance
            try db.execute(sql: """
                INSERT INTO grant_rules (municipality_id, max_fee_per_year, max_equipment_per_year, camps_covered, max_camp_per_year,
                  max_years, income_limit, income_limit_note, unclaimed_weeks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 8)
                """, arguments: [municipality, Money(kroner: index == 0 ? 2500 : 2000), Money(kroner: index == 0 ? 1000 : 800),
                                 index == 0, Money(kroner: index == 0 ? 1500 : 0), index == 0 ? 3 : nil, index == 1,
                                 index == 1 ? "Husstandens indkomst under 350.000 kr. før skat; tjekkes i borgerservice." : nil])
            var sources: [FundingSourceID] = []
            for (name, kind, budget) in [("Kommunens fritidspasbudget", "municipal", Int64(index == 0 ? 150_000 : 120_000)),
                                         ("BROEN \(m.name.replacingOccurrences(of: " Kommune", with: ""))", "broen", 40_000),
                                         ("DIF og DGI's foreningspulje", "dif_dgi", 20_000)] {
                try db.execute(sql: "INSERT INTO funding_source (municipality_id, name, kind, created_at) VALUES (?, ?, ?, ?)",
                               arguments: [municipality, name, kind, now])
                let id = FundingSourceID(db.lastInsertedRowID)
                sources.append(id)
                // Next year's budget is adopted in the autumn: from October the coming season's
                // passes can be renewed (season rollover) and its grants made.
                for year in [today.year - 1, today.year] + (today.month >= 10 ? [today.year + 1] : []) {
                    try db.execute(sql: "INSERT INTO funding_budget (funding_source_id, municipality_id, year, amount) VALUES (?, ?, ?, ?)",
                                   arguments: [id, municipality, year, Money(kroner: budget)])
                }
            }

            // Associations, each with a contact and two activities for the season now running.
            let season = Season(startMonth: 8, startDay: 1, endMonth: 6, endDay: 30)!
            let period = season.period(containing: today) ?? season.period(startingAfter: today)
            var activities: [(id: ActivityID, association: AssociationID, fee: Int64, ages: ClosedRange<Int>)] = []
            var associations: [AssociationID] = []
            var clubs: [(id: AssociationID, category: ActivityCategory, district: String)] = []
            for (n, club) in associationNames[m.slug]!.enumerated() {
                let district = club.district
                let slug = club.name.lowercased().folding(options: .diacriticInsensitive, locale: nil).filter { $0.isLetter }
                try db.execute(sql: """
                    INSERT INTO association (municipality_id, name, cvr, address, district, categories, website, bank_reference,
                      accepts_fritidspas, offer_note, is_active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
                    """, arguments: [municipality, club.name, demoCVR(index * 100 + n), "\(["Idrætsvej", "Skolegade", "Parkvej", "Havnevej"][n % 4]) \(n * 3 + 2)",
                                     district, club.category.rawValue, "www.\(slug.prefix(20)).dk",
                                     n % 3 == 0 ? "Reg. \(5000 + n * 37) konto \(10_000_000 + n * 4321)" : nil, n != 13,
                                     n % 4 == 0 ? "Har trænere med erfaring med børn fra fritidspas og tilbyder at låne udstyr de første måneder." : nil, now])
                let association = AssociationID(db.lastInsertedRowID)
                associations.append(association)
                clubs.append((association, club.category, district))
                let contact = n == 0 ? people[m.slug]![.association]! : contactNames[(n + index * 7) % contactNames.count]
                let mail = contact.lowercased().folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: " ", with: ".")
                try db.execute(sql: """
                    INSERT INTO association_contact (association_id, municipality_id, name, role, email, phone, user_id, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [association, municipality, contact, ["Formand", "Kasserer", "Ungdomstræner"][n % 3],
                                     "\(mail)@\(slug.prefix(12)).demo", String(format: "%02d %02d %02d %02d", 30 + n, 11 + index, 40 + n, 10 + n * 3),
                                     n == 0 ? contactUser : nil, now])
                for (t, team) in teams[club.category]!.enumerated() {
                    let fee = team.fee + Int64((n * 50) % 300)
                    try db.execute(sql: """
                        INSERT INTO activity (association_id, municipality_id, name, category, min_age, max_age, gender, weekdays, time_text,
                          place, district, season_start, season_end, fee, fee_period, equipment, capacity, free_places, is_active,
                          created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'all', ?, ?, ?, ?, ?, ?, ?, 'season', ?, ?, ?, 1, ?, ?)
                        """, arguments: [association, municipality, team.name, club.category.rawValue, team.ages.lowerBound,
                                         team.ages.upperBound, team.days, team.time, place(club.category, district),
                                         district, period.from, period.to, Money(kroner: fee),
                                         club.category == .football ? "Fodboldstøvler, benskinner og drikkedunk" : nil, 20,
                                         (n * 3 + t * 5 + index) % 7, now, now])
                    activities.append((ActivityID(db.lastInsertedRowID), association, fee, team.ages))
                }
            }

            // Children with a pass covering the fee: enrolled, with grants in every state.
            let children = try Row.fetchAll(db, sql: """
                SELECT c.id, c.birth_date, c.school_district, p.valid_from, p.valid_to FROM child c JOIN pass p ON p.child_id = c.id
                WHERE c.municipality_id = ? AND p.covers_fee AND p.status IN ('granted', 'in_use') AND p.valid_to >= ?
                ORDER BY c.id
                """, arguments: [municipality, today])
            var paidClaims: [ClaimID] = [], approvedClaims: [ClaimID] = [], claimable: [(GrantID, ChildID, AssociationID, Money, LocalDate, LocalDate)] = []
            // Each club's children go through the grant's states in turn; the demo contact's club
            // has one of each of the first six (claimable, claimed, paid, claimable after the start,
            // approved, rejected), whatever else comes its way.
            var plansAtFirstClub = 0, plansElsewhere = 6
            let chosenForFirstClub = demo.firstClubChildren.intersection(children.map { $0["id"] as ChildID })
            for row in children {
                let child: ChildID = row["id"]
                let validFrom: LocalDate = row["valid_from"]
                let validTo: LocalDate = row["valid_to"]
                let birth: LocalDate = row["birth_date"]
                let wish = demo.wishes[child] ?? .football
                // Without children chosen for it, the club takes the first footballers.
                let firstClubChild = chosenForFirstClub.contains(child) || (chosenForFirstClub.isEmpty && plansAtFirstClub < 6)
                let activity = team(for: wish, age: birth.age(on: today), district: row["school_district"], clubs: clubs, activities: activities,
                                    preferFirst: firstClubChild)
                let atFirstClub = firstClubChild && activity.association == associations[0]
                let plan = GrantPlan.allCases[(atFirstClub ? plansAtFirstClub : plansElsewhere) % GrantPlan.allCases.count]
                if atFirstClub { plansAtFirstClub += 1 } else { plansElsewhere += 1 }
                let n = plansAtFirstClub + plansElsewhere
                let grantedOn = plan == .unclaimedOld ? max(validFrom, today.adding(days: -70)) : min(today, validFrom.adding(days: 3))
                let enrolledOn = min(today, grantedOn)
                let started: LocalDate? = [.claimable, .unclaimedOld, .cancelled, .expired].contains(plan) ? nil : min(today, enrolledOn.adding(days: 5))
                let stopped: LocalDate? = plan == .stopped ? max(started ?? today, today.adding(days: -2)) : nil
                try db.execute(sql: """
                    INSERT INTO enrolment (child_id, activity_id, association_id, municipality_id, enrolled_on, started_on, start_confirmed_by,
                      start_confirmed_at, stopped_on, stop_reason, stop_reported_by, stop_reported_at, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [child, activity.id, activity.association, municipality, enrolledOn, started, started == nil ? nil : contactUser,
                                     started == nil ? nil : now, stopped,
                                     plan == .stopped ? "Familien er flyttet til en anden by." : nil, plan == .stopped ? contactUser : nil,
                                     plan == .stopped ? now : nil, coordinator, now])
                let enrolment = EnrolmentID(db.lastInsertedRowID)
                if let started {
                    try PassUsage.recordFirstUse(child: child, on: started, db)
                    try FollowUpScheduling.associationConfirmed(enrolment: enrolment, startedOn: started, in: municipality, at: now, db)
                }

                let kind: GrantKind = plan == .paidEquipment ? .equipment : .fee
                let amount = Money(kroner: kind == .equipment ? 650 : min(activity.fee, index == 0 ? 2500 : 2000))
                let periodTo = min(validTo, validFrom.adding(days: 364))
                let deadline = plan == .expired ? today.adding(days: -3) : periodTo
                let status: GrantStatus
                switch plan {
                case .claimable, .claimableStarted, .unclaimedOld, .rejected, .stopped: status = .granted
                case .claimed: status = .claimed
                case .approved: status = .approved
                case .paid, .paidEquipment: status = .paid
                case .cancelled: status = .cancelled
                case .expired: status = .expired
                }
                try db.execute(sql: """
                    INSERT INTO support_grant (child_id, municipality_id, enrolment_id, activity_id, association_id, funding_source_id, kind,
                      amount, period_from, period_to, budget_year, status, granted_on, claim_deadline, note, override_reason, cancelled_on,
                      cancel_reason, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)
                    """, arguments: [child, municipality, enrolment, activity.id, activity.association, sources[n % 5 == 4 ? 1 : 0], kind.rawValue,
                                     amount, validFrom, periodTo, validFrom.year, status.rawValue, grantedOn, deadline,
                                     n % 4 == 0 ? "Forælder kører til kampe; aftalt ved hjemmebesøg." : nil,
                                     plan == .cancelled ? today.adding(days: -4) : nil,
                                     plan == .cancelled ? "Familien har selv betalt kontingentet." : nil, coordinator, now])
                let grant = GrantID(db.lastInsertedRowID)
                if plan == .claimableStarted && activity.association != associations[0] {
                    claimable.append((grant, child, activity.association, amount, validFrom, periodTo))
                }

                guard [.claimed, .approved, .paid, .paidEquipment, .rejected].contains(plan) else { continue }
                let sent = now.addingTimeInterval(-Double(10 - n % 7) * 86400)
                let claimStatus: ClaimStatus = plan == .claimed ? .submitted : plan == .approved ? .approved : plan == .rejected ? .rejected : .approved
                try db.execute(sql: """
                    INSERT INTO claim (grant_id, child_id, association_id, municipality_id, amount, period_from, period_to, note, status,
                      created_by, created_at, submitted_by, submitted_at, decided_by, decided_at, reject_reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [grant, child, activity.association, municipality, amount, validFrom, periodTo,
                                     plan == .claimed ? "Barnet er kommet fast siden start." : nil, claimStatus.rawValue, contactUser, sent,
                                     contactUser, sent, claimStatus == .submitted ? nil : coordinator,
                                     claimStatus == .submitted ? nil : sent.addingTimeInterval(86400),
                                     plan == .rejected ? "Beløbet passer ikke med holdets kontingent – anmod igen med det rigtige beløb." : nil])
                if plan == .paid || plan == .paidEquipment { paidClaims.append(ClaimID(db.lastInsertedRowID)) }
                if plan == .approved { approvedClaims.append(ClaimID(db.lastInsertedRowID)) }
            }

            // Follow-ups the association answered long ago: "still coming"; the recent ones wait in its portal.
            try db.execute(sql: """
                UPDATE follow_up SET answered_on = date(due_on, '+4 days'), still_active = 1, attends_regularly = 1, needs_help = 0,
                  answered_by = ?, answered_role = 'association'
                WHERE municipality_id = ? AND source = 'association' AND due_on < ?
                """, arguments: [contactUser, municipality, today.adding(days: -30)])

            // Claims other clubs have begun and not sent yet: the portal keeps them as drafts.
            for (k, draft) in claimable.prefix(2).enumerated() {
                try db.execute(sql: """
                    INSERT INTO claim (grant_id, child_id, association_id, municipality_id, amount, period_from, period_to, note, status,
                      created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)
                    """, arguments: [draft.0, draft.1, draft.2, municipality, draft.3, draft.4, draft.5,
                                     k == 0 ? "Mangler kvittering fra kassereren." : nil, nil,
                                     now.addingTimeInterval(-Double(k + 1) * 86400)])
            }
            // Approved claims gathered in a batch not yet exported.
            if !approvedClaims.isEmpty {
                try db.execute(sql: "INSERT INTO payment_batch (municipality_id, status, created_by, created_at) VALUES (?, 'open', ?, ?)",
                               arguments: [municipality, coordinator, now.addingTimeInterval(-86400)])
                let open = PaymentBatchID(db.lastInsertedRowID)
                let list = approvedClaims.map { _ in "?" }.joined(separator: ", ")
                try db.execute(sql: "UPDATE claim SET batch_id = ? WHERE id IN (\(list))", arguments: [open] + StatementArguments(approvedClaims))
            }
            if index == 0 { try spendMostOfTheBudget(municipality, source: sources[0], today: today, db) }

            // One batch exported and paid a few days ago.
            if !paidClaims.isEmpty {
                let paidOn = today.adding(days: -3)
                try db.execute(sql: """
                    INSERT INTO payment_batch (municipality_id, status, created_by, created_at, exported_by, exported_at, export_count, paid_on,
                      paid_by, paid_at, payment_reference) VALUES (?, 'paid', ?, ?, ?, ?, 1, ?, ?, ?, ?)
                    """, arguments: [municipality, coordinator, now.addingTimeInterval(-5 * 86400), coordinator, now.addingTimeInterval(-5 * 86400),
                                     paidOn, finance, now.addingTimeInterval(-3 * 86400), "OPUS \(paidOn.year)-\(1400 + index * 300)"])
                let batch = PaymentBatchID(db.lastInsertedRowID)
                let list = paidClaims.map { _ in "?" }.joined(separator: ", ")
                try db.execute(sql: "UPDATE claim SET batch_id = ?, status = 'paid', paid_on = ? WHERE id IN (\(list))",
                               arguments: [batch, paidOn] + StatementArguments(paidClaims))
                try db.execute(sql: """
                    INSERT INTO payment (municipality_id, claim_id, batch_id, association_id, amount, paid_on)
                    SELECT municipality_id, id, batch_id, association_id, amount, paid_on FROM claim WHERE batch_id = ?
                    """, arguments: [batch])
            }
        }
    }

    /// Holstebro's own budget is nearly spent: last year's almost all used, this year's granted at
    /// a pace that runs out before the year ends, so the budget page forecasts a date.
    static func spendMostOfTheBudget(_ municipality: MunicipalityID, source: FundingSourceID, today: LocalDate, _ db: Database) throws {
        func committed(_ year: Int) throws -> Int64 {
            try Int64.fetchOne(db, sql: """
                SELECT COALESCE(SUM(CASE WHEN status IN ('cancelled', 'expired') THEN 0 ELSE amount END), 0) FROM support_grant
                WHERE municipality_id = ? AND funding_source_id = ? AND budget_year = ?
                """, arguments: [municipality, source, year]) ?? 0
        }
        let lastYear = try committed(today.year - 1)
        if lastYear > 0 {
            try db.execute(sql: "UPDATE funding_budget SET amount = ? WHERE funding_source_id = ? AND year = ?",
                           arguments: [Money(ore: (lastYear * 108 / 100 / 100_000 + 1) * 100_000), source, today.year - 1])
        }
        let thisYear = try committed(today.year)
        guard thisYear > 0 else { return }
        let elapsed = Int64(LocalDate(year: today.year, month: 1, day: 1)!.days(until: today) + 1)
        let left = Int64(today.days(until: LocalDate(year: today.year, month: 12, day: 31)!))
        // At this year's pace the rest lasts about half the days left.
        let rest = thisYear * max(1, left / 2) / elapsed
        try db.execute(sql: "UPDATE funding_budget SET amount = ? WHERE funding_source_id = ? AND year = ?",
                       arguments: [Money(ore: ((thisYear + rest) / 100_000 + 1) * 100_000), source, today.year])
    }
}
