import Domain
import Foundation
import GRDB

/// Each municipality's sign-in settings (a row only once saved) and the users' single sign-on ids.
public struct SQLiteSignInSettingsRepository: SignInSettingsRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    static func settings(_ row: Row?) -> SignInSettings {
        guard let row else { return SignInSettings() }
        return SignInSettings(secondFactorForVolunteers: row["second_factor_volunteers"],
                              secondFactorForAssociations: row["second_factor_associations"],
                              passwordSignIn: row["password_sign_in"], issuer: row["oidc_issuer"], clientID: row["oidc_client_id"],
                              match: SignInSettings.Match(rawValue: row["oidc_match"]) ?? .email)
    }

    public func settings(for municipality: MunicipalityID) async throws -> SignInSettings {
        try await db.readAsync { db in
            Self.settings(try Row.fetchOneCached(db, sql: "SELECT * FROM sign_in_setting WHERE municipality_id = ?",
                                                 arguments: [municipality]))
        }
    }

    public func save(_ settings: SignInSettings, for municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO sign_in_setting (municipality_id, second_factor_volunteers, second_factor_associations, password_sign_in,
                  oidc_issuer, oidc_client_id, oidc_match) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (municipality_id) DO UPDATE SET second_factor_volunteers = excluded.second_factor_volunteers,
                  second_factor_associations = excluded.second_factor_associations, password_sign_in = excluded.password_sign_in,
                  oidc_issuer = excluded.oidc_issuer, oidc_client_id = excluded.oidc_client_id, oidc_match = excluded.oidc_match
                """, arguments: [municipality, settings.secondFactorForVolunteers, settings.secondFactorForAssociations,
                                 settings.passwordSignIn, settings.issuer, settings.clientID, settings.match.rawValue])
            try AuditWriter.insert(audit, db)
        }
    }

    public func singleSignOnMunicipalities() async throws -> [(Municipality, SignInSettings)] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT m.*, s.* FROM sign_in_setting s JOIN municipality m ON m.id = s.municipality_id
                WHERE s.oidc_issuer IS NOT NULL AND s.oidc_client_id IS NOT NULL ORDER BY m.name
                """).map { (SQLiteMunicipalityRepository.municipality($0), Self.settings($0)) }
        }
    }

    public func singleSignOnUser(_ match: SignInSettings.Match, value: String, in municipality: MunicipalityID) async throws -> User? {
        let column = match == .email ? "email" : "sso_subject"
        return try await db.readAsync { db in
            try Row.fetchOne(db, sql: """
                SELECT \(SQLiteUserRepository.columns) FROM app_user WHERE \(column) = ? AND municipality_id = ? AND is_active
                """, arguments: [value, municipality]).map(SQLiteUserRepository.user)
        }
    }

    public func subject(of user: UserID, in municipality: MunicipalityID) async throws -> String? {
        try await db.readAsync { db in
            try String.fetchOne(db, sql: "SELECT sso_subject FROM app_user WHERE id = ? AND municipality_id = ?",
                                arguments: [user, municipality])
        }
    }

    public func setSubject(_ subject: String?, of user: UserID, in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            try DatabaseError.mapUnique(field: "subject") {
                try db.execute(sql: "UPDATE app_user SET sso_subject = ? WHERE id = ? AND municipality_id = ?",
                               arguments: [subject, user, municipality])
            }
            try db.requireChange()
            try AuditWriter.insert(audit, db)
        }
    }
}
