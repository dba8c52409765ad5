import Foundation

public typealias ReferralID = Identifier<Referral>

/// An indstilling: a professional (or the family itself) asks for a child to get a fritidspas.
public struct Referral: Sendable, Equatable, Identifiable {
    public var id: ReferralID
    public var childID: ChildID
    public var details: ReferralDetails
    public var status: ReferralStatus
    public var track: Track?
    public var decisionReason: String?
    public var decidedOn: LocalDate?
    public var createdBy: UserID?
    public var createdAt: Date

    public init(id: ReferralID, childID: ChildID, details: ReferralDetails, status: ReferralStatus, track: Track?,
                decisionReason: String?, decidedOn: LocalDate?, createdBy: UserID?, createdAt: Date) {
        self.id = id
        self.childID = childID
        self.details = details
        self.status = status
        self.track = track
        self.decisionReason = decisionReason
        self.decidedOn = decidedOn
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}

public struct ReferralDetails: Sendable, Equatable {
    public var referrerName: String
    public var referrerRole: String
    public var department: Department
    public var referredOn: LocalDate
    public var reasons: [ReferralReason]
    public var reasonNote: String?
    public var childWishes: String?
    public var urgency: Urgency
    public var wantsGuidance: Bool
    public var wantsEconomicSupport: Bool

    public init(referrerName: String, referrerRole: String, department: Department, referredOn: LocalDate,
                reasons: [ReferralReason], reasonNote: String? = nil, childWishes: String? = nil, urgency: Urgency = .normal,
                wantsGuidance: Bool, wantsEconomicSupport: Bool) {
        self.referrerName = referrerName
        self.referrerRole = referrerRole
        self.department = department
        self.referredOn = referredOn
        self.reasons = reasons
        self.reasonNote = reasonNote
        self.childWishes = childWishes
        self.urgency = urgency
        self.wantsGuidance = wantsGuidance
        self.wantsEconomicSupport = wantsEconomicSupport
    }
}

/// Who referred: the departments the documentation plan compares (which refer fewest?).
public enum Department: String, Sendable, CaseIterable, Codable {
    case school, healthNurse = "health_nurse", ssp, socialServices = "social_services", club, integration, family, other
}

public enum ReferralReason: String, Sendable, CaseIterable, Codable {
    case economic, social, culturalLanguage = "cultural_language", newlyArrived = "newly_arrived", other
}

public enum Urgency: String, Sendable, CaseIterable, Codable {
    case normal, high
}

/// Some families need only the money, others guidance too (the 2021 knowledge summary).
public enum Track: String, Sendable, CaseIterable, Codable {
    case economicOnly = "economic_only", guidanceOnly = "guidance_only", both

    /// What a pass on this track covers by default.
    public var defaultCover: PassCover {
        switch self {
        case .economicOnly: PassCover(guidance: false, fee: true, equipment: true)
        case .guidanceOnly: PassCover(guidance: true, fee: false, equipment: false)
        case .both: PassCover(guidance: true, fee: true, equipment: true)
        }
    }

    /// Why `cover` does not fit this track, as a text key; nil when it does. The track decides
    /// what the child is offered (guidance, money or both), so the pass must cover just that:
    /// a "guidance" pass without guidance could never start a course.
    public func coverProblem(_ cover: PassCover) -> String? {
        let guidance = self != .economicOnly
        let economic = self != .guidanceOnly
        if guidance && !cover.guidance { return "err.decision.covers.guidanceMissing" }
        if !guidance && cover.guidance { return "err.decision.covers.guidanceNotInTrack" }
        if economic && !cover.fee && !cover.equipment { return "err.decision.covers.economicMissing" }
        if !economic && (cover.fee || cover.equipment) { return "err.decision.covers.economicNotInTrack" }
        return nil
    }
}

/// submitted → assessment → approved / rejected / waiting list. A coordinator decides.
public enum ReferralStatus: String, Sendable, CaseIterable, Codable {
    case submitted, assessment, waitingList = "waiting_list", approved, rejected

    /// The moves a coordinator can make from here. Approved and rejected are final; a child can
    /// be referred again with a new referral.
    public var next: Set<ReferralStatus> {
        switch self {
        case .submitted: [.assessment, .rejected]
        case .assessment: [.approved, .rejected, .waitingList]
        case .waitingList: [.assessment, .approved, .rejected]
        case .approved, .rejected: []
        }
    }

    public func canMove(to status: ReferralStatus) -> Bool {
        next.contains(status)
    }

    public var isOpen: Bool { !next.isEmpty }
}

/// One step in a referral's history: who moved it, when and why.
public struct ReferralEvent: Sendable, Equatable {
    public var referralID: ReferralID
    public var from: ReferralStatus?
    public var to: ReferralStatus
    public var at: Date
    public var userName: String?
    public var note: String?

    public init(referralID: ReferralID, from: ReferralStatus?, to: ReferralStatus, at: Date, userName: String?, note: String?) {
        self.referralID = referralID
        self.from = from
        self.to = to
        self.at = at
        self.userName = userName
        self.note = note
    }
}

public struct ReferralInput: Sendable {
    public var referrerName: String?
    public var referrerRole: String?
    public var department: String?
    public var referredOn: String?
    public var reasons: [String]
    public var reasonNote: String?
    public var childWishes: String?
    public var urgency: String?
    public var wantsGuidance: String?
    public var wantsEconomicSupport: String?

    public init(referrerName: String?, referrerRole: String?, department: String?, referredOn: String?, reasons: [String],
                reasonNote: String?, childWishes: String?, urgency: String?, wantsGuidance: String?, wantsEconomicSupport: String?) {
        self.referrerName = referrerName
        self.referrerRole = referrerRole
        self.department = department
        self.referredOn = referredOn
        self.reasons = reasons
        self.reasonNote = reasonNote
        self.childWishes = childWishes
        self.urgency = urgency
        self.wantsGuidance = wantsGuidance
        self.wantsEconomicSupport = wantsEconomicSupport
    }

    public func validate(today: LocalDate) -> Result<ReferralDetails, ValidationErrors> {
        var errors = ValidationErrors()
        let name = Text.trimmed(referrerName)
        let role = Text.trimmed(referrerRole)
        if name.isEmpty { errors.add("referrerName", "err.referral.referrerName.required") }
        else if name.count > 100 { errors.add("referrerName", "err.text.tooLong100") }
        if role.count > 100 { errors.add("referrerRole", "err.text.tooLong100") }
        let department = self.department.flatMap(Department.init(rawValue:))
        if department == nil { errors.add("department", "err.referral.department.required") }
        let date = DateField.required(referredOn, field: "referredOn", missing: "err.referral.referredOn.required", errors: &errors)
        if let date, date > today { errors.add("referredOn", "err.referral.referredOn.future") }
        let raw = self.reasons
        let reasons = ReferralReason.allCases.filter { raw.contains($0.rawValue) }
        if reasons.isEmpty { errors.add("reasons", "err.referral.reasons.required") }
        if reasons.contains(.other) && Text.optional(reasonNote) == nil { errors.add("reasonNote", "err.referral.reasonNote.required") }
        if Text.trimmed(reasonNote).count > 300 { errors.add("reasonNote", "err.text.tooLong", ["300"]) }
        if Text.trimmed(childWishes).count > 500 { errors.add("childWishes", "err.text.tooLong", ["500"]) }
        let urgency = self.urgency.flatMap(Urgency.init(rawValue:))
        if urgency == nil { errors.add("urgency", "err.referral.urgency.required") }
        let guidance = wantsGuidance == "yes"
        let economic = wantsEconomicSupport == "yes"
        if !guidance && !economic { errors.add("support", "err.referral.support.required") }
        guard errors.isEmpty, let department, let date, let urgency else { return .failure(errors) }
        return .success(ReferralDetails(referrerName: name, referrerRole: role, department: department, referredOn: date,
                                        reasons: reasons, reasonNote: Text.optional(reasonNote),
                                        childWishes: Text.optional(childWishes), urgency: urgency,
                                        wantsGuidance: guidance, wantsEconomicSupport: economic))
    }
}
