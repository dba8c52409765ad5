import Foundation

public typealias MeetingID = Identifier<Meeting>
public typealias MeetingActionID = Identifier<MeetingAction>

public enum MeetingKind: String, Codable, Sendable, CaseIterable {
    case steeringGroup = "steering_group"
    case implementationTeam = "implementation_team"
}

/// A steering group or implementation team meeting. A date after today is a planned meeting.
public struct Meeting: Sendable, Equatable, Identifiable {
    public var id: MeetingID
    public var kind: MeetingKind
    public var heldOn: LocalDate
    public var participants: String?
    public var decisions: String?
    public var actions: [MeetingAction]
    public var updatedByName: String?
    public var updatedAt: Date

    public init(id: MeetingID, kind: MeetingKind, heldOn: LocalDate, participants: String?, decisions: String?,
                actions: [MeetingAction] = [], updatedByName: String?, updatedAt: Date) {
        self.id = id
        self.kind = kind
        self.heldOn = heldOn
        self.participants = participants
        self.decisions = decisions
        self.actions = actions
        self.updatedByName = updatedByName
        self.updatedAt = updatedAt
    }
}

/// What an action of a meeting became: a checklist item or an initiative in the tool-5 plan.
public enum ActionTarget: Sendable, Equatable {
    case checklistItem(key: String)
    case planInitiative(questionKey: String)

    /// Stored as `item:<key>` or `plan:<question key>`.
    public var stored: String {
        switch self {
        case .checklistItem(let key): "item:" + key
        case .planInitiative(let key): "plan:" + key
        }
    }

    public init?(stored: String?) {
        guard let stored else { return nil }
        if stored.hasPrefix("item:") { self = .checklistItem(key: String(stored.dropFirst(5))) }
        else if stored.hasPrefix("plan:") { self = .planInitiative(questionKey: String(stored.dropFirst(5))) }
        else { return nil }
    }
}

/// Where a coordinator wants an action to go.
public enum ActionConversion: Sendable, Equatable {
    /// A new item of the municipality's own under this section.
    case checklistItem(sectionKey: String)
    case planInitiative(questionKey: String)
}

public struct MeetingAction: Sendable, Equatable, Identifiable {
    public var id: MeetingActionID
    public var meetingID: MeetingID
    public var text: String
    public var responsible: String?
    public var deadline: LocalDate?
    public var convertedTo: ActionTarget?

    public init(id: MeetingActionID, meetingID: MeetingID, text: String, responsible: String?, deadline: LocalDate?,
                convertedTo: ActionTarget?) {
        self.id = id
        self.meetingID = meetingID
        self.text = text
        self.responsible = responsible
        self.deadline = deadline
        self.convertedTo = convertedTo
    }
}

public struct MeetingDraft: Sendable, Equatable {
    public var kind: MeetingKind
    public var heldOn: LocalDate
    public var participants: String?
    public var decisions: String?

    public init(kind: MeetingKind, heldOn: LocalDate, participants: String?, decisions: String?) {
        self.kind = kind
        self.heldOn = heldOn
        self.participants = participants
        self.decisions = decisions
    }

    public static func validate(kind: String?, heldOn: String?, participants: String?, decisions: String?) -> Result<MeetingDraft, ValidationErrors> {
        var errors = ValidationErrors()
        let kind = kind.flatMap(MeetingKind.init(rawValue:))
        if kind == nil { errors.add("kind", "impl.err.meeting.kind.required") }
        let date = WorkspaceInput.date(heldOn, field: "heldOn", required: true, errors: &errors)
        let participants = WorkspaceInput.text(participants, field: "participants", max: 1000, errors: &errors)
        let decisions = WorkspaceInput.text(decisions, field: "decisions", max: 5000, errors: &errors)
        guard errors.isEmpty, let kind, let date else { return .failure(errors) }
        return .success(MeetingDraft(kind: kind, heldOn: date, participants: participants, decisions: decisions))
    }
}

public struct MeetingActionDraft: Sendable, Equatable {
    public var text: String
    public var responsible: String?
    public var deadline: LocalDate?

    public init(text: String, responsible: String?, deadline: LocalDate?) {
        self.text = text
        self.responsible = responsible
        self.deadline = deadline
    }

    /// Field names carry an `action` prefix: the form sits on the meeting page beside the meeting's own fields.
    public static func validate(text: String?, responsible: String?, deadline: String?) -> Result<MeetingActionDraft, ValidationErrors> {
        var errors = ValidationErrors()
        let text = Text.trimmed(text)
        if text.isEmpty { errors.add("actionText", "impl.err.action.text.required") }
        else if text.count > 500 { errors.add("actionText", "impl.err.tooLong", ["500"]) }
        let responsible = WorkspaceInput.text(responsible, field: "actionResponsible", max: 200, errors: &errors)
        let date = WorkspaceInput.date(deadline, field: "actionDeadline", errors: &errors)
        guard errors.isEmpty else { return .failure(errors) }
        return .success(MeetingActionDraft(text: text, responsible: responsible, deadline: date))
    }
}

/// Experience 2.2.2 of the 2017 guide: a fixed meeting plan helps progress — the steering group
/// every quarter, the implementation team the week after. This says when the next meetings are
/// due and whether the rhythm has slipped, judged on `today`.
public struct MeetingCadence: Sendable, Equatable {
    public var steeringIntervalMonths = 3
    public var teamOffsetDays = 7
    /// Slack before a late meeting counts as a slip: holidays and calendars are real.
    public var graceDays = 14

    public init() {}

    public struct Next: Sendable, Equatable {
        public var date: LocalDate
        /// True when a meeting is registered for the date; false when the date is what the
        /// rhythm calls for.
        public var planned: Bool

        public init(date: LocalDate, planned: Bool) {
            self.date = date
            self.planned = planned
        }
    }

    public enum Warning: Sendable, Equatable {
        /// No steering group meeting held or planned at all.
        case noSteeringGroupMeeting
        /// The quarterly meeting was due on `due` and none is planned.
        case steeringGroupOverdue(due: LocalDate, daysLate: Int)
        /// The next planned meeting lies well after the quarter.
        case steeringGroupPlannedLate(planned: LocalDate, due: LocalDate)
        /// No team meeting followed the steering group meeting of `steeringGroupOn`.
        case teamMeetingMissed(steeringGroupOn: LocalDate)
    }

    public struct Status: Sendable, Equatable {
        public var nextSteeringGroup: Next?
        public var nextTeam: Next?
        public var warnings: [Warning]
    }

    public func status(of meetings: [(kind: MeetingKind, date: LocalDate)], today: LocalDate) -> Status {
        func dates(_ kind: MeetingKind) -> [LocalDate] { meetings.filter { $0.kind == kind }.map(\.date).sorted() }
        let steering = dates(.steeringGroup)
        let team = dates(.implementationTeam)
        let lastSteering = steering.last { $0 <= today }
        let plannedSteering = steering.first { $0 > today }
        let plannedTeam = team.first { $0 > today }
        let due = lastSteering.map { $0.adding(months: steeringIntervalMonths) }

        var warnings: [Warning] = []
        if steering.isEmpty { warnings.append(.noSteeringGroupMeeting) }
        if let due {
            if let plannedSteering {
                if plannedSteering > due.adding(days: graceDays) { warnings.append(.steeringGroupPlannedLate(planned: plannedSteering, due: due)) }
            } else if today > due.adding(days: graceDays) {
                warnings.append(.steeringGroupOverdue(due: due, daysLate: due.days(until: today)))
            }
        }
        if let lastSteering {
            let windowEnd = lastSteering.adding(days: teamOffsetDays + graceDays)
            let followed = team.contains { $0 >= lastSteering && $0 <= windowEnd && $0 <= today }
            if today > windowEnd && !followed { warnings.append(.teamMeetingMissed(steeringGroupOn: lastSteering)) }
        }

        let nextSteering = plannedSteering.map { Next(date: $0, planned: true) } ?? due.map { Next(date: $0, planned: false) }
        let nextTeam = plannedTeam.map { Next(date: $0, planned: true) }
            ?? nextSteering.map { Next(date: $0.date.adding(days: teamOffsetDays), planned: false) }
        return Status(nextSteeringGroup: nextSteering, nextTeam: nextTeam, warnings: warnings)
    }
}
