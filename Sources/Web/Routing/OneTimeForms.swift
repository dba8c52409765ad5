import Domain
import Foundation
import Hummingbird

extension Route {
    /// Routes whose form creates or decides something: their form's one-time key is claimed
    /// with the change, so posting it twice changes once. Edits and settings are left out (saving
    /// the same values again is harmless, and a settings page is saved many times).
    public static let oneTimeForms: Set<Route> = [
        .userCreate, .userActive, .userPasswordReset, .userUnlock, .municipalityCreate, .municipalityCoordinatorCreate,
        // Intake
        .childCreate, .consentCreate, .consentWithdraw, .referralCreate, .referralAssessment, .referralDecide, .passUse, .passEnd,
        // Privacy
        .accessRequestCreate, .accessRequestAnswered, .anonymise,
        // Implementation workspace
        .implItemCommentCreate, .implCustomItemCreate, .implPlanQuestionCommentCreate, .implDialogueCreate, .implMeetingCreate,
        .implMeetingActionCreate, .implMeetingActionChecklistItem, .implMeetingActionPlanInitiative, .implTestRoundCreate,
        .implDocumentationRowCreate, .implDocumentationTemplate, .implDocumentationRowDelete, .implCommunicationRowCreate,
        .implCommunicationTemplate, .implCommunicationRowDelete,
        // Associations, grants and payments
        .associationCreate, .associationContactCreate, .associationContactRemove, .activityCreate, .fundingSourceCreate,
        .enrolmentCreate, .grantCreate, .grantCancel, .claimDecisions, .paymentBatchCreate, .paymentBatchPaid,
        .portalStart, .portalStopped, .portalClaimSubmit, .portalFollowUpAnswer,
        // Guidance and volunteers
        .courseCreate, .courseGuide, .coursePublish, .sessionCreate, .agreementCreate, .activitySave, .outcomeSave, .followUpAnswer,
        .volunteerCreate, .volunteerTrainingCreate, .boardOffer, .boardOfferConfirm,
        // Registries
        .districtCreate, .schoolCreate,
        // Season rollover
        .passRenew,
    ]

    public var submitsOnce: Bool { Self.oneTimeForms.contains(self) }
}

/// Runs a one-time form's handler so that posting the form twice changes once.
///
/// Every page hands its forms a random key (`submission_key`, beside the CSRF token). The
/// request's actor carries it (with the path posted to) into the audit entries of the changes
/// it makes, and the store claims it in the same transaction (`FormSubmission`). A repeat —
/// found claimed before the handler runs, refused inside the write, or failing for a reason
/// the first post caused (the fee cap it used up, the referral it opened) — is answered with
/// the first post's result and "Allerede gemt".
struct OneTimeForms: Sendable {
    static let fieldName = "submission_key"
    let submissions: any FormSubmissionRepository

    private struct KeyField: Decodable {
        let submission_key: String?
    }

    func run(_ request: Request, _ context: AppContext, _ handler: Handler) async throws -> Response {
        guard let key = try await Self.key(of: request, context: context) else { return try await handler(request, context) }
        let submission = FormSubmission(key: key + " " + request.uri.path, owner: Tokens.random(),
                                        municipality: context.identity?.municipality?.id)
        if let first = try await submissions.find(submission), first.owner != submission.owner {
            return try await alreadySaved(submission, request, context)
        }
        var context = context
        context.submission = submission
        let response: Response
        do {
            response = try await handler(request, context)
        } catch is AlreadySubmitted {
            return try await alreadySaved(submission, request, context)
        } catch {
            if try await claimedByAnother(submission) { return try await alreadySaved(submission, request, context) }
            throw error
        }
        // A handler may answer a repeat itself (a conditional change found done: "already
        // converted", "nothing to gather") before its write reached the claim: the claim says.
        switch try await submissions.find(submission)?.owner {
        case submission.owner?:
            if response.status == .seeOther, let location = response.headers[.location] {
                try await submissions.recordLocation(location, for: submission)
            }
            return response
        case nil:
            return response
        case _?:
            return try await alreadySaved(submission, request, context)
        }
    }

    private func claimedByAnother(_ submission: FormSubmission) async throws -> Bool {
        guard let first = try await submissions.find(submission) else { return false }
        return first.owner != submission.owner
    }

    /// The first post's result. It may still be answering (two posts of one double-click):
    /// wait a moment for where it sent the browser.
    private func alreadySaved(_ submission: FormSubmission, _ request: Request, _ context: AppContext) async throws -> Response {
        var location: String?
        for _ in 0..<60 {
            location = try await submissions.find(submission)?.location
            if location != nil { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        let target = location ?? Self.sameSitePath(request.headers[.referer]) ?? context.identity.map { AccessPolicy.startPage(for: $0.role) }
            ?? Paths.home.link()
        context.flash(Flash(.info, "submission.alreadySaved", heading: "submission.alreadySaved.heading",
                            link: Flash.Link(href: target, label: "submission.alreadySaved.link")))
        return .seeOther(target)
    }

    static func key(of request: Request, context: AppContext) async throws -> String? {
        guard request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true else { return nil }
        var copy = request
        let body = try await copy.collectBody(upTo: context.maxUploadSize)
        let key = try? URLEncodedFormDecoder().decode(KeyField.self, from: String(buffer: body)).submission_key
        return key.flatMap { FormSubmission.isWellFormedKey($0) ? $0 : nil }
    }

    /// The path of a page of this site the browser came from (never another site's address).
    static func sameSitePath(_ referer: String?) -> String? {
        guard let referer, let url = URL(string: referer), url.path.hasPrefix("/"), !url.path.hasPrefix("//") else { return nil }
        return url.path
    }
}
