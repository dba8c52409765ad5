import Domain
import Foundation
import Hummingbird

/// Funding sources with their yearly budgets, and the budget view: granted, claimed, paid and
/// remaining per source, with a forecast of when the money runs out.
struct FundingController {
    let grants: any GrantRepository
    let reports: any MoneyReportRepository
    let renderer: Renderer
    let clock: Clock

    struct SourceForm: Decodable {
        let name, kind: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.fundingSources) { _, context in try await renderSources(context) }
        routes.add(.fundingSourceCreate) { request, context in
            let municipality = try context.municipality()
            let form = try await request.decodeForm(SourceForm.self, context: context)
            var errors = ValidationErrors()
            let name = Text.trimmed(form.name)
            if name.isEmpty { errors.add("name", "err.funding.name.required") } else if name.count > 100 { errors.add("name", "err.text.tooLong100") }
            let kind = form.kind.flatMap(FundingKind.init(rawValue:))
            if kind == nil { errors.add("kind", "err.funding.kind.required") }
            if errors.isEmpty, let kind {
                do {
                    _ = try await grants.createFundingSource(name: name, kind: kind, in: municipality, at: clock.now,
                                                             audit: try context.actor().audit(.create, .fundingSource))
                    context.flash(Flash(.success, "funding.created", [name]))
                    return .seeOther(Paths.fundingSources.link())
                } catch StoreError.duplicate {
                    errors.add("name", "err.funding.name.duplicate")
                }
            }
            return try await renderSources(context, values: ["name": form.name ?? "", "kind": form.kind ?? ""], errors: errors)
        }
        routes.add(.fundingBudgetSave) { request, context in
            let municipality = try context.municipality()
            let id = try context.parameters.require("id", as: FundingSourceID.self)
            guard try await grants.fundingSources(in: municipality).contains(where: { $0.id == id }) else { throw AppError.notFound }
            // Each pool's form names its fields after the pool (`year-3`, `amount-3`): one page
            // holds a form per pool, and a field's id must be unique on the page.
            let form = try await request.decodeForm([String: String].self, context: context)
            let (yearField, amountField) = ("year-\(id)", "amount-\(id)")
            let (yearText, amountText) = (form[yearField], form[amountField])
            var errors = ValidationErrors()
            let year = Int(Text.trimmed(yearText))
            if year == nil || !(2000...2100).contains(year!) { errors.add(yearField, "err.funding.year") }
            let amount = MoneyField.zeroOrMore(amountText, field: amountField, missing: "err.funding.amount.required", errors: &errors)
            guard errors.isEmpty, let year, let amount else {
                return try await renderSources(context, budgetValues: [id: (yearText ?? "", amountText ?? "")], errors: errors)
            }
            let shortfall: Money?
            do {
                shortfall = try await grants.setBudget(amount, year: year, for: id, in: municipality, belowCommitted: form["belowGranted"] == "yes",
                                                       audit: try context.actor().audit(.update, .fundingBudget, id,
                                                                                                      detail: "\(year): \(amount.ore)"))
            } catch let below as BudgetBelowCommitted {
                // Grants hold more than the new budget (perhaps one made just now): confirm first.
                errors.add(amountField, "err.funding.budget.belowGranted", [below.shortfall.display, String(year), below.position.committed.display])
                return try await renderSources(context, budgetValues: [id: (yearText ?? "", amountText ?? "")], errors: errors, confirming: id)
            }
            context.flash(Flash(shortfall == nil ? .success : .warning, shortfall == nil ? "funding.budget.saved" : "funding.budget.savedBelowGranted",
                                [String(year), amount.display] + (shortfall.map { [$0.display] } ?? [])))
            return .seeOther(Paths.fundingSources.link())
        }
        routes.add(.budget) { request, context in try await budget(request, context) }
    }

    private func renderSources(_ context: AppContext, values: [String: String] = [:],
                               budgetValues: [FundingSourceID: (String, String)] = [:], errors: ValidationErrors = .init(),
                               confirming: FundingSourceID? = nil) async throws -> Response {
        let municipality = try context.municipality()
        let t = context.t
        let sources = try await grants.fundingSources(in: municipality)
        let year = clock.today.year
        let form = FormBuilder(t, values: values, errors: errors)
        let view = FundingSourcesView(
            rows: sources.map { source in
                let entered = budgetValues[source.id]
                let budgetForm = FormBuilder(t, values: ["year-\(source.id)": entered?.0 ?? String(year),
                                                         "amount-\(source.id)": entered?.1 ?? source.budgets[year]?.plain ?? ""], errors: errors)
                return FundingSourcesView.Row(
                    name: source.name, kind: t("funding.kind.\(source.kind.rawValue)"),
                    budgets: source.budgets.keys.sorted(by: >).map { ChildPageView.Fact(label: String($0), value: source.budgets[$0]!.display) },
                    hasBudgets: !source.budgets.isEmpty,
                    action: Paths.fundingBudgets.link(source.id),
                    yearField: budgetForm.field("year-\(source.id)", label: "funding.budget.year", width: "xs", inputmode: "numeric"),
                    amountField: budgetForm.field("amount-\(source.id)", label: "funding.budget.amount", hint: "money.input.hint",
                                                  width: "s", inputmode: "decimal"),
                    confirmField: confirming == source.id
                        ? budgetForm.field("belowGranted", label: "funding.budget.belowGranted.legend",
                                           options: [("yes", "funding.budget.belowGranted.label")])
                        : nil,
                    inactive: !source.isActive)
            },
            hasRows: !sources.isEmpty, createAction: Paths.fundingSources.link(), budgetHref: Paths.budget.link(),
            form: .init(
                name: form.field("name", label: "funding.name", hint: "funding.name.hint", width: "l", maxLength: 100),
                kind: form.field("kind", label: "funding.kind", options: FundingKind.allCases.map { ($0.rawValue, "funding.kind.\($0.rawValue)") })))
        return try renderer.page(view, title: t("funding.title"), context: context, form: errors.isEmpty ? nil : form)
    }

    private func budget(_ request: Request, _ context: AppContext) async throws -> Response {
        let municipality = try context.municipality()
        let t = context.t
        let today = clock.today
        let year = request.uri.queryParameters["year"].flatMap { Int(String($0)) }.flatMap { (2000...2100).contains($0) ? $0 : nil } ?? today.year
        let statuses = try await reports.fundingStatus(in: municipality, year: year)
        let paid = try await reports.paid(in: municipality, period: Period(from: LocalDate(year: year, month: 1, day: 1)!,
                                                                              to: LocalDate(year: year, month: 12, day: 31)!))
        func row(_ name: String, _ budget: Money, _ granted: Money, _ claimed: Money, _ paid: Money, forecast: String) -> BudgetView.Row {
            let remaining = budget - granted
            return BudgetView.Row(name: name, budget: budget.display, granted: granted.display, claimed: claimed.display, paid: paid.display,
                             remaining: remaining.display, overdrawn: remaining.isNegative, forecast: forecast)
        }
        let rows = statuses.map { s in
            row(s.source.name, s.budget, s.granted, s.claimed, s.paid,
                forecast: Self.forecastText(BudgetForecast.forecast(remaining: s.remaining, granted: s.granted, year: year, today: today),
                                            overdrawn: s.remaining.isNegative, t))
        }
        let view = BudgetView(
            heading: t("budget.heading", String(year)), rows: rows, hasRows: !rows.isEmpty,
            total: row(t("budget.total"), Money.sum(statuses.map(\.budget)), Money.sum(statuses.map(\.granted)),
                       Money.sum(statuses.map(\.claimed)), Money.sum(statuses.map(\.paid)), forecast: ""),
            previousHref: Paths.budget.link() + "?year=\(year - 1)", nextHref: Paths.budget.link() + "?year=\(year + 1)",
            previousLabel: String(year - 1), nextLabel: String(year + 1), fundingHref: Paths.fundingSources.link(),
            unclaimedHref: Paths.grantsUnclaimed.link(), paidThisYear: t("budget.paidInYear", String(paid.claims), paid.amount.display))
        return try renderer.page(view, title: t("budget.title"), context: context)
    }

    static func forecastText(_ forecast: BudgetForecast, overdrawn: Bool, _ t: Texts) -> String {
        switch forecast {
        case .exhausted: return t(overdrawn ? "budget.forecast.overdrawn" : "budget.forecast.exhausted")
        case .noRate: return t("budget.forecast.noRate")
        case .lastsTheYear: return t("budget.forecast.lastsTheYear")
        case .runsOut(let date): return t("budget.forecast.runsOut", date.display)
        case .notThisYear: return overdrawn ? t("budget.forecast.overdrawn") : "–"
        }
    }
}
