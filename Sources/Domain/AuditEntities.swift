/// A row an attempt was aimed at: a child, a grant, an activity.
public struct AuditTarget: Sendable, Equatable, Hashable {
    public var entityType: String
    public var id: String

    public init(_ entityType: String, _ id: CustomStringConvertible) {
        self.entityType = entityType
        self.id = id.description
    }
}

/// Every kind of thing the audit log names. The audit log page says each in the product's
/// words (`audit.entity.<type>` in the catalogue); a test fails on a type written anywhere in
/// the code that is not listed here, or listed without text.
public enum AuditEntities {
    public static let all: Set<String> = [
        "access_request", "activity", "association", "association_contact", "audit_log", "board_offer", "child", "claim",
        "communication_settings", "consent", "course", "csrf", "dashboard_settings", "district_estimate", "enrolment", "follow_up", "funding_budget",
        "funding_source", "grant", "grant_rules", "guidance_settings", "letter", "municipality", "outbox", "pass", "payment_batch",
        "privacy_settings", "referral", "route", "scheme_settings", "school", "school_district", "session", "sign_in_settings",
        "status_report", "user", "volunteer", "work_list",
    ]
}
