import Foundation

public typealias LetterID = Identifier<DecisionLetter>

/// Why a referral was decided as it was: the codes a coordinator ticks on the decision form,
/// written out in plain words in the letter to the guardians (forvaltningsloven § 22–24).
public enum DecisionReason: String, Sendable, CaseIterable, Codable {
    // Approval
    case economy
    case needsGuidance = "needs_guidance"
    case noActivity = "no_activity"
    // Rejection
    case outsideAge = "outside_age"
    case notTargetGroup = "not_target_group"
    case alreadyActive = "already_active"
    case otherSupport = "other_support"
    case noConsent = "no_consent"
    // Waiting list
    case noGuideAvailable = "no_guide_available"
    case budgetUsed = "budget_used"

    /// The codes that can explain `outcome`.
    public static func allowed(for outcome: Decision.Outcome) -> [DecisionReason] {
        switch outcome {
        case .approve: [.economy, .needsGuidance, .noActivity]
        case .reject: [.outsideAge, .notTargetGroup, .alreadyActive, .otherSupport, .noConsent]
        case .waitingList: [.noGuideAvailable, .budgetUsed]
        }
    }

    /// The ticked codes that fit `outcome`, in the catalogue's order; unknown values are dropped.
    public static func parse(_ raw: [String], for outcome: Decision.Outcome) -> [DecisionReason] {
        allowed(for: outcome).filter { raw.contains($0.rawValue) }
    }
}

public enum LetterKind: String, Sendable, CaseIterable, Codable {
    case referral, grant
}

/// A part of a letter: an optional heading and its paragraphs.
public struct LetterSection: Sendable, Equatable, Codable {
    public var heading: String?
    public var paragraphs: [String]

    public init(heading: String?, paragraphs: [String]) {
        self.heading = heading
        self.paragraphs = paragraphs
    }
}

/// A letter composed for a decision, stored with it in the same transaction and never
/// recomposed: what the family received stays what the record shows.
public struct LetterDraft: Sendable, Equatable {
    public var language: String
    public var title: String
    public var sections: [LetterSection]

    public init(language: String, title: String, sections: [LetterSection]) {
        self.language = language
        self.title = title
        self.sections = sections
    }
}

public struct DecisionLetter: Sendable, Equatable, Identifiable {
    public var id: LetterID
    public var childID: ChildID
    public var kind: LetterKind
    public var referralID: ReferralID?
    public var grantID: GrantID?
    public var language: String
    public var title: String
    public var sections: [LetterSection]
    public var decidedOn: LocalDate
    public var createdAt: Date

    public init(id: LetterID, childID: ChildID, kind: LetterKind, referralID: ReferralID?, grantID: GrantID?, language: String,
                title: String, sections: [LetterSection], decidedOn: LocalDate, createdAt: Date) {
        self.id = id
        self.childID = childID
        self.kind = kind
        self.referralID = referralID
        self.grantID = grantID
        self.language = language
        self.title = title
        self.sections = sections
        self.decidedOn = decidedOn
        self.createdAt = createdAt
    }
}

/// What the family's pass card shows: no more than a club needs to let the child start.
public struct PassCard: Sendable, Equatable {
    public var passID: PassID
    public var childID: ChildID
    public var firstName: String
    public var letterLanguage: String
    public var schemeName: String
    public var municipalityName: String
    public var cover: PassCover
    public var validFrom: LocalDate
    public var validTo: LocalDate
    public var status: PassStatus
    public var code: String
    public var contact: String

    public init(passID: PassID, childID: ChildID, firstName: String, letterLanguage: String, schemeName: String, municipalityName: String,
                cover: PassCover, validFrom: LocalDate, validTo: LocalDate, status: PassStatus, code: String, contact: String) {
        self.passID = passID
        self.childID = childID
        self.firstName = firstName
        self.letterLanguage = letterLanguage
        self.schemeName = schemeName
        self.municipalityName = municipalityName
        self.cover = cover
        self.validFrom = validFrom
        self.validTo = validTo
        self.status = status
        self.code = code
        self.contact = contact
    }

    /// `1A2B3C4D` shown as `1A2B-3C4D`, easier to read out on the phone.
    public static func display(_ code: String) -> String {
        code.count == 8 ? "\(code.prefix(4))-\(code.suffix(4))" : code
    }

    /// What a person types (any case, with or without the dash or spaces) as stored.
    public static func normalise(_ input: String?) -> String? {
        let code = (input ?? "").uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return code.count == 8 && code.allSatisfy(\.isHexDigit) ? code : nil
    }
}

/// The municipality's words in its letters: who to contact, and how to complain.
public struct LetterSettings: Sendable, Equatable {
    /// The appeal guidance (klagevejledning); the letter catalogue's default when nil.
    public var appealGuidance: String?
    /// Who the family contacts; the municipality's support e-mail and phone when nil.
    public var contact: String?

    public init(appealGuidance: String? = nil, contact: String? = nil) {
        self.appealGuidance = appealGuidance
        self.contact = contact
    }
}

/// Letters, the family's pass card and the letter settings.
public protocol LetterRepository: Sendable {
    func letters(for child: ChildID, in municipality: MunicipalityID) async throws -> [DecisionLetter]
    func find(_ id: LetterID, in municipality: MunicipalityID) async throws -> DecisionLetter?
    func card(_ pass: PassID, in municipality: MunicipalityID) async throws -> PassCard?
    /// A pass by the code on its card, for a club checking it; nil when unknown.
    func lookup(code: String, in municipality: MunicipalityID) async throws -> PassCard?
    func settings(for municipality: MunicipalityID) async throws -> LetterSettings
    func saveSettings(_ settings: LetterSettings, for municipality: MunicipalityID, audit: AuditEntry) async throws
    func setLetterLanguage(_ language: String, of child: ChildID, in municipality: MunicipalityID, audit: AuditEntry) async throws
    /// The child's letter language.
    func letterLanguage(of child: ChildID, in municipality: MunicipalityID) async throws -> String?
}
