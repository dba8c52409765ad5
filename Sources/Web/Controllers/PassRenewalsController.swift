import Domain
import Foundation
import Hummingbird

/// Season rollover: the coordinator sees the passes ending within 60 days and renews them for
/// the next season in one step, one pass (from the child's page) or several at once. Each
/// renewal re-checks consent, age and the budget inside the write.
struct PassRenewalsController {
    let passes: any PassRepository
    let audit: any AuditLog
    let renderer: Renderer
    let clock: Clock

    struct Form: Decodable {
        let passes: [String]?
        /// "child": sent from the child's page, which it returns to.
        let from: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.passRenewals) { _, context in try await render(context) }
        routes.add(.passRenew) { request, context in try await renew(request, context) }
    }

    private func render(_ context: AppContext, selected: Set<String>? = nil, error: String? = nil) async throws -> Response {
        let municipality = try context.municipality()
        let t = context.t
        let today = clock.today
        let candidates = try await passes.endingSoon(in: municipality, today: today)
        // The list names children: one read per child shown, before the page is rendered.
        let actor = try context.actor()
        try await audit.record(all: Set(candidates.map(\.pass.childID)).sorted().map { actor.audit(.view, .child, $0, detail: "pass renewals") })
        let rows = candidates.map { c in
            let status = Display.passStatus(c.pass.effectiveStatus(on: today), t)
            return PassRenewalsView.Row(id: c.pass.id.description, childName: c.childName, childHref: Paths.child.link(c.pass.childID) + "#passes",
                       ends: c.pass.validTo.display, status: status.label, statusKind: status.kind, cover: Display.cover(c.pass.cover, t),
                       activities: c.activities.isEmpty ? "–" : c.activities.joined(separator: ", "),
                       next: Display.period(c.next), problems: c.problems.map { Self.problem($0, t) }, canRenew: c.problems.isEmpty,
                       checked: selected.map { $0.contains(c.pass.id.description) } ?? c.problems.isEmpty)
        }
        let form = error.map { FormBuilder(t, errors: ValidationErrors("passes", $0)) }
        let view = PassRenewalsView(rows: rows, hasRows: !rows.isEmpty, hasRenewable: rows.contains(where: \.canRenew),
                                    action: Paths.passRenewals.link(), intro: t("renewal.intro", String(PassRenewal.windowDays)),
                                    passesError: form?.message("passes"))
        return try renderer.page(view, title: t("renewal.title"), context: context, form: form)
    }

    private func renew(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let municipality = try user.municipalityID()
        let form = try await request.decodeForm(Form.self, context: context)
        let ids = (form.passes ?? []).compactMap { PassID($0) }
        guard !ids.isEmpty, ids.count == (form.passes ?? []).count else {
            return try await render(context, selected: Set(form.passes ?? []), error: "err.renewal.none")
        }
        let outcome = try await passes.renew(ids, today: clock.today, in: municipality, by: user.id, at: clock.now,
                                             audit: try context.actor().audit(.update, .pass))
        let t = context.t
        let refused = outcome.refused.map { "\($0.childName): \($0.problems.map { Self.problem($0, t) }.joined(separator: ", "))" }
        switch (outcome.renewed.isEmpty, refused.isEmpty) {
        case (false, true):
            let ends = Set(outcome.renewed.map(\.validTo))
            context.flash(ends.count == 1 ? Flash(.success, "renewal.done", [String(outcome.renewed.count), outcome.renewed[0].validTo.display])
                                          : Flash(.success, "renewal.doneVarious", [String(outcome.renewed.count)]))
        case (false, false):
            context.flash(Flash(.warning, "renewal.partly", [String(outcome.renewed.count), String(refused.count)],
                                detail: refused.joined(separator: " · ")))
        default:
            context.flash(Flash(.error, "renewal.noneRenewed", [String(refused.count)], detail: refused.joined(separator: " · ")))
        }
        if form.from == "child", ids.count == 1, let child = try await passes.find(ids[0], in: municipality)?.childID {
            return .seeOther(Paths.child.link(child) + "#passes")
        }
        return .seeOther(Paths.passRenewals.link())
    }

    static func problem(_ problem: RenewalProblem, _ t: Texts) -> String {
        switch problem {
        case .notDue: t("renewal.problem.notDue")
        case .consent: t("renewal.problem.consent")
        case .age(let key, let arguments): t(key, arguments: arguments)
        case .noBudget(let year): t("renewal.problem.noBudget", String(year))
        case .budgetExhausted(let year): t("renewal.problem.budgetExhausted", String(year))
        }
    }
}
