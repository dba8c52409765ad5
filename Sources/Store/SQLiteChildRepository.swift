import Domain
import Foundation
import GRDB

public struct SQLiteChildRepository: ChildRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    static func searchName(_ first: String, _ last: String) -> String {
        "\(first) \(last)".lowercased()
    }

    static func row(_ row: Row) -> ChildListRow {
        ChildListRow(id: row["id"], firstName: row["first_name"], lastName: row["last_name"], birthDate: row["birth_date"],
                     school: row["school"], schoolClass: row["school_class"], schoolDistrict: row["school_district"],
                     status: ChildStatus(rawValue: row["status"]) ?? .registered, latestReferralOn: row["latest_referral_on"],
                     latestDepartment: (row["latest_department"] as String?).flatMap(Department.init(rawValue:)))
    }

    /// The WHERE clause of the list: scope, then each filter given.
    static func whereClause(_ query: ChildQuery, scope: DataScope, today: LocalDate) -> (String, StatementArguments) {
        let (scopeSQL, scopeArguments) = scope.childCondition()
        // Anonymised children stay for the statistics but leave the lists.
        var conditions = [scopeSQL, "c.anonymised_at IS NULL"]
        var arguments = scopeArguments
        if let text = query.text.map({ $0.lowercased() }), !text.isEmpty {
            conditions.append("(instr(c.search_name, ?) > 0 OR instr(lower(c.school), ?) > 0)")
            arguments += [text, text]
        }
        if let status = query.status { conditions.append("c.status = ?"); arguments += [status.rawValue] }
        if let school = query.school { conditions.append("c.school = ?"); arguments += [school] }
        if let district = query.district { conditions.append("c.school_district = ?"); arguments += [district] }
        if let source = query.source { conditions.append("c.latest_department = ?"); arguments += [source.rawValue] }
        if let band = query.ageBand {
            let range = band.birthDates(today: today)
            conditions.append("c.birth_date > ? AND c.birth_date <= ?")
            arguments += [range.bornAfter, range.bornOnOrBefore]
        }
        return (conditions.joined(separator: " AND "), arguments)
    }

    static func orderClause(_ query: ChildQuery) -> String {
        let dir = query.descending ? "DESC" : "ASC"
        switch query.sort {
        case .name: return "c.last_name COLLATE NOCASE \(dir), c.first_name COLLATE NOCASE \(dir), c.id"
        // Ascending age is youngest first: the latest birth dates.
        case .age: return "c.birth_date \(query.descending ? "ASC" : "DESC"), c.id"
        case .school: return "c.school COLLATE NOCASE \(dir), c.school_class \(dir), c.last_name COLLATE NOCASE, c.id"
        case .status: return "c.status \(dir), c.last_name COLLATE NOCASE, c.id"
        case .referred: return "c.latest_referral_on IS NULL, c.latest_referral_on \(dir), c.id"
        }
    }

    static let listColumns = "c.id, c.first_name, c.last_name, c.birth_date, c.school, c.school_class, c.school_district, c.status, c.latest_referral_on, c.latest_department"

    public func list(_ query: ChildQuery, scope: DataScope, today: LocalDate) async throws -> ChildPage {
        let (whereSQL, arguments) = Self.whereClause(query, scope: scope, today: today)
        return try await db.readAsync { db in
            let total = try Int.fetchOneCached(db, sql: "SELECT COUNT(*) FROM child c WHERE \(whereSQL)", arguments: arguments) ?? 0
            let rows = try Row.fetchAllCached(db, sql: """
                SELECT \(Self.listColumns) FROM child c WHERE \(whereSQL) ORDER BY \(Self.orderClause(query)) LIMIT ? OFFSET ?
                """, arguments: arguments + [ChildQuery.pageSize, (query.page - 1) * ChildQuery.pageSize]).map(Self.row)
            return ChildPage(rows: rows, total: total, page: query.page)
        }
    }

    public func export(_ query: ChildQuery, scope: DataScope, today: LocalDate) async throws -> [ChildListRow] {
        let (whereSQL, arguments) = Self.whereClause(query, scope: scope, today: today)
        return try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: "SELECT \(Self.listColumns) FROM child c WHERE \(whereSQL) ORDER BY \(Self.orderClause(query))",
                             arguments: arguments).map(Self.row)
        }
    }

    public func searchNames(_ text: String, in municipality: MunicipalityID, limit: Int) async throws -> [ChildName] {
        let term = text.lowercased()
        return try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                SELECT id, first_name, last_name FROM child WHERE municipality_id = ? AND instr(search_name, ?) > 0 AND anonymised_at IS NULL
                ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE LIMIT ?
                """, arguments: [municipality, term, limit])
                .map { ChildName(id: $0["id"], firstName: $0["first_name"], lastName: $0["last_name"]) }
        }
    }

    public func possibleDuplicates(of details: ChildDetails, guardians: [Guardian], in municipality: MunicipalityID,
                                   excluding: ChildID?) async throws -> [ChildName] {
        let phones = guardians.compactMap { Guardian.phoneDigits($0.phone) }
        let placeholders = phones.isEmpty ? "NULL" : phones.map { _ in "?" }.joined(separator: ", ")
        let arguments: StatementArguments = [municipality, excluding, details.birthDate,
                                             Self.searchName(details.firstName, details.lastName), municipality]
            + StatementArguments(phones)
        return try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                SELECT c.id, c.first_name, c.last_name, c.birth_date, c.school,
                       COALESCE(CASE WHEN cw.is_active THEN cw.name END, CASE WHEN cb.is_active AND cb.role = 'caseworker' THEN cb.name END)
                         AS responsible
                FROM child c LEFT JOIN app_user cw ON cw.id = c.caseworker_id LEFT JOIN app_user cb ON cb.id = c.created_by
                WHERE c.municipality_id = ? AND c.id IS NOT ? AND c.birth_date = ? AND c.anonymised_at IS NULL
                  AND (c.search_name = ? OR c.id IN (SELECT child_id FROM guardian WHERE municipality_id = ? AND phone_digits IN (\(placeholders))))
                ORDER BY c.id
                """, arguments: arguments)
                .map { ChildName(id: $0["id"], firstName: $0["first_name"], lastName: $0["last_name"],
                                 birthDate: $0["birth_date"], school: $0["school"], responsible: $0["responsible"]) }
        }
    }

    public func find(_ id: ChildID, scope: DataScope) async throws -> Child? {
        let (scopeSQL, arguments) = scope.childCondition()
        return try await db.readAsync { db in
            guard let row = try Row.fetchOneCached(db, sql: "SELECT c.* FROM child c WHERE c.id = ? AND \(scopeSQL)",
                                             arguments: [id] + arguments) else { return nil }
            let guardians = try Row.fetchAllCached(db, sql: "SELECT * FROM guardian WHERE child_id = ? ORDER BY position", arguments: [id])
                .map { Guardian(id: $0["id"], name: $0["name"], relation: GuardianRelation(rawValue: $0["relation"]) ?? .other,
                                phone: $0["phone"], email: $0["email"], preferredLanguage: $0["preferred_language"]) }
            let details = ChildDetails(
                firstName: row["first_name"], lastName: row["last_name"], birthDate: row["birth_date"],
                gender: Gender(rawValue: row["gender"]) ?? .notStated, school: row["school"], schoolClass: row["school_class"],
                schoolDistrict: row["school_district"], homeLanguage: row["home_language"], needsInterpreter: row["needs_interpreter"],
                needsAdaptation: row["needs_adaptation"], adaptationNote: row["adaptation_note"], interests: row["interests"],
                note: row["note"])
            return Child(id: row["id"], municipalityID: row["municipality_id"], details: details, guardians: guardians,
                         status: ChildStatus(rawValue: row["status"]) ?? .registered, caseworkerID: row["caseworker_id"],
                         createdBy: row["created_by"], createdAt: row["created_at"], anonymisedAt: row["anonymised_at"])
        }
    }

    public func create(_ details: ChildDetails, guardians: [Guardian], in municipality: MunicipalityID, by user: UserID,
                       at: Date, audit: AuditEntry) async throws -> ChildID {
        try await db.write { db in
            try db.execute(sql: """
                INSERT INTO child (municipality_id, first_name, last_name, search_name, birth_date, gender, school, school_class,
                  school_district, home_language, needs_interpreter, needs_adaptation, adaptation_note, interests, note,
                  caseworker_id, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)
                """, arguments: Self.detailArguments(details, prefix: [municipality]) + [user, at, at])
            let id = ChildID(db.lastInsertedRowID)
            try Self.replaceGuardians(guardians, of: id, in: municipality, db)
            var entry = audit
            entry.entityID = id.description
            try AuditWriter.insert(entry, db)
            return id
        }
    }

    static func detailArguments(_ d: ChildDetails, prefix: StatementArguments) -> StatementArguments {
        prefix + [d.firstName, d.lastName, searchName(d.firstName, d.lastName), d.birthDate, d.gender.rawValue, d.school,
                  d.schoolClass, d.schoolDistrict, d.homeLanguage, d.needsInterpreter, d.needsAdaptation, d.adaptationNote,
                  d.interests, d.note]
    }

    static func replaceGuardians(_ guardians: [Guardian], of child: ChildID, in municipality: MunicipalityID, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM guardian WHERE child_id = ?", arguments: [child])
        for (position, g) in guardians.enumerated() {
            try db.execute(sql: """
                INSERT INTO guardian (child_id, municipality_id, position, name, relation, phone, phone_digits, email, preferred_language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [child, municipality, position, g.name, g.relation.rawValue, g.phone, Guardian.phoneDigits(g.phone),
                                 g.email, g.preferredLanguage])
        }
    }

    public func update(_ id: ChildID, details: ChildDetails, guardians: [Guardian], scope: DataScope, at: Date,
                       audit: AuditEntry) async throws {
        let (scopeSQL, scopeArguments) = scope.childCondition()
        try await db.write { db in
            guard let municipality = try MunicipalityID.fetchOneCached(db, sql: "SELECT c.municipality_id FROM child c WHERE c.id = ? AND \(scopeSQL)",
                                                                 arguments: [id] + scopeArguments) else { throw StoreError.notFound }
            try db.execute(sql: """
                UPDATE child SET first_name = ?, last_name = ?, search_name = ?, birth_date = ?, gender = ?, school = ?,
                  school_class = ?, school_district = ?, home_language = ?, needs_interpreter = ?, needs_adaptation = ?,
                  adaptation_note = ?, interests = ?, note = ?, updated_at = ?
                WHERE id = ?
                """, arguments: Self.detailArguments(details, prefix: []) + [at, id])
            try Self.replaceGuardians(guardians, of: id, in: municipality, db)
            try AuditWriter.insert(audit, db)
        }
    }

    public func assignCaseworker(_ id: ChildID, caseworker: UserID?, in municipality: MunicipalityID, audit: AuditEntry) async throws {
        try await db.write { db in
            if let caseworker {
                let valid = try Bool.fetchOneCached(db, sql: """
                    SELECT EXISTS (SELECT 1 FROM app_user WHERE id = ? AND municipality_id = ? AND is_active AND role IN ('caseworker', 'coordinator'))
                    """, arguments: [caseworker, municipality]) ?? false
                guard valid else { throw StoreError.notFound }
            }
            try db.execute(sql: "UPDATE child SET caseworker_id = ? WHERE id = ? AND municipality_id = ?",
                           arguments: [caseworker, id, municipality])
            try db.requireChange()
            try AuditWriter.insert(audit, db)
        }
    }

    public func filterOptions(in municipality: MunicipalityID) async throws -> (schools: [String], districts: [String]) {
        try await db.readAsync { db in
            (try String.fetchAllCached(db, sql: "SELECT DISTINCT school FROM child WHERE municipality_id = ? AND school <> '' ORDER BY school COLLATE NOCASE",
                                 arguments: [municipality]),
             try String.fetchAllCached(db, sql: "SELECT DISTINCT school_district FROM child WHERE municipality_id = ? AND school_district <> '' ORDER BY school_district COLLATE NOCASE",
                                 arguments: [municipality]))
        }
    }

    public func refreshStatuses(today: LocalDate) async throws {
        try await db.write { db in try ChildStatusSQL.refreshAll(today: today, db) }
    }
}
