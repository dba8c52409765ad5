/// Every kind of thing the audit log names. The raw values are what the log stores
/// (`audit_event.entity_type`) and the catalogue's `audit.entity.<type>` keys, so they never
/// change once written. A new case does not compile until `PersonalData` has decided whether
/// its entries belong in a family's access request.
public enum AuditEntity: String, CaseIterable, Sendable, Codable {
    // A child and the rows about one child
    case child, consent, referral, pass, enrolment, grant, claim, course
    case accessRequest = "access_request"
    case boardOffer = "board_offer"
    case followUp = "follow_up"
    case letter
    // Lists of many children
    case workList = "work_list"
    case statusReport = "status_report"
    case outbox
    // Clubs, activities and money
    case association, activity
    case associationContact = "association_contact"
    case fundingSource = "funding_source"
    case fundingBudget = "funding_budget"
    case paymentBatch = "payment_batch"
    case districtEstimate = "district_estimate"
    // People who use Fritidspas, and signing in
    case user, volunteer, session, csrf, route
    case auditLog = "audit_log"
    // The municipality's settings and registries
    case municipality, school
    case schoolDistrict = "school_district"
    case schemeSettings = "scheme_settings"
    case grantRules = "grant_rules"
    case guidanceSettings = "guidance_settings"
    case dashboardSettings = "dashboard_settings"
    case communicationSettings = "communication_settings"
    case privacySettings = "privacy_settings"
    case signInSettings = "sign_in_settings"
    // The implementation workspace
    case implItem = "impl_item"
    case implComment = "impl_comment"
    case implPlan = "impl_plan"
    case implDialogueRound = "impl_dialogue_round"
    case implMeeting = "impl_meeting"
    case implMeetingAction = "impl_meeting_action"
    case implTestRound = "impl_test_round"
    case implTableRow = "impl_table_row"
}

/// A row an attempt was aimed at: a child, a grant, an activity.
public struct AuditTarget: Sendable, Equatable, Hashable {
    public var entity: AuditEntity
    public var id: String

    public init(_ entity: AuditEntity, _ id: CustomStringConvertible) {
        self.entity = entity
        self.id = id.description
    }
}
