import Domain

/// The association portal's start page, built from the club's overview (nil when the user's
/// club is not linked to an association).
extension PortalView {
    static func make(overview: PortalOverview?, today: LocalDate, t: Texts) -> PortalView {
        let children = (overview?.enrolments ?? []).map { e -> ChildCard in
            let status = Display.enrolmentStatus(e.status, t)
            return ChildCard(
                name: t("portal.child.name", e.child.short, String(e.child.birthYear)), activity: e.activityName, status: status.label,
                statusKind: status.kind, startAction: e.status == .enrolled ? Paths.portalStart.link(e.id) : nil,
                stopHref: e.status == .stopped ? nil : Paths.portalStopped.link(e.id),
                started: e.startedOn.map { t("portal.child.startedOn", $0.display) } ?? e.stoppedOn.map { t("portal.child.stoppedOn", $0.display) },
                grants: e.grants.map { g in
                    let shown: (label: String, kind: String) = g.claimStatus.map { Display.claimStatus($0, t) }
                        ?? Display.grantStatus(g.status == .granted && g.claimDeadline < today ? .expired : g.status, t)
                    return GrantLine(
                        line: Display.grantLine(kind: g.kind, amount: g.amount, t), period: Display.period(g.period), status: shown.label,
                        statusKind: shown.kind,
                        claimHref: g.claimable(on: today) && g.draftID == nil ? Paths.portalClaim.link(g.id) : nil,
                        claimLabel: t("portal.claim.button", g.amount.display),
                        continueHref: g.claimable(on: today) ? g.draftID.map { Paths.portalClaimCheck.link($0) } : nil,
                        receiptHref: g.claimID.map { Paths.portalClaimReceipt.link($0) },
                        deadline: g.claimable(on: today) ? t("portal.claim.deadline", g.claimDeadline.display) : nil)
                },
                hasGrants: !e.grants.isEmpty,
                followUp: e.followUp.map { f in
                    FollowUpCard(action: Paths.portalFollowUp.link(f.id), question: t("portal.followup.question", e.child.short, e.activityName),
                                 when: t("portal.followup.when", String(f.months)), helpID: "needs-help-\(f.id)")
                },
                adaptation: e.stoppedOn == nil ? e.adaptationNote : nil)
        }
        let claims = (overview?.claims ?? []).map { c -> ClaimLine in
            let status = Display.claimStatus(c.status, t)
            return ClaimLine(child: c.child.short, amount: c.amount.display, sent: c.submittedAt.map(DateFormat.date) ?? "–",
                             status: status.label, statusKind: status.kind, href: Paths.portalClaimReceipt.link(c.id))
        }
        return PortalView(associationName: overview?.associationName ?? "", linked: overview != nil, children: children,
                          hasChildren: !children.isEmpty, claims: claims, hasClaims: !claims.isEmpty, today: today.display)
    }
}
