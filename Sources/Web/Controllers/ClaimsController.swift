import Domain
import Foundation
import Hummingbird

/// The coordinator's queue of claims waiting for approval, approved or rejected in bulk.
struct ClaimsController {
    let repositories: Repositories
    let attachments: AttachmentStore
    let renderer: Renderer
    let clock: Clock

    struct DecisionForm: Decodable {
        let ids: [String]?
        let decision, reason, from: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.claims) { request, context in
            try await index(context, checkAll: request.uri.queryParameters["all"] == "1")
        }
        routes.add(.claimDecisions) { request, context in try await decide(request, context) }
        routes.add(.claimShow) { _, context in
            let claim = try await load(context)
            try await repositories.audit.record(try context.actor().audit(.view, .claim, claim.claim.id))
            return try ClaimPage(renderer: renderer).render(context, row: claim, values: [:])
        }
        routes.add(.claimAttachment) { _, context in
            let claim = try await load(context)
            guard let attachment = claim.claim.attachment else { throw AppError.notFound }
            try await repositories.audit.record(try context.actor().audit(.view, .claim, claim.claim.id, detail: "attachment"))
            return try attachments.response(attachment)
        }
    }

    private func load(_ context: AppContext) async throws -> ClaimRow {
        let id = try context.parameters.require("id", as: ClaimID.self)
        guard let claim = try await repositories.claims.find(id, in: try context.municipality()) else { throw AppError.notFound }
        return claim
    }

    private func index(_ context: AppContext, checkAll: Bool, checked: Set<String> = [], reason: String = "",
                       errors: ValidationErrors = .init()) async throws -> Response {
        let municipality = try context.municipality()
        let t = context.t
        let waiting = try await repositories.claims.waiting(in: municipality)
        let ready = try await repositories.claims.readyForPayment(in: municipality)
        try await repositories.audit.record(try context.actor().audit(.view, .claim, detail: "queue"))
        let form = FormBuilder(t, values: ["reason": reason], errors: errors)
        let view = ClaimQueueView(
            tabs: MoneyTabs.make(current: .claims, t),
            rows: waiting.map { row in
                let c = row.claim
                return ClaimQueueView.Row(id: c.id.description, childName: row.childName, childHref: Paths.child.link(c.childID) + "#money",
                           href: Paths.claim.link(c.id), association: "\(row.associationName) – \(row.activityName)",
                           kind: t("grant.kind.\(row.grantKind.rawValue)"), amount: c.amount.display, grantAmount: row.grantAmount.display,
                           period: Display.period(c.period), submitted: c.submittedAt.map(DateFormat.date) ?? "–",
                           attachmentHref: c.attachment == nil ? nil : Paths.claimAttachment.link(c.id),
                           checked: checkAll || checked.contains(c.id.description), partial: c.amount < row.grantAmount)
            },
            hasRows: !waiting.isEmpty, total: Money.sum(waiting.map(\.claim.amount)).display, action: Paths.claimDecisions.link(),
            selectAllHref: Paths.claims.link() + "?all=1", idsError: form.message("ids"),
            reason: form.field("reason", label: "claim.decision.reason", hint: "claim.decision.reason.hint", width: "xl",
                               rows: 2, maxLength: 300),
            ready: ready.count > 0 ? t("claim.queue.ready", String(ready.count), ready.total.display) : nil,
            batchesHref: Paths.paymentBatches.link())
        return try renderer.page(view, title: t("claim.queue.title"), context: context,
                                 form: errors.isEmpty ? nil : form)
    }

    private func decide(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await request.decodeForm(DecisionForm.self, context: context)
        let ids = (form.ids ?? []).compactMap(ClaimID.init)
        let approve = form.decision == "approve"
        let reason = Text.optional(form.reason)
        var errors = ValidationErrors()
        if form.decision != "approve" && form.decision != "reject" { throw AppError.badRequest }
        if ids.isEmpty { errors.add("ids", "err.claim.decision.none") }
        if !approve && reason == nil { errors.add("reason", "err.claim.decision.reason") }
        if (reason ?? "").count > 300 { errors.add("reason", "err.text.tooLong", ["300"]) }
        let single = form.from == "show" && ids.count == 1 ? ids.first : nil
        guard errors.isEmpty else {
            if let single, let row = try await repositories.claims.find(single, in: try user.municipalityID()) {
                return try ClaimPage(renderer: renderer).render(context, row: row, values: ["reason": form.reason ?? ""], errors: errors)
            }
            return try await index(context, checkAll: false, checked: Set(form.ids ?? []), reason: form.reason ?? "", errors: errors)
        }
        let outcome = try await repositories.claims.decide(ids, approve: approve, reason: reason, in: try user.municipalityID(), by: user.id,
                                                           at: clock.now, audit: try context.actor().audit(.update, .claim))
        if outcome.skipped > 0 {
            // Skipped: decided already, or not this municipality's claim (the latter is a refused attempt).
            try await repositories.audit.recordForeignReferences(
                try context.actor().audit(.update, .claim, detail: approve ? "approve" : "reject"),
                targets: ids.map { AuditTarget(.claim, $0) })
        }
        let key = approve ? "claim.decision.approved" : "claim.decision.rejected"
        context.flash(Flash(outcome.changed > 0 ? .success : .info, outcome.skipped > 0 ? key + ".someSkipped" : key,
                            [String(outcome.changed), String(outcome.skipped)]))
        return .seeOther(single.map { Paths.claim.link($0) } ?? Paths.claims.link())
    }
}
