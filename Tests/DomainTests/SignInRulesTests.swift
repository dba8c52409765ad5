import Domain
import Foundation
import Testing

@Suite struct SignInRulesTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let rule = ThrottleRule()

    @Test func locksAfterFiveFailuresInARowForFifteenMinutes() {
        var state: ThrottleState? = nil
        for i in 1...4 {
            state = rule.afterFailure(state, now: start.addingTimeInterval(Double(i)))
            #expect(!rule.isLocked(state, now: start.addingTimeInterval(Double(i))))
        }
        state = rule.afterFailure(state, now: start.addingTimeInterval(5))
        #expect(rule.isLocked(state, now: start.addingTimeInterval(5)))
        #expect(rule.isLocked(state, now: start.addingTimeInterval(5 + 14 * 60)))
        #expect(!rule.isLocked(state, now: start.addingTimeInterval(5 + 15 * 60)))
    }

    @Test func oldFailuresAreForgotten() {
        var state: ThrottleState? = nil
        for i in 0..<4 { state = rule.afterFailure(state, now: start.addingTimeInterval(Double(i))) }
        state = rule.afterFailure(state, now: start.addingTimeInterval(16 * 60))
        #expect(state?.failures == 1)
        #expect(!rule.isLocked(state, now: start.addingTimeInterval(16 * 60)))
    }

    @Test func afterALockExpiresCountingStartsAgain() {
        var state: ThrottleState? = nil
        for i in 0..<5 { state = rule.afterFailure(state, now: start.addingTimeInterval(Double(i))) }
        #expect(state?.lockedUntil != nil)
        state = rule.afterFailure(state, now: start.addingTimeInterval(15 * 60 + 10))
        #expect(state?.failures == 1)
        #expect(!rule.isLocked(state, now: start.addingTimeInterval(15 * 60 + 10)))
    }

    @Test func sessionsExpireWhenIdleOrTooOld() {
        let timeouts = SessionTimeouts()
        let created = start
        #expect(!timeouts.isExpired(createdAt: created, lastSeenAt: created, now: created.addingTimeInterval(29 * 60)))
        #expect(timeouts.isExpired(createdAt: created, lastSeenAt: created, now: created.addingTimeInterval(30 * 60)))
        let active = created.addingTimeInterval(12 * 3600 - 60)
        #expect(!timeouts.isExpired(createdAt: created, lastSeenAt: active, now: created.addingTimeInterval(12 * 3600 - 1)))
        #expect(timeouts.isExpired(createdAt: created, lastSeenAt: active, now: created.addingTimeInterval(12 * 3600)))
    }
}
