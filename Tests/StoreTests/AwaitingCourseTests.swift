import Domain
import Foundation
import GRDB
import Store
import Testing

/// The guidance track's work queue: children granted guidance whose course has not begun.
@Suite struct AwaitingCourseTests {
    @Test func childrenGrantedGuidanceWaitUntilTheirCourseBegins() async throws {
        let w = try await MoneyWorld(try AppDatabase.openInMemory())
        let aya = try await w.child("Aya", guidance: true)
        let noah = try await w.child("Noah", guidance: true)
        _ = try await w.child("Ella")  // economic support only: never in the queue
        let svendborgChild = try await w.child("Sofie", guidance: true, in: w.svendborg)
        let scope = DataScope.municipality(w.holstebro)

        let waiting = try await w.repos.courses.awaitingCourse(scope: scope, today: w.today)
        #expect(waiting.map(\.childID) == [aya, noah], "in the order granted; not Ella, not Svendborg's child")
        #expect(waiting.first?.passFrom == w.today.adding(days: -1))
        #expect(try await w.repos.courses.awaitingCourse(scope: .municipality(w.svendborg), today: w.today).map(\.childID) == [svendborgChild])

        let pass = try #require(try await w.repos.passes.list(for: aya, in: w.holstebro).first).id
        let course = try await w.repos.courses.start(for: aya, pass: pass, on: w.today, guide: .staff(w.coordinator), in: w.holstebro,
                                                     by: w.coordinator, at: w.now, audit: w.audit())
        #expect(try await w.repos.courses.awaitingCourse(scope: scope, today: w.today).map(\.childID) == [noah], "Aya's course has begun")

        // A course that ended on this pass still counts as begun: the queue is for children never started.
        try await w.db.write { try $0.execute(sql: "UPDATE guidance_course SET status = 'failed', ended_on = ? WHERE id = ?",
                                               arguments: [w.today, course]) }
        #expect(try await w.repos.courses.awaitingCourse(scope: scope, today: w.today).map(\.childID) == [noah])
        // After the pass ends, nobody waits on it.
        #expect(try await w.repos.courses.awaitingCourse(scope: scope, today: w.today.adding(days: 400)).isEmpty)
    }
}
