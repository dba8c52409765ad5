import Domain
import Foundation
import GRDB

/// Demo rows of the implementation workspace: Holstebro far into phase 3 with plan,
/// meetings, dialogue rounds and test rounds; Svendborg just starting phase 1.
///
/// Dates are relative to the clock, so the demo always looks current. Holstebro is seeded first
/// and its first rows are the samples the access tests use: own item `own-1`, meeting 1 with
/// action 1, dialogue round 1, test round 1, documentation row 1 and communication row 2.
extension DemoData {
    /// Catalogue keys the demo refers to; a test checks they exist in the shipped catalogue.
    public static let implementationKeys: [String: [String]] = [
        "startup": ["startup-compose-team", "startup-send-package", "startup-leadership-meeting", "startup-interview-club-ngo",
                    "startup-interview-school-leader", "startup-interview-other-actors"],
        "step-1.1": ["1.1-rec-needs-readiness-analysis", "1.1-q-need-for-scheme", "1.1-q-problems-addressed", "1.1-q-who-benefits",
                     "1.1-q-fit-with-services", "1.1-q-fit-with-goals-values", "1.1-q-departments-ready",
                     "1.1-q-resources-competences-motivation", "1.1-q-lessons-from-past-change", "1.1-q-demands-on-context",
                     "1.1-tool-startup-package", "1.1-tool-programme-theory-workshop", "1.1-rec-1.1.1-clear-purpose-target-group",
                     "1.1-rec-1.1.2-involve-clubs"],
        "step-1.2": ["1.2-rec-leadership-dialogue", "1.2-q-decision-maker-backing", "1.2-q-professional-motivation", "1.2-q-infrastructure",
                     "1.2-q-new-competences", "1.2-q-competence-activities", "1.2-tool-leadership-dialogue-guide",
                     "1.2-tool-partnership-agreement", "1.2-tool-it-registration", "1.2-rec-1.2.1-clear-framework-volunteers",
                     "1.2-rec-1.2.2-early-political-backing", "1.2-rec-1.2.3-ongoing-competence-development"],
        "step-2.1": ["2.1-rec-steering-group", "2.1-rec-implementation-team", "2.1-q-management-responsibility",
                     "2.1-q-manager-coordinator-cooperation", "2.1-q-cross-management-cooperation", "2.1-q-team-of-key-people",
                     "2.1-q-team-members", "2.1-q-team-framework", "2.1-q-management-team-coordination", "2.1-tool-team-composition",
                     "2.1-rec-2.1.1-broad-adjustable-team"],
        "step-2.2": ["2.2-rec-implementation-plan", "2.2-rec-review-adjust-plan", "2.2-q-plan-as-coordination-tool",
                     "2.2-q-foreseeable-barriers", "2.2-tool-plan-inspiration", "2.2-rec-2.2.1-updated-plan",
                     "2.2-rec-2.2.2-fixed-meeting-schedule"],
        "plan": ["plan-prep-added-value", "plan-prep-target-group", "plan-prep-goals", "plan-prep-activities",
                 "plan-prep-organisation-support", "plan-prep-roles-clear", "plan-prep-cooperation-agreement",
                 "plan-prep-documentation-approach", "plan-prep-knowledge-sharing-structure", "plan-prep-awareness", "plan-prep-ownership",
                 "plan-prep-competences", "plan-op-activity-design", "plan-op-who-does-what", "plan-op-training-needs",
                 "plan-op-volunteer-staff-relations", "plan-op-leadership-support", "plan-op-communication-knowledge-sharing",
                 "plan-op-child-follow-up", "plan-op-referral-assessment"],
        "factors": ["factor-monitoring", "factor-adaptability", "factor-credibility-motivation", "factor-gains",
                    "factor-training-involvement", "factor-attitudes-motivation", "factor-senior-management",
                    "factor-professional-management", "factor-infrastructure", "factor-culture-strategy"],
    ]

    static func seedImplementation(_ demo: inout DemoContext) throws {
        let seed = ImplementationSeed(demo: demo)
        try seed.holstebro()
        try seed.svendborg()
    }
}

/// Small writers over the seeding transaction, so the scenario below reads as a story.
struct ImplementationSeed {
    let db: Database
    let now: Date
    let today: LocalDate
    let municipalities: [String: MunicipalityID]
    let users: [String: UserID]

    init(demo: DemoContext) {
        db = demo.db
        now = demo.clock.now
        today = demo.clock.today
        municipalities = demo.municipalities
        users = demo.users
    }

    func day(_ offset: Int) -> LocalDate { today.adding(days: offset) }
    /// A moment `days` ago, during office hours.
    func at(_ days: Int, hour: Int = 10) -> Date { now.addingTimeInterval(Double(-days * 86_400 + (hour - 12) * 3600)) }

    func item(_ m: MunicipalityID, _ key: String, _ status: ItemStatus, by: UserID, daysAgo: Int, reason: String? = nil,
              user: UserID? = nil, responsible: String? = nil, deadline: Int? = nil, note: String? = nil, evidence: String? = nil) throws {
        try db.execute(sql: """
            INSERT INTO impl_item_progress (municipality_id, item_key, status, not_relevant_reason, responsible_user_id, responsible_text,
                deadline, note, evidence, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [m, key, status.rawValue, reason, user, responsible, deadline.map(day), note, evidence, by, at(daysAgo)])
    }

    func customItem(_ m: MunicipalityID, _ section: String, _ text: String, by: UserID, daysAgo: Int) throws -> String {
        try db.execute(sql: "INSERT INTO impl_custom_item (municipality_id, section_key, text, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [m, section, text, by, at(daysAgo)])
        return CustomItem.key(CustomItemID(db.lastInsertedRowID))
    }

    /// Writes the row and its history entry, as the repository does.
    func plan(_ m: MunicipalityID, _ key: String, _ values: PlanAnswerDraft, by: UserID, daysAgo: Int) throws {
        let old = try Row.fetchOne(db, sql: "SELECT * FROM impl_plan_answer WHERE municipality_id = ? AND question_key = ?", arguments: [m, key])
        let oldValues = old.map {
            PlanAnswerDraft(answer: ($0["answer"] as String?).flatMap(Degree.init(rawValue:)), initiativesNeeded: $0["initiatives_needed"],
                            initiatives: $0["initiatives"], responsible: $0["responsible"], deadline: $0["deadline"],
                            milestones: $0["milestones"], completion: ($0["completion"] as String?).flatMap(Degree.init(rawValue:)))
        }
        let fields = values.changedFields(from: oldValues).map(\.rawValue).joined(separator: ",")
        let row: StatementArguments = [values.answer?.rawValue, values.initiativesNeeded, values.initiatives, values.responsible,
                                       values.deadline, values.milestones, values.completion?.rawValue]
        try db.execute(sql: """
            INSERT OR REPLACE INTO impl_plan_answer (municipality_id, question_key, answer, initiatives_needed, initiatives, responsible,
                deadline, milestones, completion, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [m, key] + row + [by, at(daysAgo)])
        try db.execute(sql: """
            INSERT INTO impl_plan_change (municipality_id, question_key, changed_fields, answer, initiatives_needed, initiatives, responsible,
                deadline, milestones, completion, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [m, key, fields] + row + [by, at(daysAgo)])
    }

    func meeting(_ m: MunicipalityID, _ kind: MeetingKind, _ offset: Int, participants: String?, decisions: String?, by: UserID) throws -> MeetingID {
        try db.execute(sql: """
            INSERT INTO impl_meeting (municipality_id, kind, held_on, participants, decisions, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [m, kind.rawValue, day(offset), participants, decisions, by, at(max(0, -offset))])
        return MeetingID(db.lastInsertedRowID)
    }

    func action(_ m: MunicipalityID, _ meeting: MeetingID, _ text: String, responsible: String?, deadline: Int?, convertedTo: String? = nil,
                daysAgo: Int) throws {
        try db.execute(sql: """
            INSERT INTO impl_meeting_action (municipality_id, meeting_id, text, responsible, deadline, converted_to, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [m, meeting, text, responsible, deadline.map(day), convertedTo, at(daysAgo)])
    }

    func dialogueRound(_ m: MunicipalityID, _ offset: Int, participants: String, ratings: [(String, BarrierRating, String?)],
                       by: UserID) throws {
        try db.execute(sql: "INSERT INTO impl_dialogue_round (municipality_id, held_on, participants, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [m, day(offset), participants, by, at(-offset)])
        let round = db.lastInsertedRowID
        for (factor, rating, note) in ratings {
            try db.execute(sql: "INSERT INTO impl_dialogue_rating (round_id, municipality_id, factor_key, rating, note) VALUES (?, ?, ?, ?, ?)",
                           arguments: [round, m, factor, rating.rawValue, note])
        }
    }

    func testRound(_ m: MunicipalityID, _ version: String, from: Int, to: Int?, changes: String, learnings: String?, by: UserID) throws {
        try db.execute(sql: """
            INSERT INTO impl_test_round (municipality_id, version, starts_on, ends_on, changes, learnings, updated_by, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [m, version, day(from), to.map(day), changes, learnings, by, at(-(to ?? from))])
    }

    func tableRow(_ m: MunicipalityID, _ kind: PlanTableKind, _ cells: [String], by: UserID, daysAgo: Int) throws {
        try db.execute(sql: """
            INSERT INTO impl_table_row (municipality_id, kind, col_1, col_2, col_3, col_4, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [m, kind.rawValue, cells[0], cells[1], cells[2], cells[3], by, at(daysAgo)])
    }

    func comment(_ m: MunicipalityID, _ subject: String, _ body: String, by: UserID, daysAgo: Int) throws {
        try db.execute(sql: "INSERT INTO impl_comment (municipality_id, subject, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)",
                       arguments: [m, subject, by, body, at(daysAgo, hour: 14)])
    }

    func keys(_ group: String) -> [String] { DemoData.implementationKeys[group] ?? [] }
}
