import Domain
import Foundation
import GRDB

/// The whole dashboard in one read transaction (one consistent snapshot, one connection), kept
/// until the next change of data (`FigureCache`), and the coordinator's settings for it.
extension SQLiteDashboardRepository {
    public func figures(in municipality: MunicipalityID, period: Period, today: LocalDate) async throws -> DashboardFigures {
        try await cache.figures(FigureCache.Key(municipality: municipality, from: period.from, to: period.to, today: today)) {
            try await compute(municipality, period, today)
        }
    }

    private func compute(_ municipality: MunicipalityID, _ period: Period, _ today: LocalDate) async throws -> DashboardFigures {
        try await db.readAsync { db in
            let settings = try Self.settings(municipality, db)
            let guidance = try Self.guidance(municipality, period, db)
            let money = try Self.money(municipality, period, today: today, weeks: settings.unclaimedWeeks, db)
            return DashboardFigures(
                intake: try Self.intake(municipality, period, today, db), guidance: guidance,
                associations: try Self.associations(municipality, period, db),
                volunteers: try Self.volunteers(municipality, today, db), money: money,
                cost: try Self.cost(municipality, period, guidance: guidance, money: money, rate: settings.hourlyRate, db),
                followUps: try SQLiteFollowUpRepository.dueCounts(municipality, today, db), settings: settings)
        }
    }

    public func settings(in municipality: MunicipalityID) async throws -> DashboardSettings {
        try await db.readAsync { db in try Self.settings(municipality, db) }
    }

    static func settings(_ municipality: MunicipalityID, _ db: Database) throws -> DashboardSettings {
        let rate = try Money.fetchOne(db, sql: "SELECT guidance_hourly_rate FROM dashboard_settings WHERE municipality_id = ?",
                                      arguments: [municipality])
        return DashboardSettings(hourlyRate: rate, unclaimedWeeks: try SQLiteGrantRepository.rules(municipality, db).unclaimedWeeks)
    }

    public func saveSettings(_ settings: DashboardSettings, in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO dashboard_settings (municipality_id, guidance_hourly_rate, updated_at, updated_by) VALUES (?, ?, ?, ?)
                ON CONFLICT(municipality_id) DO UPDATE SET guidance_hourly_rate = excluded.guidance_hourly_rate,
                  updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """, arguments: [municipality, settings.hourlyRate, audit.at, audit.userID])
            var rules = try SQLiteGrantRepository.rules(municipality, db)
            rules.unclaimedWeeks = settings.unclaimedWeeks
            try SQLiteGrantRepository.saveRules(rules, municipality, db)
            try AuditWriter.insert(audit, db)
        }
    }
}
