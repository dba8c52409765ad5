import Domain
import Foundation
import GRDB
import Store
import Testing

/// A municipality with a caseworker, two volunteers with accounts, and children with a pass that
/// covers guidance.
struct GuidanceFixture {
    let f: StoreFixture
    let caseworker: User
    let amiraUser: User
    let jonasUser: User
    let amira: VolunteerID
    let jonas: VolunteerID
    let today = LocalDate(iso: "2027-01-15")!

    init() async throws {
        f = try await StoreFixture()
        caseworker = try await f.addUser("lars@holstebro.dk")
        amiraUser = try await f.addUser("amira@holstebro.dk", role: .volunteer)
        jonasUser = try await f.addUser("jonas@holstebro.dk", role: .volunteer)
        amira = try await f.repos.volunteers.create(
            VolunteerDetails(name: "Amira", phone: "20304050", roles: [.guide, .companion], certificateOn: LocalDate(iso: "2026-01-01"),
                             userID: amiraUser.id), in: f.holstebro.id, at: f.now, audit: f.audit(.create, .volunteer))
        jonas = try await f.repos.volunteers.create(
            VolunteerDetails(name: "Jonas", phone: "20304051", roles: [.guide, .companion], certificateOn: LocalDate(iso: "2026-06-01"),
                             userID: jonasUser.id), in: f.holstebro.id, at: f.now,
            audit: f.audit(.create, .volunteer))
    }

    var m: MunicipalityID { f.holstebro.id }
    var amiraScope: DataScope { .volunteer(m, amiraUser.id, consentOn: today) }
    var jonasScope: DataScope { .volunteer(m, jonasUser.id, consentOn: today) }

    /// A child with a guidance pass valid 2026-09-01–2027-08-31; consent to share with a volunteer
    /// unless `volunteerConsent` is false.
    func child(_ first: String = "Aya", volunteerConsent: Bool = true, in municipality: Municipality? = nil) async throws -> (ChildID, PassID) {
        let mun = municipality ?? f.holstebro
        let child = try await f.repos.children.create(
            ChildDetails(firstName: first, lastName: "Haddad", birthDate: LocalDate(iso: "2016-05-01")!, gender: .girl, schoolDistrict: "Syd",
                         interests: "fodbold", note: "Intern note om familien"),
            guardians: [Guardian(name: "Leyla Haddad", relation: .mother, phone: "12345678")], in: mun.id, by: caseworker.id, at: f.now,
            audit: f.audit(.create, .child))
        _ = try await f.repos.consents.record(
            ConsentInput.Valid(givenBy: "Leyla", givenOn: LocalDate(iso: "2026-08-01")!, method: .written,
                               scope: ConsentScope(registration: true, association: false, volunteer: volunteerConsent), expiresOn: nil),
            for: child, in: mun.id, by: caseworker.id, at: f.now, audit: f.audit(.create, .consent))
        let referral = try await f.repos.referrals.create(
            ReferralDetails(referrerName: "Lars", referrerRole: "lærer", department: .school, referredOn: LocalDate(iso: "2026-08-10")!,
                            reasons: [.economic], reasonNote: "Hemmelig årsag", wantsGuidance: true, wantsEconomicSupport: true),
            for: child, in: mun.id, by: caseworker.id, at: f.now, audit: f.audit(.create, .referral))
        let pass = try await f.repos.referrals.decide(
            referral, from: .submitted,
            decision: Decision(outcome: .approve, track: .both, reason: nil,
                               pass: PassDraft(validFrom: LocalDate(iso: "2026-09-01")!, validTo: LocalDate(iso: "2027-08-31")!,
                                               cover: PassCover(guidance: true, fee: true, equipment: false))),
            in: mun.id, by: caseworker.id, on: LocalDate(iso: "2026-08-20")!, at: f.now, audit: f.audit(.update, .referral))!
        return (child, pass)
    }

    func start(_ child: ChildID, _ pass: PassID, guide: Guide? = nil, on date: String = "2026-10-01") async throws -> CourseID {
        try await f.repos.courses.start(for: child, pass: pass, on: LocalDate(iso: date)!, guide: guide, in: m, by: caseworker.id, at: f.now,
                                        audit: f.audit(.create, .child))
    }

    func assign(_ course: CourseID, _ guide: Guide?, companion: VolunteerID? = nil) async throws {
        try await f.repos.courses.assign(course, guide: guide, companion: companion, on: today, in: m, by: caseworker.id, at: f.now,
                                         audit: f.audit(.update, .child))
    }

    func startActivity(_ course: CourseID, on date: String) async throws {
        try await f.repos.courses.recordActivity(ActivityChoice(activity: "Fodbold", startOn: LocalDate(iso: date)!, started: true),
                                                 course: course, in: m, at: f.now, audit: f.audit(.update, .child))
    }
}

@Suite struct GuidanceRepositoryTests {
    @Test func volunteersSeeOnlyTheChildrenOfTheirOwnCourses() async throws {
        let g = try await GuidanceFixture()
        let (child, pass) = try await g.child()
        let course = try await g.start(child, pass)
        #expect(try await g.f.repos.children.find(child, scope: g.amiraScope) == nil, "waiting for a guide: no volunteer sees the child")
        #expect(try await g.f.repos.courses.find(course, scope: g.amiraScope) == nil)

        try await g.assign(course, .volunteer(g.amira))
        #expect(try await g.f.repos.children.find(child, scope: g.amiraScope) != nil)
        #expect(try await g.f.repos.courses.find(course, scope: g.amiraScope)?.status == .ongoing)
        #expect(try await g.f.repos.courses.list(.all, scope: g.amiraScope).map(\.course.id) == [course])
        #expect(try await g.f.repos.courses.find(course, scope: g.jonasScope) == nil, "another volunteer")
        #expect(try await g.f.repos.children.find(child, scope: g.jonasScope) == nil)
        #expect(try await g.f.repos.courses.find(course, scope: .volunteer(g.f.svendborg.id, g.amiraUser.id, consentOn: g.today)) == nil, "another municipality")
        #expect(try await g.f.repos.courses.find(course, scope: .municipality(g.f.svendborg.id)) == nil)
        #expect(try await g.f.repos.courses.volunteerRecord(course: course, scope: g.jonasScope) == nil)

        // The volunteer's record holds only what they may see.
        let record = try #require(try await g.f.repos.courses.volunteerRecord(course: course, scope: g.amiraScope))
        #expect(record.firstName == "Aya" && record.interests == "fodbold" && record.guardians.map(\.phone) == ["12345678"])

        // A følgeven sees the child too, while they volunteer.
        try await g.assign(course, .volunteer(g.amira), companion: g.jonas)
        #expect(try await g.f.repos.courses.find(course, scope: g.jonasScope)?.companionID == g.jonas)
        var jonas = try #require(try await g.f.repos.volunteers.find(g.jonas, in: g.m)).details
        jonas.status = .ended
        try await g.f.repos.volunteers.update(g.jonas, details: jonas, in: g.m, at: g.f.now, audit: g.f.audit(.update, .volunteer))
        #expect(try await g.f.repos.courses.find(course, scope: g.jonasScope) == nil, "an ended volunteer sees nothing")

        // After the course ends, the guide keeps the child while follow-ups are left to answer.
        try await g.startActivity(course, on: "2026-10-15")
        try await g.f.repos.courses.close(course, from: .ongoing, outcome: CourseOutcome(status: .successful, endedOn: g.today, reason: nil),
                                          in: g.m, audit: g.f.audit(.update, .child))
        #expect(try await g.f.repos.courses.find(course, scope: g.amiraScope)?.status == .successful)
        for followUp in try await g.f.repos.followUps.forCourse(course, in: g.m) {
            try await g.f.repos.followUps.answer(followUp.id, FollowUpAnswer(stillActive: true, attendsRegularly: true, needsHelp: false, note: nil),
                                                 on: g.today, by: g.amiraUser.id, role: .volunteer, in: g.m, audit: g.f.audit(.update, .child))
        }
        #expect(try await g.f.repos.courses.find(course, scope: g.amiraScope) == nil)
        #expect(try await g.f.repos.children.find(child, scope: g.amiraScope) == nil)
        #expect(try await g.f.repos.courses.find(course, scope: .municipality(g.m)) != nil)
    }

    @Test func anEmployedGuideSeesTheChildrenTheyGuide() async throws {
        let g = try await GuidanceFixture()
        let hanne = try await g.f.addUser("hanne@holstebro.dk")
        let (child, pass) = try await g.child()
        let scope = DataScope.caseworker(g.m, hanne.id)
        #expect(try await g.f.repos.children.find(child, scope: scope) == nil)
        let course = try await g.start(child, pass, guide: .staff(hanne.id))
        #expect(try await g.f.repos.children.find(child, scope: scope) != nil)
        #expect(try await g.f.repos.courses.find(course, scope: scope)?.guideName == "hanne@holstebro.dk")
        await #expect(throws: StoreError.notFound) {
            try await g.assign(course, .staff(g.amiraUser.id))
        }
    }

    @Test func anActivityStartTakesThePassIntoUseAndSchedulesFollowUps() async throws {
        let g = try await GuidanceFixture()
        let (child, pass) = try await g.child()
        let course = try await g.start(child, pass, guide: .volunteer(g.amira))
        try await g.f.repos.courses.recordActivity(ActivityChoice(activity: "Spejder", startOn: LocalDate(iso: "2027-08-15")!, started: false),
                                                   course: course, in: g.m, at: g.f.now, audit: g.f.audit(.update, .child))
        #expect(try await g.f.repos.passes.find(pass, in: g.m)?.status == .granted, "a planned start changes nothing yet")
        #expect(try await g.f.repos.followUps.forCourse(course, in: g.m).isEmpty)
        #expect(try await g.f.repos.courses.find(course, scope: .municipality(g.m))?.step == .choosingActivity)

        try await g.startActivity(course, on: "2026-11-30")
        let stored = try #require(try await g.f.repos.passes.find(pass, in: g.m))
        #expect(stored.status == .inUse && stored.redeemedOn == LocalDate(iso: "2026-11-30"))
        let followUps = try await g.f.repos.followUps.forCourse(course, in: g.m)
        #expect(followUps.map(\.months) == [3, 6])
        #expect(followUps.map(\.dueOn.iso) == ["2027-02-28", "2027-05-30"])
        #expect(followUps.allSatisfy { $0.source == .course && $0.childID == child && $0.activity == "Fodbold" })
        let after = try #require(try await g.f.repos.courses.find(course, scope: .municipality(g.m)))
        #expect(after.step == .inclusion && after.activity == ActivityChoice(activity: "Fodbold", startOn: LocalDate(iso: "2026-11-30")!, started: true))
        await #expect(throws: StoreError.conflict) { try await g.startActivity(course, on: "2026-12-01") }
        #expect(try await g.f.count("SELECT COUNT(*) FROM follow_up") == 2)
    }

    @Test func oneOpenCoursePerChildAndAClosedCourseTakesNoMoreRecords() async throws {
        let g = try await GuidanceFixture()
        let (child, pass) = try await g.child()
        let course = try await g.start(child, pass, guide: .staff(g.caseworker.id))
        await #expect(throws: StoreError.conflict) { _ = try await g.start(child, pass) }
        let (_, otherPass) = try await g.child("Noah")
        await #expect(throws: StoreError.notFound, "a pass of another child") { _ = try await g.start(child, otherPass) }

        let draft = SessionDraft(heldOn: LocalDate(iso: "2026-12-10")!, kind: .homeVisit, minutes: 45, step: .mappingInterests,
                                 participants: [.child, .guardian], note: "Godt møde")
        _ = try await g.f.repos.courses.logSession(draft, course: course, in: g.m, by: g.caseworker.id, role: .caseworker, at: g.f.now,
                                                   audit: g.f.audit(.create, .child))
        var earlier = draft
        earlier.heldOn = LocalDate(iso: "2026-12-01")!
        earlier.step = .wishesAndDreams
        _ = try await g.f.repos.courses.logSession(earlier, course: course, in: g.m, by: g.caseworker.id, role: .caseworker, at: g.f.now,
                                                   audit: g.f.audit(.create, .child))
        #expect(try await g.f.repos.courses.find(course, scope: .municipality(g.m))?.step == .mappingInterests,
                "the course follows its newest session")
        #expect(try await g.f.repos.courses.sessions(for: course, in: g.m).map(\.draft.heldOn.iso) == ["2026-12-10", "2026-12-01"])
        #expect(try await g.f.repos.courses.sessions(for: course, in: g.f.svendborg.id).isEmpty)

        try await g.f.repos.courses.close(course, from: .ongoing, outcome: CourseOutcome(status: .failed, endedOn: g.today, reason: nil),
                                          in: g.m, audit: g.f.audit(.update, .child))
        await #expect(throws: StoreError.conflict) {
            _ = try await g.f.repos.courses.logSession(draft, course: course, in: g.m, by: g.caseworker.id, role: .caseworker, at: g.f.now,
                                                       audit: g.f.audit(.create, .child))
        }
        await #expect(throws: StoreError.conflict) {
            try await g.f.repos.courses.close(course, from: .ongoing, outcome: CourseOutcome(status: .movedAway, endedOn: g.today, reason: nil),
                                              in: g.m, audit: g.f.audit(.update, .child))
        }
        await #expect(throws: StoreError.notFound) {
            try await g.f.repos.courses.addAgreement(.transport, description: nil, agreedOn: g.today, course: course, in: g.f.svendborg.id,
                                                     by: g.caseworker.id, at: g.f.now, audit: g.f.audit(.create, .child))
        }
        _ = try await g.start(child, pass)
        #expect(try await g.f.repos.courses.courses(for: child, in: g.m).count == 2, "a new course once the old one closed")
    }

    @Test func theStoreRefusesAMatchThatBreaksTheChildProtectionRules() async throws {
        let g = try await GuidanceFixture()
        // No consent to sharing with a volunteer: neither guide nor følgeven, even if a form let it through.
        let (noah, noahPass) = try await g.child("Noah", volunteerConsent: false)
        let noahCourse = try await g.start(noah, noahPass)
        await #expect(throws: StoreError.conflict) { try await g.assign(noahCourse, .volunteer(g.amira)) }
        await #expect(throws: StoreError.conflict) { try await g.assign(noahCourse, .staff(g.caseworker.id), companion: g.amira) }
        // A child under 15 and a volunteer whose børneattest has run out (renewal after 24 months).
        let (aya, ayaPass) = try await g.child("Aya")
        let ayaCourse = try await g.start(aya, ayaPass)
        var amira = try #require(try await g.f.repos.volunteers.find(g.amira, in: g.m)).details
        amira.certificateOn = LocalDate(iso: "2024-06-01")
        try await g.f.repos.volunteers.update(g.amira, details: amira, in: g.m, at: g.f.now, audit: g.f.audit(.update, .volunteer))
        await #expect(throws: StoreError.conflict) { try await g.assign(ayaCourse, .volunteer(g.amira)) }
        try await g.assign(ayaCourse, .volunteer(g.jonas))
        #expect(try await g.f.repos.courses.find(ayaCourse, scope: .municipality(g.m))?.status == .ongoing, "a valid match goes through")
        // Nor can a course start with that volunteer, or outside the pass's dates.
        let (ella, ellaPass) = try await g.child("Ella")
        await #expect(throws: StoreError.conflict) { _ = try await g.start(ella, ellaPass, guide: .volunteer(g.amira)) }
        await #expect(throws: StoreError.conflict) { _ = try await g.start(ella, ellaPass, on: "2027-09-01") }
        #expect(try await g.f.repos.courses.courses(for: ella, in: g.m).isEmpty, "nothing saved")
        _ = try await g.start(ella, ellaPass, guide: .volunteer(g.jonas))
    }

    @Test func theBoardShowsOnlyChildrenWhoseGuardiansConsentedAndLogsEachRead() async throws {
        let g = try await GuidanceFixture()
        let (aya, ayaPass) = try await g.child("Aya")
        let (noah, noahPass) = try await g.child("Noah", volunteerConsent: false)
        let ayaCourse = try await g.start(aya, ayaPass)
        let noahCourse = try await g.start(noah, noahPass)
        for course in [ayaCourse, noahCourse] {
            try await g.f.repos.courses.publish(course, on: g.today, in: g.m, audit: g.f.audit(.update, .child))
        }
        let audit = AuditEntry(at: g.f.now, userID: g.amiraUser.id, role: .volunteer, municipalityID: g.m, action: .view, entity: .child,
                               detail: "board", ip: nil)
        let board = try await g.f.repos.courses.board(in: g.m, volunteer: g.amira, today: g.today, audit: audit)
        #expect(board.map(\.firstName) == ["Aya"])
        #expect(board[0].district == "Syd" && board[0].interests == "fodbold" && !board[0].offeredByMe)
        #expect(try await g.f.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'child' AND detail = 'board' AND entity_id = '\(aya)'") == 1)
        #expect(try await g.f.repos.courses.board(in: g.f.svendborg.id, volunteer: nil, today: g.today, audit: nil).isEmpty)

        let offer = try await g.f.repos.courses.offer(course: ayaCourse, by: g.amira, in: g.m, at: g.f.now, audit: g.f.audit(.create, .boardOffer))
        let other = try await g.f.repos.courses.offer(course: ayaCourse, by: g.jonas, in: g.m, at: g.f.now, audit: g.f.audit(.create, .boardOffer))
        await #expect(throws: StoreError.duplicate(field: "offer")) {
            _ = try await g.f.repos.courses.offer(course: ayaCourse, by: g.amira, in: g.m, at: g.f.now, audit: g.f.audit(.create, .boardOffer))
        }
        #expect(try await g.f.repos.courses.board(in: g.m, volunteer: g.amira, today: g.today, audit: nil)[0].offeredByMe)

        try await g.f.repos.courses.confirm(offer, on: g.today, in: g.m, by: g.caseworker.id, at: g.f.now, audit: g.f.audit(.update, .child))
        let matched = try #require(try await g.f.repos.courses.find(ayaCourse, scope: .municipality(g.m)))
        #expect(matched.status == .ongoing && matched.guide == .volunteer(g.amira) && matched.publishedOn == nil)
        #expect(try await g.f.repos.courses.offers(for: ayaCourse, in: g.m).map(\.status) == [.accepted, .declined])
        await #expect(throws: StoreError.conflict) {
            try await g.f.repos.courses.confirm(other, on: g.today, in: g.m, by: g.caseworker.id, at: g.f.now, audit: g.f.audit(.update, .child))
        }
        await #expect(throws: StoreError.notFound, "off the board") {
            _ = try await g.f.repos.courses.offer(course: ayaCourse, by: g.jonas, in: g.m, at: g.f.now, audit: g.f.audit(.create, .boardOffer))
        }
        await #expect(throws: StoreError.notFound) {
            try await g.f.repos.courses.confirm(other, on: g.today, in: g.f.svendborg.id, by: g.caseworker.id, at: g.f.now,
                                                audit: g.f.audit(.update, .child))
        }
    }
}
