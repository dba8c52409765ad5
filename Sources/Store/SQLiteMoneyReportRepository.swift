import Domain
import Foundation
import GRDB

/// Aggregates in SQL for the budget view and the dashboard.
public struct SQLiteMoneyReportRepository: MoneyReportRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    public func fundingStatus(in municipality: MunicipalityID, year: Int) async throws -> [FundingStatus] {
        try await db.readAsync { db in try Self.fundingStatus(municipality, year, db) }
    }

    /// Also read by the dashboard inside its own transaction.
    static func fundingStatus(_ municipality: MunicipalityID, _ year: Int, _ db: Database) throws -> [FundingStatus] {
        let sources = Dictionary(uniqueKeysWithValues: try SQLiteGrantRepository.fundingSources(municipality, db).map { ($0.id, $0) })
        return try Row.fetchAll(db, sql: """
            SELECT f.id,
              COALESCE((SELECT b.amount FROM funding_budget b WHERE b.funding_source_id = f.id AND b.year = :year), 0) AS budget,
              (SELECT COALESCE(SUM(\(MoneySQL.committed)), 0) FROM support_grant g
                 WHERE g.funding_source_id = f.id AND g.budget_year = :year) AS granted,
              (SELECT COALESCE(SUM(cl.amount), 0) FROM claim cl JOIN support_grant g ON g.id = cl.grant_id
                 WHERE g.funding_source_id = f.id AND g.budget_year = :year AND cl.status IN ('submitted', 'approved', 'paid')) AS claimed,
              (SELECT COALESCE(SUM(p.amount), 0) FROM support_grant g
                 JOIN claim cl ON cl.grant_id = g.id AND cl.status IN ('submitted', 'approved', 'paid') JOIN payment p ON p.claim_id = cl.id
                 WHERE g.funding_source_id = f.id AND g.budget_year = :year) AS paid
            FROM funding_source f WHERE f.municipality_id = :m
              AND (f.is_active OR EXISTS (SELECT 1 FROM support_grant g WHERE g.funding_source_id = f.id AND g.budget_year = :year))
            ORDER BY f.name COLLATE NOCASE
            """, arguments: ["m": municipality, "year": year]).compactMap { row in
            sources[row["id"]].map {
                FundingStatus(source: $0, year: year, budget: row["budget"], granted: row["granted"], claimed: row["claimed"],
                              paid: row["paid"])
            }
        }
    }

    public func unclaimed(in municipality: MunicipalityID, grantedOnOrBefore: LocalDate) async throws -> [UnclaimedGrant] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT \(MoneySQL.grantColumns), c.first_name || ' ' || c.last_name AS child_name,
                  ac.name AS contact_name, ac.phone AS contact_phone, ac.email AS contact_email
                FROM support_grant g \(MoneySQL.grantJoins) JOIN child c ON c.id = g.child_id
                LEFT JOIN association_contact ac ON ac.id = (SELECT MIN(id) FROM association_contact WHERE association_id = g.association_id)
                WHERE g.municipality_id = ? AND g.status = 'granted' AND g.granted_on <= ?
                ORDER BY g.granted_on, g.id
                """, arguments: [municipality, grantedOnOrBefore]).map {
                UnclaimedGrant(grant: MoneySQL.grant($0), childName: $0["child_name"], contactName: $0["contact_name"],
                               contactPhone: $0["contact_phone"], contactEmail: $0["contact_email"])
            }
        }
    }

    public func paid(in municipality: MunicipalityID, period: Period) async throws -> (claims: Int, amount: Money) {
        try await db.readAsync { db in try Self.paid(municipality, period, db) }
    }

    /// Also read by the dashboard inside its own transaction.
    static func paid(_ municipality: MunicipalityID, _ period: Period, _ db: Database) throws -> (claims: Int, amount: Money) {
        let row = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS total FROM payment WHERE municipality_id = ? AND paid_on BETWEEN ? AND ?
            """, arguments: [municipality, period.from, period.to])!
        return (row["n"], row["total"])
    }

    public func childrenPerAssociation(in municipality: MunicipalityID) async throws -> [CountRow<AssociationID>] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT s.id, s.name, COUNT(DISTINCT e.child_id) AS n FROM enrolment e JOIN association s ON s.id = e.association_id
                WHERE e.municipality_id = ? AND e.stopped_on IS NULL GROUP BY s.id ORDER BY n DESC, s.name COLLATE NOCASE
                """, arguments: [municipality]).map { CountRow(key: $0["id"], label: $0["name"], count: $0["n"]) }
        }
    }

    public func childrenPerCategory(in municipality: MunicipalityID) async throws -> [CountRow<ActivityCategory>] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT a.category, COUNT(DISTINCT e.child_id) AS n FROM enrolment e JOIN activity a ON a.id = e.activity_id
                WHERE e.municipality_id = ? AND e.stopped_on IS NULL GROUP BY a.category ORDER BY n DESC, a.category
                """, arguments: [municipality]).compactMap { row in
                ActivityCategory(rawValue: row["category"]).map { CountRow(key: $0, label: $0.rawValue, count: row["n"]) }
            }
        }
    }

    public func associationsWithFreePlaces(in municipality: MunicipalityID) async throws -> [CountRow<AssociationID>] {
        try await db.readAsync { db in try Self.associationsWithFreePlaces(municipality, db) }
    }

    /// Also read by the dashboard inside its own transaction.
    static func associationsWithFreePlaces(_ municipality: MunicipalityID, _ db: Database) throws -> [CountRow<AssociationID>] {
        try Row.fetchAll(db, sql: """
            SELECT s.id, s.name, SUM(a.free_places) AS n FROM association s JOIN activity a ON a.association_id = s.id
            WHERE s.municipality_id = ? AND s.is_active AND s.accepts_fritidspas AND a.is_active AND a.free_places > 0
            GROUP BY s.id ORDER BY n DESC, s.name COLLATE NOCASE
            """, arguments: [municipality]).map { CountRow(key: $0["id"], label: $0["name"], count: $0["n"]) }
    }
}
