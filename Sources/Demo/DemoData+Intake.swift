import Domain
import Foundation
import GRDB
import Store

/// Children in every state of the intake: registered, referred, on the waiting list, rejected,
/// with a pass granted or in use, and with an ended or expired pass. The two municipalities
/// tell different stories (`Story`): Holstebro has run the scheme for years with many children
/// referred by schools and health nurses; Svendborg began last year, smaller, mostly with
/// newly arrived families referred by integration and social services.
extension DemoData {
    static let schools: [String: [(school: String, district: String)]] = [
        "holstebro": [("Sønderlandsskolen", "Syd"), ("Nørrelandsskolen", "Nord"), ("Rolighedsskolen", "Øst"),
                      ("Mejrup Skole", "Mejrup"), ("Tvis Skole", "Tvis"), ("Måbjergskolen", "Måbjerg")],
        "svendborg": [("Tåsingeskolen", "Tåsinge"), ("Tved Skole", "Tved"), ("Rantzausminde Skole", "Rantzausminde"),
                      ("Thurø Skole", "Thurø"), ("Vestermarkskolen", "Vestermarken"), ("Hømarkskolen", "Hømarken")],
    ]

    static let firstNames: [(String, Gender)] = [
        ("Emma", .girl), ("Noah", .boy), ("Sofia", .girl), ("Ahmad", .boy), ("Ida", .girl), ("William", .boy),
        ("Yasmin", .girl), ("Oliver", .boy), ("Freja", .girl), ("Mohammed", .boy), ("Alma", .girl), ("Lucas", .boy),
        ("Aya", .girl), ("Viktor", .boy), ("Olena", .girl), ("Emil", .boy), ("Maja", .girl), ("Ali", .boy),
        ("Clara", .girl), ("Malthe", .boy), ("Zainab", .girl), ("Anton", .boy), ("Ella", .girl), ("Dmytro", .boy),
        ("Liva", .girl), ("Elias", .boy), ("Hiba", .girl), ("Carl", .boy), ("Sara", .girl), ("Omar", .boy),
        ("Nora", .girl), ("Magnus", .boy), ("Amina", .girl), ("Storm", .boy), ("Mathilde", .girl), ("Bilal", .boy),
        ("Asta", .girl), ("Kasper", .boy), ("Leah", .girl), ("Jonas", .boy), ("Robin", .other), ("Kim", .notStated),
    ]
    static let lastNames = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
                            "Rasmussen", "Jørgensen", "Hussein", "Ali", "Kovalenko", "Mohamed", "Madsen", "Kristensen",
                            "Olsen", "Thomsen", "Haddad", "Abdi", "Poulsen", "Johansen", "Møller", "Mortensen", "Shevchenko",
                            "Khalil", "Knudsen", "Ibrahim", "Holm", "Østergaard"]
    static let parentNames = ["Mette", "Rasmus", "Fatima", "Henrik", "Leyla", "Anders", "Nadia", "Thomas", "Iryna",
                              "Peter", "Hanan", "Louise", "Jamal", "Camilla", "Oksana", "Martin"]
    static let languages = ["dansk", "dansk", "dansk", "arabisk", "ukrainsk", "somali", "dansk", "tigrinya", "dansk", "kurdisk"]
    /// What a child wishes to do, as the referral writes it, by kind of activity.
    static let wishes: [ActivityCategory: String] = [
        .football: "fodbold", .handball: "håndbold", .swimming: "svømning", .gymnastics: "gymnastik og spring",
        .scouts: "spejder og friluftsliv", .music: "musik – vil gerne lære at spille guitar", .martialArts: "judo",
        .dance: "dans og hiphop", .riding: "heste og ridning", .esport: "computerspil og e-sport", .other: "løb og atletik",
    ]

    /// The kinds of activity children ask for, in the order they come round; football most often.
    static let wishCycle: [ActivityCategory] = [.football, .dance, .swimming, .scouts, .football, .handball, .gymnastics, .music,
                                                .football, .martialArts, .riding, .esport, .handball, .other]

    /// The kind of activity a child of this age wishes for: riding, e-sport and music are for the
    /// older ones (the clubs' teams start at 7–8).
    static func wish(_ n: Int, _ index: Int, age: Int) -> ActivityCategory {
        var category = wishCycle[(n * 5 + index * 3) % wishCycle.count]
        if age < 8 && [.riding, .esport, .music].contains(category) { category = .gymnastics }
        // Teams for teenagers: football to 17, athletics' youth team for the rest.
        if age >= 15 && [.handball, .gymnastics, .scouts].contains(category) { category = .other }
        return category
    }

    /// A municipality's demo story: how many children in each state, how far back its referrals
    /// go, who refers and which languages the families speak.
    struct Story {
        let plan: [IntakeState]
        /// Decided referrals lie up to this many days back.
        let history: Int
        let departments: [Department]
        let languages: [String]
    }

    static func plan(_ counts: [(IntakeState, Int)]) -> [IntakeState] {
        counts.flatMap { Array(repeating: $0.0, count: $0.1) }
    }

    static let stories: [String: Story] = [
        "holstebro": Story(
            plan: plan([(.registered, 6), (.submitted, 6), (.assessment, 5), (.waiting, 4), (.rejected, 4), (.granted, 9), (.inUse, 34),
                        (.ended, 5), (.expired, 3)]),
            history: 520,
            departments: [.school, .school, .healthNurse, .school, .ssp, .club, .healthNurse, .socialServices, .school, .family,
                          .integration, .school],
            languages: ["dansk", "dansk", "dansk", "arabisk", "dansk", "somali", "dansk", "tigrinya", "dansk", "kurdisk"]),
        "svendborg": Story(
            plan: plan([(.registered, 3), (.submitted, 4), (.assessment, 2), (.waiting, 2), (.rejected, 1), (.granted, 5), (.inUse, 11),
                        (.ended, 1)]),
            history: 280,
            departments: [.integration, .socialServices, .integration, .school, .healthNurse, .integration, .family, .socialServices],
            languages: ["ukrainsk", "arabisk", "dansk", "ukrainsk", "dari", "dansk", "ukrainsk", "somali"]),
    ]

    /// The state each demo child is brought into, in order.
    enum IntakeState: CaseIterable {
        case registered, submitted, assessment, waiting, rejected, granted, inUse, ended, expired
    }

    /// When each demo child was registered: open referrals are recent, decided ones spread over
    /// the last year, so every period on the dashboard has referrals, grants and passes in use.
    /// What some children need adapted in the activity (what the club sees, with consent).
    static func adaptationNote(_ n: Int) -> String? {
        switch n % 8 {
        case 5: "Bruger høreapparat; har brug for at se træneren, når der gives beskeder."
        case 4 where n % 3 == 2: "Har brug for faste rammer og at vide på forhånd, hvad der skal ske."
        default: nil
        }
    }

    /// Days since the child was registered. Open referrals are recent; passes granted but not in
    /// use were decided lately; the rest spread over the municipality's history, except that the
    /// first passes in use end within the next two months (the season rollover needs them).
    static func daysAgo(_ n: Int, _ state: IntakeState, history: Int, inUseIndex: Int) -> Int {
        switch state {
        case .submitted, .assessment: return 3 + (n * 7) % 40
        case .registered: return 2 + (n * 11) % 60
        case .waiting: return 12 + (n * 13) % 60
        // Granted and not yet in use: some wait months for a guide or a team.
        case .granted: return 30 + (n * 23) % 150
        case .inUse where inUseIndex < 3 && history > 330: return [330, 318, 300][inUseIndex]
        // The demo contact's club's children started three and six months ago: follow-ups due now.
        case .inUse where (3..<9).contains(inUseIndex) && history > 330: return [100, 108, 190, 196, 104, 200][inUseIndex - 3]
        case .expired: return 420 + n
        default: return 20 + (n * 47) % min(history, 320)
        }
    }

    static func seedIntake(_ demo: inout DemoContext) throws {
        let db = demo.db
        let now = demo.clock.now
        let today = demo.clock.today
        for (index, m) in municipalities.enumerated() {
            guard let municipality = demo.municipalities[m.slug] else { continue }
            let caseworker = demo.users["caseworker@\(m.slug).demo"]!
            let coordinator = demo.users["coordinator@\(m.slug).demo"]!
            // A second caseworker (a health nurse) so the caseworker's own slice is visibly smaller.
            try db.execute(sql: """
                INSERT INTO app_user (municipality_id, role, email, name, password_hash, created_at) VALUES (?, 'caseworker', ?, ?, ?, ?)
                """, arguments: [municipality, "sundhedsplejerske@\(m.slug).demo", index == 0 ? "Lise Skov" : "Bente Dahl", demo.passwordHash, now])
            let nurse = UserID(db.lastInsertedRowID)
            demo.users["sundhedsplejerske@\(m.slug).demo"] = nurse
            try db.execute(sql: "INSERT INTO scheme_settings (municipality_id, minimum_age, maximum_age, season_start, season_end) VALUES (?, ?, 18, ?, ?)",
                           arguments: [municipality, index == 0 ? 6 : 0, index == 0 ? "08-01" : nil, index == 0 ? "06-30" : nil])

            let story = stories[m.slug]!
            var inUseIndex = 0
            for (n, state) in story.plan.enumerated() {
                let (first, gender) = firstNames[(n * 5 + index * 17) % firstNames.count]
                let last = lastNames[(n * 7 + index * 11) % lastNames.count]
                // Six footballers of 8–12 for the demo contact's club (see `daysAgo`).
                let clubKid = index == 0 && state == .inUse && (3..<9).contains(inUseIndex)
                // Of those, only the family of the one who has not started yet keeps the club out.
                let sharesWithClub = clubKid ? inUseIndex != 3 : n % 4 != 1
                let age = clubKid ? 8 + inUseIndex % 5 : 6 + (n * 5 + index) % 12
                let birth = today.adding(years: -age).adding(days: -Int(demo.random.next() % 360))
                let school = schools[m.slug]![(n * 7 + index) % 6]
                let createdBy = n % 4 == 3 ? coordinator : (n % 3 == 0 ? nurse : caseworker)
                let created = now.addingTimeInterval(-Double(Self.daysAgo(n, state, history: story.history, inUseIndex: inUseIndex)) * 86400)
                if state == .inUse { inUseIndex += 1 }
                let language = story.languages[n % story.languages.count]
                let category = clubKid ? .football : wish(n, index, age: age)
                try db.execute(sql: """
                    INSERT INTO child (municipality_id, first_name, last_name, search_name, birth_date, gender, school, school_class,
                      school_district, home_language, needs_interpreter, needs_adaptation, adaptation_note, interests, note,
                      caseworker_id, created_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)
                    """, arguments: [municipality, first, last, StoreMaintenance.searchName(first, last), birth, gender.rawValue,
                                     school.school, "\(max(0, age - 6)).\(["a", "b", "c"][n % 3])", school.district, language,
                                     language != "dansk" && n % 2 == 0, Self.adaptationNote(n) != nil, Self.adaptationNote(n),
                                     wishes[category]!, n % 5 == 0 ? caseworker : nil, createdBy, created, created])
                let child = ChildID(db.lastInsertedRowID)
                demo.wishes[child] = category
                if clubKid { demo.firstClubChildren.insert(child) }
                let parent = parentNames[(n + index) % parentNames.count]
                let phone = String(format: "%02d %02d %02d %02d", 20 + (n % 70), (n * 3 + index) % 100, (n * 7) % 100, (n * 13 + 5) % 100)
                try db.execute(sql: """
                    INSERT INTO guardian (child_id, municipality_id, position, name, relation, phone, phone_digits, email, preferred_language)
                    VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)
                    """, arguments: [child, municipality, "\(parent) \(last)", n % 3 == 1 ? "father" : "mother", phone,
                                     StoreMaintenance.phoneDigits(phone),
                                     n % 2 == 0 ? "\(parent.lowercased()).\(n)@mail.demo" : nil, language])

                let hasConsent = state != .registered || n % 2 == 0
                if hasConsent {
                    let lapsed = n == 21  // one consent expired, so the page shows the warning
                    try db.execute(sql: """
                        INSERT INTO consent (child_id, municipality_id, given_by, given_on, method, covers_registration, covers_association,
                          covers_volunteer, expires_on, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)
                        """, arguments: [child, municipality, "\(parent) \(last)", LocalDate(created, in: .danish),
                                         n % 3 == 0 ? "oral" : "written", sharesWithClub, n % 3 != 2,
                                         lapsed ? today.adding(days: -10) : nil, createdBy, created])
                }
                guard state != .registered else { continue }
                let referrerName = createdBy == coordinator ? people[m.slug]![.coordinator]!
                    : createdBy == nurse ? (index == 0 ? "Lise Skov" : "Bente Dahl") : people[m.slug]![.caseworker]!
                try seedReferral(&demo, child: child, municipality: municipality, n: n, state: state, created: created,
                                 referrer: createdBy, referrerName: referrerName, coordinator: coordinator, today: today,
                                 department: story.departments[n % story.departments.count], wish: wishes[category]!)
            }
        }
        try StoreMaintenance.refreshChildStatuses(today: today, db)
    }

    private static func seedReferral(_ demo: inout DemoContext, child: ChildID, municipality: MunicipalityID, n: Int,
                                     state: IntakeState, created: Date, referrer: UserID, referrerName: String, coordinator: UserID,
                                     today: LocalDate, department: Department, wish: String) throws {
        let db = demo.db
        let referredOn = LocalDate(created, in: .danish).adding(days: 1)
        let reasons: [[ReferralReason]] = [[.economic], [.economic, .social], [.culturalLanguage, .newlyArrived], [.social], [.economic, .culturalLanguage]]
        let guidance = n % 3 != 1
        let economic = n % 4 != 2 || !guidance
        let status: ReferralStatus
        switch state {
        case .submitted: status = .submitted
        case .assessment: status = .assessment
        case .waiting: status = .waitingList
        case .rejected: status = .rejected
        default: status = .approved
        }
        let track: Track? = status == .approved ? (guidance && economic ? .both : guidance ? .guidanceOnly : .economicOnly) : nil
        let decidedOn: LocalDate? = [.waitingList, .rejected, .approved].contains(status) ? referredOn.adding(days: 6) : nil
        try db.execute(sql: """
            INSERT INTO referral (child_id, municipality_id, referrer_name, referrer_role, department, referred_on, reasons, reason_note,
              child_wishes, urgency, wants_guidance, wants_economic_support, status, track, decision_reason, decided_on, decided_by,
              created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [child, municipality, department == .family ? "Forælder (ansøgt selv)" : referrerName,
                             [.school: "lærer", .healthNurse: "sundhedsplejerske", .ssp: "SSP-konsulent", .club: "klubmedarbejder"][department] ?? "",
                             department.rawValue, referredOn, reasons[n % reasons.count].map(\.rawValue).joined(separator: ","),
                             n % 2 == 0 ? "Vil gerne gå til \(wish) sammen med klassekammerater." : "Ønsker at prøve \(wish).",
                             n % 7 == 0 ? "high" : "normal",
                             guidance, economic, status.rawValue, track?.rawValue,
                             status == .rejected ? "Familien har allerede støtte fra anden ordning." : (status == .waitingList ? "Afventer ledig frivillig." : nil),
                             decidedOn, decidedOn == nil ? nil : coordinator, referrer, created])
        let referral = ReferralID(db.lastInsertedRowID)
        var path: [ReferralStatus] = [.submitted]
        if status != .submitted { path.append(.assessment) }
        if [.waitingList, .rejected, .approved].contains(status) { path.append(status) }
        for (i, to) in path.enumerated() {
            try db.execute(sql: "INSERT INTO referral_event (referral_id, municipality_id, from_status, to_status, at, user_id, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [referral, municipality, i == 0 ? nil : path[i - 1].rawValue, to.rawValue,
                                       created.addingTimeInterval(Double(i * 3) * 86400), i == 0 ? referrer : coordinator,
                                       to == .rejected ? "Familien har allerede støtte fra anden ordning." : nil])
        }
        guard status == .approved, let track, let decidedOn else { return }
        let cover = track.defaultCover
        let from = decidedOn
        var to = decidedOn.adding(years: 1).adding(days: -1)
        if state == .expired { to = from.adding(years: 1).adding(days: -1) }
        // Families new in the country take longer to find their way to the first training.
        let wait = 8 + (n * 7) % 18 + ([.integration, .socialServices].contains(department) ? 14 : 0)
        let redeemed: LocalDate? = [.inUse, .ended, .expired].contains(state) ? min(today, from.adding(days: wait)) : nil
        let passStatus = state == .inUse || state == .expired ? "in_use" : (state == .ended ? "ended" : "granted")
        try db.execute(sql: """
            INSERT INTO pass (child_id, referral_id, municipality_id, valid_from, valid_to, covers_guidance, covers_fee, covers_equipment,
              status, granted_on, redeemed_on, ended_on, end_reason, created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [child, referral, municipality, from, to, cover.guidance, cover.fee, cover.equipment, passStatus,
                             state == .expired ? from : decidedOn, redeemed,
                             state == .ended ? today.adding(days: -5) : nil, state == .ended ? "Familien er flyttet fra kommunen." : nil,
                             coordinator, demo.clock.now])
    }
}
