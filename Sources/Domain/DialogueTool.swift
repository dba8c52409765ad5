import Foundation

public typealias DialogueRoundID = Identifier<DialogueRound>

/// How much a factor of the dialogue tool holds the implementation back, as the team judges it.
/// The appendix asks about "mulige udfordringer" without a scale; three steps keep the
/// conversation about the barrier, not the score.
/// Case names avoid `some`/`none`, which read as `Optional`'s in a switch over `BarrierRating?`.
public enum BarrierRating: String, Codable, Sendable, CaseIterable {
    case noBarrier = "none"
    case someBarrier = "some"
    case majorBarrier = "major"

    var severity: Int {
        switch self {
        case .noBarrier: 0
        case .someBarrier: 1
        case .majorBarrier: 2
        }
    }
}

/// The team's judgement of one factor in one round.
public struct FactorAssessment: Sendable, Equatable {
    public var factorKey: String
    public var rating: BarrierRating?
    /// Barriers found and actions agreed.
    public var note: String?

    public init(factorKey: String, rating: BarrierRating?, note: String?) {
        self.factorKey = factorKey
        self.rating = rating
        self.note = note
    }
}

/// The implementation team goes through the dialogue tool on a date.
public struct DialogueRound: Sendable, Equatable, Identifiable {
    public var id: DialogueRoundID
    public var heldOn: LocalDate
    public var participants: String?
    public var assessments: [String: FactorAssessment]
    public var updatedByName: String?
    public var updatedAt: Date

    public init(id: DialogueRoundID, heldOn: LocalDate, participants: String?, assessments: [String: FactorAssessment],
                updatedByName: String?, updatedAt: Date) {
        self.id = id
        self.heldOn = heldOn
        self.participants = participants
        self.assessments = assessments
        self.updatedByName = updatedByName
        self.updatedAt = updatedAt
    }
}

public struct DialogueRoundDraft: Sendable, Equatable {
    public var heldOn: LocalDate
    public var participants: String?
    public var assessments: [FactorAssessment]

    public init(heldOn: LocalDate, participants: String?, assessments: [FactorAssessment]) {
        self.heldOn = heldOn
        self.participants = participants
        self.assessments = assessments
    }

    /// Form field names per factor.
    public static func ratingField(_ factorKey: String) -> String { "rating-\(factorKey)" }
    public static func noteField(_ factorKey: String) -> String { "note-\(factorKey)" }

    /// `fields` is the posted form; a round needs a date that has come and at least one factor
    /// rated or described.
    public static func validate(fields: [String: String], factorKeys: [String], today: LocalDate) -> Result<DialogueRoundDraft, ValidationErrors> {
        var errors = ValidationErrors()
        let heldOn = WorkspaceInput.date(fields["heldOn"], field: "heldOn", required: true, errors: &errors)
        if let heldOn, heldOn > today { errors.add("heldOn", "impl.err.dialogue.heldOn.future") }
        let participants = WorkspaceInput.text(fields["participants"], field: "participants", max: 500, errors: &errors)
        var assessments: [FactorAssessment] = []
        for key in factorKeys {
            var rating: BarrierRating?
            if let raw = Text.optional(fields[ratingField(key)]), raw != "unrated" {
                rating = BarrierRating(rawValue: raw)
                if rating == nil { errors.add(ratingField(key), "impl.err.dialogue.rating.invalid") }
            }
            let note = WorkspaceInput.text(fields[noteField(key)], field: noteField(key), max: 2000, errors: &errors)
            if rating != nil || note != nil { assessments.append(FactorAssessment(factorKey: key, rating: rating, note: note)) }
        }
        if assessments.isEmpty, errors.isEmpty, let first = factorKeys.first {
            errors.add(ratingField(first), "impl.err.dialogue.nothingRated")
        }
        guard errors.isEmpty, let heldOn else { return .failure(errors) }
        return .success(DialogueRoundDraft(heldOn: heldOn, participants: participants, assessments: assessments))
    }
}

/// How a factor developed from the first to the last round that rated it.
public enum DialogueTrend: String, Sendable, Equatable {
    /// Was a barrier, is none now.
    case resolved
    case improved
    case unchanged
    case worse
}

/// Rounds side by side: columns are rounds (oldest first), rows are factors.
public struct DialogueComparison: Sendable {
    public let rounds: [DialogueRound]

    public init(rounds: [DialogueRound]) {
        self.rounds = rounds.sorted { ($0.heldOn, $0.id) < ($1.heldOn, $1.id) }
    }

    /// One cell per round; nil where the round did not assess the factor.
    public func row(_ factorKey: String) -> [FactorAssessment?] {
        rounds.map { $0.assessments[factorKey] }
    }

    /// Nil until two rounds have rated the factor.
    public func trend(_ factorKey: String) -> DialogueTrend? {
        let ratings = row(factorKey).compactMap { $0?.rating }
        guard ratings.count >= 2, let first = ratings.first, let last = ratings.last else { return nil }
        if last.severity < first.severity { return last == .noBarrier ? .resolved : .improved }
        if last.severity > first.severity { return .worse }
        return .unchanged
    }
}
