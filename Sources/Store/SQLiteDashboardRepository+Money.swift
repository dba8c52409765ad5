import Domain
import Foundation
import GRDB

/// Associations, money and cost figures of the dashboard.
extension SQLiteDashboardRepository {
    /// An enrolment takes part in the period `:from`–`:to` (or `:pfrom`–`:pto` with prefix `p`).
    static func takesPart(_ prefix: String = "") -> String {
        "e.enrolled_on <= :\(prefix)to AND (e.stopped_on IS NULL OR e.stopped_on >= :\(prefix)from)"
    }

    static func associations(_ municipality: MunicipalityID, _ period: Period, _ db: Database) throws -> AssociationFigures {
        let p = arguments(municipality, period)
        // Both periods in one pass: rows taking part in either, counted per period.
        let counts = """
            COUNT(DISTINCT CASE WHEN \(takesPart()) THEN e.child_id END) AS c,
            COUNT(DISTINCT CASE WHEN \(takesPart("p")) THEN e.child_id END) AS pc
            """
        let either = "e.municipality_id = :m AND e.enrolled_on <= :to AND (e.stopped_on IS NULL OR e.stopped_on >= :pfrom)"
        let byAssociation = try Row.fetchAll(db, sql: """
            SELECT s.name AS key, \(counts) FROM enrolment e JOIN association s ON s.id = e.association_id
            WHERE \(either) AND s.municipality_id = :m GROUP BY s.id ORDER BY c DESC, s.name COLLATE NOCASE
            """, arguments: p).map { GroupCount(key: $0["key"], counts: Compared($0["c"], $0["pc"])) }
        let byCategory = try Row.fetchAll(db, sql: """
            SELECT a.category AS key, \(counts) FROM enrolment e JOIN activity a ON a.id = e.activity_id
            WHERE \(either) AND a.municipality_id = :m GROUP BY a.category ORDER BY c DESC, a.category
            """, arguments: p).map { GroupCount(key: $0["key"], counts: Compared($0["c"], $0["pc"])) }
        let total = try Row.fetchOne(db, sql: "SELECT \(counts) FROM enrolment e WHERE \(either)", arguments: p)!
        return AssociationFigures(byAssociation: byAssociation, byCategory: byCategory, children: Compared(total["c"], total["pc"]),
                                  freePlaces: try SQLiteMoneyReportRepository.associationsWithFreePlaces(municipality, db))
    }

    static func money(_ municipality: MunicipalityID, _ period: Period, today: LocalDate, weeks: Int,
                      _ db: Database) throws -> MoneyFigures {
        let years = MoneyFigures.budgetYears(of: period)
        let funding = try years.flatMap { try SQLiteMoneyReportRepository.fundingStatus(municipality, $0, db) }
        // The same grants as the list of unclaimed grants.
        let unclaimed = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS total FROM support_grant
            WHERE municipality_id = ? AND status = 'granted' AND granted_on <= ?
            """, arguments: [municipality, MoneyFigures.unclaimedCutoff(today: today, weeks: weeks)])!
        return MoneyFigures(budgetYears: years, funding: funding,
                            paid: try SQLiteMoneyReportRepository.paid(municipality, period, db).amount,
                            previousPaid: try SQLiteMoneyReportRepository.paid(municipality, period.previous, db).amount,
                            unclaimedWeeks: weeks, unclaimedCount: unclaimed["n"], unclaimedAmount: unclaimed["total"])
    }

    /// Children with a pass taken into use (their first activity) in each period, each once.
    static func startedActivity(_ municipality: MunicipalityID, _ period: Period, _ db: Database) throws -> Compared {
        let row = try Row.fetchOne(db, sql: """
            SELECT COUNT(DISTINCT CASE WHEN redeemed_on BETWEEN :from AND :to THEN child_id END) AS c,
                   COUNT(DISTINCT CASE WHEN redeemed_on BETWEEN :pfrom AND :pto THEN child_id END) AS pc
            FROM pass WHERE municipality_id = :m AND redeemed_on BETWEEN :pfrom AND :to
            """, arguments: arguments(municipality, period))!
        return Compared(row["c"], row["pc"])
    }

    static func cost(_ municipality: MunicipalityID, _ period: Period, guidance: GuidanceFigures, money: MoneyFigures,
                     rate: Money?, _ db: Database) throws -> CostFigures {
        let started = try startedActivity(municipality, period, db)
        return CostFigures(
            current: CostBasis(paid: money.paid, guidanceMinutes: guidance.current.sessionMinutes, startedActivity: started.current,
                               activeAfterSixMonths: guidance.retention.stillActive),
            previous: CostBasis(paid: money.previousPaid, guidanceMinutes: guidance.previous.sessionMinutes,
                                startedActivity: started.previous, activeAfterSixMonths: guidance.previousRetention.stillActive),
            hourlyRate: rate)
    }
}
