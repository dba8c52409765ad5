import Domain
import Foundation
import GRDB
import Store

/// Guidance for the large data set: volunteers (one in forty children; active, paused and ended,
/// with børneattester of every age and trainings), a guidance course for most passes — started
/// when the pass is granted, its activity started when the pass was taken into use, ended
/// successfully or not once the child has been at it a while, waiting for a guide (some on the
/// open board with an offer) or ongoing when recent — with `sessionsPerChild` sessions per child
/// on average (exactly) between the course's start and end, parent agreements, and follow-ups 3
/// and 6 months after the activity started (answered when due, a few overdue). The demo volunteer
/// (`volunteer@SLUG.demo`) guides a share of the courses, some of them open.
extension LargeDemo {
    struct LargeVolunteer {
        let id: Int64
        let isGuide: Bool
        let isCompanion: Bool
        let active: Bool
        let certified: Bool
    }

    struct PlannedCourse {
        let pass: PassRow
        var status: CourseStatus
        var step: Int
        var started: LocalDate
        var activity: String?
        var activityPlanned: LocalDate?
        var activityStarted: LocalDate?
        var ended: LocalDate?
        var endReason: String?
        var published: LocalDate?
        var guideUser: UserID?
        var guideVolunteer: Int?
        var companion: Int?

        var isOpen: Bool { status == .waitingForGuide || status == .ongoing }
    }

    static func addGuidance(_ c: inout Context) throws {
        let volunteers = try addVolunteers(&c)
        let courses = try planCourses(&c, volunteers: volunteers)
        try addCourses(&c, courses, volunteers: volunteers)
    }

    static let volunteerOrganisations = ["Red Barnet", "DGI", "", "Dansk Flygtningehjælp", "", "Frivilligcentret"]
    static let volunteerLanguages = ["dansk", "dansk, engelsk", "dansk, arabisk", "dansk, tyrkisk", "dansk, somali", "dansk, ukrainsk", "dansk, dari, farsi"]
    static let trainingTopics = ["Introduktion til Fritid med bistand", "Samtaler med familier", "Foreningslivet i kommunen"]

    private static func addVolunteers(_ c: inout Context) throws -> [LargeVolunteer] {
        let volunteerInsert = try c.db.cachedStatement(sql: """
            INSERT INTO volunteer (municipality_id, user_id, name, phone, email, is_guide, is_companion, organisation, languages, districts,
              availability, capacity, certificate_on, status, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let trainingInsert = try c.db.cachedStatement(sql: """
            INSERT INTO volunteer_training (volunteer_id, municipality_id, trained_on, topic, created_at) VALUES (?, ?, ?, ?, ?)
            """)
        let districts = ["Nord", "Syd", "Øst", "Vest", "Centrum", "Havnen", "Skoven", "Bakken"]
        var volunteers: [LargeVolunteer] = []
        for n in 0..<max(8, c.childrenPerMunicipality / 40) {
            let demo = n == 0
            let first = DemoData.firstNames[c.pick(DemoData.firstNames.count)].0, last = c.pick(from: DemoData.lastNames)
            let isGuide = demo || c.chance(75)
            let isCompanion = demo || !isGuide || c.chance(40)
            let status: VolunteerStatus = demo || c.chance(80) ? .active : c.chance(60) ? .paused : .ended
            let registered = c.today.adding(days: -(60 + c.pick(1000)))
            let certificate: LocalDate? = demo ? c.today.adding(months: -8) : (isGuide || c.chance(50))
                ? registered.adding(days: 14 + c.pick(max(1, registered.days(until: c.today) - 14))) : nil
            let mail = "\(first).\(last)\(n)".lowercased().folding(options: .diacriticInsensitive, locale: nil)
            try volunteerInsert.execute(arguments: [
                c.municipality, demo ? c.users[.volunteer] : nil, "\(first) \(last)", String(format: "%02d %02d %02d %02d", 30 + n % 60, 40 + c.index, 10 + n % 80, 20),
                "\(mail)@mail.demo", isGuide, isCompanion, c.pick(from: volunteerOrganisations), c.pick(from: volunteerLanguages),
                "\(districts[n % 8]), \(districts[(n + 3) % 8])", c.pick(from: ["Hverdage efter kl. 16", "Weekender", "Tirsdag og torsdag", "Efter aftale"]),
                demo ? 10 : 1 + c.pick(4), certificate, status.rawValue, c.moment(registered), c.moment(registered)])
            let id = c.db.lastInsertedRowID
            for k in 0..<(1 + c.pick(3)) {
                let on = min(c.today, registered.adding(days: 14 + k * 120))
                try trainingInsert.execute(arguments: [id, c.municipality, on, trainingTopics[k], c.moment(on)])
            }
            volunteers.append(LargeVolunteer(id: id, isGuide: isGuide, isCompanion: isCompanion, active: status == .active,
                                             certified: certificate.map { $0 > c.today.adding(months: -24) } ?? false))
        }
        return volunteers
    }

    private static func planCourses(_ c: inout Context, volunteers: [LargeVolunteer]) throws -> [PlannedCourse] {
        let passes = try passes(c)
        var latest: [Int64: Int64] = [:]
        for pass in passes { latest[pass.child] = pass.id }
        let guides = volunteers.indices.filter { volunteers[$0].isGuide && $0 != 0 }
        let openGuides = guides.filter { volunteers[$0].active && volunteers[$0].certified }
        let companions = volunteers.indices.filter { volunteers[$0].isCompanion && volunteers[$0].active && $0 != 0 }
        let plannedNames = ["Fodbold", "Spejder", "Svømning", "Håndbold", "Musikskolen", "Gymnastik", "Dans", "Judo"]
        var courses: [PlannedCourse] = []
        var demoOpen = 0
        for pass in passes where c.chance(85) {
            let isLatest = latest[pass.child] == pass.id
            var course = PlannedCourse(pass: pass, status: .ongoing, step: 6, started: min(c.today, pass.validFrom.adding(days: c.pick(5))))
            if let redeemed = pass.redeemedOn {
                course.started = min(course.started, redeemed.adding(days: -3))
                course.activity = c.startedActivity[pass.id] ?? c.pick(from: plannedNames)
                course.activityStarted = redeemed
                if redeemed.adding(months: 6) < c.today || !isLatest {
                    let roll = c.pick(100)
                    course.status = roll < 72 ? .successful : roll < 87 ? .droppedOut : roll < 95 ? .failed : .movedAway
                    course.step = course.status == .successful ? 6 : 5
                    course.ended = min(c.today, redeemed.adding(days: 60 + c.pick(150)))
                }
            } else if isLatest && pass.validTo >= c.today && pass.validFrom >= c.today.adding(days: -120) {
                if c.chance(25) {
                    course.status = .waitingForGuide
                    course.step = 1
                    if c.chance(60) { course.published = min(c.today, course.started.adding(days: c.pick(10))) }
                } else {
                    course.step = 1 + c.pick(5)
                    if course.step >= 4 && c.chance(50) {
                        course.activity = c.pick(from: plannedNames)
                        course.activityPlanned = c.today.adding(days: 5 + c.pick(40))
                    }
                }
            } else {
                let roll = c.pick(100)
                course.status = roll < 45 ? .failed : roll < 85 ? .droppedOut : .movedAway
                course.step = 1 + c.pick(4)
                course.ended = min(c.today, course.started.adding(days: 40 + c.pick(160)))
            }
            switch course.status {
            case .droppedOut: course.endReason = c.pick(from: ["Barnet mistede lysten.", "Træningstiden passede ikke med familiens hverdag."])
            case .failed: course.endReason = "Familien ønskede ikke at fortsætte."
            case .movedAway: course.endReason = "Familien er flyttet til en anden kommune."
            default: break
            }
            if course.status != .waitingForGuide {
                if c.chance(60) {
                    // The demo volunteer guides the first three open courses, then about one in twenty, and a few ended ones.
                    let pool = course.isOpen ? openGuides : guides
                    let demo = course.isOpen && demoOpen < 3 || c.chance(course.isOpen ? 5 : 2) || pool.isEmpty
                    course.guideVolunteer = demo ? 0 : c.pick(from: pool)
                    if demo && course.isOpen { demoOpen += 1 }
                    if !companions.isEmpty && c.chance(15) { course.companion = c.pick(from: companions) }
                } else {
                    course.guideUser = c.chance(80) ? c.users[.caseworker]! : c.users[.coordinator]!
                }
            }
            courses.append(course)
        }
        return courses
    }
}
