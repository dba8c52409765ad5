import Domain
import Foundation
import GRDB
import Store

/// Writes the planned guidance courses (see `LargeDemo+Guidance.swift`) with their board offers,
/// sessions, parent agreements and follow-ups.
extension LargeDemo {
    static let sessionNotes = ["Samtale med barn og forælder om, hvad barnet har lyst til.", "Aftalt at besøge klubben sammen.",
                               "Forælder kører til træning om tirsdagen.", "Går fast til træning."]

    struct GuidanceStatements {
        let course: Statement
        let session: Statement
        let agreement: Statement
        let offer: Statement
        let followUp: Statement

        init(_ db: Database) throws {
            course = try db.cachedStatement(sql: """
                INSERT INTO guidance_course (municipality_id, child_id, pass_id, status, step, started_on, guide_user_id, guide_volunteer_id,
                  companion_volunteer_id, guide_assigned_on, published_on, activity, activity_planned_on, activity_started_on, ended_on, end_reason,
                  created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            session = try db.cachedStatement(sql: """
                INSERT INTO guidance_session (course_id, municipality_id, held_on, kind, minutes, step, participants, note, logged_by, logged_role, logged_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            agreement = try db.cachedStatement(sql: """
                INSERT INTO parent_agreement (course_id, municipality_id, kind, description, agreed_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            offer = try db.cachedStatement(sql: """
                INSERT INTO board_offer (course_id, volunteer_id, municipality_id, offered_at) VALUES (?, ?, ?, ?)
                """)
            followUp = try db.cachedStatement(sql: """
                INSERT INTO follow_up (child_id, municipality_id, course_id, source, activity, activity_started_on, months, due_on, answered_on,
                  still_active, attends_regularly, needs_help, note, answered_by, answered_role, created_at)
                VALUES (?, ?, ?, 'course', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        }
    }

    /// Kinds of sessions after the first meeting, as often as they happen; minutes and who took part.
    static let laterSessions: [(kind: SessionKind, minutes: Int, participants: String)] = [
        (.call, 15, "guardian,guide"), (.homeVisit, 60, "child,guardian,guide"), (.call, 20, "guardian,guide"), (.school, 30, "child,guide"),
        (.club, 90, "child,guide,club"), (.accompanying, 120, "child,guide,club"), (.other, 45, "guide"), (.call, 10, "child,guide"),
    ]
    static let agreementKinds: [AgreementKind] = [.transport, .washingKit, .feeShare, .clubHelp]

    static func addCourses(_ c: inout Context, _ courses: [PlannedCourse], volunteers: [LargeVolunteer]) throws {
        let sql = try GuidanceStatements(c.db)
        let coordinator = c.users[.coordinator]!, volunteerUser = c.users[.volunteer]!
        let weights = courses.map { course -> Int in
            switch course.status {
            case .waitingForGuide: 0
            case .ongoing: 1 + course.step * 2
            case .successful: 14
            case .droppedOut: 9
            case .failed: 7
            case .movedAway: 3
            }
        }
        let sessionCounts = spread(c.size.sessionsPerChild * c.childrenPerMunicipality, weights: weights)
        let openGuides = volunteers.indices.filter { volunteers[$0].isGuide && volunteers[$0].active && $0 != 0 }
        for (course, sessions) in zip(courses, sessionCounts) {
            let assigned = course.guideUser != nil || course.guideVolunteer != nil ? min(course.ended ?? c.today, course.started.adding(days: 2 + c.pick(10))) : nil
            try sql.course.execute(arguments: [
                c.municipality, course.pass.child, course.pass.id, course.status.rawValue, course.step, course.started, course.guideUser,
                course.guideVolunteer.map { volunteers[$0].id }, course.companion.map { volunteers[$0].id }, assigned, course.published,
                course.activity, course.activityPlanned ?? course.activityStarted, course.activityStarted, course.ended, course.endReason,
                coordinator, c.moment(course.started)])
            let id = c.db.lastInsertedRowID
            if let published = course.published, !openGuides.isEmpty, c.chance(40) {
                try sql.offer.execute(arguments: [id, volunteers[c.pick(from: openGuides)].id, c.municipality, c.moment(min(c.today, published.adding(days: 1)))])
            }
            // Who writes the log: the demo volunteer their own; the coordinator for volunteers without an account; staff their own.
            let logger: (UserID, String) = course.guideVolunteer == 0 ? (volunteerUser, "volunteer")
                : course.guideUser.map { ($0, $0 == coordinator ? "coordinator" : "caseworker") } ?? (coordinator, "coordinator")
            let last = min(course.ended ?? c.today, c.today)
            let span = max(1, course.started.days(until: last))
            for k in 0..<sessions {
                let held = course.started.adding(days: (k + 1) * span / (sessions + 1))
                let later = laterSessions[c.pick(laterSessions.count)]
                let (kind, minutes, participants) = k == 0 ? (SessionKind.firstMeeting, 60, "child,guardian,guide") : later
                try sql.session.execute(arguments: [
                    id, c.municipality, held, kind.rawValue, minutes, min(course.step, 1 + k * course.step / max(1, sessions)), participants,
                    c.chance(25) ? Self.sessionNotes[c.pick(Self.sessionNotes.count)] : nil, logger.0, logger.1, c.moment(held)])
            }
            if course.status != .waitingForGuide && c.chance(40) {
                for k in 0..<(1 + c.pick(2)) {
                    let kind = agreementKinds[(k + c.pick(4)) % agreementKinds.count]
                    let on = min(last, course.started.adding(days: 10 + k * 7))
                    try sql.agreement.execute(arguments: [id, c.municipality, kind.rawValue, DemoData.agreementTexts[kind] ?? "Hjælp fra klubbens trænere",
                                                          on, logger.0, c.moment(on)])
                }
            }
            guard let started = course.activityStarted else { continue }
            for (months, due) in FollowUpSchedule.dueDates(activityStartedOn: started) {
                var answer: (on: LocalDate, active: Bool)?
                if due.adding(days: 10) < c.today && c.chance(88) {
                    let active = switch course.status {
                    case .successful: c.chance(92)
                    case .droppedOut: months == 3 && c.chance(40)
                    case .ongoing: c.chance(85)
                    default: false
                    }
                    answer = (min(c.today, due.adding(days: c.pick(20))), active)
                }
                try sql.followUp.execute(arguments: [
                    course.pass.child, c.municipality, id, course.activity, started, months, due, answer?.on, answer?.active,
                    answer.map { $0.active && c.chance(85) }, answer.map { !$0.active || c.chance(10) },
                    answer.flatMap { $0.active ? nil : "Træningstiden passer ikke længere med familiens hverdag." },
                    answer == nil ? nil : logger.0, answer == nil ? nil : (logger.1 == "volunteer" ? "volunteer" : logger.1),
                    c.moment(started)])
            }
        }
    }
}
