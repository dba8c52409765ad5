import Domain
import Foundation
import Hummingbird

/// The coordinator's decision on a referral: approve (issuing a pass), reject with a reason,
/// or put on the waiting list. Checks consent and the municipality's age rule first.
struct DecisionsController {
    let repositories: Repositories
    let letterTexts: LetterTexts
    let renderer: Renderer
    let clock: Clock

    struct Form: Decodable {
        let outcome, track, reason, validFrom, validTo: String?
        let covers: [String]?
        let reasons: [String]?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.referralDecisionForm) { _, context in
            let (referral, child) = try await load(context)
            // Decided already (perhaps by a colleague just now): nothing left to choose here.
            guard Self.outcomes(for: referral.status).isEmpty == false else {
                context.flash(Flash(.info, "decision.alreadyDecided"))
                return .seeOther(Paths.child.link(child.id) + "#referrals")
            }
            try await repositories.audit.record(try context.actor().audit(.view, .child, child.id, detail: "decision form"))
            let settings = try await repositories.schemeSettings.settings(for: child.municipalityID)
            let period = settings.defaultPassPeriod(decidedOn: clock.today)
            let track: Track = referral.details.wantsGuidance && referral.details.wantsEconomicSupport ? .both
                : referral.details.wantsGuidance ? .guidanceOnly : .economicOnly
            let cover = track.defaultCover
            let covers = Set([cover.guidance ? "guidance" : "", cover.fee ? "fee" : "", cover.equipment ? "equipment" : ""])
            return try await render(context, referral: referral, child: child,
                                    values: ["track": track.rawValue, "validFrom": period.from.iso, "validTo": period.to.iso],
                                    covers: covers)
        }
        routes.add(.referralDecide) { request, context in try await decide(request, context) }
    }

    private func load(_ context: AppContext) async throws -> (Referral, Child) {
        let user = try context.requireUser()
        let id = try context.parameters.require("id", as: ReferralID.self)
        guard let referral = try await repositories.referrals.find(id, scope: AccessPolicy.scope(of: user)),
              let child = try await repositories.children.find(referral.childID, scope: AccessPolicy.scope(of: user))
        else { throw AppError.notFound }
        return (referral, child)
    }

    private func render(_ context: AppContext, referral: Referral, child: Child, values: [String: String], covers: Set<String>,
                        reasons: Set<String> = [], errors: ValidationErrors = .init()) async throws -> Response {
        let t = context.t
        let consent = ConsentSummary(try await repositories.consents.list(for: child.id, in: child.municipalityID), on: clock.today)
        let settings = try await repositories.schemeSettings.settings(for: child.municipalityID)
        var form = FormBuilder(t, values: values, errors: errors)
        form.multiValues["covers"] = covers
        form.multiValues["reasons"] = reasons
        let outcomes = Self.outcomes(for: referral.status)
        let view = DecisionFormView(
            childName: child.fullName, childHref: Paths.child.link(child.id),
            summary: ChildPageView.referral(child: child, referral, isCoordinator: false, t: t).facts
                + [ChildPageView.Fact(label: t("child.birthDate"), value: t("child.ageLine", String(child.details.birthDate.age(on: clock.today)),
                                                                                child.details.birthDate.display))],
            consentOK: consent.inForce.registration,
            ageRule: settings.minimumAge > 0 ? t("settings.ageRule.range", String(settings.minimumAge), String(settings.maximumAge))
                : t("settings.ageRule.under", String(settings.maximumAge)),
            action: Paths.referralDecision.link(referral.id),
            form: .init(
                outcome: form.field("outcome", label: "decision.outcome",
                                    options: outcomes.map { ($0.rawValue, "decision.outcome.\($0.rawValue)") }),
                track: form.field("track", label: "decision.track", hint: "decision.track.hint",
                                  options: Track.allCases.map { ($0.rawValue, "track.\($0.rawValue)") }),
                validFrom: form.field("validFrom", label: "decision.validFrom", hint: "form.date.hint", type: "date", width: "s"),
                validTo: form.field("validTo", label: "decision.validTo", hint: "form.date.hint", type: "date", width: "s"),
                covers: form.field("covers", label: "decision.covers",
                                   options: [("guidance", "pass.cover.guidance"), ("fee", "pass.cover.fee"), ("equipment", "pass.cover.equipment")]),
                reasons: form.field("reasons", label: "decision.reasons", hint: "decision.reasons.hint", optional: true,
                                    options: DecisionReason.allCases.map { ($0.rawValue, "decision.reasonCode.\($0.rawValue)") }),
                reason: form.field("reason", label: "decision.reason", hint: "decision.reason.hint", width: "xl",
                                   rows: 3, maxLength: 500)))
        return try renderer.page(view, title: t("decision.title", child.fullName), context: context, form: form)
    }

    /// The decisions a referral in `status` can still get (a submitted one is assessed on the way).
    static func outcomes(for status: ReferralStatus) -> [Decision.Outcome] {
        Decision.Outcome.allCases.filter {
            let from = status == .submitted ? ReferralStatus.assessment : status
            return from.canMove(to: $0.status) || status.canMove(to: $0.status)
        }
    }

    private func decide(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let (referral, child) = try await load(context)
        let form = try await request.decodeForm(Form.self, context: context)
        let today = clock.today
        let consent = ConsentSummary(try await repositories.consents.list(for: child.id, in: child.municipalityID), on: today)
        let settings = try await repositories.schemeSettings.settings(for: child.municipalityID)
        var input = DecisionInput(outcome: form.outcome, track: form.track, reason: form.reason, validFrom: form.validFrom,
                                  validTo: form.validTo, covers: form.covers ?? [])
        input.reasons = form.reasons ?? []
        let values = ["outcome": form.outcome, "track": form.track, "reason": form.reason, "validFrom": form.validFrom,
                      "validTo": form.validTo].compactMapValues { $0 }
        switch input.validate(current: referral.status, birthDate: child.details.birthDate, consent: consent, settings: settings, today: today) {
        case .failure(let errors):
            return try await render(context, referral: referral, child: child, values: values, covers: Set(form.covers ?? []),
                                    reasons: Set(form.reasons ?? []), errors: errors)
        case .success(var decision):
            let now = clock.now
            // The letter to the guardians is written now and stored with the decision.
            decision.letter = LetterComposer(
                texts: letterTexts, language: try await repositories.letters.letterLanguage(of: child.id, in: child.municipalityID),
                municipality: try user.municipality ?? { throw AppError.forbidden }(),
                settings: try await repositories.letters.settings(for: child.municipalityID))
                .referral(decision, firstName: child.details.firstName, referredOn: referral.details.referredOn)
            do {
                _ = try await repositories.referrals.decide(
                    referral.id, from: referral.status, decision: decision, in: child.municipalityID, by: user.id, on: today, at: now,
                    audit: try context.actor().audit(.update, .referral, referral.id, detail: "decision \(decision.outcome.rawValue)"))
                context.flash(Flash(.success, "decision.saved.\(decision.outcome.rawValue)", [child.fullName]))
            } catch StoreError.conflict {
                context.flash(Flash(.error, "referral.changedMeanwhile"))
            } catch StoreError.ruleNoLongerHolds {
                context.flash(Flash(.error, "decision.rulesChangedMeanwhile"))
            }
            return .seeOther(Paths.child.link(child.id) + "#referrals")
        }
    }
}
