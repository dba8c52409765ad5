import Domain
import Foundation
import GRDB
import Testing
@testable import Store

/// Which children a club sees, and when a consent is in force, are stated once in Domain
/// (`PortalReach`, `Consent.state(on:)`); the store's SQL is built from them. Both answer every
/// generated enrolment and consent around the judged day alike — with the day bound as a value
/// and as an SQL expression, the two ways the store uses them.
@Suite struct PortalReachAgreementTests {
    let today = LocalDate(year: 2026, month: 12, day: 5)!

    @Test func anEnrolmentCountsAlikeInSQLAndInTheRule() throws {
        let db = try DatabaseQueue()
        let offsets = [nil, 0, -1, -364, -365, -366, -400] as [Int?]
        try db.read { db in
            for offset in offsets {
                let stopped = offset.map { today.adding(days: $0) }
                let sql = try Bool.fetchOne(db, sql: "SELECT \(PortalReachSQL.enrolmentCounts("e", on: "?")) FROM (SELECT ? AS stopped_on) e",
                                            arguments: [today.iso, stopped?.iso])
                #expect(sql == PortalReach.enrolmentCounts(stoppedOn: stopped, on: today), "stopped \(String(describing: offset)) days")
            }
        }
        #expect(PortalReach.enrolmentCounts(stoppedOn: today.adding(days: -365), on: today))
        #expect(!PortalReach.enrolmentCounts(stoppedOn: today.adding(days: -366), on: today))
    }

    @Test func aConsentIsInForceAlikeInSQLAndInTheRule() throws {
        let db = try DatabaseQueue()
        let days: [Int?] = [nil, -2, -1, 0, 1, 2]
        var inForce = 0, cases = 0
        try db.read { db in
            for given in [-2, -1, 0, 1] {
                for expires in days {
                    for withdrawn in days {
                        let consent = Consent(
                            id: ConsentID(1), childID: ChildID(1), givenBy: "Mor", givenOn: today.adding(days: given), method: .written,
                            scope: ConsentScope(registration: true, association: true, volunteer: true),
                            expiresOn: expires.map { today.adding(days: $0) }, withdrawnOn: withdrawn.map { today.adding(days: $0) },
                            withdrawalReason: nil, recordedAt: Date(timeIntervalSince1970: 0))
                        let row = "SELECT ? AS given_on, ? AS expires_on, ? AS withdrawn_on"
                        let values: StatementArguments = [consent.givenOn.iso, consent.expiresOn?.iso, consent.withdrawnOn?.iso]
                        let bound = try Bool.fetchOne(db, sql: "SELECT \(PortalReachSQL.consentInForce("k", on: "?")) FROM (\(row)) k",
                                                      arguments: [today.iso, today.iso, today.iso] + values)
                        let named = try Bool.fetchOne(db, sql: "SELECT \(PortalReachSQL.consentInForce("k", on: "date('\(today.iso)')")) FROM (\(row)) k",
                                                      arguments: values)
                        let rule = consent.state(on: today) == .inForce
                        #expect(bound == rule && named == rule, "given \(given), expires \(String(describing: expires)), withdrawn \(String(describing: withdrawn))")
                        inForce += rule ? 1 : 0
                        cases += 1
                    }
                }
            }
        }
        #expect(inForce > 0 && inForce < cases, "the cases fall on both sides")
    }
}
