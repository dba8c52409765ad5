import Domain
import Foundation

extension ChildMoneyView {
    static func make(child: ChildID, enrolments: [Enrolment], grants: [Grant], claims: [Claim], associationConsent: Bool,
                     rules: GrantRules, user: CurrentUser, today: LocalDate, t: Texts) -> (ChildMoneyView, [ChildPageView.TimelineEntry]) {
        let canGrant = AccessPolicy.allows(user.role, .grantNew)
        let canOpen = AccessPolicy.allows(user.role, .grantShow)
        let held = grants.filter { $0.effectiveStatus(on: today).holdsMoney }
        let years = Self.years(held, rules: rules, t: t)
        let view = ChildMoneyView(
            enrolments: enrolments.map { e in
                let status = Display.enrolmentStatus(e.status, t)
                var dates = [t("money.child.enrolledOn", e.enrolledOn.display)]
                if let started = e.startedOn { dates.append(t("money.child.startedOn", started.display)) }
                if let stopped = e.stoppedOn { dates.append(t("money.child.stoppedOn", stopped.display) + (e.stopReason.map { " (\($0))" } ?? "")) }
                let forActivity = held.filter { $0.activityID == e.activityID }
                // A fee held for this season or a later one: offer equipment, not a second fee.
                let feeHeld = forActivity.contains { $0.kind == .fee && $0.period.to >= today }
                return EnrolmentLine(activity: e.activityName, association: e.associationName,
                                     associationHref: Paths.association.link(e.associationID), status: status.label, statusKind: status.kind,
                                     dates: dates.joined(separator: " · "),
                                     granted: forActivity.map {
                                         t("money.child.granted", Display.grantLine(kind: $0.kind, amount: $0.amount, t), Display.period($0.period),
                                           Display.grantStatus($0.effectiveStatus(on: today), t).label)
                                     },
                                     grantHref: canGrant && e.stoppedOn == nil
                                        ? Paths.grantNew.link(child) + "?activity=\(e.activityID)" + (feeHeld ? "&kind=equipment" : "") : nil,
                                     grantLabel: t(feeHeld ? "money.child.grantEquipmentFor" : "money.child.grantFor"))
            },
            hasEnrolments: !enrolments.isEmpty, years: years, hasYears: !years.isEmpty,
            grants: grants.map { g in
                let status = Display.grantStatus(g.effectiveStatus(on: today), t)
                return GrantLine(
                    title: Display.grantLine(kind: g.kind, amount: g.amount, t), href: canOpen ? Paths.grant.link(g.id) : nil,
                    activity: "\(g.associationName) – \(g.activityName)", period: Display.period(g.period), funding: g.fundingSourceName,
                    status: status.label, statusKind: status.kind,
                    claims: claims.filter { $0.grantID == g.id }.map { c in
                        let s = Display.claimStatus(c.status, t)
                        return ClaimLine(text: t("money.child.claim", c.amount.display, c.submittedAt.map(DateFormat.date) ?? "–"),
                                         status: s.label, statusKind: s.kind, href: canOpen ? Paths.claim.link(c.id) : nil)
                    })
            },
            hasGrants: !grants.isEmpty, canGrant: canGrant, canEnrol: AccessPolicy.allows(user.role, .enrolmentNew),
            newGrantHref: Paths.grantNew.link(child), newEnrolmentHref: Paths.enrolmentNew.link(child),
            noAssociationConsent: !associationConsent && !enrolments.isEmpty)

        var timeline: [ChildPageView.TimelineEntry] = []
        func add(_ date: LocalDate, _ text: String, _ detail: String?) {
            timeline.append(ChildPageView.TimelineEntry(date: date.display, text: text, detail: detail, sortKey: date.startOfDay))
        }
        for e in enrolments {
            add(e.enrolledOn, t("money.timeline.enrolled"), "\(e.associationName) – \(e.activityName)")
            if let started = e.startedOn { add(started, t("money.timeline.started"), "\(e.associationName) – \(e.activityName)") }
            if let stopped = e.stoppedOn { add(stopped, t("money.timeline.stopped"), [e.activityName, e.stopReason].compactMap { $0 }.joined(separator: " – ")) }
        }
        for g in grants {
            add(g.grantedOn, t("money.timeline.granted", Display.grantLine(kind: g.kind, amount: g.amount, t)), g.associationName)
            if let cancelled = g.cancelledOn { add(cancelled, t("money.timeline.grantCancelled"), g.cancelReason) }
        }
        for c in claims {
            if let sent = c.submittedAt {
                timeline.append(ChildPageView.TimelineEntry(date: DateFormat.date(sent), text: t("money.timeline.claimed", c.amount.display),
                                                            detail: c.submittedByName, sortKey: sent))
            }
            if let decided = c.decidedAt, c.status != .submitted {
                let key = c.status == .rejected ? "money.timeline.claimRejected" : "money.timeline.claimApproved"
                timeline.append(ChildPageView.TimelineEntry(date: DateFormat.date(decided), text: t(key, c.amount.display),
                                                            detail: c.rejectReason ?? c.decidedByName, sortKey: decided))
            }
            if let paid = c.paidOn { add(paid, t("money.timeline.paid", c.amount.display), nil) }
        }
        return (view, timeline)
    }

    /// Per budget year with support, newest first: what is held of each kind against its cap.
    static func years(_ held: [Grant], rules: GrantRules, t: Texts) -> [YearLine] {
        let byYear = Dictionary(grouping: held) { $0.period.from.year }
        return byYear.keys.sorted(by: >).map { year in
            let grants = byYear[year]!
            let kinds = GrantKind.allCases.filter { kind in kind != .camp || rules.campsCovered || grants.contains { $0.kind == kind } }
            return YearLine(label: t("money.child.year", String(year)), value: kinds.map { kind in
                t("money.child.yearKind", t("grant.kind.\(kind.rawValue)"),
                  Money.sum(grants.filter { $0.kind == kind }.map(\.amount)).display, rules.cap(for: kind).display)
            }.joined(separator: " · "))
        }
    }
}
