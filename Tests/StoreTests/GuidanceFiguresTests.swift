import Domain
import Foundation
import GRDB
import Store
import Testing

/// The figures the dashboard will use: follow-ups due, retention after six months, guidance counts.
@Suite struct GuidanceFiguresTests {
    @Test func followUpsAreScopedAndRetentionInSQLMatchesTheDomainRule() async throws {
        let g = try await GuidanceFixture()
        var courses: [CourseID] = []
        for (name, start) in [("Aya", "2026-07-10"), ("Noah", "2026-08-31"), ("Emil", "2026-09-01"), ("Ida", "2026-10-20"), ("Sara", "2026-06-30")] {
            let (child, pass) = try await g.child(name)
            let course = try await g.start(child, pass, guide: .volunteer(name == "Sara" ? g.jonas : g.amira), on: "2026-06-01")
            try await g.startActivity(course, on: start)
            courses.append(course)
        }
        // Aya still active after six months, Noah not, Emil and Ida unanswered; Sara's fell due in the previous half-year.
        let answers: [(Int, Bool)] = [(0, true), (1, false), (4, true)]
        for (index, active) in answers {
            let sixMonths = try #require(try await g.f.repos.followUps.forCourse(courses[index], in: g.m).first { $0.months == 6 })
            try await g.f.repos.followUps.answer(sixMonths.id, FollowUpAnswer(stillActive: active, attendsRegularly: active, needsHelp: !active, note: nil),
                                                 on: g.today, by: g.amiraUser.id, role: .volunteer, in: g.m, audit: g.f.audit(.update, .child))
        }
        let period = Period(from: LocalDate(iso: "2027-01-01")!, to: LocalDate(iso: "2027-06-30")!)
        let retention = try await g.f.repos.followUps.retention(in: g.m, period: period)
        #expect(retention == Retention(due: 4, answered: 2, stillActive: 1))
        var all: [FollowUp] = []
        for course in courses { all += try await g.f.repos.followUps.forCourse(course, in: g.m) }
        #expect(Retention.compute(all, period: period) == retention)
        #expect(try await g.f.repos.followUps.retention(in: g.m, period: period.previous) == Retention(due: 1, answered: 1, stillActive: 1))
        #expect(try await g.f.repos.followUps.retention(in: g.f.svendborg.id, period: period) == Retention(due: 0, answered: 0, stillActive: 0))

        // On 2027-01-15 the 3-month follow-ups of Aya (10.10), Noah (30.11), Emil (01.12) and Sara (30.09) are overdue;
        // Ida's (20.01) is due.
        let today = g.today
        let counts = try await g.f.repos.followUps.dueCounts(in: g.m, today: today)
        #expect(counts.overdue == 4 && counts.due == 1)
        let amiraOpen = try await g.f.repos.followUps.open(until: FollowUpState.dueListLimit(today: today), scope: g.amiraScope)
        #expect(Set(amiraOpen.map(\.followUp.courseID)) == Set(courses.prefix(4)), "only her own courses")
        #expect(amiraOpen.allSatisfy { $0.guideName == "Amira" })
        let all3 = try await g.f.repos.followUps.open(until: FollowUpState.dueListLimit(today: today), scope: .municipality(g.m))
        #expect(all3.count == 5)
        #expect(try await g.f.repos.followUps.open(until: today, scope: .municipality(g.f.svendborg.id)).isEmpty)
        #expect(try await g.f.repos.followUps.find(all3[0].followUp.id, scope: .municipality(g.f.svendborg.id)) == nil)
        await #expect(throws: StoreError.conflict) {
            let answered = try #require(try await g.f.repos.followUps.answered(limit: 1, scope: .municipality(g.m)).first)
            try await g.f.repos.followUps.answer(answered.followUp.id, FollowUpAnswer(stillActive: true, attendsRegularly: true, needsHelp: false, note: nil),
                                                 on: today, by: g.amiraUser.id, role: .volunteer, in: g.m, audit: g.f.audit(.update, .child))
        }
    }

    @Test func guidanceCountsPerPeriod() async throws {
        let g = try await GuidanceFixture()
        let (aya, ayaPass) = try await g.child("Aya")
        let (noah, noahPass) = try await g.child("Noah")
        let ayaCourse = try await g.start(aya, ayaPass, guide: .volunteer(g.amira), on: "2026-10-01")
        let noahCourse = try await g.start(noah, noahPass, on: "2027-01-05")
        for (day, minutes) in [("2026-10-02", 60), ("2026-12-01", 30), ("2027-01-10", 45)] {
            _ = try await g.f.repos.courses.logSession(
                SessionDraft(heldOn: LocalDate(iso: day)!, kind: .call, minutes: minutes, step: .firstMeeting, participants: [.guardian], note: nil),
                course: ayaCourse, in: g.m, by: g.amiraUser.id, role: .volunteer, at: g.f.now, audit: g.f.audit(.create, .child))
        }
        try await g.startActivity(ayaCourse, on: "2026-12-15")
        try await g.f.repos.courses.close(ayaCourse, from: .ongoing, outcome: CourseOutcome(status: .successful, endedOn: LocalDate(iso: "2026-12-20")!,
                                                                                             reason: nil), in: g.m, audit: g.f.audit(.update, .child))
        try await g.f.repos.courses.close(noahCourse, from: .waitingForGuide,
                                          outcome: CourseOutcome(status: .droppedOut, endedOn: g.today, reason: "Ingen lyst"), in: g.m,
                                          audit: g.f.audit(.update, .child))
        let h2 = Period.halfYear(containing: LocalDate(iso: "2026-12-01")!)
        let counts = try await g.f.repos.courses.counts(in: g.m, period: h2)
        #expect(counts == GuidanceCounts(sessions: 2, sessionMinutes: 90, childrenWithSessions: 1, coursesStarted: 1, activityStarts: 1,
                                         ended: [.successful: 1], openAtEnd: 0))
        let h1 = try await g.f.repos.courses.counts(in: g.m, period: h2.previous.previous)
        #expect(h1.sessions == 0 && h1.coursesStarted == 0)
        let next = try await g.f.repos.courses.counts(in: g.m, period: Period.halfYear(containing: g.today))
        #expect(next.sessions == 1 && next.coursesStarted == 1 && next.ended == [.droppedOut: 1] && next.failed == 0)
        #expect(try await g.f.repos.courses.counts(in: g.f.svendborg.id, period: h2).sessions == 0)
    }

    @Test func volunteersShowTheirLoadAndLastActivity() async throws {
        let g = try await GuidanceFixture()
        let (aya, pass) = try await g.child()
        let course = try await g.start(aya, pass, guide: .volunteer(g.amira), on: "2026-10-01")
        _ = try await g.f.repos.courses.logSession(
            SessionDraft(heldOn: LocalDate(iso: "2026-12-01")!, kind: .call, minutes: 20, step: .firstMeeting, participants: [.guardian], note: nil),
            course: course, in: g.m, by: g.amiraUser.id, role: .volunteer, at: g.f.now, audit: g.f.audit(.create, .child))
        let rows = try await g.f.repos.volunteers.list(in: g.m, today: g.today)
        let amira = try #require(rows.first { $0.volunteer.id == g.amira })
        #expect(amira.load.activeCourses == 1 && amira.load.lastActivity == g.today, "registered today, one child")
        let jonas = try #require(rows.first { $0.volunteer.id == g.jonas })
        #expect(jonas.load.activeCourses == 0)
        #expect(try await g.f.repos.volunteers.list(in: g.f.svendborg.id, today: g.today).isEmpty)
        #expect(try await g.f.repos.volunteers.find(user: g.amiraUser.id, in: g.m)?.id == g.amira)
        #expect(try await g.f.repos.volunteers.find(user: g.amiraUser.id, in: g.f.svendborg.id) == nil)
        await #expect(throws: StoreError.duplicate(field: "userID")) {
            _ = try await g.f.repos.volunteers.create(VolunteerDetails(name: "Kopi", phone: "11223344", roles: [.guide], userID: g.amiraUser.id),
                                                      in: g.m, at: g.f.now, audit: g.f.audit(.create, .volunteer))
        }
        await #expect(throws: StoreError.notFound, "only a volunteer account of the municipality") {
            _ = try await g.f.repos.volunteers.create(VolunteerDetails(name: "Lars", phone: "11223344", roles: [.guide], userID: g.caseworker.id),
                                                      in: g.m, at: g.f.now, audit: g.f.audit(.create, .volunteer))
        }
        try await g.f.repos.volunteers.addTraining(on: g.today, topic: "Introduktion", for: g.amira, in: g.m, at: g.f.now,
                                                   audit: g.f.audit(.update, .volunteer))
        await #expect(throws: StoreError.notFound) {
            try await g.f.repos.volunteers.addTraining(on: g.today, topic: "X", for: g.amira, in: g.f.svendborg.id, at: g.f.now,
                                                       audit: g.f.audit(.update, .volunteer))
        }
        #expect(try await g.f.repos.volunteers.trainings(for: g.amira, in: g.m).map(\.topic) == ["Introduktion"])
        #expect(try await g.f.repos.volunteers.settings(for: g.m) == .standard)
        try await g.f.repos.volunteers.save(GuidanceSettings(certificateRenewalMonths: 36), for: g.m, audit: g.f.audit(.update, .guidanceSettings))
        #expect(try await g.f.repos.volunteers.settings(for: g.m).certificateRenewalMonths == 36)
        #expect(try await g.f.repos.volunteers.settings(for: g.f.svendborg.id) == .standard)
    }
}
