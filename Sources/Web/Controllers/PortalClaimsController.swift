import Domain
import Foundation
import Hummingbird
import NIOCore

/// Claiming a grant in the portal: the form (amount and period filled in, an optional invoice or
/// membership receipt), "Tjek dine svar", then the receipt. Three screens from the portal to a
/// submitted claim (experience 3.1.6: clubs do not claim when it is cumbersome).
struct PortalClaimsController {
    let portal: any AssociationPortalRepository
    let attachments: AttachmentStore
    let audit: any AuditLog
    let renderer: Renderer
    let clock: Clock

    func addRoutes(to routes: RouteTable) {
        routes.add(.portalClaimForm) { _, context in
            let grant = try await findGrant(context)
            try await audit.record(try context.actor().audit(.view, .grant, grant.grant.id, detail: "portal"))
            let values: [String: String]
            if let draft = grant.draft {
                values = ["amount": draft.amount.plain, "periodFrom": draft.period.from.iso, "periodTo": draft.period.to.iso,
                          "note": draft.note ?? ""]
            } else {
                values = ["amount": grant.grant.amount.plain, "periodFrom": grant.grant.period.from.iso, "periodTo": grant.grant.period.to.iso]
            }
            return try renderForm(context, grant: grant, values: values)
        }
        routes.add(.portalClaimDraft) { request, context in try await saveDraft(request, context) }
        routes.add(.portalClaimCheck) { _, context in
            let claim = try await findClaim(context)
            guard claim.status == .draft else { return .seeOther(Paths.portalClaimReceipt.link(claim.id)) }
            return try renderCheck(context, claim: claim)
        }
        routes.add(.portalClaimSubmit) { _, context in
            let user = try context.requireUser()
            let claim = try await findClaim(context)
            do {
                try await portal.submit(claim.id, scope: AccessPolicy.scope(of: user), today: clock.today, at: clock.now,
                                        audit: try context.actor().audit(.update, .claim, claim.id, detail: "submitted"))
            } catch StoreError.conflict {
                context.flash(Flash(.error, "portal.claim.notClaimable"))
                return .seeOther(Paths.portal.link())
            }
            return .seeOther(Paths.portalClaimReceipt.link(claim.id) + "?sent=1")
        }
        routes.add(.portalClaimReceipt) { request, context in
            let claim = try await findClaim(context)
            guard claim.status != .draft else { return .seeOther(Paths.portalClaimCheck.link(claim.id)) }
            return try renderReceipt(context, claim: claim, justSent: request.uri.queryParameters["sent"] == "1")
        }
        routes.add(.portalClaimAttachment) { _, context in
            let claim = try await findClaim(context)
            guard let attachment = claim.attachment else { throw AppError.notFound }
            return try attachments.response(attachment)
        }
    }

    private func findGrant(_ context: AppContext) async throws -> PortalGrantContext {
        let id = try context.parameters.require("id", as: GrantID.self)
        guard let grant = try await portal.grant(id, scope: AccessPolicy.scope(of: try context.requireUser()), today: clock.today)
        else { throw AppError.notFound }
        return grant
    }

    /// A claim of the contact's association about a child in its slice; reading it is audited.
    private func findClaim(_ context: AppContext) async throws -> PortalClaim {
        let id = try context.parameters.require("id", as: ClaimID.self)
        guard let claim = try await portal.claim(id, scope: AccessPolicy.scope(of: try context.requireUser()), today: clock.today)
        else { throw AppError.notFound }
        try await audit.record(try context.actor().audit(.view, .claim, id, detail: "portal"))
        return claim
    }

    private func renderForm(_ context: AppContext, grant: PortalGrantContext, values: [String: String],
                            errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        guard grant.grant.claimable(on: clock.today) else {
            context.flash(Flash(.info, "portal.claim.notClaimable"))
            return .seeOther(Paths.portal.link())
        }
        let form = FormBuilder(t, values: values, errors: errors)
        let g = grant.grant
        let view = PortalClaimView(
            step: t("portal.step", "1", "2"), heading: t("portal.claim.heading", grant.child.short),
            facts: [
                ChildPageView.Fact(label: t("portal.child"), value: t("portal.child.name", grant.child.short, String(grant.child.birthYear))),
                ChildPageView.Fact(label: t("portal.activity"), value: grant.activityName),
                ChildPageView.Fact(label: t("portal.granted"), value: "\(Display.grantLine(kind: g.kind, amount: g.amount, t)) · \(Display.period(g.period))"),
            ],
            // Multipart posts carry the CSRF token in the query (base64url: safe in a URL as it is).
            action: Paths.portalClaim.link(g.id) + "?csrf_token=" + context.csrfToken,
            cancelHref: Paths.portal.link(),
            currentAttachment: grant.draft?.attachment.map { "\($0.originalName) (\(Display.fileSize($0.size)))" },
            form: .init(
                amount: form.field("amount", label: "portal.claim.amount", hint: "portal.claim.amount.hint", width: "s", inputmode: "decimal"),
                periodFrom: form.field("periodFrom", label: "portal.claim.periodFrom", hint: "form.date.hint", type: "date", width: "s"),
                periodTo: form.field("periodTo", label: "portal.claim.periodTo", hint: "form.date.hint", type: "date", width: "s"),
                note: form.field("note", label: "portal.claim.note", hint: "portal.claim.note.hint", optional: true, width: "xl", rows: 2,
                                   maxLength: 500),
                attachment: form.field("attachment", label: "portal.claim.attachment", hint: "portal.claim.attachment.hint",
                                         type: "file", optional: true, width: "l"),
                removeAttachment: form.field("removeAttachment", label: "portal.claim.attachment.current",
                                               options: [("yes", "portal.claim.attachment.remove")])))
        return try renderer.page(view, title: view.heading, context: context, form: form)
    }

    private func saveDraft(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let grant = try await findGrant(context)
        guard let boundary = MultipartForm.boundary(fromContentType: request.headers[.contentType]) else { throw AppError.badRequest }
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        let parsed: MultipartForm
        switch MultipartForm.parse(Array(buffer.readableBytesView), boundary: boundary) {
        case .success(let form): parsed = form
        case .failure: throw AppError.badRequest
        }
        let fields = parsed.fields
        let input = ClaimInput(amount: fields["amount"], periodFrom: fields["periodFrom"], periodTo: fields["periodTo"], note: fields["note"])
        var errors = ValidationErrors()
        var draft: ClaimDraft?
        switch input.validate(grantAmount: grant.grant.amount, grantPeriod: grant.grant.period) {
        case .failure(let problems): errors = problems
        case .success(let valid): draft = valid
        }
        var upload: (data: [UInt8], kind: FileKind, name: String)?
        if parsed.oversizedFiles.contains("attachment") {
            errors.add("attachment", "err.claim.attachment.tooLarge")
        } else if let file = parsed.files["attachment"] {
            if let kind = FileKind.detect(file.data) { upload = (file.data, kind, file.filename) }
            else { errors.add("attachment", "err.claim.attachment.type") }
        }
        guard errors.isEmpty, let draft else {
            let values = ["amount": fields["amount"], "periodFrom": fields["periodFrom"], "periodTo": fields["periodTo"],
                          "note": fields["note"]].compactMapValues { $0 }
            return try renderForm(context, grant: grant, values: values, errors: errors)
        }
        let stored = try upload.map { try attachments.save($0.data, kind: $0.kind, originalName: $0.name) }
        do {
            let (claim, unused) = try await portal.saveDraft(
                draft, attachment: stored, keepAttachment: fields["removeAttachment"] != "yes", grant: grant.grant.id,
                scope: AccessPolicy.scope(of: user), today: clock.today, at: clock.now,
                audit: try context.actor().audit(.create, .claim, detail: "draft for grant \(grant.grant.id)"))
            attachments.remove(unused)
            return .seeOther(Paths.portalClaimCheck.link(claim))
        } catch {
            attachments.remove(stored?.storedName)
            if case StoreError.conflict = error {
                context.flash(Flash(.info, "portal.claim.notClaimable"))
                return .seeOther(Paths.portal.link())
            }
            throw error
        }
    }

    private func renderCheck(_ context: AppContext, claim: PortalClaim) throws -> Response {
        let t = context.t
        let change = Paths.portalClaim.link(claim.grantID)
        let view = PortalCheckView(
            step: t("portal.step", "2", "2"),
            rows: [
                PortalCheckView.CheckRow(label: t("portal.child"), value: t("portal.child.name", claim.child.short, String(claim.child.birthYear)),
                         changeHref: nil, changeLabel: ""),
                PortalCheckView.CheckRow(label: t("portal.activity"), value: claim.activityName, changeHref: nil, changeLabel: ""),
                PortalCheckView.CheckRow(label: t("portal.claim.amount"), value: claim.amount.display, changeHref: change + "#amount",
                         changeLabel: t("portal.claim.amount").lowercased()),
                PortalCheckView.CheckRow(label: t("portal.claim.period"), value: Display.period(claim.period), changeHref: change + "#periodFrom",
                         changeLabel: t("portal.claim.period").lowercased()),
                PortalCheckView.CheckRow(label: t("portal.claim.note"), value: claim.note ?? t("portal.check.none"), changeHref: change + "#note",
                         changeLabel: t("portal.claim.note").lowercased()),
                PortalCheckView.CheckRow(label: t("portal.claim.attachment"),
                         value: claim.attachment.map { "\($0.originalName) (\(Display.fileSize($0.size)))" } ?? t("portal.check.none"),
                         changeHref: change + "#attachment", changeLabel: t("portal.claim.attachment").lowercased()),
            ],
            action: Paths.portalClaimSubmission.link(claim.id), cancelHref: Paths.portal.link())
        return try renderer.page(view, title: t("portal.check.heading"), context: context)
    }

    private func renderReceipt(_ context: AppContext, claim: PortalClaim, justSent: Bool) throws -> Response {
        let t = context.t
        let status = Display.claimStatus(claim.status, t)
        var facts = [
            ChildPageView.Fact(label: t("portal.receipt.number"), value: claim.id.description),
            ChildPageView.Fact(label: t("portal.receipt.association"), value: claim.associationName),
            ChildPageView.Fact(label: t("portal.child"), value: t("portal.child.name", claim.child.short, String(claim.child.birthYear))),
            ChildPageView.Fact(label: t("portal.activity"), value: claim.activityName),
            ChildPageView.Fact(label: t("portal.granted"), value: Display.grantLine(kind: claim.grantKind, amount: claim.grantAmount, t)),
            ChildPageView.Fact(label: t("portal.claim.amount"), value: claim.amount.display),
            ChildPageView.Fact(label: t("portal.claim.period"), value: Display.period(claim.period)),
            ChildPageView.Fact(label: t("portal.receipt.sent"),
                               value: [claim.submittedAt.map(DateFormat.dateTime), claim.submittedByName].compactMap { $0 }.joined(separator: ", ")),
        ]
        if let note = claim.note { facts.append(ChildPageView.Fact(label: t("portal.claim.note"), value: note)) }
        if let paid = claim.paidOn { facts.append(ChildPageView.Fact(label: t("portal.receipt.paidOn"), value: paid.display)) }
        let view = PortalReceiptView(
            heading: justSent ? t("portal.receipt.sentHeading") : t("portal.receipt.heading", claim.id.description), justSent: justSent,
            status: status.label, statusKind: status.kind, facts: facts,
            attachmentHref: claim.attachment == nil ? nil : Paths.portalClaimAttachment.link(claim.id),
            attachmentLabel: claim.attachment.map { "\($0.originalName) (\(Display.fileSize($0.size)))" },
            rejected: claim.rejectReason, canClaimAgain: claim.status == .rejected,
            claimAgainHref: Paths.portalClaim.link(claim.grantID), portalHref: Paths.portal.link())
        return try renderer.page(view, title: view.heading, context: context)
    }
}
