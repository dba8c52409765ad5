/// Which status a child's record shows, from their passes and referrals. Stated once here; the
/// store builds its SQL from `precedence` (`ChildStatusSQL`), and a store test checks the two
/// agree on generated cases.
public enum ChildStatusRule {
    /// What must exist among the child's passes or referrals for a status to apply.
    public enum Condition: Sendable, Equatable {
        /// A pass in one of these statuses that is still valid today.
        case validPass(Set<PassStatus>)
        /// Any pass at all, whatever its state.
        case anyPass
        /// A referral in one of these statuses.
        case referral(Set<ReferralStatus>)
    }

    /// In order: the first status whose condition holds is the child's. A valid pass outranks
    /// an open referral (a child referred again while holding a pass is still active); a pass
    /// that ended outranks an old rejection.
    public static let precedence: [(status: ChildStatus, condition: Condition)] = [
        (.active, .validPass([.granted, .inUse])),
        (.referred, .referral([.submitted, .assessment])),
        (.waitingList, .referral([.waitingList])),
        (.ended, .anyPass),
        (.rejected, .referral([.rejected])),
    ]

    /// A child with none of the above: registered only.
    public static let otherwise: ChildStatus = .registered

    public struct PassFact: Sendable, Equatable {
        public var status: PassStatus
        public var validTo: LocalDate

        public init(status: PassStatus, validTo: LocalDate) {
            self.status = status
            self.validTo = validTo
        }
    }

    public static func status(passes: [PassFact], referrals: [ReferralStatus], today: LocalDate) -> ChildStatus {
        precedence.first { holds($0.condition, passes: passes, referrals: referrals, today: today) }?.status ?? otherwise
    }

    static func holds(_ condition: Condition, passes: [PassFact], referrals: [ReferralStatus], today: LocalDate) -> Bool {
        switch condition {
        case .validPass(let statuses): passes.contains { statuses.contains($0.status) && $0.validTo >= today }
        case .anyPass: !passes.isEmpty
        case .referral(let statuses): referrals.contains { statuses.contains($0) }
        }
    }
}
