import Domain
import Foundation
import GRDB

public struct SQLiteAuditLog: AuditLog {
    let db: any DatabaseWriter
    /// Shared by every copy of this log, so concurrent requests meet in one commit.
    private let groupCommit: AuditGroupCommit

    public init(_ db: any DatabaseWriter) {
        self.db = db
        groupCommit = AuditGroupCommit(db)
    }

    public func record(_ entry: AuditEntry) async throws {
        try await groupCommit.record([entry])
    }

    public func record(all entries: [AuditEntry]) async throws {
        try await groupCommit.record(entries)
    }

    public func recordDenied(_ entry: AuditEntry, target: AuditTarget?) async throws {
        var denied = entry
        denied.outcome = .denied
        let entry = denied
        try await db.write { db in
            try AuditWriter.insert(entry, db)
            if let target, let owner = try Self.owner(of: target, db), owner != entry.municipalityID {
                try AuditWriter.insert(Self.copy(entry, for: owner), db)
            }
        }
    }

    public func recordForeignReferences(_ entry: AuditEntry, targets: [AuditTarget]) async throws -> Int {
        guard !targets.isEmpty else { return 0 }
        return try await db.write { db in
            var refused = 0
            for target in Set(targets).sorted(by: { ($0.entity.rawValue, $0.id) < ($1.entity.rawValue, $1.id) }) {
                let owner = try Self.owner(of: target, db)
                if let owner, owner == entry.municipalityID { continue }
                var denied = entry
                denied.outcome = .denied
                denied.file(under: target)
                try AuditWriter.insert(denied, db)
                if let owner { try AuditWriter.insert(Self.copy(denied, for: owner), db) }
                refused += 1
            }
            return refused
        }
    }

    /// The entry as the targeted municipality files it: the prober's user stays named, and the
    /// detail says the attempt came from elsewhere.
    static func copy(_ entry: AuditEntry, for owner: MunicipalityID) -> AuditEntry {
        var copy = entry
        copy.municipalityID = owner
        copy.detail = "from another municipality" + (entry.detail.map { ": " + $0 } ?? "")
        return copy
    }

    /// The table of the rows an attempt can be aimed at (a route's `:id`, an id in a form), so a
    /// refused attempt is filed in the row's municipality too.
    static func table(of entity: AuditEntity) -> String? {
        switch entity {
        case .accessRequest: "access_request"
        case .activity: "activity"
        case .association: "association"
        case .associationContact: "association_contact"
        case .boardOffer: "board_offer"
        case .child: "child"
        case .claim: "claim"
        case .consent: "consent"
        case .course: "guidance_course"
        case .enrolment: "enrolment"
        case .followUp: "follow_up"
        case .fundingSource: "funding_source"
        case .grant: "support_grant"
        case .pass: "pass"
        case .paymentBatch: "payment_batch"
        case .referral: "referral"
        case .user: "app_user"
        case .volunteer: "volunteer"
        case .letter: "decision_letter"
        case .school: "school"
        case .schoolDistrict: "school_district"
        case .implComment: "impl_comment"
        case .implDialogueRound: "impl_dialogue_round"
        case .implMeeting: "impl_meeting"
        case .implMeetingAction: "impl_meeting_action"
        case .implTestRound: "impl_test_round"
        case .implTableRow: "impl_table_row"
        // No row with a numeric id and a municipality of its own: a page, a setting, a key.
        case .workList, .statusReport, .outbox, .fundingBudget, .districtEstimate, .session, .csrf, .route, .auditLog,
             .municipality, .schemeSettings, .grantRules, .guidanceSettings, .dashboardSettings, .communicationSettings,
             .privacySettings, .signInSettings, .implItem, .implPlan:
            nil
        }
    }

    /// Which municipality the row belongs to, whoever asks: only to file a refused attempt.
    static func owner(of target: AuditTarget, _ db: Database) throws -> MunicipalityID? {
        guard let table = table(of: target.entity), let id = Int64(target.id) else { return nil }
        return try MunicipalityID.fetchOne(db, sql: "SELECT municipality_id FROM \(table) WHERE id = ?", arguments: [id])
    }

    static func entry(_ row: Row) -> AuditEntry {
        AuditEntry(at: row["at"], userID: row["user_id"], role: (row["role"] as String?).flatMap(Role.init(rawValue:)),
                   municipalityID: row["municipality_id"],
                   action: AuditEntry.Action(rawValue: row["action"]) ?? .view, storedEntityType: row["entity_type"],
                   entityID: row["entity_id"], detail: row["detail"], ip: row["ip"],
                   outcome: AuditEntry.Outcome(rawValue: row["outcome"]) ?? .denied)
    }

    public func recent(in municipality: MunicipalityID?, limit: Int) async throws -> [AuditEntry] {
        try await db.readAsync { db in
            if let municipality {
                return try Row.fetchAllCached(db, sql: "SELECT * FROM audit_event WHERE municipality_id = ? ORDER BY id DESC LIMIT ?",
                                        arguments: [municipality, limit]).map(Self.entry)
            }
            return try Row.fetchAllCached(db, sql: "SELECT * FROM audit_event ORDER BY id DESC LIMIT ?", arguments: [limit]).map(Self.entry)
        }
    }
}

extension SQLiteAuditLog {
    public func search(_ filter: AuditFilter, in municipality: MunicipalityID) async throws -> (rows: [AuditRow], total: Int) {
        // With a child, `+` keeps SQLite from walking the municipality's whole trail: the child's
        // entries come from the entity index (ChildAuditSQL).
        var conditions = [filter.childID == nil ? "a.municipality_id = :m" : "+a.municipality_id = :m"]
        var arguments: [String: (any DatabaseValueConvertible)?] = ["m": municipality]
        if let child = filter.childID { conditions.append(ChildAuditSQL.condition()); arguments["child"] = child }
        if let user = filter.userID { conditions.append("a.user_id = :user"); arguments["user"] = user }
        if let action = filter.action { conditions.append("a.action = :action"); arguments["action"] = action.rawValue }
        if let outcome = filter.outcome { conditions.append("a.outcome = :outcome"); arguments["outcome"] = outcome.rawValue }
        if let from = filter.from { conditions.append("a.at >= :from"); arguments["from"] = from.startOfDanishDay }
        if let to = filter.to { conditions.append("a.at < :to"); arguments["to"] = to.adding(days: 1).startOfDanishDay }
        let whereSQL = conditions.joined(separator: " AND ")
        let bound = StatementArguments(arguments)
        var page = arguments
        page["limit"] = AuditFilter.pageSize
        page["offset"] = (filter.page - 1) * AuditFilter.pageSize
        let paged = StatementArguments(page)
        return try await db.readAsync { db in
            let total = try Int.fetchOneCached(db, sql: "SELECT COUNT(*) FROM audit_event a WHERE \(whereSQL)", arguments: bound) ?? 0
            // The child's name only for the log's own municipality's children (a probe's copy
            // names a child of this municipality; the prober's own log never names it).
            let rows = try Row.fetchAllCached(db, sql: """
                SELECT a.*, u.name AS user_name, CASE WHEN u.municipality_id IS NOT :m THEN um.name END AS user_municipality,
                       CASE WHEN c.anonymised_at IS NULL THEN c.first_name || ' ' || c.last_name END AS child_name
                FROM audit_event a LEFT JOIN app_user u ON u.id = a.user_id LEFT JOIN municipality um ON um.id = u.municipality_id
                LEFT JOIN child c ON a.entity_type IN (\(PersonalData.entitiesByChildIDSQL)) AND c.id = CAST(a.entity_id AS INTEGER) AND c.municipality_id = :m
                WHERE \(whereSQL) ORDER BY a.id DESC LIMIT :limit OFFSET :offset
                """, arguments: paged)
                .map { AuditRow(entry: Self.entry($0), userName: $0["user_name"], userMunicipality: $0["user_municipality"],
                                childName: $0["child_name"]) }
            return (rows, total)
        }
    }

    public func viewers(of child: ChildID, in municipality: MunicipalityID, since: Date) async throws -> [RecordViewer] {
        try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                SELECT COALESCE(u.name, '?') AS name, a.role, COUNT(*) AS n, MAX(a.at) AS last FROM audit_event a
                LEFT JOIN app_user u ON u.id = a.user_id
                WHERE a.municipality_id = ? AND a.entity_type = 'child' AND a.entity_id = ? AND a.action = 'view'
                  AND a.outcome = 'allowed' AND a.at >= ?
                GROUP BY a.user_id ORDER BY last DESC
                """, arguments: [municipality, child.description, since]).map {
                RecordViewer(userName: $0["name"], role: ($0["role"] as String?).flatMap(Role.init(rawValue:)), count: $0["n"], lastAt: $0["last"])
            }
        }
    }

    public func unusualAccess(in municipality: MunicipalityID, on day: LocalDate) async throws -> [UnusualAccess] {
        let start = day.adding(days: -30).startOfDanishDay
        let dayStart = day.startOfDanishDay
        let dayEnd = day.adding(days: 1).startOfDanishDay
        // Counted per Danish day in SQL; the median is taken in Swift over at most 30 numbers per user.
        let rows = try await db.readAsync { db in
            try Row.fetchAllCached(db, sql: """
                SELECT a.user_id, COALESCE(u.name, '?') AS name, a.at >= :dayStart AS today,
                       CAST((julianday(a.at) - julianday(:start)) AS INTEGER) AS bucket, COUNT(DISTINCT a.entity_id) AS n
                FROM audit_event a LEFT JOIN app_user u ON u.id = a.user_id
                WHERE a.municipality_id = :m AND a.entity_type = 'child' AND a.action = 'view' AND a.at >= :start AND a.at < :dayEnd
                  AND a.user_id IS NOT NULL
                GROUP BY a.user_id, today, bucket
                """, arguments: ["m": municipality, "start": start, "dayStart": dayStart, "dayEnd": dayEnd])
                .map { (user: $0["user_id"] as UserID, name: $0["name"] as String, today: $0["today"] as Bool, count: $0["n"] as Int) }
        }
        var earlier: [UserID: [Int]] = [:]
        var todays: [UserID: (name: String, count: Int)] = [:]
        for row in rows {
            if row.today {
                todays[row.user, default: (row.name, 0)].count += row.count
            } else {
                earlier[row.user, default: []].append(row.count)
            }
        }
        return todays.compactMap { user, today in
            let median = UnusualAccess.median(earlier[user] ?? [])
            guard UnusualAccess.isUnusual(count: today.count, median: median) else { return nil }
            return UnusualAccess(userID: user, userName: today.name, day: day, count: today.count, usualPerDay: median)
        }.sorted { $0.count > $1.count }
    }
}

extension LocalDate {
    /// Midnight in Danish time as an instant, for comparing with stored timestamps.
    var startOfDanishDay: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .danish
        return calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }
}
