import Domain
import Foundation
import Hummingbird

/// The coordinator grants economic support for a child's activity. Caps and the funding
/// source's budget are checked in the store's transaction; a refused grant says by how much,
/// and the coordinator may grant anyway with a recorded reason.
struct GrantsController {
    let repositories: Repositories
    let letterTexts: LetterTexts
    let renderer: Renderer
    let clock: Clock

    struct Form: Decodable {
        let activity, kind, amount, periodFrom, periodTo, fundingSource, claimDeadline, note, override, overrideReason: String?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.grantNew) { request, context in
            let child = try await findChild(context)
            try await repositories.audit.record(try context.actor().audit(.view, .child, child.id, detail: "grant form"))
            let params = request.uri.queryParameters
            var values = ["kind": params["kind"].map(String.init) ?? "fee"]
            let passes = try await repositories.passes.list(for: child.id, in: child.municipalityID)
            let today = clock.today
            let pass = passes.first { $0.isValid(on: today) } ?? passes.first { $0.effectiveStatus(on: today) == .granted }
            var period = pass.map { Period(from: max(today, $0.validFrom), to: $0.validTo) }
            if let id = params["activity"].flatMap({ ActivityID(String($0)) }),
               let activity = try await repositories.activities.find(id, in: child.municipalityID) {
                values["activity"] = id.description
                if values["kind"] == "fee" && activity.details.fee.isPositive { values["amount"] = activity.details.fee.plain }
                // The season, within the pass.
                if let start = activity.details.seasonStart, let end = activity.details.seasonEnd, end >= today {
                    let from = max(start, today, pass?.validFrom ?? start)
                    let to = min(end, pass?.validTo ?? end)
                    if from <= to { period = Period(from: from, to: to) }
                }
            }
            if let period {
                values["periodFrom"] = period.from.iso
                values["periodTo"] = period.to.iso
                values["claimDeadline"] = period.to.iso
            }
            let sources = try await repositories.grants.fundingSources(in: child.municipalityID).filter(\.isActive)
            // The municipality's own pool with money for the year the grant starts in, if there is one.
            let year = values["periodFrom"].flatMap { LocalDate(iso: $0) }?.year ?? today.year
            values["fundingSource"] = (sources.first { $0.kind == .municipal && $0.budgets[year] != nil } ?? sources.first { $0.kind == .municipal }
                                       ?? sources.first)?.id.description ?? ""
            return try await render(context, child: child, values: values)
        }
        routes.add(.grantCreate) { request, context in try await create(request, context) }
    }

    private func findChild(_ context: AppContext) async throws -> Child {
        let id = try context.parameters.require("id", as: ChildID.self)
        guard let child = try await repositories.children.find(id, scope: AccessPolicy.scope(of: try context.requireUser()))
        else { throw AppError.notFound }
        return child
    }

    private func render(_ context: AppContext, child: Child, values: [String: String], errors: ValidationErrors = .init(),
                        showOverride: Bool = false) async throws -> Response {
        let t = context.t
        let today = clock.today
        let m = child.municipalityID
        let rules = try await repositories.grants.rules(for: m)
        let activities = try await repositories.activities.search(ActivityQuery(), in: m, today: today)
        let sources = try await repositories.grants.fundingSources(in: m).filter(\.isActive)
        let year = values["periodFrom"].flatMap { LocalDate(iso: $0) }?.year ?? today.year
        let usage = try await repositories.grants.usage(of: child.id, year: year, in: m)
        let consent = ConsentSummary(try await repositories.consents.list(for: child.id, in: m), on: today)
        let passes = try await repositories.passes.list(for: child.id, in: m)
        let pass = passes.first { $0.effectiveStatus(on: today) == .granted || $0.effectiveStatus(on: today) == .inUse }
        var form = FormBuilder(t, values: values, errors: errors)
        form.multiValues["override"] = values["override"] == "yes" ? ["yes"] : []
        let age = child.details.birthDate.age(on: today)
        var facts = [
            ChildPageView.Fact(label: t("grant.new.pass"), value: pass.map { "\(Display.period(Period(from: $0.validFrom, to: $0.validTo))) · \(Display.cover($0.cover, t))" } ?? t("grant.new.noPass")),
            ChildPageView.Fact(label: t("grant.new.usedFee", String(year)), value: t("grant.new.usedOf", (usage.used[.fee] ?? .zero).display, rules.maxFeePerYear.display)),
            ChildPageView.Fact(label: t("grant.new.usedEquipment", String(year)), value: t("grant.new.usedOf", (usage.used[.equipment] ?? .zero).display, rules.maxEquipmentPerYear.display)),
        ]
        if rules.campsCovered {
            facts.append(ChildPageView.Fact(label: t("grant.new.usedCamp", String(year)), value: t("grant.new.usedOf", (usage.used[.camp] ?? .zero).display, rules.maxCampPerYear.display)))
        }
        // What the child already holds for the chosen activity: a second fee for the same season needs a reason.
        if let activity = values["activity"].flatMap({ ActivityID($0) }) {
            let held = try await repositories.grants.grants(for: child.id, in: m)
                .filter { $0.activityID == activity && $0.effectiveStatus(on: today).holdsMoney }
            if !held.isEmpty {
                facts.append(ChildPageView.Fact(label: t("grant.new.heldForActivity"), value: held.map {
                    "\(Display.grantLine(kind: $0.kind, amount: $0.amount, t)) (\(Display.period($0.period)))"
                }.joined(separator: "; ")))
            }
        }
        let view = GrantNewView(
            childName: child.fullName, childHref: Paths.child.link(child.id), action: Paths.childGrants.link(child.id), facts: facts,
            incomeLimit: rules.incomeLimit ? (rules.incomeLimitNote ?? t("grant.new.incomeLimit")) : nil,
            noAssociationConsent: !consent.inForce.association, noPass: pass == nil, showOverride: showOverride,
            form: GrantNewView.Fields(
                activity: form.field("activity", label: "grant.activity", hint: "grant.activity.hint", width: "xl",
                                       options: [("", "grant.activity.choose")]
                    + activities.map { row in
                        let fits = row.activity.details.fits(age: age) ? "" : " – " + t("grant.activity.ageMismatch")
                        return (row.activity.id.description, "\(row.activity.associationName) – \(row.activity.details.name) (\(Display.ages(row.activity.details, t)))\(fits)")
                    }),
                kind: form.field("kind", label: "grant.kind", options: GrantKind.allCases.map { ($0.rawValue, "grant.kind.\($0.rawValue)") }),
                amount: form.field("amount", label: "grant.amount", hint: "money.input.hint", width: "s", inputmode: "decimal"),
                periodFrom: form.field("periodFrom", label: "grant.periodFrom", hint: "form.date.hint", type: "date", width: "s"),
                periodTo: form.field("periodTo", label: "grant.periodTo", hint: "form.date.hint", type: "date", width: "s"),
                fundingSource: form.field("fundingSource", label: "grant.fundingSource",
                                            options: sources.map { ($0.id.description, $0.name) }),
                claimDeadline: form.field("claimDeadline", label: "grant.claimDeadline", hint: "grant.claimDeadline.hint", type: "date",
                                            width: "s"),
                note: form.field("note", label: "grant.note", hint: "grant.note.hint", optional: true, width: "xl", rows: 2, maxLength: 500),
                override: form.field("override", label: "grant.override.legend", options: [("yes", "grant.override.label")]),
                overrideReason: form.field("overrideReason", label: "grant.overrideReason", hint: "grant.overrideReason.hint",
                                             width: "xl", rows: 2, maxLength: 500)))
        return try renderer.page(view, title: t("grant.new.title", child.fullName), context: context, form: form)
    }

    private func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let child = try await findChild(context)
        let form = try await request.decodeForm(Form.self, context: context)
        let t = context.t
        let today = clock.today
        let passes = try await repositories.passes.list(for: child.id, in: child.municipalityID)
        // Another municipality's activity or funding source is always refused; file the attempt
        // whatever else is wrong.
        try await repositories.audit.recordForeignReferences(
            try context.actor().audit(.create, .grant, detail: "child \(child.id)"),
            targets: (form.activity.flatMap(ActivityID.init).map { [AuditTarget(.activity, $0)] } ?? [])
                + (form.fundingSource.flatMap(FundingSourceID.init).map { [AuditTarget(.fundingSource, $0)] } ?? []))
        let input = GrantInput(activity: form.activity, kind: form.kind, amount: form.amount, periodFrom: form.periodFrom,
                               periodTo: form.periodTo, fundingSource: form.fundingSource, claimDeadline: form.claimDeadline,
                               note: form.note, override: form.override, overrideReason: form.overrideReason)
        let values = ["activity": form.activity, "kind": form.kind, "amount": form.amount, "periodFrom": form.periodFrom,
                      "periodTo": form.periodTo, "fundingSource": form.fundingSource, "claimDeadline": form.claimDeadline,
                      "note": form.note, "override": form.override, "overrideReason": form.overrideReason].compactMapValues { $0 }
        switch input.validate(child: child.id, passes: passes, today: today) {
        case .failure(let errors):
            return try await render(context, child: child, values: values, errors: errors, showOverride: form.override == "yes")
        case .success(let (validDraft, overrideReason)):
            var draft = validDraft
            let now = clock.now
            // The letter to the guardians is written now and stored with the grant.
            if let activity = try await repositories.activities.find(draft.activityID, in: child.municipalityID),
               let municipality = user.municipality {
                draft.letter = LetterComposer(
                    texts: letterTexts, language: try await repositories.letters.letterLanguage(of: child.id, in: child.municipalityID),
                    municipality: municipality, settings: try await repositories.letters.settings(for: child.municipalityID))
                    .grant(draft, overrideReason: overrideReason, firstName: child.details.firstName, activity: activity.details.name,
                           association: activity.associationName)
            }
            do {
                _ = try await repositories.grants.create(
                    draft, overrideReason: overrideReason, in: child.municipalityID, by: user.id, on: today, at: now,
                    audit: try context.actor().audit(.create, .grant, detail: "child \(child.id), \(draft.kind.rawValue) \(draft.amount.ore)"
                                                              + (overrideReason == nil ? "" : ", override")))
            } catch let refused as GrantRefused {
                var errors = ValidationErrors()
                for problem in refused.problems {
                    let message = Display.grantProblem(problem, t)
                    errors.add(message.field, message.key, message.arguments)
                }
                return try await render(context, child: child, values: values, errors: errors, showOverride: true)
            } catch StoreError.notFound {
                return try await render(context, child: child, values: values,
                                        errors: ValidationErrors("activity", "err.grant.activity.required"))
            }
            context.flash(Flash(.success, "grant.created", [t("grant.kind.\(draft.kind.rawValue)"), draft.amount.display, child.fullName]))
            return .seeOther(Paths.child.link(child.id) + "#money")
        }
    }
}
