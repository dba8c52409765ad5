import Foundation

/// A municipality's implementation workspace: checklist progress and own items,
/// comments, the tool-5 plan with its history, dialogue-tool rounds, meetings and their actions,
/// test rounds and the documentation and communication plans.
///
/// Every method takes the municipality and never reads or changes another's rows; another
/// municipality's id is "not found". Writes take the audit entry to commit with them and `by`,
/// the user recorded as having made the change.
public protocol ImplementationRepository: Sendable {
    // Checklist
    func checklist(in municipality: MunicipalityID) async throws -> ChecklistState
    func progress(of itemKey: String, in municipality: MunicipalityID) async throws -> ItemProgress?
    func customItem(_ id: CustomItemID, in municipality: MunicipalityID) async throws -> CustomItem?
    func saveProgress(_ draft: ItemProgressDraft, of itemKey: String, by: UserID, in municipality: MunicipalityID,
                      audit: AuditEntry) async throws
    func addCustomItem(text: String, sectionKey: String, by: UserID, in municipality: MunicipalityID,
                       audit: AuditEntry) async throws -> CustomItem
    func comments(on subject: String, in municipality: MunicipalityID) async throws -> [WorkspaceComment]
    func addComment(_ body: String, on subject: String, by: UserID, in municipality: MunicipalityID,
                    audit: AuditEntry) async throws
    func recentActivity(in municipality: MunicipalityID, limit: Int) async throws -> [WorkspaceActivity]

    // Implementation plan (tool 5)
    func planAnswers(in municipality: MunicipalityID) async throws -> [String: PlanAnswer]
    /// Stores the row and a history entry when anything changed; returns the changed fields
    /// (empty: nothing was stored).
    func savePlanAnswer(_ draft: PlanAnswerDraft, of questionKey: String, by: UserID, in municipality: MunicipalityID,
                        audit: AuditEntry) async throws -> [PlanField]
    /// Newest first; all questions when `questionKey` is nil.
    func planHistory(in municipality: MunicipalityID, questionKey: String?, limit: Int) async throws -> [PlanChange]

    // Dialogue tool
    func dialogueRounds(in municipality: MunicipalityID) async throws -> [DialogueRound]
    func dialogueRound(_ id: DialogueRoundID, in municipality: MunicipalityID) async throws -> DialogueRound?
    func createDialogueRound(_ draft: DialogueRoundDraft, by: UserID, in municipality: MunicipalityID,
                             audit: AuditEntry) async throws -> DialogueRoundID
    func updateDialogueRound(_ id: DialogueRoundID, _ draft: DialogueRoundDraft, by: UserID, in municipality: MunicipalityID,
                             audit: AuditEntry) async throws

    // Meetings
    func meetings(in municipality: MunicipalityID) async throws -> [Meeting]
    func meeting(_ id: MeetingID, in municipality: MunicipalityID) async throws -> Meeting?
    func createMeeting(_ draft: MeetingDraft, by: UserID, in municipality: MunicipalityID, audit: AuditEntry) async throws -> MeetingID
    func updateMeeting(_ id: MeetingID, _ draft: MeetingDraft, by: UserID, in municipality: MunicipalityID,
                       audit: AuditEntry) async throws
    func addAction(_ draft: MeetingActionDraft, to meeting: MeetingID, in municipality: MunicipalityID,
                   audit: AuditEntry) async throws -> MeetingActionID
    /// Turns an action into an own checklist item or a plan initiative, once: a second attempt
    /// throws `StoreError.conflict`.
    func convertAction(_ id: MeetingActionID, of meeting: MeetingID, to conversion: ActionConversion, by: UserID,
                       in municipality: MunicipalityID, audit: AuditEntry) async throws -> ActionTarget

    // Test rounds
    func testRounds(in municipality: MunicipalityID) async throws -> [TestRound]
    func testRound(_ id: TestRoundID, in municipality: MunicipalityID) async throws -> TestRound?
    func createTestRound(_ draft: TestRoundDraft, by: UserID, in municipality: MunicipalityID, audit: AuditEntry) async throws -> TestRoundID
    func updateTestRound(_ id: TestRoundID, _ draft: TestRoundDraft, by: UserID, in municipality: MunicipalityID,
                         audit: AuditEntry) async throws

    // Documentation and communication plans
    func tableRows(_ kind: PlanTableKind, in municipality: MunicipalityID) async throws -> [PlanTableRow]
    func tableRow(_ id: PlanTableRowID, _ kind: PlanTableKind, in municipality: MunicipalityID) async throws -> PlanTableRow?
    func addTableRow(_ draft: PlanTableRowDraft, _ kind: PlanTableKind, by: UserID, in municipality: MunicipalityID,
                     audit: AuditEntry) async throws -> PlanTableRowID
    func updateTableRow(_ id: PlanTableRowID, _ kind: PlanTableKind, _ draft: PlanTableRowDraft, by: UserID,
                        in municipality: MunicipalityID, audit: AuditEntry) async throws
    func deleteTableRow(_ id: PlanTableRowID, _ kind: PlanTableKind, in municipality: MunicipalityID, audit: AuditEntry) async throws
    /// Adds the example rows only while the table is empty; returns whether it did.
    func addTemplateRows(_ rows: [PlanTableRowDraft], _ kind: PlanTableKind, by: UserID, in municipality: MunicipalityID,
                         audit: AuditEntry) async throws -> Bool

    // Admin
    /// Every municipality's statuses and deadlines, without names, notes or texts: for the
    /// admin's cross-municipality overview only.
    func anonymousChecklists() async throws -> [AnonymousChecklist]
}
