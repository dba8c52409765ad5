import Domain
import Foundation
import GRDB

public struct SQLiteAssociationRepository: AssociationRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    public func list(in municipality: MunicipalityID, includeInactive: Bool) async throws -> [AssociationListRow] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT s.*,
                  (SELECT COUNT(*) FROM activity a WHERE a.association_id = s.id AND a.is_active) AS activity_count,
                  (SELECT COUNT(DISTINCT e.child_id) FROM enrolment e WHERE e.association_id = s.id AND e.stopped_on IS NULL) AS child_count,
                  (SELECT SUM(a.free_places) FROM activity a WHERE a.association_id = s.id AND a.is_active) AS free_places
                FROM association s WHERE s.municipality_id = ? AND (? OR s.is_active)
                ORDER BY s.name COLLATE NOCASE, s.id
                """, arguments: [municipality, includeInactive]).map {
                AssociationListRow(id: $0["id"], name: $0["name"], district: $0["district"],
                                   categories: MoneySQL.categories($0["categories"]), acceptsFritidspas: $0["accepts_fritidspas"],
                                   isActive: $0["is_active"], activityCount: $0["activity_count"], childCount: $0["child_count"],
                                   freePlaces: $0["free_places"])
            }
        }
    }

    public func find(_ id: AssociationID, in municipality: MunicipalityID) async throws -> Domain.Association? {
        try await db.readAsync { db -> Domain.Association? in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM association WHERE id = ? AND municipality_id = ?",
                                             arguments: [id, municipality]) else { return nil }
            let contacts = try Row.fetchAll(db, sql: """
                SELECT * FROM association_contact WHERE association_id = ? AND municipality_id = ? ORDER BY id
                """, arguments: [id, municipality]).map {
                AssociationContact(id: $0["id"], name: $0["name"], role: $0["role"], email: $0["email"], phone: $0["phone"],
                                   userID: $0["user_id"])
            }
            return Domain.Association(id: id, municipalityID: municipality, details: Self.details(row), isActive: row["is_active"],
                               contacts: contacts)
        }
    }

    static func details(_ row: Row) -> AssociationDetails {
        AssociationDetails(name: row["name"], cvr: row["cvr"], address: row["address"], district: row["district"],
                           categories: MoneySQL.categories(row["categories"]), website: row["website"],
                           bankReference: row["bank_reference"], acceptsFritidspas: row["accepts_fritidspas"],
                           offerNote: row["offer_note"])
    }

    static func arguments(_ d: AssociationDetails) -> StatementArguments {
        [d.name, d.cvr, d.address, d.district, d.categories.map(\.rawValue).joined(separator: ","), d.website, d.bankReference,
         d.acceptsFritidspas, d.offerNote]
    }

    public func create(_ details: AssociationDetails, in municipality: MunicipalityID, at: Date, audit: AuditEntry) async throws -> AssociationID {
        try await db.write { db in
            try DatabaseError.mapUnique(field: "cvr") {
                try db.execute(sql: """
                    INSERT INTO association (municipality_id, name, cvr, address, district, categories, website, bank_reference,
                      accepts_fritidspas, offer_note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [municipality] + Self.arguments(details) + [at])
            }
            let id = AssociationID(db.lastInsertedRowID)
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    public func update(_ id: AssociationID, details: AssociationDetails, isActive: Bool, in municipality: MunicipalityID,
                       audit: AuditEntry) async throws {
        try await db.write { db in
            try DatabaseError.mapUnique(field: "cvr") {
                try db.execute(sql: """
                    UPDATE association SET name = ?, cvr = ?, address = ?, district = ?, categories = ?, website = ?,
                      bank_reference = ?, accepts_fritidspas = ?, offer_note = ?, is_active = ?
                    WHERE id = ? AND municipality_id = ?
                    """, arguments: Self.arguments(details) + [isActive, id, municipality])
            }
            try db.requireChange()
            try AuditWriter.insert(audit, db)
        }
    }

    public func addContact(_ contact: ContactInput.Valid, to id: AssociationID, in municipality: MunicipalityID, at: Date,
                           audit: AuditEntry) async throws -> AssociationContactID {
        try await db.write { db in
            guard try MoneySQL.exists("SELECT 1 FROM association WHERE id = ? AND municipality_id = ?", [id, municipality], db)
            else { throw StoreError.notFound }
            if let user = contact.userID {
                guard try MoneySQL.exists("SELECT 1 FROM app_user WHERE id = ? AND municipality_id = ? AND role = 'association'",
                                          [user, municipality], db) else { throw StoreError.notFound }
            }
            try DatabaseError.mapUnique(field: "contactUser") {
                try db.execute(sql: """
                    INSERT INTO association_contact (association_id, municipality_id, name, role, email, phone, user_id, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, municipality, contact.name, contact.role, contact.email, contact.phone, contact.userID, at])
            }
            let contactID = AssociationContactID(db.lastInsertedRowID)
            try AuditWriter.insert(audit, db)
            return contactID
        }
    }

    public func removeContact(_ contact: AssociationContactID, from id: AssociationID, in municipality: MunicipalityID,
                              audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: "DELETE FROM association_contact WHERE id = ? AND association_id = ? AND municipality_id = ?",
                           arguments: [contact, id, municipality])
            try db.requireChange()
            try AuditWriter.insert(audit, db)
        }
    }

    public func unlinkedContactUsers(in municipality: MunicipalityID) async throws -> [User] {
        try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT u.* FROM app_user u WHERE u.municipality_id = ? AND u.role = 'association' AND u.is_active
                  AND NOT EXISTS (SELECT 1 FROM association_contact ac WHERE ac.user_id = u.id)
                ORDER BY u.name COLLATE NOCASE
                """, arguments: [municipality]).map {
                User(id: $0["id"], municipalityID: $0["municipality_id"], role: .association, email: $0["email"], name: $0["name"],
                     createdAt: $0["created_at"])
            }
        }
    }
}

public struct SQLiteActivityRepository: ActivityRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    static func activity(_ row: Row) -> Activity {
        let weekdays = (row["weekdays"] as String).split(separator: ",").compactMap { Weekday(rawValue: String($0)) }
        return Activity(id: row["id"], associationID: row["association_id"], associationName: row["association_name"], details: ActivityDetails(
            name: row["name"], category: ActivityCategory(rawValue: row["category"]) ?? .other, minAge: row["min_age"],
            maxAge: row["max_age"], gender: ActivityGender(rawValue: row["gender"]) ?? .all, weekdays: weekdays, time: row["time_text"],
            place: row["place"], district: row["district"], seasonStart: row["season_start"], seasonEnd: row["season_end"],
            fee: row["fee"], feePeriod: FeePeriod(rawValue: row["fee_period"]) ?? .season, equipment: row["equipment"],
            capacity: row["capacity"], freePlaces: row["free_places"], isActive: row["is_active"]))
    }

    public func search(_ query: ActivityQuery, in municipality: MunicipalityID, today: LocalDate) async throws -> [ActivityRow] {
        var conditions = ["a.municipality_id = ?"]
        var arguments: StatementArguments = [municipality]
        if query.choosableOnly { conditions.append("a.is_active AND s.is_active AND s.accepts_fritidspas") }
        if let text = Text.optional(query.text)?.lowercased() {
            conditions.append("(instr(lower(a.name), ?) > 0 OR instr(lower(s.name), ?) > 0 OR instr(lower(a.place), ?) > 0)")
            arguments += [text, text, text]
        }
        if let category = query.category { conditions.append("a.category = ?"); arguments += [category.rawValue] }
        if let district = query.district { conditions.append("a.district = ?"); arguments += [district] }
        if let age = query.age { conditions.append("a.min_age <= ? AND a.max_age >= ?"); arguments += [age, age] }
        if query.freePlacesOnly { conditions.append("a.free_places > 0") }
        if let association = query.association { conditions.append("a.association_id = ?"); arguments += [association] }
        let whereSQL = conditions.joined(separator: " AND ")
        let bound = arguments
        return try await db.readAsync { db in
            try Row.fetchAll(db, sql: """
                SELECT a.*, s.name AS association_name,
                  (SELECT COUNT(DISTINCT e.child_id) FROM enrolment e WHERE e.activity_id = a.id AND e.stopped_on IS NULL) AS enrolled
                FROM activity a JOIN association s ON s.id = a.association_id
                WHERE \(whereSQL)
                ORDER BY a.category, s.name COLLATE NOCASE, a.min_age, a.name COLLATE NOCASE, a.id
                """, arguments: bound).map { ActivityRow(activity: Self.activity($0), enrolledChildren: $0["enrolled"]) }
        }
    }

    public func find(_ id: ActivityID, in municipality: MunicipalityID) async throws -> Activity? {
        try await db.readAsync { db in
            try Row.fetchOne(db, sql: """
                SELECT a.*, s.name AS association_name FROM activity a JOIN association s ON s.id = a.association_id
                WHERE a.id = ? AND a.municipality_id = ?
                """, arguments: [id, municipality]).map(Self.activity)
        }
    }

    static func arguments(_ d: ActivityDetails) -> StatementArguments {
        [d.name, d.category.rawValue, d.minAge, d.maxAge, d.gender.rawValue, d.weekdays.map(\.rawValue).joined(separator: ","),
         d.time, d.place, d.district, d.seasonStart, d.seasonEnd, d.fee, d.feePeriod.rawValue, d.equipment, d.capacity,
         d.freePlaces, d.isActive]
    }

    public func create(_ details: ActivityDetails, association: AssociationID, in municipality: MunicipalityID, at: Date,
                       audit: AuditEntry) async throws -> ActivityID {
        try await db.write { db in
            guard try MoneySQL.exists("SELECT 1 FROM association WHERE id = ? AND municipality_id = ?", [association, municipality], db)
            else { throw StoreError.notFound }
            try db.execute(sql: """
                INSERT INTO activity (association_id, municipality_id, name, category, min_age, max_age, gender, weekdays, time_text,
                  place, district, season_start, season_end, fee, fee_period, equipment, capacity, free_places, is_active,
                  created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [association, municipality] + Self.arguments(details) + [at, at])
            let id = ActivityID(db.lastInsertedRowID)
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    public func update(_ id: ActivityID, details: ActivityDetails, in municipality: MunicipalityID, at: Date, audit: AuditEntry) async throws {
        try await db.write { db in
            try db.execute(sql: """
                UPDATE activity SET name = ?, category = ?, min_age = ?, max_age = ?, gender = ?, weekdays = ?, time_text = ?,
                  place = ?, district = ?, season_start = ?, season_end = ?, fee = ?, fee_period = ?, equipment = ?, capacity = ?,
                  free_places = ?, is_active = ?, updated_at = ?
                WHERE id = ? AND municipality_id = ?
                """, arguments: Self.arguments(details) + [at, id, municipality])
            try db.requireChange()
            try AuditWriter.insert(audit, db)
        }
    }

    public func districts(in municipality: MunicipalityID) async throws -> [String] {
        try await db.readAsync { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT district FROM activity WHERE municipality_id = ? AND district <> '' ORDER BY district COLLATE NOCASE
                """, arguments: [municipality])
        }
    }
}
