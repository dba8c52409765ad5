import Foundation

public typealias FollowUpID = Identifier<FollowUp>

/// A check 3 and 6 months after a child started an activity: still active? attending regularly?
/// needs help? The 6-month answers give the documentation plan's retention.
///
/// Follow-ups come from a guidance course's activity start today; an association confirming a
/// start can create them too (`source`), and an association contact can answer them.
public struct FollowUp: Sendable, Equatable, Identifiable {
    public var id: FollowUpID
    public var childID: ChildID
    public var courseID: CourseID?
    public var source: FollowUpSource
    public var activity: String?
    public var activityStartedOn: LocalDate
    public var months: Int
    public var dueOn: LocalDate
    public var answer: FollowUpAnswer?
    public var answeredOn: LocalDate?
    public var answeredBy: String?
    public var answeredRole: Role?
    /// The association said it is not sure whether the child still comes; someone must find out.
    public var associationUnsureOn: LocalDate?

    public init(id: FollowUpID, childID: ChildID, courseID: CourseID?, source: FollowUpSource, activity: String?,
                activityStartedOn: LocalDate, months: Int, dueOn: LocalDate, answer: FollowUpAnswer?, answeredOn: LocalDate?,
                answeredBy: String?, answeredRole: Role?, associationUnsureOn: LocalDate? = nil) {
        self.id = id
        self.childID = childID
        self.courseID = courseID
        self.source = source
        self.activity = activity
        self.activityStartedOn = activityStartedOn
        self.months = months
        self.dueOn = dueOn
        self.answer = answer
        self.answeredOn = answeredOn
        self.answeredBy = answeredBy
        self.answeredRole = answeredRole
        self.associationUnsureOn = associationUnsureOn
    }

    public func state(on today: LocalDate) -> FollowUpState {
        FollowUpState(dueOn: dueOn, answered: answeredOn != nil, today: today)
    }
}

public enum FollowUpSource: String, Sendable, CaseIterable, Codable {
    case course, association
}

public struct FollowUpAnswer: Sendable, Equatable {
    public var stillActive: Bool
    public var attendsRegularly: Bool
    public var needsHelp: Bool
    public var note: String?

    public init(stillActive: Bool, attendsRegularly: Bool, needsHelp: Bool, note: String?) {
        self.stillActive = stillActive
        self.attendsRegularly = attendsRegularly
        self.needsHelp = needsHelp
        self.note = note
    }
}

/// When follow-ups fall due: 3 and 6 calendar months after the start. A start on the 31st is
/// followed up on the last day of a shorter month (31 August + 6 months = 28/29 February).
public enum FollowUpSchedule {
    public static let months = [3, 6]
    /// A follow-up shows as due this many days before its date…
    public static let dueSoonDays = 14
    /// …and as overdue when still unanswered this many days after it.
    public static let overdueAfterDays = 14
    /// Answers saying a child stopped or needs help stay on the follow-up list this long.
    public static let attentionDays = 60

    public static func dueDates(activityStartedOn start: LocalDate) -> [(months: Int, dueOn: LocalDate)] {
        months.map { ($0, start.adding(months: $0)) }
    }
}

public enum FollowUpState: String, Sendable, CaseIterable {
    case upcoming, due, overdue, answered

    public init(dueOn: LocalDate, answered: Bool, today: LocalDate) {
        if answered { self = .answered }
        else if today < dueOn.adding(days: -FollowUpSchedule.dueSoonDays) { self = .upcoming }
        else if today > dueOn.adding(days: FollowUpSchedule.overdueAfterDays) { self = .overdue }
        else { self = .due }
    }

    /// The last day a follow-up is still upcoming (not yet shown as due), for queries.
    public static func dueListLimit(today: LocalDate) -> LocalDate { today.adding(days: FollowUpSchedule.dueSoonDays) }
    /// Follow-ups due before this day are overdue.
    public static func overdueBefore(today: LocalDate) -> LocalDate { today.adding(days: -FollowUpSchedule.overdueAfterDays) }
}

public struct FollowUpAnswerInput: Sendable {
    public var stillActive, attendsRegularly, needsHelp, note: String?

    public init(stillActive: String?, attendsRegularly: String?, needsHelp: String?, note: String?) {
        self.stillActive = stillActive
        self.attendsRegularly = attendsRegularly
        self.needsHelp = needsHelp
        self.note = note
    }

    public func validate(_ followUp: FollowUp, today: LocalDate) -> Result<FollowUpAnswer, ValidationErrors> {
        var errors = ValidationErrors()
        if followUp.answeredOn != nil { errors.add("stillActive", "followup.err.answered") }
        if today < followUp.dueOn.adding(days: -FollowUpSchedule.dueSoonDays) { errors.add("stillActive", "followup.err.notDue") }
        func yesNo(_ value: String?, _ field: String, _ missing: String) -> Bool? {
            switch value {
            case "yes": return true
            case "no": return false
            default: errors.add(field, missing); return nil
            }
        }
        let active = yesNo(stillActive, "stillActive", "followup.err.stillActive.required")
        // Regular attendance is asked only about a child who is still active.
        let regular = active == false ? false : yesNo(attendsRegularly, "attendsRegularly", "followup.err.attendsRegularly.required")
        let help = yesNo(needsHelp, "needsHelp", "followup.err.needsHelp.required")
        let note = Text.optional(self.note)
        if (note ?? "").count > 500 { errors.add("note", "err.text.tooLong", ["500"]) }
        guard errors.isEmpty, let active, let regular, let help else { return .failure(errors) }
        return .success(FollowUpAnswer(stillActive: active, attendsRegularly: regular, needsHelp: help, note: note))
    }
}

/// Retention after six months for a period: of the children whose 6-month follow-up fell due in
/// the period, the share answered "still active". A child counts once (with two starts in the
/// period, still active in either counts); an unanswered follow-up counts as not known to be
/// active, so the rate never flatters — `answered` shows how complete the answers are.
public struct Retention: Sendable, Equatable {
    public var due: Int
    public var answered: Int
    public var stillActive: Int

    public init(due: Int, answered: Int, stillActive: Int) {
        self.due = due
        self.answered = answered
        self.stillActive = stillActive
    }

    /// stillActive / due, nil when nothing fell due.
    public var rate: Double? { due == 0 ? nil : Double(stillActive) / Double(due) }
    /// stillActive / answered, nil when nothing is answered.
    public var rateOfAnswered: Double? { answered == 0 ? nil : Double(stillActive) / Double(answered) }

    /// Whole percent, rounded half up.
    public static func percent(_ rate: Double?) -> Int? { rate.map { Int(($0 * 100).rounded(.toNearestOrAwayFromZero)) } }

    /// The same computation as the store's SQL, over follow-ups in memory.
    public static func compute(_ followUps: [FollowUp], period: Period) -> Retention {
        let relevant = followUps.filter { $0.months == 6 && period.contains($0.dueOn) }
        let byChild = Dictionary(grouping: relevant, by: \.childID)
        return Retention(due: byChild.count,
                         answered: byChild.values.filter { $0.contains { $0.answeredOn != nil } }.count,
                         stillActive: byChild.values.filter { $0.contains { $0.answer?.stillActive == true } }.count)
    }
}

/// The documentation plan's guidance figures for a period.
public struct GuidanceCounts: Sendable, Equatable {
    /// Sessions held in the period, their total minutes and the children they were with.
    public var sessions: Int
    public var sessionMinutes: Int
    public var childrenWithSessions: Int
    /// Courses started in the period.
    public var coursesStarted: Int
    /// Activities started in the period (through a course).
    public var activityStarts: Int
    /// Courses ended in the period, by outcome.
    public var ended: [CourseStatus: Int]
    /// Courses open on the last day of the period.
    public var openAtEnd: Int

    public init(sessions: Int, sessionMinutes: Int, childrenWithSessions: Int, coursesStarted: Int, activityStarts: Int,
                ended: [CourseStatus: Int], openAtEnd: Int) {
        self.sessions = sessions
        self.sessionMinutes = sessionMinutes
        self.childrenWithSessions = childrenWithSessions
        self.coursesStarted = coursesStarted
        self.activityStarts = activityStarts
        self.ended = ended
        self.openAtEnd = openAtEnd
    }

    public var successful: Int { ended[.successful] ?? 0 }
    public var failed: Int { ended[.failed] ?? 0 }
}
