import Domain
import Foundation
import GRDB
import Store
import Testing

/// A start reported by the association, by a guide, or by both gives the child one pair of
/// follow-ups, which the association answers from its portal.
@Suite struct ActivityStartFollowUpTests {
    func followUps(_ w: MoneyWorld, _ child: ChildID) async throws -> [Row] {
        try w.db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM follow_up WHERE child_id = ? ORDER BY months", arguments: [child])
        }
    }

    @Test func theAssociationConfirmingAStartSchedulesFollowUpsItAnswersWhenTheyAreDue() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let (aya, enrolment) = try await startedWithClubA(w)
        let rows = try await followUps(w, aya)
        #expect(rows.map { $0["months"] as Int } == [3, 6])
        #expect(rows.map { $0["due_on"] as LocalDate } == [LocalDate(iso: "2027-04-15")!, LocalDate(iso: "2027-07-15")!])
        #expect(rows.allSatisfy { $0["source"] as String == "association" && ($0["enrolment_id"] as EnrolmentID?) == enrolment })
        let threeMonths: FollowUpID = rows[0]["id"]

        // Not asked before it is due (14 days ahead at most).
        let early = LocalDate(iso: "2027-03-31")!, due = LocalDate(iso: "2027-04-01")!
        #expect(try await w.repos.portal.overview(scope: w.portalScope, today: early)?.enrolments.first?.followUp == nil)
        await #expect(throws: StoreError.notFound) {
            _ = try await w.repos.portal.answerFollowUp(threeMonths, PortalAttendance.regular.answer(needsHelp: false), scope: w.portalScope,
                                                        today: early, at: w.now, audit: w.audit())
        }
        let asked = try await w.repos.portal.overview(scope: w.portalScope, today: due)?.enrolments.first?.followUp
        #expect(asked == PortalFollowUp(id: threeMonths, months: 3, dueOn: LocalDate(iso: "2027-04-15")!))

        // Another association's contact cannot answer it.
        let other = try await w.repos.users.create(UserDraft(municipalityID: w.holstebro, role: .association, email: "svoem@mejrup.dk", name: "Bo"),
                                                   passwordHash: "x", activation: nil, at: w.now, audit: w.audit())
        _ = try await w.repos.associations.addContact(ContactInput.Valid(name: "Bo", role: "Kasserer", email: nil, phone: "87654321", userID: other.id),
                                                      to: w.clubB, in: w.holstebro, at: w.now, audit: w.audit())
        await #expect(throws: StoreError.notFound) {
            _ = try await w.repos.portal.answerFollowUp(threeMonths, PortalAttendance.stopped.answer(needsHelp: true),
                                                        scope: .association(w.holstebro, other.id), today: due, at: w.now, audit: w.audit())
        }

        let answered = try await w.repos.portal.answerFollowUp(threeMonths, PortalAttendance.irregular.answer(needsHelp: true),
                                                               scope: w.portalScope, today: due, at: w.now, audit: w.audit(user: w.contact))
        #expect(answered == enrolment)
        let row = try #require(try await followUps(w, aya).first)
        #expect(row["still_active"] as Bool == true && row["attends_regularly"] as Bool == false && row["needs_help"] as Bool == true)
        #expect(row["answered_role"] as String == "association" && (row["answered_by"] as UserID?) == w.contact)
        #expect(row["answered_on"] as LocalDate == due)
        await #expect(throws: StoreError.conflict) {
            _ = try await w.repos.portal.answerFollowUp(threeMonths, PortalAttendance.regular.answer(needsHelp: false), scope: w.portalScope,
                                                        today: due, at: w.now, audit: w.audit())
        }
        #expect(try await w.repos.portal.overview(scope: w.portalScope, today: due)?.enrolments.first?.followUp == nil)
        // The staff's list of answers that need someone to call the family.
        let attention = try await w.repos.followUps.needingAttention(since: due.adding(days: -60), scope: .municipality(w.holstebro))
        #expect(attention.map(\.followUp.id) == [threeMonths])
        #expect(try await w.repos.followUps.needingAttention(since: due.adding(days: -60), scope: .municipality(w.svendborg)).isEmpty)
    }

    @Test func notSureLeavesTheFollowUpOpenForTheGuideToFindOut() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let (aya, _) = try await startedWithClubA(w)
        let id: FollowUpID = try #require(try await followUps(w, aya).first)["id"]
        let due = LocalDate(iso: "2027-04-15")!
        #expect(PortalAttendance.unsure.answer(needsHelp: true) == nil)
        _ = try await w.repos.portal.answerFollowUp(id, nil, scope: w.portalScope, today: due, at: w.now, audit: w.audit(user: w.contact))
        let row = try #require(try await followUps(w, aya).first)
        #expect((row["answered_on"] as LocalDate?) == nil && (row["association_unsure_on"] as LocalDate?) == due)
        #expect(try await w.repos.portal.overview(scope: w.portalScope, today: due)?.enrolments.first?.followUp == nil, "not asked again")
        await #expect(throws: StoreError.conflict) {
            _ = try await w.repos.portal.answerFollowUp(id, nil, scope: w.portalScope, today: due, at: w.now, audit: w.audit())
        }
        let attention = try await w.repos.followUps.needingAttention(since: due.adding(days: -60), scope: .municipality(w.holstebro))
        #expect(attention.map(\.followUp.id) == [id] && attention.first?.followUp.associationUnsureOn == due)
        // The guide finds out and answers; then it needs no more attention.
        try await w.repos.followUps.answer(id, FollowUpAnswer(stillActive: true, attendsRegularly: true, needsHelp: false, note: nil), on: due,
                                           by: w.coordinator, role: .coordinator, in: w.holstebro, audit: w.audit())
        #expect(try await w.repos.followUps.needingAttention(since: due.adding(days: -60), scope: .municipality(w.holstebro)).isEmpty)
    }

    @Test func aStartReportedByTheGuideAndTheAssociationIsFollowedUpOnceInEitherOrder() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let name = "U9 fodbold – Tvis Boldklub"

        // The guide records the start first; the association confirms it afterwards.
        let aya = try await w.child("Aya", guidance: true)
        let ayaEnrolment = try await w.repos.grants.enrol(aya, in: w.activityA, on: w.today, in: w.holstebro, by: w.coordinator, at: w.now,
                                                          audit: w.audit())
        let ayaCourse = try await course(w, aya)
        try await w.repos.courses.recordActivity(ActivityChoice(activity: name, activityID: w.activityA, startOn: w.today, started: true),
                                                 course: ayaCourse, in: w.holstebro, at: w.now, audit: w.audit())
        try await w.repos.portal.confirmStart(ayaEnrolment, on: w.today, scope: w.portalScope, today: w.today, at: w.now, audit: w.audit())
        let ayaRows = try await followUps(w, aya)
        #expect(ayaRows.count == 2)
        #expect(ayaRows.allSatisfy { ($0["course_id"] as CourseID?) == ayaCourse && ($0["enrolment_id"] as EnrolmentID?) == ayaEnrolment })
        #expect(try await w.repos.courses.find(ayaCourse, scope: .municipality(w.holstebro))?.activity?.activityID == w.activityA)

        // The association confirms first; the guide records the same start afterwards.
        let noah = try await w.child("Noah", guidance: true)
        let noahEnrolment = try await w.repos.grants.enrol(noah, in: w.activityA, on: w.today, in: w.holstebro, by: w.coordinator, at: w.now,
                                                           audit: w.audit())
        try await w.repos.portal.confirmStart(noahEnrolment, on: w.today, scope: w.portalScope, today: w.today, at: w.now, audit: w.audit())
        let noahCourse = try await course(w, noah)
        try await w.repos.courses.recordActivity(ActivityChoice(activity: name, activityID: w.activityA, startOn: w.today, started: true),
                                                 course: noahCourse, in: w.holstebro, at: w.now, audit: w.audit())
        let noahRows = try await followUps(w, noah)
        #expect(noahRows.count == 2)
        #expect(noahRows.allSatisfy { ($0["course_id"] as CourseID?) == noahCourse && ($0["enrolment_id"] as EnrolmentID?) == noahEnrolment })

        // A free-text activity cannot be matched to an enrolment: the course's follow-ups stand alone.
        let sara = try await w.child("Sara", guidance: true)
        let saraCourse = try await course(w, sara)
        try await w.repos.courses.recordActivity(ActivityChoice(activity: "Ridning", startOn: w.today, started: true),
                                                 course: saraCourse, in: w.holstebro, at: w.now, audit: w.audit())
        #expect(try await followUps(w, sara).allSatisfy { ($0["enrolment_id"] as EnrolmentID?) == nil })
    }

    @Test func anotherMunicipalitysActivityIsNeverLinkedToACourse() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let svendborgClub = try await w.repos.associations.create(AssociationDetails(name: "Svendborg Spejder", cvr: "12345674", categories: [.scouts]),
                                                                  in: w.svendborg, at: w.now, audit: w.audit())
        let foreign = try await w.repos.activities.create(ActivityDetails(name: "Spejder", category: .scouts, minAge: 6, maxAge: 12,
                                                                          fee: Money(kroner: 500)),
                                                          association: svendborgClub, in: w.svendborg, at: w.now, audit: w.audit())
        let aya = try await w.child("Aya", guidance: true)
        let ayaCourse = try await course(w, aya)
        await #expect(throws: StoreError.self) {
            try await w.repos.courses.recordActivity(ActivityChoice(activity: "Spejder", activityID: foreign, startOn: w.today, started: true),
                                                     course: ayaCourse, in: w.holstebro, at: w.now, audit: w.audit())
        }
        #expect(try await w.repos.courses.find(ayaCourse, scope: .municipality(w.holstebro))?.activity == nil)
        #expect(try await followUps(w, aya).isEmpty)
    }

    /// Aya, enrolled in club A's activity today, her start confirmed by the club.
    func startedWithClubA(_ w: MoneyWorld) async throws -> (ChildID, EnrolmentID) {
        let aya = try await w.child("Aya")
        let enrolment = try await w.repos.grants.enrol(aya, in: w.activityA, on: w.today, in: w.holstebro, by: w.coordinator, at: w.now,
                                                       audit: w.audit())
        try await w.repos.portal.confirmStart(enrolment, on: w.today, scope: w.portalScope, today: w.today, at: w.now, audit: w.audit())
        return (aya, enrolment)
    }

    func course(_ w: MoneyWorld, _ child: ChildID) async throws -> CourseID {
        let pass = try #require(try await w.repos.passes.list(for: child, in: w.holstebro).first).id
        return try await w.repos.courses.start(for: child, pass: pass, on: w.today.adding(days: -7), guide: .staff(w.coordinator),
                                               in: w.holstebro, by: w.coordinator, at: w.now, audit: w.audit())
    }
}
