import Domain
import Foundation
import Hummingbird

/// Creating a referral for a child, the coordinator's queue of open referrals, and starting
/// the assessment.
struct ReferralsController {
    let children: any ChildRepository
    let referrals: any ReferralRepository
    let audit: any AuditLog
    let renderer: Renderer
    let clock: Clock

    struct Form: Decodable {
        let referrerName, referrerRole, department, referredOn: String?
        let reasons: [String]?
        let reasonNote, childWishes, urgency: String?
        let support: [String]?
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.referralNew) { _, context in
            let user = try context.requireUser()
            let child = try await findChild(context)
            try await audit.record(try context.actor().audit(.view, .child, child.id, detail: "referral form"))
            let defaults = ["referredOn": clock.today.iso, "urgency": "normal", "referrerName": user.user.name,
                            "department": user.can(.decideOnPasses) ? "family" : ""]
            return try render(context, child: child, values: defaults, multi: ["support": ["guidance", "economic"]])
        }
        routes.add(.referralCreate) { request, context in try await create(request, context) }
        routes.add(.referrals) { request, context in try await queue(request, context) }
        routes.add(.referralAssessment) { _, context in try await startAssessment(context) }
    }

    private func findChild(_ context: AppContext) async throws -> Child {
        let id = try context.parameters.require("id", as: ChildID.self)
        guard let child = try await children.find(id, scope: AccessPolicy.scope(of: try context.requireUser())) else { throw AppError.notFound }
        return child
    }

    private func render(_ context: AppContext, child: Child, values: [String: String], multi: [String: Set<String>],
                        errors: ValidationErrors = .init()) throws -> Response {
        let t = context.t
        var form = FormBuilder(t, values: values, errors: errors)
        form.multiValues = multi
        form.multiValues["reasons"] = multi["reasons"] ?? []
        let view = ReferralFormView(childName: child.fullName, action: Paths.childReferrals.link(child.id), cancelHref: Paths.child.link(child.id), form: .init(
            referrerName: form.field("referrerName", label: "referral.referrerName", width: "l", maxLength: 100),
            referrerRole: form.field("referrerRole", label: "referral.referrerRole", hint: "referral.referrerRole.hint",
                                       optional: true, width: "m", maxLength: 100),
            department: form.field("department", label: "referral.department",
                                     options: Department.allCases.map { ($0.rawValue, "department.\($0.rawValue)") }),
            referredOn: form.field("referredOn", label: "referral.referredOn", hint: "form.date.hint", type: "date", width: "s"),
            reasons: form.field("reasons", label: "referral.reasons", hint: "referral.reasons.hint",
                                  options: ReferralReason.allCases.map { ($0.rawValue, "referral.reason.\($0.rawValue)") }),
            reasonNote: form.field("reasonNote", label: "referral.reasonNote", hint: "referral.reasonNote.hint",
                                     width: "xl", rows: 2, maxLength: 300),
            childWishes: form.field("childWishes", label: "referral.childWishes", hint: "referral.childWishes.hint",
                                      optional: true, width: "xl", rows: 3, maxLength: 500),
            urgency: form.field("urgency", label: "referral.urgency",
                                  options: Urgency.allCases.map { ($0.rawValue, "referral.urgency.\($0.rawValue)") })), support: form.field("support", label: "referral.support", hint: "referral.support.hint",
                               options: [("guidance", "referral.support.guidance.long"),
                                         ("economic", "referral.support.economic.long")]))
        return try renderer.page(view, title: t("referral.new.title"), context: context, form: form)
    }

    private func create(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let child = try await findChild(context)
        let form = try await request.decodeForm(Form.self, context: context)
        let support = Set(form.support ?? [])
        let input = ReferralInput(referrerName: form.referrerName, referrerRole: form.referrerRole, department: form.department,
                                  referredOn: form.referredOn, reasons: form.reasons ?? [], reasonNote: form.reasonNote,
                                  childWishes: form.childWishes, urgency: form.urgency,
                                  wantsGuidance: support.contains("guidance") ? "yes" : "no",
                                  wantsEconomicSupport: support.contains("economic") ? "yes" : "no")
        switch input.validate(today: clock.today) {
        case .failure(let errors):
            let values = ["referrerName": form.referrerName, "referrerRole": form.referrerRole, "department": form.department,
                          "referredOn": form.referredOn, "reasonNote": form.reasonNote, "childWishes": form.childWishes,
                          "urgency": form.urgency].compactMapValues { $0 }
            return try render(context, child: child, values: values, multi: ["reasons": Set(form.reasons ?? []), "support": support],
                              errors: errors)
        case .success(let details):
            let now = clock.now
            _ = try await referrals.create(details, for: child.id, in: child.municipalityID, by: user.id, at: now,
                                           audit: try context.actor().audit(.create, .referral, detail: "child \(child.id)"))
            context.flash(Flash(.success, "referral.created"))
            return .seeOther(Paths.child.link(child.id) + "#referrals")
        }
    }

    private func queue(_ request: Request, _ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let filter = request.uri.queryParameters["status"].flatMap { ReferralStatus(rawValue: String($0)) }
        let open: Set<ReferralStatus> = [.submitted, .assessment, .waitingList]
        let statuses = filter.map { [$0] } ?? open
        let rows = try await referrals.queue(statuses, scope: AccessPolicy.scope(of: user))
        try await audit.record(try context.actor().audit(.view, .referral, detail: "queue"))
        let t = context.t
        let today = clock.today
        let period = Period.halfYear(containing: today)
        let counts = user.can(.followFigures) ? try await referrals.counts(in: try user.municipalityID(), period: period) : nil
        var tabs = [nil, ReferralStatus.submitted, .assessment, .waitingList, .approved, .rejected].map { status in
            PageFrame.NavItem(href: Paths.referrals.link() + (status.map { "?status=\($0.rawValue)" } ?? ""),
                              label: status.map { t("referral.status.\($0.rawValue)") } ?? t("referrals.tab.open"),
                              current: status == filter)
        }
        // Season rollover: the coordinator's passes ending soon sit beside the referrals.
        if AccessPolicy.allows(user.role, .passRenewals) {
            tabs.append(PageFrame.NavItem(href: Paths.passRenewals.link(), label: t("pass.renewals"), current: false))
        }
        let view = ReferralQueueView(
            rows: rows.map { row in
                let r = row.referral
                let status = Display.referralStatus(r.status, t)
                var support: [String] = []
                if r.details.wantsGuidance { support.append(t("referral.support.guidance")) }
                if r.details.wantsEconomicSupport { support.append(t("referral.support.economic")) }
                return ReferralQueueView.Row(childName: row.childName, childHref: Paths.child.link(r.childID),
                                age: Display.age(row.childBirthDate, today: today, t), referredOn: r.details.referredOn.display,
                                department: t("department.\(r.details.department.rawValue)"), support: support.joined(separator: ", "),
                                status: status.label, statusKind: status.kind, urgent: r.details.urgency == .high,
                                decideHref: user.can(.decideOnPasses) && r.status.isOpen ? Paths.referralDecision.link(r.id) : nil)
            },
            tabs: tabs, counts: counts, period: t("period.range", period.from.display, period.to.display))
        return try renderer.page(view, title: t("referrals.title"), context: context)
    }

    private func startAssessment(_ context: AppContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.parameters.require("id", as: ReferralID.self)
        guard let referral = try await referrals.find(id, scope: AccessPolicy.scope(of: user)) else { throw AppError.notFound }
        do {
            try await referrals.move(id, from: .submitted, to: .assessment, note: nil, in: try user.municipalityID(), by: user.id,
                                     at: clock.now, audit: try context.actor().audit(.update, .referral, id, detail: "assessment"))
            context.flash(Flash(.success, "referral.assessmentStarted"))
        } catch StoreError.conflict {
            context.flash(Flash(.info, "referral.changedMeanwhile"))
        }
        return .seeOther(Paths.child.link(referral.childID) + "#referrals")
    }
}
