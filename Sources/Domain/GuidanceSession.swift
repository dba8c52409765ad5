import Foundation

public typealias SessionID = Identifier<GuidanceSession>
public typealias AgreementID = Identifier<ParentAgreement>

/// One contact in a course: a meeting, a call, a visit to the club. Kept short on purpose
/// (experience 3.2.1: balance what volunteers are asked to document).
public struct GuidanceSession: Sendable, Equatable, Identifiable {
    public var id: SessionID
    public var courseID: CourseID
    public var draft: SessionDraft
    public var loggedBy: String?
    public var loggedRole: Role
    public var loggedAt: Date

    public init(id: SessionID, courseID: CourseID, draft: SessionDraft, loggedBy: String?, loggedRole: Role, loggedAt: Date) {
        self.id = id
        self.courseID = courseID
        self.draft = draft
        self.loggedBy = loggedBy
        self.loggedRole = loggedRole
        self.loggedAt = loggedAt
    }
}

public struct SessionDraft: Sendable, Equatable {
    public var heldOn: LocalDate
    public var kind: SessionKind
    public var minutes: Int
    public var step: MethodStep
    public var participants: [Participant]
    public var note: String?

    public init(heldOn: LocalDate, kind: SessionKind, minutes: Int, step: MethodStep, participants: [Participant], note: String?) {
        self.heldOn = heldOn
        self.kind = kind
        self.minutes = minutes
        self.step = step
        self.participants = participants
        self.note = note
    }
}

public enum SessionKind: String, Sendable, CaseIterable, Codable {
    case firstMeeting = "first_meeting", homeVisit = "home_visit", call, school, club, accompanying, other
}

public enum Participant: String, Sendable, CaseIterable, Codable {
    case child, guardian, guide, club, interpreter
}

public struct SessionInput: Sendable {
    public var heldOn, kind, minutes, step: String?
    public var participants: [String]
    public var note: String?

    public init(heldOn: String?, kind: String?, minutes: String?, step: String?, participants: [String], note: String?) {
        self.heldOn = heldOn
        self.kind = kind
        self.minutes = minutes
        self.step = step
        self.participants = participants
        self.note = note
    }

    public static let noteLimit = 500

    public func validate(course: GuidanceCourse, today: LocalDate) -> Result<SessionDraft, ValidationErrors> {
        var errors = ValidationErrors()
        let date = DateField.required(heldOn, field: "heldOn", missing: "session.err.heldOn.required", errors: &errors)
        if let date, date > today { errors.add("heldOn", "session.err.heldOn.future") }
        if let date, date < course.startedOn { errors.add("heldOn", "session.err.heldOn.beforeStart", [course.startedOn.display]) }
        let kind = self.kind.flatMap(SessionKind.init(rawValue:))
        if kind == nil { errors.add("kind", "session.err.kind.required") }
        let minutes = Int(Text.trimmed(self.minutes))
        if Text.trimmed(self.minutes).isEmpty { errors.add("minutes", "session.err.minutes.required") }
        else if minutes == nil || !(1...600).contains(minutes!) { errors.add("minutes", "session.err.minutes.range") }
        let step = self.step.flatMap { Int($0) }.flatMap(MethodStep.init(rawValue:))
        if step == nil { errors.add("step", "session.err.step.required") }
        let participants = Participant.allCases.filter { self.participants.contains($0.rawValue) }
        if participants.isEmpty { errors.add("participants", "session.err.participants.required") }
        let note = Text.optional(self.note)
        if (note ?? "").count > Self.noteLimit { errors.add("note", "err.text.tooLong", [String(Self.noteLimit)]) }
        guard errors.isEmpty, let date, let kind, let minutes, let step else { return .failure(errors) }
        return .success(SessionDraft(heldOn: date, kind: kind, minutes: minutes, step: step, participants: participants, note: note))
    }
}

/// What the family commits to (experience 3.1.7: parents who contribute keep their child in the
/// activity): driving, the washing kit, part of the fee, helping the club.
public struct ParentAgreement: Sendable, Equatable, Identifiable {
    public var id: AgreementID
    public var courseID: CourseID
    public var kind: AgreementKind
    public var description: String?
    public var agreedOn: LocalDate

    public init(id: AgreementID, courseID: CourseID, kind: AgreementKind, description: String?, agreedOn: LocalDate) {
        self.id = id
        self.courseID = courseID
        self.kind = kind
        self.description = description
        self.agreedOn = agreedOn
    }
}

public enum AgreementKind: String, Sendable, CaseIterable, Codable {
    case transport, washingKit = "washing_kit", feeShare = "fee_share", clubHelp = "club_help", other
}

public struct AgreementInput: Sendable {
    public var kind, description, agreedOn: String?

    public init(kind: String?, description: String?, agreedOn: String?) {
        self.kind = kind
        self.description = description
        self.agreedOn = agreedOn
    }

    public func validate(course: GuidanceCourse, today: LocalDate) -> Result<(AgreementKind, String?, LocalDate), ValidationErrors> {
        var errors = ValidationErrors()
        let kind = self.kind.flatMap(AgreementKind.init(rawValue:))
        if kind == nil { errors.add("kind", "agreement.err.kind.required") }
        let description = Text.optional(self.description)
        if kind == .other && description == nil { errors.add("description", "agreement.err.description.required") }
        if (description ?? "").count > 300 { errors.add("description", "err.text.tooLong", ["300"]) }
        let date = DateField.required(agreedOn, field: "agreedOn", missing: "agreement.err.agreedOn.required", errors: &errors)
        if let date, date > today { errors.add("agreedOn", "agreement.err.agreedOn.future") }
        if let date, date < course.startedOn.adding(days: -31) { errors.add("agreedOn", "agreement.err.agreedOn.beforeStart") }
        guard errors.isEmpty, let kind, let date else { return .failure(errors) }
        return .success((kind, description, date))
    }
}
