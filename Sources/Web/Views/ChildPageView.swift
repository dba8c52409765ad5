import Domain
import Foundation

extension ChildPageView.Privacy {
    static func make(child: Child, viewers: [RecordViewer], isCoordinator: Bool, t: Texts) -> Self? {
        guard isCoordinator || child.anonymisedAt != nil else { return nil }
        return Self(
            viewers: viewers.map { Viewer(name: $0.userName, role: $0.role.map { t("role.\($0.rawValue)") } ?? "",
                                          count: String($0.count), last: DateFormat.dateTime($0.lastAt)) },
            hasViewers: !viewers.isEmpty, anonymised: child.anonymisedAt.map { t("child.anonymised", DateFormat.date($0)) },
            accessRequestHref: Paths.accessRequestNew.link(child.id),
            anonymiseHref: child.anonymisedAt == nil && isCoordinator ? Paths.anonymisation.link(child.id) : nil)
    }
}

/// The child's page: its view model is built here from the record (see `ChildPageView` in Views).
extension ChildPageView {
    static func make(child: Child, consents: [Consent], referrals: [Referral], history: [ReferralEvent], passes: [Pass],
                     staff: [User], user: CurrentUser, today: LocalDate, guidance: ChildGuidanceView, t: Texts) -> ChildPageView {
        let d = child.details
        let status = Display.childStatus(child.status, t)
        let isCoordinator = user.can(.decideOnPasses)
        let summary = ConsentSummary(consents, on: today)
        var facts = [
            Fact(label: t("child.birthDate"), value: d.birthDate.display),
            Fact(label: t("child.gender"), value: t("child.gender.\(d.gender.rawValue)")),
            Fact(label: t("child.school"), value: [d.school, d.schoolClass].filter { !$0.isEmpty }.joined(separator: ", ").ifEmpty("–")),
            Fact(label: t("child.schoolDistrict"), value: d.schoolDistrict.ifEmpty("–")),
            Fact(label: t("child.homeLanguage"), value: (d.homeLanguage ?? "–") + (d.needsInterpreter ? " · " + t("child.interpreter.needed") : "")),
            Fact(label: t("child.needsAdaptation"), value: d.needsAdaptation ? (d.adaptationNote ?? t("common.yes")) : t("common.no")),
            Fact(label: t("child.interests"), value: d.interests ?? "–"),
        ]
        if let note = d.note { facts.append(Fact(label: t("child.note"), value: note)) }

        let staffNames = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0.name) })
        let assignable = staff.filter { $0.isActive && AccessPolicy.can($0.role, .registerChildren) }
        let caseworkerForm = FormBuilder(t, values: ["caseworker": child.caseworkerID?.description ?? ""])

        var timeline: [TimelineEntry] = [TimelineEntry(date: DateFormat.date(child.createdAt), text: t("timeline.registered"),
                                                       detail: child.createdBy.flatMap { staffNames[$0] }, sortKey: child.createdAt)]
        for consent in consents {
            timeline.append(TimelineEntry(date: consent.givenOn.display, text: t("timeline.consentGiven"),
                                          detail: Self.covers(consent.scope, t), sortKey: consent.recordedAt))
            if let withdrawn = consent.withdrawnOn {
                timeline.append(TimelineEntry(date: withdrawn.display, text: t("timeline.consentWithdrawn"),
                                              detail: consent.withdrawalReason, sortKey: withdrawn.startOfDay))
            }
        }
        for event in history {
            timeline.append(TimelineEntry(date: DateFormat.date(event.at), text: t("timeline.referral.\(event.to.rawValue)"),
                                          detail: [event.userName, event.note].compactMap { $0 }.joined(separator: " – ").nilIfEmpty,
                                          sortKey: event.at))
        }
        for pass in passes {
            if let redeemed = pass.redeemedOn {
                timeline.append(TimelineEntry(date: redeemed.display, text: t("timeline.passInUse"), detail: nil, sortKey: redeemed.startOfDay))
            }
            if let ended = pass.endedOn {
                timeline.append(TimelineEntry(date: ended.display, text: t("timeline.passEnded"), detail: pass.endReason,
                                              sortKey: ended.startOfDay))
            }
        }
        // Guidance: courses, sessions, agreements and answered follow-ups.
        timeline += guidance.timeline
        timeline.sort { $0.sortKey > $1.sortKey }

        return ChildPageView(
            name: child.fullName,
            ageLine: t("child.ageLine", String(d.birthDate.age(on: today)), d.birthDate.display),
            status: status.label, statusKind: status.kind,
            editHref: Paths.childEdit.link(child.id), newReferralHref: Paths.referralNew.link(child.id),
            newConsentHref: Paths.consentNew.link(child.id), backHref: Paths.children.link(),
            facts: facts,
            guardians: child.guardians.map {
                GuardianView(name: $0.name, relation: t("guardian.relation.\($0.relation.rawValue)"), phone: $0.phone,
                             email: $0.email, language: $0.preferredLanguage)
            },
            consentInForce: [
                Fact(label: t("consent.cover.registration"), value: Display.yesNo(summary.inForce.registration, t)),
                Fact(label: t("consent.cover.association"), value: Display.yesNo(summary.inForce.association, t)),
                Fact(label: t("consent.cover.volunteer"), value: Display.yesNo(summary.inForce.volunteer, t)),
            ],
            consentWarnings: summary.lapsed.map { consent in
                consent.state(on: today) == .withdrawn
                    ? t("consent.warning.withdrawn", consent.withdrawnOn?.display ?? "", Self.covers(consent.scope, t))
                    : t("consent.warning.expired", consent.expiresOn?.display ?? "", Self.covers(consent.scope, t))
            },
            hasConsentWarnings: !summary.lapsed.isEmpty, noConsent: !summary.inForce.registration,
            consents: consents.map { consent in
                let state = consent.state(on: today)
                return ConsentView(
                    givenBy: consent.givenBy, givenOn: consent.givenOn.display, method: t("consent.method.\(consent.method.rawValue)"),
                    covers: Self.covers(consent.scope, t), expires: consent.expiresOn?.display ?? "–",
                    state: t("consent.state.\(state)"), stateKind: state == .inForce ? "success" : "inactive",
                    withdrawHref: consent.withdrawnOn == nil ? Paths.consentWithdrawal.link(child.id, consent.id) : nil)
            },
            hasConsents: !consents.isEmpty,
            referrals: referrals.map { referral(child: child, $0, isCoordinator: isCoordinator, t: t) },
            hasReferrals: !referrals.isEmpty,
            passes: passes.map { pass($0, isCoordinator: isCoordinator, today: today, t: t) },
            hasPasses: !passes.isEmpty,
            timeline: timeline, isCoordinator: isCoordinator, caseworkerAction: Paths.childCaseworker.link(child.id),
            caseworker: caseworkerForm.field("caseworker", label: "child.caseworker",
                                             options: [("", "child.caseworker.none")] + assignable.map { ($0.id.description, $0.name) }),
            caseworkerName: child.caseworkerID.flatMap { staffNames[$0] } ?? t("child.caseworker.none"), privacy: nil,
            guidance: guidance)
    }

    static func covers(_ scope: ConsentScope, _ t: Texts) -> String {
        var parts: [String] = []
        if scope.registration { parts.append(t("consent.cover.registration")) }
        if scope.association { parts.append(t("consent.cover.association")) }
        if scope.volunteer { parts.append(t("consent.cover.volunteer")) }
        return parts.joined(separator: ", ")
    }

    static func referral(child: Child, _ r: Referral, isCoordinator: Bool, t: Texts) -> ReferralView {
        let d = r.details
        let status = Display.referralStatus(r.status, t)
        var support: [String] = []
        if d.wantsGuidance { support.append(t("referral.support.guidance")) }
        if d.wantsEconomicSupport { support.append(t("referral.support.economic")) }
        var facts = [
            Fact(label: t("referral.referrer"), value: [d.referrerName, d.referrerRole].filter { !$0.isEmpty }.joined(separator: ", ")),
            Fact(label: t("referral.department"), value: t("department.\(d.department.rawValue)")),
            Fact(label: t("referral.reasons"), value: d.reasons.map { t("referral.reason.\($0.rawValue)") }.joined(separator: ", ")
                 + (d.reasonNote.map { " – " + $0 } ?? "")),
            Fact(label: t("referral.support"), value: support.joined(separator: ", ")),
            Fact(label: t("referral.urgency"), value: t("referral.urgency.\(d.urgency.rawValue)")),
        ]
        if let wishes = d.childWishes { facts.append(Fact(label: t("referral.childWishes"), value: wishes)) }
        var decision: String?
        if let decided = r.decidedOn {
            let track = r.track.map { " · " + t("track.\($0.rawValue)") } ?? ""
            decision = t("referral.decidedOn", decided.display) + track + (r.decisionReason.map { " · " + $0 } ?? "")
        }
        return ReferralView(
            heading: t("referral.heading", d.referredOn.display), status: status.label, statusKind: status.kind, facts: facts,
            decision: decision, canAssess: isCoordinator && r.status == .submitted, canDecide: isCoordinator && r.status.isOpen,
            assessAction: Paths.referralAssessment.link(r.id), decideHref: Paths.referralDecision.link(r.id))
    }

    static func pass(_ p: Pass, isCoordinator: Bool, today: LocalDate, t: Texts) -> PassView {
        let effective = p.effectiveStatus(on: today)
        let status = Display.passStatus(effective, t)
        var facts = [Fact(label: t("pass.grantedOn"), value: p.grantedOn.display)]
        if let redeemed = p.redeemedOn { facts.append(Fact(label: t("pass.redeemedOn"), value: redeemed.display)) }
        if let ended = p.endedOn { facts.append(Fact(label: t("pass.endedOn"), value: ended.display + (p.endReason.map { " – " + $0 } ?? ""))) }
        return PassView(
            period: t("pass.period", p.validFrom.display, p.validTo.display), cover: Display.cover(p.cover, t),
            status: status.label, statusKind: status.kind, facts: facts,
            canUse: isCoordinator && effective == .granted, canEnd: isCoordinator && (effective == .granted || effective == .inUse),
            useAction: Paths.passUse.link(p.id), endHref: Paths.passEnd.link(p.id), today: today.iso,
            canRenew: isCoordinator && PassRenewal.isDue(p, today: today), renewAction: Paths.passRenewals.link(), id: p.id.description)
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension LocalDate {
    /// Midnight in Danish time, for ordering dates among timestamps.
    var startOfDay: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .danish
        return calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }
}
