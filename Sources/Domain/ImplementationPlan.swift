import Foundation

public typealias PlanChangeID = Identifier<PlanChange>

/// Tool 5's answer scale: "i høj grad, i nogen grad eller slet ikke".
/// Case names avoid `some`/`none`, which read as `Optional`'s in a switch over `Degree?`.
public enum Degree: String, Codable, Sendable, CaseIterable {
    case high
    case partly = "some"
    case notAtAll = "none"
}

/// The fields of one tool-5 row, in the template's column order.
public enum PlanField: String, Codable, Sendable, CaseIterable {
    case answer, initiativesNeeded, initiatives, responsible, deadline, milestones, completion
}

/// One row of tool 5 as the team fills it in: how far the question is settled, whether
/// initiatives are needed, which, who, when, milestones, and how far they are carried out.
public struct PlanAnswerDraft: Sendable, Equatable {
    public var answer: Degree?
    public var initiativesNeeded: Bool?
    public var initiatives: String?
    public var responsible: String?
    public var deadline: LocalDate?
    public var milestones: String?
    public var completion: Degree?

    public init(answer: Degree? = nil, initiativesNeeded: Bool? = nil, initiatives: String? = nil, responsible: String? = nil,
                deadline: LocalDate? = nil, milestones: String? = nil, completion: Degree? = nil) {
        self.answer = answer
        self.initiativesNeeded = initiativesNeeded
        self.initiatives = initiatives
        self.responsible = responsible
        self.deadline = deadline
        self.milestones = milestones
        self.completion = completion
    }

    public static let empty = PlanAnswerDraft()

    public static func validate(answer: String?, initiativesNeeded: String?, initiatives: String?, responsible: String?,
                                deadline: String?, milestones: String?, completion: String?) -> Result<PlanAnswerDraft, ValidationErrors> {
        var errors = ValidationErrors()
        func degree(_ raw: String?, _ field: String) -> Degree? {
            guard let raw = Text.optional(raw) else { return nil }
            guard let degree = Degree(rawValue: raw) else { errors.add(field, "impl.err.degree.invalid"); return nil }
            return degree
        }
        let answer = degree(answer, "answer")
        var needed: Bool?
        switch Text.optional(initiativesNeeded) {
        case nil: needed = nil
        case "yes": needed = true
        case "no": needed = false
        default: errors.add("initiativesNeeded", "impl.err.initiativesNeeded.invalid")
        }
        let initiatives = WorkspaceInput.text(initiatives, field: "initiatives", max: 2000, errors: &errors)
        if needed == true && initiatives == nil { errors.add("initiatives", "impl.err.initiatives.required") }
        let responsible = WorkspaceInput.text(responsible, field: "responsible", max: 200, errors: &errors)
        let date = WorkspaceInput.date(deadline, field: "deadline", errors: &errors)
        let milestones = WorkspaceInput.text(milestones, field: "milestones", max: 2000, errors: &errors)
        let completion = degree(completion, "completion")
        guard errors.isEmpty else { return .failure(errors) }
        return .success(PlanAnswerDraft(answer: answer, initiativesNeeded: needed, initiatives: initiatives, responsible: responsible,
                                        deadline: date, milestones: milestones, completion: completion))
    }

    /// The fields that differ from `old` (nil: the question was never answered), in column order.
    /// An empty result means there is nothing to store and nothing to add to the history.
    public func changedFields(from old: PlanAnswerDraft?) -> [PlanField] {
        let old = old ?? .empty
        var fields: [PlanField] = []
        if answer != old.answer { fields.append(.answer) }
        if initiativesNeeded != old.initiativesNeeded { fields.append(.initiativesNeeded) }
        if initiatives != old.initiatives { fields.append(.initiatives) }
        if responsible != old.responsible { fields.append(.responsible) }
        if deadline != old.deadline { fields.append(.deadline) }
        if milestones != old.milestones { fields.append(.milestones) }
        if completion != old.completion { fields.append(.completion) }
        return fields
    }

    /// The row with a meeting action added as an initiative: the text goes below any initiatives
    /// already there; responsible and deadline fill only empty fields.
    public func addingInitiative(_ text: String, responsible: String?, deadline: LocalDate?) -> PlanAnswerDraft {
        var copy = self
        copy.initiativesNeeded = true
        copy.initiatives = [initiatives, text].compactMap { $0 }.joined(separator: "\n")
        if copy.responsible == nil { copy.responsible = responsible }
        if copy.deadline == nil { copy.deadline = deadline }
        return copy
    }
}

/// The stored row with who changed it last.
public struct PlanAnswer: Sendable, Equatable {
    public var questionKey: String
    public var values: PlanAnswerDraft
    public var updatedByName: String?
    public var updatedAt: Date

    public init(questionKey: String, values: PlanAnswerDraft, updatedByName: String?, updatedAt: Date) {
        self.questionKey = questionKey
        self.values = values
        self.updatedByName = updatedByName
        self.updatedAt = updatedAt
    }
}

/// One entry of the plan's history: the row as it was after the change, and which fields changed.
/// The plan is a living document; the history shows how it got where it is.
public struct PlanChange: Sendable, Equatable, Identifiable {
    public var id: PlanChangeID
    public var questionKey: String
    public var fields: [PlanField]
    public var values: PlanAnswerDraft
    public var changedByName: String?
    public var changedAt: Date

    public init(id: PlanChangeID, questionKey: String, fields: [PlanField], values: PlanAnswerDraft,
                changedByName: String?, changedAt: Date) {
        self.id = id
        self.questionKey = questionKey
        self.fields = fields
        self.values = values
        self.changedByName = changedByName
        self.changedAt = changedAt
    }
}
