import Foundation

public typealias PassID = Identifier<Pass>

/// A fritidspas, issued when a referral is approved. Its life gives the documentation plan's
/// counts: applied (referrals), granted (passes) and redeemed (passes taken into use).
public struct Pass: Sendable, Equatable, Identifiable {
    public var id: PassID
    public var childID: ChildID
    public var referralID: ReferralID
    public var validFrom: LocalDate
    public var validTo: LocalDate
    public var cover: PassCover
    public var status: PassStatus
    public var grantedOn: LocalDate
    public var redeemedOn: LocalDate?
    public var endedOn: LocalDate?
    public var endReason: String?

    public init(id: PassID, childID: ChildID, referralID: ReferralID, validFrom: LocalDate, validTo: LocalDate, cover: PassCover,
                status: PassStatus, grantedOn: LocalDate, redeemedOn: LocalDate?, endedOn: LocalDate?, endReason: String?) {
        self.id = id
        self.childID = childID
        self.referralID = referralID
        self.validFrom = validFrom
        self.validTo = validTo
        self.cover = cover
        self.status = status
        self.grantedOn = grantedOn
        self.redeemedOn = redeemedOn
        self.endedOn = endedOn
        self.endReason = endReason
    }

    /// The stored status, with a pass past its last day shown as expired.
    public func effectiveStatus(on date: LocalDate) -> PassStatus {
        if status != .ended && validTo < date { return .expired }
        return status
    }

    public func isValid(on date: LocalDate) -> Bool {
        let s = effectiveStatus(on: date)
        return (s == .granted || s == .inUse) && validFrom <= date
    }
}

/// granted → in use (first activity started or first grant paid) → ended; or expired.
public enum PassStatus: String, Sendable, CaseIterable, Codable {
    case granted, inUse = "in_use", ended, expired
}

/// What a pass covers.
public struct PassCover: Sendable, Equatable, Codable {
    public var guidance: Bool
    public var fee: Bool
    public var equipment: Bool

    public init(guidance: Bool, fee: Bool, equipment: Bool) {
        self.guidance = guidance
        self.fee = fee
        self.equipment = equipment
    }

    public var isEmpty: Bool { !guidance && !fee && !equipment }
    public var economicSupport: Bool { fee || equipment }
}

/// The documentation plan's pass counts for a period.
public struct PassCounts: Sendable, Equatable {
    /// Referrals received (referral date in the period).
    public var applied: Int
    /// Passes granted (decision in the period).
    public var granted: Int
    /// Passes taken into use (first use in the period).
    public var redeemed: Int

    public init(applied: Int, granted: Int, redeemed: Int) {
        self.applied = applied
        self.granted = granted
        self.redeemed = redeemed
    }
}

/// A coordinator's decision on a referral, with the pass it issues when approved.
public struct Decision: Sendable, Equatable {
    public enum Outcome: String, Sendable, CaseIterable {
        case approve, reject, waitingList = "waiting_list"

        public var status: ReferralStatus {
            switch self {
            case .approve: .approved
            case .reject: .rejected
            case .waitingList: .waitingList
            }
        }
    }

    public var outcome: Outcome
    public var track: Track?
    public var reason: String?
    public var pass: PassDraft?
    /// The ticked reason codes, written out in the letter.
    public var reasons: [DecisionReason]
    /// The letter to the guardians, stored with the decision.
    public var letter: LetterDraft?

    public init(outcome: Outcome, track: Track?, reason: String?, pass: PassDraft?, reasons: [DecisionReason] = [],
                letter: LetterDraft? = nil) {
        self.outcome = outcome
        self.track = track
        self.reason = reason
        self.pass = pass
        self.reasons = reasons
        self.letter = letter
    }
}

public struct PassDraft: Sendable, Equatable {
    public var validFrom: LocalDate
    public var validTo: LocalDate
    public var cover: PassCover

    public init(validFrom: LocalDate, validTo: LocalDate, cover: PassCover) {
        self.validFrom = validFrom
        self.validTo = validTo
        self.cover = cover
    }
}
