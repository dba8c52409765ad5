import Domain
import Foundation
import GRDB
import Store

/// Volunteers (with and without a valid børneattest, active, paused, ended, some idle) and
/// guidance courses in every state for the children whose pass covers guidance: waiting for a
/// guide (some on the open board, one with an offer), ongoing at different steps, ended each way;
/// with sessions, parent agreements and follow-ups, some overdue. The demo volunteer user of each
/// municipality is linked to a volunteer who guides a few children.
extension DemoData {
    struct DemoVolunteer {
        let name: String
        let roles: Set<VolunteerRole>
        let organisation: String
        let languages: String
        let districts: String
        let capacity: Int
        /// Months since the børneattest was obtained; nil = none.
        let certificateMonthsAgo: Int?
        let status: VolunteerStatus
        let registeredDaysAgo: Int
    }

    static let demoVolunteers: [String: [DemoVolunteer]] = [
        "holstebro": [
            DemoVolunteer(name: "Amira Hassan", roles: [.guide, .companion], organisation: "Red Barnet", languages: "dansk, arabisk, engelsk",
                          districts: "Syd, Nord", capacity: 4, certificateMonthsAgo: 10, status: .active, registeredDaysAgo: 400),
            DemoVolunteer(name: "Jonas Bach", roles: [.guide], organisation: "DGI", languages: "dansk, engelsk", districts: "Tvis, Mejrup",
                          capacity: 2, certificateMonthsAgo: 23, status: .active, registeredDaysAgo: 700),
            DemoVolunteer(name: "Fatma Yilmaz", roles: [.companion], organisation: "Red Barnet", languages: "dansk, tyrkisk",
                          districts: "Øst", capacity: 2, certificateMonthsAgo: nil, status: .active, registeredDaysAgo: 150),
            DemoVolunteer(name: "Ali Rahimi", roles: [.guide, .companion], organisation: "", languages: "dansk, dari, farsi",
                          districts: "Måbjerg, Nord", capacity: 3, certificateMonthsAgo: 8, status: .active, registeredDaysAgo: 500),
            DemoVolunteer(name: "Henrik Lauridsen", roles: [.guide], organisation: "", languages: "dansk", districts: "Syd",
                          capacity: 1, certificateMonthsAgo: 30, status: .active, registeredDaysAgo: 200),
            DemoVolunteer(name: "Maja Østerby", roles: [.guide], organisation: "Red Barnet", languages: "dansk, engelsk", districts: "Øst",
                          capacity: 2, certificateMonthsAgo: 3, status: .active, registeredDaysAgo: 95),
            DemoVolunteer(name: "Sara Nygaard", roles: [.guide, .companion], organisation: "DGI", languages: "dansk", districts: "Tvis",
                          capacity: 2, certificateMonthsAgo: 5, status: .paused, registeredDaysAgo: 300),
            DemoVolunteer(name: "Bo Kristiansen", roles: [.guide], organisation: "", languages: "dansk", districts: "Nord",
                          capacity: 1, certificateMonthsAgo: 26, status: .ended, registeredDaysAgo: 900),
        ],
        "svendborg": [
            DemoVolunteer(name: "Karen Mortensen", roles: [.guide, .companion], organisation: "Red Barnet", languages: "dansk, engelsk",
                          districts: "Tåsinge, Tved", capacity: 4, certificateMonthsAgo: 6, status: .active, registeredDaysAgo: 380),
            DemoVolunteer(name: "Mikkel Juhl", roles: [.guide], organisation: "DGI", languages: "dansk", districts: "Thurø",
                          capacity: 2, certificateMonthsAgo: 22, status: .active, registeredDaysAgo: 650),
            DemoVolunteer(name: "Layla Ahmadi", roles: [.companion], organisation: "", languages: "dansk, dari", districts: "Hømarken",
                          capacity: 2, certificateMonthsAgo: nil, status: .active, registeredDaysAgo: 120),
            DemoVolunteer(name: "Søren Vestergaard", roles: [.guide, .companion], organisation: "", languages: "dansk, tysk",
                          districts: "Vestermarken", capacity: 3, certificateMonthsAgo: 9, status: .active, registeredDaysAgo: 450),
            DemoVolunteer(name: "Olga Petrenko", roles: [.guide], organisation: "Red Barnet", languages: "ukrainsk, russisk, dansk",
                          districts: "Rantzausminde", capacity: 2, certificateMonthsAgo: 40, status: .active, registeredDaysAgo: 250),
            DemoVolunteer(name: "Ida Thorsen", roles: [.guide], organisation: "DGI", languages: "dansk", districts: "Tved",
                          capacity: 1, certificateMonthsAgo: 2, status: .active, registeredDaysAgo: 110),
            DemoVolunteer(name: "Per Brandt", roles: [.guide], organisation: "", languages: "dansk", districts: "Thurø",
                          capacity: 1, certificateMonthsAgo: 14, status: .paused, registeredDaysAgo: 800),
        ],
    ]

    /// What each course becomes, in order of the children whose pass covers guidance.
    enum CoursePlan {
        case waiting(published: Bool, offerFrom: Int?)
        /// `guide` indexes the municipality's volunteers; nil = the demo caseworker guides.
        case ongoing(guide: Int?, step: MethodStep, sessions: Int, activityDaysAgo: Int?, plannedInDays: Int?)
        case ended(CourseStatus, guide: Int?, activityDaysAgo: Int?, endedDaysAgo: Int, stillActiveAt3: Bool?, stillActiveAt6: Bool?)

        var needsVolunteerConsent: Bool {
            switch self {
            case .waiting: true
            case .ongoing(let guide, _, _, _, _): guide != nil
            case .ended(_, let guide, _, _, _, _): guide != nil
            }
        }
    }

    /// What the courses become: Holstebro's run back over two years with several children still
    /// active after six months; Svendborg's began this year, mostly still under way.
    static let coursePlans: [String: [CoursePlan]] = [
        "holstebro": [
            .waiting(published: true, offerFrom: 1),
            .waiting(published: true, offerFrom: 3),
            .waiting(published: false, offerFrom: nil),
            .ongoing(guide: 0, step: .wishesAndDreams, sessions: 2, activityDaysAgo: nil, plannedInDays: nil),
            .ongoing(guide: 0, step: .choosingActivity, sessions: 3, activityDaysAgo: nil, plannedInDays: 40),
            .ongoing(guide: 0, step: .inclusion, sessions: 5, activityDaysAgo: 100, plannedInDays: nil),
            .ongoing(guide: nil, step: .inclusion, sessions: 4, activityDaysAgo: 130, plannedInDays: nil),
            .ended(.successful, guide: nil, activityDaysAgo: 200, endedDaysAgo: 60, stillActiveAt3: true, stillActiveAt6: nil),
            .ended(.successful, guide: 3, activityDaysAgo: 240, endedDaysAgo: 120, stillActiveAt3: true, stillActiveAt6: true),
            .ended(.droppedOut, guide: 3, activityDaysAgo: 220, endedDaysAgo: 30, stillActiveAt3: false, stillActiveAt6: false),
            .ended(.failed, guide: nil, activityDaysAgo: nil, endedDaysAgo: 25, stillActiveAt3: nil, stillActiveAt6: nil),
            .ended(.successful, guide: 1, activityDaysAgo: 230, endedDaysAgo: 90, stillActiveAt3: true, stillActiveAt6: true),
            .ended(.successful, guide: 5, activityDaysAgo: 250, endedDaysAgo: 150, stillActiveAt3: true, stillActiveAt6: true),
            .ended(.successful, guide: nil, activityDaysAgo: 260, endedDaysAgo: 140, stillActiveAt3: true, stillActiveAt6: true),
            .ended(.successful, guide: 3, activityDaysAgo: 270, endedDaysAgo: 160, stillActiveAt3: true, stillActiveAt6: true),
            .ended(.successful, guide: 0, activityDaysAgo: 290, endedDaysAgo: 170, stillActiveAt3: true, stillActiveAt6: true),
        ],
        "svendborg": [
            .waiting(published: true, offerFrom: 0),
            .waiting(published: false, offerFrom: nil),
            .ongoing(guide: 0, step: .firstMeeting, sessions: 1, activityDaysAgo: nil, plannedInDays: nil),
            .ongoing(guide: 0, step: .mappingInterests, sessions: 2, activityDaysAgo: nil, plannedInDays: nil),
            .ongoing(guide: 3, step: .bridgeBuilder, sessions: 3, activityDaysAgo: nil, plannedInDays: 20),
            .ongoing(guide: nil, step: .inclusion, sessions: 4, activityDaysAgo: 70, plannedInDays: nil),
            .ended(.failed, guide: nil, activityDaysAgo: nil, endedDaysAgo: 40, stillActiveAt3: nil, stillActiveAt6: nil),
        ],
    ]

    static func seedGuidance(_ demo: inout DemoContext) throws {
        for m in municipalities {
            guard let municipality = demo.municipalities[m.slug] else { continue }
            let volunteers = try seedVolunteers(&demo, slug: m.slug, municipality: municipality)
            try seedCourses(&demo, slug: m.slug, municipality: municipality, volunteers: volunteers)
        }
        // Svendborg renews børneattester every three years.
        if let svendborg = demo.municipalities["svendborg"] {
            try demo.db.execute(sql: "INSERT INTO guidance_settings (municipality_id, certificate_renewal_months) VALUES (?, 36)",
                                arguments: [svendborg])
        }
    }

    private static func seedVolunteers(_ demo: inout DemoContext, slug: String, municipality: MunicipalityID) throws -> [VolunteerID] {
        let today = demo.clock.today
        let now = demo.clock.now
        var ids: [VolunteerID] = []
        for (n, v) in (demoVolunteers[slug] ?? []).enumerated() {
            let registered = now.addingTimeInterval(-Double(v.registeredDaysAgo) * 86400)
            let first = v.name.split(separator: " ").first.map { $0.lowercased() } ?? "frivillig"
            let phone = String(format: "%02d %02d %02d %02d", 30 + n * 3, 41 + n, 17 + n * 5, 60 + n)
            try demo.db.execute(sql: """
                INSERT INTO volunteer (municipality_id, user_id, name, phone, email, is_guide, is_companion, organisation, languages, districts,
                  availability, capacity, certificate_on, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [municipality, n == 0 ? demo.users["volunteer@\(slug).demo"] : nil, v.name, phone,
                                 "\(first.folding(options: .diacriticInsensitive, locale: nil)).frivillig@mail.demo",
                                 v.roles.contains(.guide), v.roles.contains(.companion), v.organisation, v.languages, v.districts,
                                 ["Hverdage efter kl. 16", "Weekender", "Tirsdag og torsdag", "Efter aftale"][n % 4], v.capacity,
                                 v.certificateMonthsAgo.map { today.adding(months: -$0) }, v.status.rawValue, registered, registered])
            let id = VolunteerID(demo.db.lastInsertedRowID)
            ids.append(id)
            let topics = ["Introduktion til Fritid med bistand", "Samtaler med familier", "Foreningslivet i kommunen"]
            for (k, topic) in topics.prefix(n % 3 + (v.status == .active ? 1 : 0)).enumerated() {
                try demo.db.execute(sql: """
                    INSERT INTO volunteer_training (volunteer_id, municipality_id, trained_on, topic, created_at) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [id, municipality, LocalDate(registered, in: .danish).adding(days: 14 + k * 60), topic, registered])
            }
        }
        return ids
    }

    /// A child whose valid pass covers guidance.
    struct Candidate {
        let child: ChildID
        let birthDate: LocalDate
        let pass: PassID
        let validFrom: LocalDate
        let volunteerConsent: Bool
        let inUse: Bool
    }

    private static func seedCourses(_ demo: inout DemoContext, slug: String, municipality: MunicipalityID,
                                    volunteers: [VolunteerID]) throws {
        let db = demo.db
        let today = demo.clock.today
        let now = demo.clock.now
        let coordinator = demo.users["coordinator@\(slug).demo"]!
        let caseworker = demo.users["caseworker@\(slug).demo"]!
        let volunteerUser = demo.users["volunteer@\(slug).demo"]
        // Most families on the guidance track agree to share with a volunteer; a few do not.
        try db.execute(sql: """
            UPDATE consent SET covers_volunteer = 1 WHERE municipality_id = ? AND expires_on IS NULL AND withdrawn_on IS NULL AND child_id % 4 <> 0
              AND child_id IN (SELECT child_id FROM pass WHERE covers_guidance AND status IN ('granted', 'in_use'))
            """, arguments: [municipality])
        var candidates = try Row.fetchAll(db, sql: """
            SELECT c.id, c.birth_date, p.id AS pass_id, p.valid_from, p.status = 'in_use' AS in_use,
              EXISTS (SELECT 1 FROM consent k WHERE k.child_id = c.id AND k.covers_volunteer AND k.given_on <= :today
                      AND (k.expires_on IS NULL OR k.expires_on > :today) AND k.withdrawn_on IS NULL) AS volunteer_consent
            FROM child c JOIN pass p ON p.child_id = c.id
            WHERE c.municipality_id = :m AND p.covers_guidance AND p.status IN ('granted', 'in_use') AND p.valid_to >= :today
            ORDER BY p.valid_from DESC, c.id
            """, arguments: ["m": municipality, "today": today]).map {
            Candidate(child: $0["id"], birthDate: $0["birth_date"], pass: $0["pass_id"], validFrom: $0["valid_from"],
                      volunteerConsent: $0["volunteer_consent"], inUse: $0["in_use"])
        }
        for plan in coursePlans[slug] ?? [] {
            // Staff can guide a child whose family did not consent to a volunteer; save the others for volunteers.
            // Those still waiting for a guide are the children who have waited longest without an activity.
            let waiting: Int? = if case .waiting = plan { candidates.lastIndex { $0.volunteerConsent && !$0.inUse } } else { nil }
            guard let index = waiting ?? (plan.needsVolunteerConsent ? candidates.firstIndex(where: \.volunteerConsent)
                    : candidates.firstIndex(where: { !$0.volunteerConsent }) ?? candidates.indices.first) else { continue }
            let candidate = candidates.remove(at: index)
            let activity = try chosenActivity(candidate.child, wish: demo.wishes[candidate.child] ?? .football,
                                              age: candidate.birthDate.age(on: today), municipality, db)
            try seedCourse(db, plan: plan, candidate: candidate, activity: activity, municipality: municipality, volunteers: volunteers,
                           staff: (coordinator, caseworker, volunteerUser), today: today, now: now)
        }
        // A family that moved away: their pass ended, and so did the course.
        if let moved = try Row.fetchOne(db, sql: """
            SELECT c.id, p.id AS pass_id, p.valid_from, p.ended_on FROM child c JOIN pass p ON p.child_id = c.id
            WHERE c.municipality_id = ? AND p.status = 'ended' AND p.covers_guidance ORDER BY c.id LIMIT 1
            """, arguments: [municipality]) {
            let ended: LocalDate = moved["ended_on"]
            try db.execute(sql: """
                INSERT INTO guidance_course (municipality_id, child_id, pass_id, status, step, started_on, guide_user_id, guide_assigned_on,
                  ended_on, end_reason, created_by, created_at)
                VALUES (?, ?, ?, 'moved_away', 2, ?, ?, ?, ?, 'Familien er flyttet til en anden kommune.', ?, ?)
                """, arguments: [municipality, moved["id"], moved["pass_id"], moved["valid_from"], caseworker, moved["valid_from"], ended,
                                 coordinator, now])
        }
    }

    /// The activity a guided child chose: the team the child is enrolled with, else a team of the
    /// kind the child wished for, for the child's age.
    static func chosenActivity(_ child: ChildID, wish: ActivityCategory, age: Int, _ municipality: MunicipalityID, _ db: Database) throws -> String {
        let row = try Row.fetchOne(db, sql: """
            SELECT a.name, s.name AS club FROM enrolment e JOIN activity a ON a.id = e.activity_id JOIN association s ON s.id = a.association_id
            WHERE e.child_id = ? ORDER BY e.id LIMIT 1
            """, arguments: [child]) ?? Row.fetchOne(db, sql: """
            SELECT a.name, s.name AS club FROM activity a JOIN association s ON s.id = a.association_id
            WHERE a.municipality_id = ? AND a.category = ? ORDER BY (? BETWEEN a.min_age AND a.max_age) DESC, abs(a.min_age - ?), a.id LIMIT 1
            """, arguments: [municipality, wish.rawValue, age, age])
        guard let row else { return wishes[wish] ?? "" }
        return "\(row["name"] as String), \(row["club"] as String)"
    }

    private static func seedCourse(_ db: Database, plan: CoursePlan, candidate c: Candidate, activity: String, municipality: MunicipalityID,
                                   volunteers: [VolunteerID], staff: (coordinator: UserID, caseworker: UserID, volunteer: UserID?),
                                   today: LocalDate, now: Date) throws {
        var status = "waiting_for_guide", step = MethodStep.firstMeeting, sessions = 0
        var guideVolunteer: Int?, guideStaff: UserID?, companion: VolunteerID?
        var activityStart: LocalDate?, planned: LocalDate?, endedOn: LocalDate?, endReason: String?, published: LocalDate?
        var answers: (Bool?, Bool?) = (nil, nil)
        var started = today.adding(days: -12)
        switch plan {
        case .waiting(let isPublished, _):
            published = isPublished ? today.adding(days: -5) : nil
        case .ongoing(let guide, let s, let n, let activityDaysAgo, let plannedInDays):
            status = "ongoing"; step = s; sessions = n
            guideVolunteer = guide
            if guide == nil { guideStaff = staff.caseworker }
            activityStart = activityDaysAgo.map { max(today.adding(days: -$0), min(today, c.validFrom.adding(days: 14))) }
            planned = plannedInDays.map { today.adding(days: $0) }
            started = today.adding(days: -((activityDaysAgo ?? 20) + 45))
            // The demo volunteer's third child also has a følgeven (who needs no børneattest only for a child of 15 or more).
            if guide == 0 && activityDaysAgo != nil, c.birthDate.age(on: today) >= CertificateRule.requiredUnderAge, volunteers.count > 2 {
                companion = volunteers[2]
            }
        case .ended(let outcome, let guide, let activityDaysAgo, let endedDaysAgo, let at3, let at6):
            status = outcome.rawValue; step = activityDaysAgo == nil ? .choosingActivity : .inclusion; sessions = 4
            guideVolunteer = guide
            if guide == nil { guideStaff = staff.caseworker }
            activityStart = activityDaysAgo.map { max(today.adding(days: -$0), min(today, c.validFrom.adding(days: 14))) }
            endedOn = max(today.adding(days: -endedDaysAgo), min(today, (activityStart ?? c.validFrom).adding(days: 30)))
            started = today.adding(days: -((activityDaysAgo ?? endedDaysAgo + 60) + 50))
            endReason = outcome == .droppedOut ? "Barnet mistede lysten, da træningstiden blev flyttet." : outcome == .failed
                ? "Familien ønskede ikke at fortsætte." : nil
            answers = (at3, at6)
        }
        started = max(started, min(c.validFrom, today))
        let guideID = guideVolunteer.flatMap { $0 < volunteers.count ? volunteers[$0] : nil }
        try db.execute(sql: """
            INSERT INTO guidance_course (municipality_id, child_id, pass_id, status, step, started_on, guide_user_id, guide_volunteer_id,
              companion_volunteer_id, guide_assigned_on, published_on, activity, activity_planned_on, activity_started_on, ended_on, end_reason,
              created_by, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [municipality, c.child, c.pass, status, step.rawValue, started, guideStaff, guideID, companion,
                             guideStaff != nil || guideID != nil ? started.adding(days: 3) : nil, published,
                             activityStart != nil || planned != nil ? activity : nil,
                             activityStart ?? planned, activityStart, endedOn, endReason, staff.coordinator, now])
        let course = CourseID(db.lastInsertedRowID)
        if case .waiting(_, let offerFrom?) = plan, offerFrom < volunteers.count {
            try db.execute(sql: "INSERT INTO board_offer (course_id, volunteer_id, municipality_id, offered_at) VALUES (?, ?, ?, ?)",
                           arguments: [course, volunteers[offerFrom], municipality, now.addingTimeInterval(-2 * 86400)])
        }
        // Sessions, from the first meeting towards the course's step; the demo volunteer logs their own.
        let last = min(endedOn ?? today, today)
        let span = max(1, started.days(until: last))
        let logger = guideVolunteer == 0 ? staff.volunteer : (guideStaff ?? staff.coordinator)
        let loggerRole = guideVolunteer == 0 && staff.volunteer != nil ? "volunteer" : (guideStaff != nil ? "caseworker" : "coordinator")
        for k in 0..<sessions {
            let held = started.adding(days: 2 + k * (span - 2) / max(1, sessions))
            let sessionStep = min(step.rawValue, 1 + k * step.rawValue / max(1, sessions - 1))
            let kind = sessionKinds[min(k, sessionKinds.count - 1)]
            try db.execute(sql: """
                INSERT INTO guidance_session (course_id, municipality_id, held_on, kind, minutes, step, participants, note, logged_by, logged_role, logged_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [course, municipality, min(held, last), kind.rawValue, [60, 45, 20, 90, 120][k % 5], max(1, sessionStep),
                                 k == 0 ? "child,guardian,guide" : (kind == .club || kind == .accompanying ? "child,guide,club" : "guardian,guide"),
                                 sessionNote(k, held: min(held, last), activityStart: activityStart, activity: activity), logger, loggerRole, now])
        }
        // A note from the coordinator that a volunteer guide must not see.
        if guideVolunteer == 0 && sessions > 0 {
            try db.execute(sql: """
                INSERT INTO guidance_session (course_id, municipality_id, held_on, kind, minutes, step, participants, note, logged_by, logged_role, logged_at)
                VALUES (?, ?, ?, 'call', 15, 1, 'guardian', 'Koordinator: Mor har fortalt om økonomiske problemer derhjemme.', ?, 'coordinator', ?)
                """, arguments: [course, municipality, started.adding(days: 1), staff.coordinator, now])
        }
        if sessions >= 3 {
            for (k, kind) in [AgreementKind.transport, .washingKit, .feeShare].prefix(sessions - 2).enumerated() {
                try db.execute(sql: """
                    INSERT INTO parent_agreement (course_id, municipality_id, kind, description, agreed_on, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [course, municipality, kind.rawValue, agreementTexts[kind], started.adding(days: 10 + k), logger, now])
            }
        }
        if let activityStart {
            try PassUsage.recordFirstUse(child: c.child, on: max(activityStart, c.validFrom), db)
            try FollowUpScheduling.schedule(child: c.child, course: course, source: .course,
                                            activity: activity, startedOn: activityStart,
                                            in: municipality, at: now, db)
            for (months, active) in [(3, answers.0), (6, answers.1)] {
                guard let active else { continue }
                try db.execute(sql: """
                    UPDATE follow_up SET answered_on = date(due_on, '+3 days'), still_active = ?, attends_regularly = ?, needs_help = ?,
                      note = ?, answered_by = ?, answered_role = ?
                    WHERE course_id = ? AND months = ?
                    """, arguments: [active, active, !active, active ? nil : "Træningstiden passer ikke længere med familiens hverdag.",
                                     logger, loggerRole, course, months])
            }
        }
    }

    static let sessionKinds: [SessionKind] = [.firstMeeting, .homeVisit, .call, .club, .accompanying, .call]
    /// What a session's note says, fitting where the course is on that day: before the first
    /// training the talk is of wishes, the club and practicalities; after it, of how it goes.
    static func sessionNote(_ k: Int, held: LocalDate, activityStart: LocalDate?, activity: String) -> String? {
        guard let activityStart, held >= activityStart else {
            return [k == 0 ? "Første samtale med barnet og forælder om, hvad barnet har lyst til." : nil, nil,
                    "Aftalt at besøge holdet sammen: \(activity).", "Forælder kan køre til træning; vi har talt om udstyr.", nil][k % 5]
        }
        return held.days(until: activityStart.adding(days: 21)) > 0 ? "Barnet var glad efter de første træninger."
            : ["Går fast til træning og har fået en ven på holdet.", nil, "Træneren fortæller, at barnet er faldet godt til."][k % 3]
    }
    static let agreementTexts: [AgreementKind: String] = [.transport: "Far kører til træning om tirsdagen", .washingKit: "Mor vasker spilletøjet",
                                                          .feeShare: "Familien betaler 100 kr. om året selv"]
}
