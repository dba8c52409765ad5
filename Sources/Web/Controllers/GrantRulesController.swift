import Domain
import Foundation
import Hummingbird

/// The municipality's rules for economic support: yearly caps per child, camps, how many years.
struct GrantRulesController {
    let grants: any GrantRepository
    let renderer: Renderer
    let clock: Clock

    struct Form: Decodable {
        let maxFeePerYear, maxEquipmentPerYear, campsCovered, maxCampPerYear, maxYears, incomeLimit, incomeLimitNote,
            unclaimedWeeks, fourEyesPayments: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.grantRules) { _, context in
            let rules = try await grants.rules(for: try context.municipality())
            return try render(context, values: [
                "maxFeePerYear": rules.maxFeePerYear.plain, "maxEquipmentPerYear": rules.maxEquipmentPerYear.plain,
                "campsCovered": rules.campsCovered ? "yes" : "no", "maxCampPerYear": rules.maxCampPerYear.plain,
                "maxYears": rules.maxYears.map(String.init) ?? "", "incomeLimit": rules.incomeLimit ? "yes" : "no",
                "incomeLimitNote": rules.incomeLimitNote ?? "", "unclaimedWeeks": String(rules.unclaimedWeeks),
                "fourEyesPayments": rules.fourEyesPayments ? "yes" : "no",
            ])
        }
        routes.add(.grantRulesUpdate) { request, context in
            let municipality = try context.municipality()
            let form = try await request.decodeForm(Form.self, context: context)
            switch Self.validate(form) {
            case .failure(let errors):
                let values = ["maxFeePerYear": form.maxFeePerYear, "maxEquipmentPerYear": form.maxEquipmentPerYear,
                              "campsCovered": form.campsCovered, "maxCampPerYear": form.maxCampPerYear, "maxYears": form.maxYears,
                              "incomeLimit": form.incomeLimit, "incomeLimitNote": form.incomeLimitNote,
                              "unclaimedWeeks": form.unclaimedWeeks, "fourEyesPayments": form.fourEyesPayments].compactMapValues { $0 }
                return try render(context, values: values, errors: errors)
            case .success(let rules):
                try await grants.saveRules(rules, for: municipality, audit: try context.actor().audit(.update, .grantRules))
                context.flash(Flash(.success, "grant.rules.saved"))
                return .seeOther(Paths.grantRules.link())
            }
        }
    }

    static func validate(_ form: Form) -> Result<GrantRules, ValidationErrors> {
        var errors = ValidationErrors()
        let fee = MoneyField.zeroOrMore(form.maxFeePerYear, field: "maxFeePerYear", missing: "err.grant.rules.amount", errors: &errors)
        let equipment = MoneyField.zeroOrMore(form.maxEquipmentPerYear, field: "maxEquipmentPerYear", missing: "err.grant.rules.amount",
                                              errors: &errors)
        let camps = form.campsCovered == "yes"
        let camp = camps ? MoneyField.zeroOrMore(form.maxCampPerYear, field: "maxCampPerYear", missing: "err.grant.rules.amount",
                                                 errors: &errors) : Money.zero
        var years: Int?
        if let text = Text.optional(form.maxYears) {
            years = Int(text)
            if years == nil || !(1...25).contains(years!) { errors.add("maxYears", "err.grant.rules.years") }
        }
        let weeks = Int(Text.trimmed(form.unclaimedWeeks))
        if weeks == nil || !(1...52).contains(weeks!) { errors.add("unclaimedWeeks", "err.grant.rules.weeks") }
        if Text.trimmed(form.incomeLimitNote).count > 300 { errors.add("incomeLimitNote", "err.text.tooLong", ["300"]) }
        guard errors.isEmpty, let fee, let equipment, let camp, let weeks else { return .failure(errors) }
        return .success(GrantRules(maxFeePerYear: fee, maxEquipmentPerYear: equipment, campsCovered: camps, maxCampPerYear: camp,
                                   maxYears: years, incomeLimit: form.incomeLimit == "yes",
                                   incomeLimitNote: Text.optional(form.incomeLimitNote), unclaimedWeeks: weeks,
                                   // Off only when asked for: a form without the field keeps the control.
                                   fourEyesPayments: form.fourEyesPayments != "no"))
    }

    private func render(_ context: AppContext, values: [String: String], errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        let form = FormBuilder(t, values: values, errors: errors)
        let yesNo = [("yes", "common.yes"), ("no", "common.no")]
        let view = GrantRulesView(action: Paths.grantRules.link(), fundingHref: Paths.fundingSources.link(), form: GrantRulesView.Fields(
            maxFeePerYear: form.field("maxFeePerYear", label: "grant.rules.maxFee", hint: "grant.rules.maxFee.hint", width: "s",
                                        inputmode: "decimal"),
            maxEquipmentPerYear: form.field("maxEquipmentPerYear", label: "grant.rules.maxEquipment", hint: "money.input.hint",
                                              width: "s", inputmode: "decimal"),
            campsCovered: form.field("campsCovered", label: "grant.rules.campsCovered", options: yesNo),
            maxCampPerYear: form.field("maxCampPerYear", label: "grant.rules.maxCamp", hint: "grant.rules.maxCamp.hint", width: "s",
                                         inputmode: "decimal"),
            maxYears: form.field("maxYears", label: "grant.rules.maxYears", hint: "grant.rules.maxYears.hint", optional: true,
                                   width: "xs", inputmode: "numeric"),
            incomeLimit: form.field("incomeLimit", label: "grant.rules.incomeLimit", hint: "grant.rules.incomeLimit.hint", options: yesNo),
            incomeLimitNote: form.field("incomeLimitNote", label: "grant.rules.incomeLimitNote", optional: true, width: "xl", rows: 2,
                                          maxLength: 300),
            unclaimedWeeks: form.field("unclaimedWeeks", label: "grant.rules.unclaimedWeeks", hint: "grant.rules.unclaimedWeeks.hint",
                                         width: "xs", inputmode: "numeric"),
            fourEyesPayments: form.field("fourEyesPayments", label: "grant.rules.fourEyes", hint: "grant.rules.fourEyes.hint",
                                           options: yesNo)))
        return try renderer.page(view, title: t("grant.rules.title"), context: context, form: form)
    }
}
