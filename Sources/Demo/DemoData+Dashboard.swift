import Domain
import Foundation
import GRDB

/// The coordinator's estimates of the target group per school district (for reach) and the
/// hourly rate of guidance (for the cost per child), so every part of the dashboard has figures.
extension DemoData {
    /// Children in the target group per district: a few districts are reached well, others hardly.
    static let districtEstimates: [String: [String: Int]] = [
        "holstebro": ["Syd": 45, "Nord": 60, "Øst": 30, "Mejrup": 12, "Tvis": 15, "Måbjerg": 25],
        "svendborg": ["Tåsinge": 20, "Tved": 35, "Rantzausminde": 18, "Thurø": 10, "Vestermarken": 55, "Hømarken": 40],
    ]
    /// Kroner per hour of fritidsvejledning (salary with overhead).
    static let hourlyRates: [String: Int64] = ["holstebro": 450, "svendborg": 425]

    static func seedDashboard(_ demo: inout DemoContext) throws {
        let now = demo.clock.now
        for (slug, estimates) in districtEstimates {
            guard let municipality = demo.municipalities[slug] else { continue }
            for (district, children) in estimates {
                try demo.db.execute(sql: "INSERT INTO district_estimate (municipality_id, district, target_children) VALUES (?, ?, ?)",
                                    arguments: [municipality, district, children])
            }
            try demo.db.execute(sql: """
                INSERT INTO dashboard_settings (municipality_id, guidance_hourly_rate, updated_at, updated_by) VALUES (?, ?, ?, ?)
                """, arguments: [municipality, Money(kroner: hourlyRates[slug] ?? 450), now, demo.users["coordinator@\(slug).demo"]])
        }
    }
}
