import Domain
import Foundation
import Hummingbird

/// One grant with its claims, cancelling an unclaimed grant, and the list of grants nobody has
/// claimed (the cue to call the club or the family: experience 3.1.6 of the 2017 catalogue).
struct GrantPagesController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    struct CancelForm: Decodable {
        let reason: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.grantShow) { _, context in try await show(context) }
        routes.add(.grantCancellationForm) { _, context in
            let (grant, child) = try await load(context)
            guard grant.effectiveStatus(on: clock.today) == .granted else { return .seeOther(Paths.grant.link(grant.id)) }
            try await repositories.audit.record(try context.actor().audit(.view, .grant, grant.id, detail: "cancellation form"))
            return try renderCancel(context, grant: grant, child: child, values: [:])
        }
        routes.add(.grantCancel) { request, context in
            let (grant, child) = try await load(context)
            let form = try await request.decodeForm(CancelForm.self, context: context)
            let reason = Text.trimmed(form.reason)
            var errors = ValidationErrors()
            if reason.isEmpty { errors.add("reason", "err.grant.cancelReason.required") }
            else if reason.count > 300 { errors.add("reason", "err.text.tooLong", ["300"]) }
            guard errors.isEmpty else { return try renderCancel(context, grant: grant, child: child, values: ["reason": form.reason ?? ""], errors: errors) }
            do {
                try await repositories.grants.cancel(grant.id, reason: reason, on: clock.today, in: child.municipalityID,
                                                     audit: try context.actor().audit(.update, .grant, grant.id, detail: "cancelled"))
                context.flash(Flash(.success, "grant.cancelled"))
            } catch StoreError.conflict {
                context.flash(Flash(.info, "grant.changedMeanwhile"))
            }
            return .seeOther(Paths.grant.link(grant.id))
        }
        routes.add(.grantsUnclaimed) { request, context in try await unclaimed(request, context) }
    }

    private func load(_ context: AppContext) async throws -> (Grant, Child) {
        let user = try context.requireUser()
        let id = try context.parameters.require("id", as: GrantID.self)
        guard let grant = try await repositories.grants.find(id, in: try user.municipalityID()),
              let child = try await repositories.children.find(grant.childID, scope: AccessPolicy.scope(of: user)) else { throw AppError.notFound }
        return (grant, child)
    }

    private func show(_ context: AppContext) async throws -> Response {
        let (grant, child) = try await load(context)
        try await repositories.audit.record(try context.actor().audit(.view, .child, child.id, detail: "grant \(grant.id)"))
        let t = context.t
        let today = clock.today
        let status = Display.grantStatus(grant.effectiveStatus(on: today), t)
        let claims = try await repositories.grants.claims(for: child.id, in: child.municipalityID).filter { $0.grantID == grant.id }
        let consent = ConsentSummary(try await repositories.consents.list(for: child.id, in: child.municipalityID), on: today)
        var facts = [
            ChildPageView.Fact(label: t("grant.activity"), value: "\(grant.associationName) – \(grant.activityName)"),
            ChildPageView.Fact(label: t("grant.amount"), value: grant.amount.display),
            ChildPageView.Fact(label: t("grant.period"), value: Display.period(grant.period)),
            ChildPageView.Fact(label: t("grant.fundingSource"), value: grant.fundingSourceName),
            ChildPageView.Fact(label: t("grant.grantedOn"), value: grant.grantedOn.display),
            ChildPageView.Fact(label: t("grant.claimDeadline"), value: grant.claimDeadline.display),
        ]
        if let note = grant.note { facts.append(ChildPageView.Fact(label: t("grant.note"), value: note)) }
        if let reason = grant.overrideReason { facts.append(ChildPageView.Fact(label: t("grant.overrideReason.shown"), value: reason)) }
        if let cancelled = grant.cancelledOn {
            facts.append(ChildPageView.Fact(label: t("grant.cancelledOn"), value: cancelled.display + (grant.cancelReason.map { " – " + $0 } ?? "")))
        }
        let view = GrantView(
            heading: t("grant.show.heading", t("grant.kind.\(grant.kind.rawValue)")), childName: child.fullName,
            childHref: Paths.child.link(child.id) + "#money", status: status.label, statusKind: status.kind, facts: facts,
            claims: claims.map { claim in
                let s = Display.claimStatus(claim.status, t)
                return GrantView.ClaimLine(href: Paths.claim.link(claim.id), amount: claim.amount.display, period: Display.period(claim.period),
                                 status: s.label, statusKind: s.kind, submitted: claim.submittedAt.map(DateFormat.date) ?? "–",
                                 decision: claim.rejectReason)
            },
            hasClaims: !claims.isEmpty, canCancel: grant.effectiveStatus(on: today) == .granted,
            cancelHref: Paths.grantCancellation.link(grant.id), noAssociationConsent: !consent.inForce.association)
        return try renderer.page(view, title: view.heading + " – " + child.fullName, context: context)
    }

    private func renderCancel(_ context: AppContext, grant: Grant, child: Child, values: [String: String],
                              errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let view = GrantCancelView(heading: t("grant.cancel.heading"), childName: child.fullName,
                              summary: "\(Display.grantLine(kind: grant.kind, amount: grant.amount, t)) · \(grant.associationName) – \(grant.activityName)",
                              action: Paths.grantCancellation.link(grant.id), cancelHref: Paths.grant.link(grant.id), form: GrantCancelView.Fields(
            reason: form.field("reason", label: "grant.cancelReason", hint: "grant.cancelReason.hint", width: "xl", rows: 2, maxLength: 300)))
        return try renderer.page(view, title: view.heading, context: context, form: form)
    }

    private func unclaimed(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let municipality = try user.municipalityID()
        let t = context.t
        let today = clock.today
        let rules = try await repositories.grants.rules(for: municipality)
        let weeks = request.uri.queryParameters["weeks"].flatMap { Int(String($0)) }.flatMap { (0...104).contains($0) ? $0 : nil }
            ?? rules.unclaimedWeeks
        let grants = try await repositories.moneyReports.unclaimed(in: municipality, grantedOnOrBefore: today.adding(days: -7 * weeks))
        try await repositories.audit.record(try context.actor().audit(.view, .grant, detail: "unclaimed"))
        let form = FormBuilder(t, values: ["weeks": String(weeks)])
        let view = UnclaimedGrantsView(
            heading: t("grant.unclaimed.heading"), intro: t("grant.unclaimed.intro", String(weeks)),
            rows: grants.map { row in
                let g = row.grant
                return UnclaimedGrantsView.Row(childName: row.childName, childHref: Paths.child.link(g.childID) + "#money", grantHref: Paths.grant.link(g.id),
                                    association: "\(g.associationName) – \(g.activityName)",
                                    contact: [row.contactName, row.contactPhone ?? row.contactEmail].compactMap { $0 }.joined(separator: ", ").ifEmpty("–"),
                                    amount: Display.grantLine(kind: g.kind, amount: g.amount, t), grantedOn: g.grantedOn.display,
                                    weeks: String(g.grantedOn.days(until: today) / 7), deadline: g.claimDeadline.display)
            },
            hasRows: !grants.isEmpty, total: Money.sum(grants.map(\.grant.amount)).display,
            weeksField: form.field("weeks", label: "grant.unclaimed.weeks", width: "xs", inputmode: "numeric"),
            action: Paths.grantsUnclaimed.link())
        return try renderer.page(view, title: t("grant.unclaimed.title"), context: context)
    }
}
