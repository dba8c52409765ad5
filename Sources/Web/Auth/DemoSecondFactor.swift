import Domain
import Foundation
import GRDB

/// The demo's staff (admin, coordinators, caseworkers) sign in with a second factor like real
/// staff, from one published authenticator secret (README, *Demo logins*): add it to an
/// authenticator app, or compute a code with `oathtool --totp -b SECRET`. Never used outside
/// `--demo`, the benchmark's generated data and tests.
public enum DemoSecondFactor {
    public static let secret = "FRITIDSPASDEMOTOTPSECRETFORTESTS"

    /// Enrols every user whose role always needs a second factor and who has none yet.
    public static func enrol(_ writer: any DatabaseWriter, secrets: SecretBox, at now: Date) throws {
        let bytes = Data(Base32.decode(secret)!)
        try writer.write { db in
            let users = try Row.fetchAll(db, sql: """
                SELECT id, municipality_id FROM app_user u WHERE role IN ('admin', 'coordinator', 'caseworker')
                  AND NOT EXISTS (SELECT 1 FROM second_factor f WHERE f.user_id = u.id)
                """)
            for row in users {
                let id: UserID = row["id"]
                try db.execute(sql: """
                    INSERT INTO second_factor (user_id, municipality_id, secret, last_used_step, enrolled_at) VALUES (?, ?, ?, 0, ?)
                    """, arguments: [id, row["municipality_id"], try secrets.seal(bytes, context: SecondFactorCheck.secretContext(id)), now])
            }
        }
    }

    /// The code the demo secret gives at `date` (for tests and tools).
    public static func code(at date: Date, offset: Int64 = 0) -> String {
        TOTP.code(secret: Base32.decode(secret)!, step: TOTPRules.step(at: date) + offset)
    }
}
