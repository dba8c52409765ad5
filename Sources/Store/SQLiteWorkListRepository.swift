import Domain
import Foundation
import GRDB

/// The start pages' work lists: per list one query for the first rows and one for the count,
/// each from an index on the municipality.
public struct SQLiteWorkListRepository: WorkListRepository {
    let db: any DatabaseWriter

    public init(_ db: any DatabaseWriter) {
        self.db = db
    }

    static func section(_ db: Database, count: String, rows: String, _ arguments: StatementArguments, limit: Int,
                        item: (Row) -> WorkItem) throws -> WorkSection {
        WorkSection(count: try Int.fetchOne(db, sql: count, arguments: arguments) ?? 0,
                    items: try Row.fetchAll(db, sql: rows + " LIMIT ?", arguments: arguments + [limit]).map(item))
    }

    public func coordinator(in m: MunicipalityID, today: LocalDate, limit: Int) async throws -> CoordinatorWork {
        try await db.readAsync { db in
            let referrals = try Self.section(db, count: """
                SELECT COUNT(*) FROM referral WHERE municipality_id = ? AND status IN ('submitted', 'assessment')
                """, rows: """
                SELECT r.id, c.first_name || ' ' || c.last_name AS title, r.referred_on, r.urgency = 'high' AS urgent
                FROM referral r JOIN child c ON c.id = r.child_id
                WHERE r.municipality_id = ? AND r.status IN ('submitted', 'assessment') ORDER BY r.referred_on, r.id
                """, [m], limit: limit) { WorkItem(id: $0["id"], title: $0["title"], date: $0["referred_on"], flag: $0["urgent"]) }
            let claims = try Self.section(db, count: "SELECT COUNT(*) FROM claim WHERE municipality_id = ? AND status = 'submitted'", rows: """
                SELECT cl.id, s.name || ' – ' || c.first_name || ' ' || c.last_name AS title, danish_date(cl.submitted_at) AS day
                FROM claim cl JOIN child c ON c.id = cl.child_id JOIN association s ON s.id = cl.association_id
                WHERE cl.municipality_id = ? AND cl.status = 'submitted' ORDER BY cl.submitted_at, cl.id
                """, [m], limit: limit) { WorkItem(id: $0["id"], title: $0["title"], date: ($0["day"] as String?).flatMap(LocalDate.init(iso:))) }
            let ready = try Row.fetchOne(db, sql: """
                SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS total FROM claim
                WHERE municipality_id = ? AND status = 'approved' AND batch_id IS NULL
                """, arguments: [m])!
            let batches = try Self.section(db, count: """
                SELECT COUNT(*) FROM payment_batch WHERE municipality_id = ? AND status IN ('open', 'exported')
                """, rows: """
                SELECT b.id, (SELECT COUNT(*) FROM claim WHERE batch_id = b.id) AS claims, danish_date(b.created_at) AS day
                FROM payment_batch b WHERE b.municipality_id = ? AND b.status IN ('open', 'exported') ORDER BY b.id
                """, [m], limit: limit) { WorkItem(id: $0["id"], title: String($0["claims"] as Int),
                                                   date: ($0["day"] as String?).flatMap(LocalDate.init(iso:))) }
            let overdueBefore = FollowUpState.overdueBefore(today: today)
            let followUps = try Self.section(db, count: """
                SELECT COUNT(*) FROM follow_up WHERE municipality_id = ? AND answered_on IS NULL AND due_on < ?
                """, rows: """
                SELECT f.id, c.first_name || ' ' || c.last_name AS title, f.due_on FROM follow_up f JOIN child c ON c.id = f.child_id
                WHERE f.municipality_id = ? AND f.answered_on IS NULL AND f.due_on < ? ORDER BY f.due_on, f.id
                """, [m, overdueBefore], limit: limit) { WorkItem(id: $0["id"], title: $0["title"], date: $0["due_on"]) }
            let offers = try Self.section(db, count: """
                SELECT COUNT(*) FROM board_offer WHERE municipality_id = ? AND status = 'pending'
                """, rows: """
                SELECT o.id, o.course_id, v.name || ' – ' || c.first_name || ' ' || c.last_name AS title, danish_date(o.offered_at) AS day
                FROM board_offer o JOIN volunteer v ON v.id = o.volunteer_id JOIN guidance_course g ON g.id = o.course_id
                JOIN child c ON c.id = g.child_id
                WHERE o.municipality_id = ? AND o.status = 'pending' ORDER BY o.offered_at, o.id
                """, [m], limit: limit) {
                WorkItem(id: $0["id"], title: $0["title"], date: ($0["day"] as String?).flatMap(LocalDate.init(iso:)), targetID: $0["course_id"])
            }
            return CoordinatorWork(referrals: referrals, claims: claims, readyForPayment: (ready["n"], ready["total"]),
                                   batches: batches, overdueFollowUps: followUps,
                                   certificates: try Self.certificates(m, today: today, limit: limit, db), offers: offers)
        }
    }

    /// Active volunteers whose børneattest runs out within the warning period, or has.
    static func certificates(_ m: MunicipalityID, today: LocalDate, limit: Int, _ db: Database) throws -> WorkSection {
        let rule = try SQLiteVolunteerRepository.settings(m, db).certificateRule
        // Obtained on or before this day means it runs out within the warning period.
        let latest = today.adding(days: rule.warningDays).adding(months: -rule.renewalMonths)
        let items = try Row.fetchAll(db, sql: """
            SELECT id, name, certificate_on FROM volunteer
            WHERE municipality_id = ? AND status = 'active' AND certificate_on IS NOT NULL AND certificate_on <= ?
            ORDER BY certificate_on, id
            """, arguments: [m, latest]).compactMap { row -> WorkItem? in
            switch rule.status(obtainedOn: row["certificate_on"], today: today) {
            case .renewSoon(let until): WorkItem(id: row["id"], title: row["name"], date: until)
            case .expired(let since): WorkItem(id: row["id"], title: row["name"], date: since.adding(days: -1), flag: true)
            case .valid, .missing: nil
            }
        }
        return WorkSection(count: items.count, items: Array(items.prefix(limit)))
    }

    public func caseworker(_ user: UserID, in m: MunicipalityID, now: Date, lookbackDays: Int, limit: Int) async throws -> CaseworkerWork {
        let floor = now.addingTimeInterval(-Double(lookbackDays) * 86400)
        let floorDay = LocalDate(floor, in: .danish)
        return try await db.readAsync { db in
            // The last time the caseworker opened each child's record is in the audit trail.
            let rows = try Row.fetchAll(db, sql: """
                WITH mine AS (
                  SELECT id, first_name || ' ' || last_name AS name FROM child
                  WHERE municipality_id = :m AND (created_by = :u OR caseworker_id = :u) AND anonymised_at IS NULL),
                seen AS (
                  SELECT CAST(entity_id AS INTEGER) AS child_id, MAX(at) AS at FROM audit_event
                  WHERE user_id = :u AND entity_type = 'child' AND action = 'view' AND at >= :floor GROUP BY entity_id),
                events AS (
                  SELECT r.child_id, 'decided' AS news, e.at FROM referral_event e JOIN referral r ON r.id = e.referral_id
                  WHERE e.municipality_id = :m AND e.to_status IN ('approved', 'rejected', 'waiting_list') AND e.at >= :floor
                    AND e.user_id IS NOT :u AND r.child_id IN (SELECT id FROM mine)
                  UNION ALL
                  SELECT child_id, 'started', COALESCE(start_confirmed_at, created_at) FROM enrolment
                  WHERE municipality_id = :m AND started_on >= :floorDay AND child_id IN (SELECT id FROM mine)
                  UNION ALL
                  SELECT child_id, 'stopped', COALESCE(stop_reported_at, created_at) FROM enrolment
                  WHERE municipality_id = :m AND stopped_on >= :floorDay AND child_id IN (SELECT id FROM mine))
                SELECT mine.id, mine.name, ev.news, MAX(ev.at) AS at FROM mine JOIN events ev ON ev.child_id = mine.id
                LEFT JOIN seen ON seen.child_id = mine.id
                WHERE ev.at >= :floor AND (seen.at IS NULL OR ev.at > seen.at)
                GROUP BY mine.id, ev.news ORDER BY MAX(ev.at) DESC, mine.id
                """, arguments: ["m": m, "u": user, "floor": floor, "floorDay": floorDay])
            let news = rows.map { row in
                (item: WorkItem(id: row["id"], title: row["name"], date: (row["at"] as Date?).map { LocalDate($0, in: .danish) }),
                 news: ChildNews(rawValue: row["news"]) ?? .decided)
            }
            let drafts = try Self.section(db, count: """
                SELECT COUNT(*) FROM child WHERE municipality_id = ? AND created_by = ? AND status = 'registered' AND anonymised_at IS NULL
                """, rows: """
                SELECT id, first_name || ' ' || last_name AS title, danish_date(created_at) AS day FROM child
                WHERE municipality_id = ? AND created_by = ? AND status = 'registered' AND anonymised_at IS NULL ORDER BY created_at DESC, id
                """, [m, user], limit: limit) { WorkItem(id: $0["id"], title: $0["title"], date: ($0["day"] as String?).flatMap(LocalDate.init(iso:))) }
            return CaseworkerWork(news: Array(news.prefix(limit)), newsCount: news.count, drafts: drafts)
        }
    }
}
