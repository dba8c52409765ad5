import Foundation

public typealias CourseID = Identifier<GuidanceCourse>

/// A forløb: fritidsvejledning for one child, following the six steps of *Fritid med bistand*.
/// It belongs to a child whose pass covers guidance; a guide (staff or volunteer) leads it,
/// optionally with a følgeven.
public struct GuidanceCourse: Sendable, Equatable, Identifiable {
    public var id: CourseID
    public var municipalityID: MunicipalityID
    public var childID: ChildID
    public var passID: PassID?
    public var status: CourseStatus
    public var step: MethodStep
    public var startedOn: LocalDate
    public var guide: Guide?
    public var guideName: String?
    public var companionID: VolunteerID?
    public var companionName: String?
    /// On the open board since this day (only while waiting for a guide).
    public var publishedOn: LocalDate?
    public var activity: ActivityChoice?
    public var endedOn: LocalDate?
    public var endReason: String?
    public var createdAt: Date

    public init(id: CourseID, municipalityID: MunicipalityID, childID: ChildID, passID: PassID?, status: CourseStatus,
                step: MethodStep, startedOn: LocalDate, guide: Guide?, guideName: String?, companionID: VolunteerID?,
                companionName: String?, publishedOn: LocalDate?, activity: ActivityChoice?, endedOn: LocalDate?,
                endReason: String?, createdAt: Date) {
        self.id = id
        self.municipalityID = municipalityID
        self.childID = childID
        self.passID = passID
        self.status = status
        self.step = step
        self.startedOn = startedOn
        self.guide = guide
        self.guideName = guideName
        self.companionID = companionID
        self.companionName = companionName
        self.publishedOn = publishedOn
        self.activity = activity
        self.endedOn = endedOn
        self.endReason = endReason
        self.createdAt = createdAt
    }

    /// Whether the volunteer is this course's guide or følgeven.
    public func involves(_ volunteer: VolunteerID) -> Bool {
        guide == .volunteer(volunteer) || companionID == volunteer
    }
}

/// Who leads a course: an employed fritidsvejleder (a user) or a volunteer.
public enum Guide: Sendable, Equatable, Hashable {
    case staff(UserID)
    case volunteer(VolunteerID)

    /// `user-7` / `volunteer-3`, as the guide select posts it.
    public var formValue: String {
        switch self {
        case .staff(let id): "user-\(id)"
        case .volunteer(let id): "volunteer-\(id)"
        }
    }

    public init?(formValue: String) {
        let parts = formValue.split(separator: "-", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "user": guard let id = UserID(parts[1]) else { return nil }; self = .staff(id)
        case "volunteer": guard let id = VolunteerID(parts[1]) else { return nil }; self = .volunteer(id)
        default: return nil
        }
    }
}

/// waiting for a guide ⇄ ongoing → successful / failed / dropped out / moved away.
/// An outcome is final: a child who needs guidance again gets a new course.
public enum CourseStatus: String, Sendable, CaseIterable, Codable {
    case waitingForGuide = "waiting_for_guide", ongoing, successful, failed, droppedOut = "dropped_out", movedAway = "moved_away"

    public static let outcomes: [CourseStatus] = [.successful, .failed, .droppedOut, .movedAway]
    public static let open: [CourseStatus] = [.waitingForGuide, .ongoing]

    public var next: Set<CourseStatus> {
        switch self {
        // A course can close before anyone was found (the family moved, the child lost interest).
        case .waitingForGuide: [.ongoing, .droppedOut, .movedAway]
        // Back to waiting when the guide stops.
        case .ongoing: [.waitingForGuide, .successful, .failed, .droppedOut, .movedAway]
        case .successful, .failed, .droppedOut, .movedAway: []
        }
    }

    public func canMove(to status: CourseStatus) -> Bool { next.contains(status) }

    public var isOpen: Bool { !next.isEmpty }

    /// The status after a guide is assigned (`true`) or removed (`false`).
    public func afterAssigning(guide: Bool) -> CourseStatus? {
        switch (self, guide) {
        case (.waitingForGuide, true), (.ongoing, true): .ongoing
        case (.waitingForGuide, false), (.ongoing, false): .waitingForGuide
        default: nil
        }
    }
}

/// The six steps of *Fritid med bistand*.
public enum MethodStep: Int, Sendable, CaseIterable, Codable, Comparable {
    case firstMeeting = 1, wishesAndDreams, mappingInterests, choosingActivity, bridgeBuilder, inclusion

    public static func < (lhs: MethodStep, rhs: MethodStep) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The activity chosen with the family, and when the child starts (or started). Season start
/// matters, so a start can be planned ahead.
public struct ActivityChoice: Sendable, Equatable {
    public var activity: String
    /// The activity in the association registry, when the family chose one from it; `activity`
    /// then holds its name and association as they were on the day.
    public var activityID: ActivityID?
    public var startOn: LocalDate
    /// True once the child has actually started; false while the start is planned.
    public var started: Bool

    public init(activity: String, activityID: ActivityID? = nil, startOn: LocalDate, started: Bool) {
        self.activity = activity
        self.activityID = activityID
        self.startOn = startOn
        self.started = started
    }
}

/// Which pass lets a child start a course: a valid one that covers guidance.
public enum GuidanceEligibility {
    public static func pass(among passes: [Pass], on date: LocalDate) -> Pass? {
        passes.filter { $0.cover.guidance && $0.isValid(on: date) }.sorted { $0.validTo > $1.validTo }.first
    }
}

/// Raw input of the form that starts a course.
public struct CourseStartInput: Sendable {
    public var startedOn: String?
    /// `self` (the staff user starting it guides) or `find` (the coordinator finds a guide).
    public var guide: String?

    public init(startedOn: String?, guide: String?) {
        self.startedOn = startedOn
        self.guide = guide
    }

    public func validate(pass: Pass?, today: LocalDate) -> Result<(LocalDate, selfGuided: Bool), ValidationErrors> {
        var errors = ValidationErrors()
        if pass == nil { errors.add("startedOn", "course.err.start.noPass") }
        let date = DateField.required(startedOn, field: "startedOn", missing: "course.err.startedOn.required", errors: &errors)
        if let date, date > today { errors.add("startedOn", "course.err.startedOn.future") }
        if let date, date < today.adding(years: -1) { errors.add("startedOn", "course.err.startedOn.tooOld") }
        if guide != "self" && guide != "find" { errors.add("guide", "course.err.guide.choice") }
        guard errors.isEmpty, let date else { return .failure(errors) }
        return .success((date, guide == "self"))
    }
}

/// Raw input of the activity form.
public struct ActivityChoiceInput: Sendable {
    /// The value of the activity select posted for "another activity, written below".
    public static let other = "other"

    public var activityID: String?
    public var activity: String?
    public var startOn: String?
    public var started: String?

    public init(activityID: String? = nil, activity: String?, startOn: String?, started: String?) {
        self.activityID = activityID
        self.activity = activity
        self.startOn = startOn
        self.started = started
    }

    /// `registry` holds the activities the family could choose from, with the name to record.
    /// Without a registry choice (`other` or nothing) the activity is written as free text.
    public func validate(course: GuidanceCourse, today: LocalDate,
                         registry: [ActivityID: String] = [:]) -> Result<ActivityChoice, ValidationErrors> {
        var errors = ValidationErrors()
        // The form's first field carries the errors about the choice as a whole.
        let first = registry.isEmpty ? "activity" : "activityID"
        if course.activity?.started == true { errors.add(first, "course.err.activity.alreadyStarted") }
        if !course.status.isOpen { errors.add(first, "course.err.closed") }
        var chosen: (id: ActivityID, name: String)?
        let selected = Text.trimmed(activityID)
        if !selected.isEmpty && selected != Self.other {
            if let id = ActivityID(selected), let name = registry[id] { chosen = (id, name) }
            else { errors.add("activityID", "course.err.activity.unknown") }
        }
        let activity = Text.trimmed(self.activity)
        if chosen == nil && errors.isEmpty {
            if activity.isEmpty { errors.add(first, registry.isEmpty ? "course.err.activity.required" : "course.err.activity.choose") }
            else if activity.count > 150 { errors.add("activity", "err.text.tooLong", ["150"]) }
        }
        if started != "yes" && started != "no" { errors.add("started", "course.err.started.required") }
        let date = DateField.required(startOn, field: "startOn", missing: "course.err.startOn.required", errors: &errors)
        if let date {
            if started == "yes" && date > today { errors.add("startOn", "course.err.startOn.future") }
            if started == "yes" && date < today.adding(years: -1) { errors.add("startOn", "course.err.startOn.tooOld") }
            if started == "no" && date < today { errors.add("startOn", "course.err.startOn.plannedPast") }
            if started == "no" && date > today.adding(years: 1) { errors.add("startOn", "course.err.startOn.tooFar") }
        }
        guard errors.isEmpty, let date else { return .failure(errors) }
        return .success(ActivityChoice(activity: chosen?.name ?? activity, activityID: chosen?.id, startOn: date, started: started == "yes"))
    }
}

/// How a course ends.
public struct CourseOutcome: Sendable, Equatable {
    public var status: CourseStatus
    public var endedOn: LocalDate
    public var reason: String?

    public init(status: CourseStatus, endedOn: LocalDate, reason: String?) {
        self.status = status
        self.endedOn = endedOn
        self.reason = reason
    }
}

public struct OutcomeInput: Sendable {
    public var outcome: String?
    public var endedOn: String?
    public var reason: String?

    public init(outcome: String?, endedOn: String?, reason: String?) {
        self.outcome = outcome
        self.endedOn = endedOn
        self.reason = reason
    }

    public func validate(course: GuidanceCourse, today: LocalDate) -> Result<CourseOutcome, ValidationErrors> {
        var errors = ValidationErrors()
        let status = outcome.flatMap(CourseStatus.init(rawValue:))
        if status == nil || !CourseStatus.outcomes.contains(status!) {
            errors.add("outcome", "course.err.outcome.required")
        } else if !course.status.canMove(to: status!) {
            errors.add("outcome", "course.err.outcome.notAllowed")
        } else if status == .successful && course.activity?.started != true {
            // Successful means the child is active in an activity: record the start first.
            errors.add("outcome", "course.err.outcome.noActivity")
        }
        let reason = Text.optional(self.reason)
        if status == .droppedOut && reason == nil { errors.add("reason", "course.err.reason.required") }
        if (reason ?? "").count > 300 { errors.add("reason", "err.text.tooLong", ["300"]) }
        let date = DateField.required(endedOn, field: "endedOn", missing: "course.err.endedOn.required", errors: &errors)
        if let date, date > today { errors.add("endedOn", "course.err.endedOn.future") }
        if let date, date < course.startedOn { errors.add("endedOn", "course.err.endedOn.beforeStart") }
        guard errors.isEmpty, let status, let date else { return .failure(errors) }
        return .success(CourseOutcome(status: status, endedOn: date, reason: reason))
    }
}
