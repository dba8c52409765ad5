import Domain
import Foundation
import GRDB

/// The dashboard's figures, each aggregated in SQL over one municipality's rows.
public struct SQLiteDashboardRepository: DashboardRepository {
    let db: any DatabaseWriter
    let cache: FigureCache

    public init(_ db: any DatabaseWriter) {
        self.db = db
        cache = FigureCache(observing: db)
    }

    public func intake(in municipality: MunicipalityID, period: Period, today: LocalDate) async throws -> IntakeFigures {
        try await db.readAsync { db in try Self.intake(municipality, period, today, db) }
    }

    /// Both periods' arguments: `:m`, `:from`, `:to`, `:pfrom`, `:pto`.
    static func arguments(_ municipality: MunicipalityID, _ period: Period) -> StatementArguments {
        let previous = period.previous
        return ["m": municipality, "from": period.from, "to": period.to, "pfrom": previous.from, "pto": previous.to]
    }

    static func intake(_ municipality: MunicipalityID, _ period: Period, _ today: LocalDate, _ db: Database) throws -> IntakeFigures {
        let p = arguments(municipality, period)
        let totals = try Row.fetchOne(db, sql: """
            SELECT
              (SELECT COUNT(*) FROM referral WHERE municipality_id = :m AND referred_on BETWEEN :from AND :to) AS r,
              (SELECT COUNT(*) FROM referral WHERE municipality_id = :m AND referred_on BETWEEN :pfrom AND :pto) AS rp,
              (SELECT COUNT(*) FROM pass WHERE municipality_id = :m AND granted_on BETWEEN :from AND :to) AS g,
              (SELECT COUNT(*) FROM pass WHERE municipality_id = :m AND granted_on BETWEEN :pfrom AND :pto) AS gp,
              (SELECT COUNT(*) FROM pass WHERE municipality_id = :m AND redeemed_on BETWEEN :from AND :to) AS u,
              (SELECT COUNT(*) FROM pass WHERE municipality_id = :m AND redeemed_on BETWEEN :pfrom AND :pto) AS up,
              (SELECT AVG(julianday(p.redeemed_on) - julianday(r.referred_on)) FROM pass p JOIN referral r ON r.id = p.referral_id
                WHERE p.municipality_id = :m AND p.redeemed_on BETWEEN :from AND :to) AS days,
              (SELECT AVG(julianday(p.redeemed_on) - julianday(r.referred_on)) FROM pass p JOIN referral r ON r.id = p.referral_id
                WHERE p.municipality_id = :m AND p.redeemed_on BETWEEN :pfrom AND :pto) AS pdays
            """, arguments: p)!

        var departments = Dictionary(uniqueKeysWithValues: Department.allCases.map { ($0.rawValue, Compared(0, 0)) })
        for row in try Row.fetchAll(db, sql: """
            SELECT department, SUM(referred_on BETWEEN :from AND :to) AS c, SUM(referred_on BETWEEN :pfrom AND :pto) AS pc
            FROM referral WHERE municipality_id = :m AND referred_on BETWEEN :pfrom AND :to GROUP BY department
            """, arguments: p) {
            departments[row["department"]] = Compared(row["c"], row["pc"])
        }
        let bySchool = try Row.fetchAll(db, sql: """
            SELECT c.school, SUM(r.referred_on BETWEEN :from AND :to) AS c, SUM(r.referred_on BETWEEN :pfrom AND :pto) AS pc
            FROM child c LEFT JOIN referral r ON r.child_id = c.id AND r.referred_on BETWEEN :pfrom AND :to
            WHERE c.municipality_id = :m AND c.school <> '' GROUP BY c.school
            """, arguments: p).map { GroupCount(key: $0["school"], counts: Compared(($0["c"] as Int?) ?? 0, ($0["pc"] as Int?) ?? 0)) }

        let estimates = try Self.estimates(municipality, db)
        // Children with a pass valid at some day of each period, per district, in one pass over both.
        var reach: [String: Compared] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT c.school_district AS district,
              COUNT(DISTINCT CASE WHEN p.valid_to >= :from AND (p.ended_on IS NULL OR p.ended_on >= :from) THEN c.id END) AS n,
              COUNT(DISTINCT CASE WHEN p.valid_from <= :pto AND p.valid_to >= :pfrom AND (p.ended_on IS NULL OR p.ended_on >= :pfrom)
                    THEN c.id END) AS pn
            FROM pass p JOIN child c ON c.id = p.child_id
            WHERE p.municipality_id = :m AND p.valid_from <= :to AND p.valid_to >= :pfrom
              AND (p.ended_on IS NULL OR p.ended_on >= :pfrom) AND c.school_district <> ''
            GROUP BY c.school_district
            """, arguments: p) {
            reach[row["district"]] = Compared(row["n"], row["pn"])
        }
        let districts = Set(reach.keys).union(estimates.keys).sorted { $0.localizedCompare($1) == .orderedAscending }

        let (firstMonth, monthCount) = IntakeFigures.monthSpan(of: period, today: today)
        var months: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT substr(referred_on, 1, 7) AS month, COUNT(*) AS n FROM referral
            WHERE municipality_id = ? AND referred_on >= ? AND referred_on <= ? GROUP BY month
            """, arguments: [municipality, period.from, period.to]) {
            months[row["month"]] = row["n"]
        }
        let perMonth = (0..<monthCount).map { i -> (month: String, count: Int) in
            let month = String(firstMonth.adding(months: i).iso.prefix(7))
            return (month, months[month] ?? 0)
        }
        return IntakeFigures(
            referrals: Compared(totals["r"], totals["rp"]), granted: Compared(totals["g"], totals["gp"]),
            redeemed: Compared(totals["u"], totals["up"]),
            byDepartment: Department.allCases.map { GroupCount(key: $0.rawValue, counts: departments[$0.rawValue]!) },
            bySchool: bySchool,
            reach: districts.map { DistrictReach(district: $0, children: reach[$0]?.current ?? 0, estimate: estimates[$0],
                                                 previousChildren: reach[$0]?.previous ?? 0) },
            referralsPerMonth: perMonth, averageDaysToFirstActivity: totals["days"], previousAverageDaysToFirstActivity: totals["pdays"],
            cohort: try cohort(municipality, period, db), previousCohort: try cohort(municipality, period.previous, db))
    }

    /// The children referred in the period, and how many of them got a pass on one of those
    /// referrals, took it into use and were still active at a six-month follow-up after it.
    static func cohort(_ municipality: MunicipalityID, _ period: Period, _ db: Database) throws -> Cohort {
        let row = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) AS referred, COALESCE(SUM(granted), 0) AS granted, COALESCE(SUM(redeemed), 0) AS redeemed,
              COALESCE(SUM(active), 0) AS active
            FROM (
              SELECT r.child_id, MAX(p.id IS NOT NULL) AS granted, MAX(p.redeemed_on IS NOT NULL) AS redeemed,
                MAX(p.redeemed_on IS NOT NULL AND EXISTS (
                  SELECT 1 FROM follow_up f WHERE f.municipality_id = :m AND f.child_id = r.child_id AND f.months = 6
                    AND f.still_active = 1 AND f.activity_started_on >= p.redeemed_on)) AS active
              FROM referral r LEFT JOIN pass p ON p.referral_id = r.id AND p.municipality_id = :m
              WHERE r.municipality_id = :m AND r.referred_on BETWEEN :from AND :to
              GROUP BY r.child_id)
            """, arguments: ["m": municipality, "from": period.from, "to": period.to])!
        return Cohort(referred: row["referred"], granted: row["granted"], redeemed: row["redeemed"], activeAfterSixMonths: row["active"])
    }

    static func estimates(_ municipality: MunicipalityID, _ db: Database) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT district, target_children FROM district_estimate WHERE municipality_id = ?",
                                    arguments: [municipality]) {
            result[row["district"]] = row["target_children"]
        }
        return result
    }

    public func districtEstimates(in municipality: MunicipalityID) async throws -> [String: Int] {
        try await db.readAsync { try Self.estimates(municipality, $0) }
    }

    public func saveDistrictEstimates(_ estimates: [String: Int], in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: "DELETE FROM district_estimate WHERE municipality_id = ?", arguments: [municipality])
            for (district, count) in estimates {
                try db.execute(sql: "INSERT INTO district_estimate (municipality_id, district, target_children) VALUES (?, ?, ?)",
                               arguments: [municipality, district, count])
            }
            try AuditWriter.insert(audit, db)
        }
    }

    public func commentary(in municipality: MunicipalityID, period: Period) async throws -> String? {
        try await db.readAsync { db in
            try String.fetchOne(db, sql: "SELECT text FROM report_commentary WHERE municipality_id = ? AND period_from = ? AND period_to = ?",
                                arguments: [municipality, period.from, period.to])
        }
    }

    public func saveCommentary(_ text: String?, in municipality: MunicipalityID, period: Period, audit: AuditEntry) async throws {
        try await db.write { db in
            if let text {
                try db.execute(sql: """
                    INSERT INTO report_commentary (municipality_id, period_from, period_to, text, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(municipality_id, period_from, period_to) DO UPDATE SET text = excluded.text,
                      updated_at = excluded.updated_at, updated_by = excluded.updated_by
                    """, arguments: [municipality, period.from, period.to, text, audit.at, audit.userID])
            } else {
                try db.execute(sql: "DELETE FROM report_commentary WHERE municipality_id = ? AND period_from = ? AND period_to = ?",
                               arguments: [municipality, period.from, period.to])
            }
            try AuditWriter.insert(audit, db)
        }
    }
}
