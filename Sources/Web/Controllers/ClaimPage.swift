import Domain
import Foundation
import Hummingbird

/// One claim for the coordinator: what the association asked for, the attachment, the decision.
struct ClaimPage {
    let renderer: Renderer

    func render(_ context: AppContext, row: ClaimRow, values: [String: String], errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let c = row.claim
        let status = Display.claimStatus(c.status, t)
        var facts = [
            ChildPageView.Fact(label: t("claim.association"), value: "\(row.associationName) – \(row.activityName)"),
            ChildPageView.Fact(label: t("claim.grant"), value: Display.grantLine(kind: row.grantKind, amount: row.grantAmount, t)),
            ChildPageView.Fact(label: t("claim.amount"), value: c.amount.display),
            ChildPageView.Fact(label: t("claim.period"), value: Display.period(c.period)),
            ChildPageView.Fact(label: t("claim.submittedAt"), value: [c.submittedAt.map(DateFormat.dateTime), c.submittedByName].compactMap { $0 }.joined(separator: ", ").ifEmpty("–")),
        ]
        if let note = c.note { facts.append(ChildPageView.Fact(label: t("claim.note"), value: note)) }
        if let decided = c.decidedAt {
            facts.append(ChildPageView.Fact(label: t("claim.decidedAt"), value: [DateFormat.dateTime(decided), c.decidedByName].compactMap { $0 }.joined(separator: ", ")))
        }
        if let reason = c.rejectReason { facts.append(ChildPageView.Fact(label: t("claim.rejectReason"), value: reason)) }
        if let batch = c.batchID { facts.append(ChildPageView.Fact(label: t("claim.batch"), value: t("payment.batch.name", batch.description))) }
        if let paid = c.paidOn { facts.append(ChildPageView.Fact(label: t("claim.paidOn"), value: paid.display)) }
        let form = FormBuilder(t, values: values, errors: errors)
        let view = ClaimView(
            heading: t("claim.show.heading", row.childName), childName: row.childName, childHref: Paths.child.link(c.childID) + "#money",
            status: status.label, statusKind: status.kind, facts: facts,
            attachmentHref: c.attachment == nil ? nil : Paths.claimAttachment.link(c.id),
            attachmentLabel: c.attachment.map { "\($0.originalName) (\(Display.fileSize($0.size)))" },
            canDecide: c.status == .submitted, action: Paths.claimDecisions.link(), id: c.id.description, backHref: Paths.claims.link(),
            form: ClaimView.Fields(reason: form.field("reason", label: "claim.decision.reason", hint: "claim.decision.reason.hint",
                                                     width: "xl", rows: 2, maxLength: 300)))
        return try renderer.page(view, title: view.heading, context: context, form: errors.isEmpty ? nil : form)
    }
}

/// The tabs of the money pages.
enum MoneyTabs {
    static func make(current: Route, _ t: Texts) -> [PageFrame.NavItem] {
        [(Route.claims, "claim.queue.tab"), (.paymentBatches, "payment.batches.tab"), (.grantsUnclaimed, "grant.unclaimed.title"),
         (.budget, "budget.title"), (.fundingSources, "funding.title"), (.grantRules, "grant.rules.title")].map {
            PageFrame.NavItem(href: $0.0.path.link(), label: t($0.1), current: $0.0 == current)
        }
    }
}
