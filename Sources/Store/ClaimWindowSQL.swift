import Domain

/// `ClaimWindow` as SQL conditions over a `support_grant` row; each takes the day as its one
/// positional argument. `ClaimWindowAgreementTests` checks them against the rule.
enum ClaimWindowSQL {
    static func isOpen(_ table: String = "") -> String {
        "\(table)status = '\(ClaimWindow.waitingStatus.rawValue)' AND \(table)claim_deadline >= ?"
    }

    static func hasLapsed(_ table: String = "") -> String {
        "\(table)status = '\(ClaimWindow.waitingStatus.rawValue)' AND \(table)claim_deadline < ?"
    }
}
