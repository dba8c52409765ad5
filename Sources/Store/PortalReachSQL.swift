import Domain

/// `PortalReach` and `Consent.state(on:) == .inForce` as SQL conditions. `day` is an SQL
/// expression for the day judged on (`?`, `:today`, `danish_date(p.at)`); where it is a `?`
/// the caller binds it once per occurrence (`consentInForce` uses it three times).
/// `PortalReachAgreementTests` checks both against the rules.
enum PortalReachSQL {
    static func enrolmentCounts(_ enrolment: String, on day: String) -> String {
        "(\(enrolment).stopped_on IS NULL OR \(enrolment).stopped_on >= date(\(day), '-\(PortalReach.daysAfterStop) days'))"
    }

    /// Expiry and withdrawal dates are the first day without consent (as in `Consent.state`).
    static func consentInForce(_ consent: String, on day: String) -> String {
        """
        \(consent).given_on <= \(day) AND (\(consent).expires_on IS NULL OR \(consent).expires_on > \(day)) \
        AND (\(consent).withdrawn_on IS NULL OR \(consent).withdrawn_on > \(day))
        """
    }
}
