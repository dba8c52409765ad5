import Domain
import Foundation

extension WorkListView {
    /// A section; `more` links to the full list when there is more than is shown.
    static func section(_ key: String, count: Int, items: [Item], more: String?, _ t: Texts) -> Section {
        Section(key: key, title: t("work.\(key).title"), count: count, countText: t("work.count", String(count)), items: items,
                hasItems: !items.isEmpty, empty: t("work.\(key).empty"), moreHref: count > 0 ? more : nil,
                moreText: count > items.count ? t("work.more", String(count)) : t("work.open"))
    }

    static func summary(_ sections: [Section], _ t: Texts) -> String {
        let total = sections.reduce(0) { $0 + $1.count }
        return total == 0 ? t("work.summary.none") : t("work.summary", String(total))
    }
}

// Each role's sections.
extension WorkListView {
    static func coordinator(_ w: CoordinatorWork, _ t: Texts) -> [Section] {
        let referrals = w.referrals.items.map {
            Item(text: $0.title, href: Paths.referralDecision.link(ReferralID($0.id)), meta: t("work.referredOn", $0.date?.display ?? ""),
                 flag: $0.flag ? t("work.urgent") : nil)
        }
        let claims = w.claims.items.map {
            Item(text: $0.title, href: Paths.claim.link(ClaimID($0.id)), meta: t("work.submittedOn", $0.date?.display ?? ""))
        }
        var payments = w.batches.items.map {
            Item(text: t("work.batch", $0.id.description, $0.title), href: Paths.paymentBatch.link(PaymentBatchID($0.id)),
                 meta: t("work.createdOn", $0.date?.display ?? ""))
        }
        if w.readyForPayment.count > 0 {
            payments.insert(Item(text: t("work.readyForPayment", String(w.readyForPayment.count), w.readyForPayment.total.display),
                                 href: Paths.paymentBatches.link(), meta: ""), at: 0)
        }
        let followUps = w.overdueFollowUps.items.map {
            Item(text: $0.title, href: Paths.followUp.link(FollowUpID($0.id)), meta: t("work.dueOn", $0.date?.display ?? ""))
        }
        let certificates = w.certificates.items.map {
            Item(text: $0.title, href: Paths.volunteerEdit.link(VolunteerID($0.id)),
                 meta: t($0.flag ? "work.certificate.expired" : "work.certificate.expires", $0.date?.display ?? ""),
                 flag: $0.flag ? t("work.certificate.expiredFlag") : nil)
        }
        let offers = w.offers.items.map {
            Item(text: $0.title, href: Paths.course.link(CourseID($0.targetID ?? 0)), meta: t("work.offeredOn", $0.date?.display ?? ""))
        }
        return [
            section("referrals", count: w.referrals.count, items: referrals, more: Paths.referrals.link(), t),
            section("claims", count: w.claims.count, items: claims, more: Paths.claims.link(), t),
            section("payments", count: w.batches.count + (w.readyForPayment.count > 0 ? 1 : 0), items: payments,
                    more: Paths.paymentBatches.link(), t),
            section("followUps", count: w.overdueFollowUps.count, items: followUps, more: Paths.followUps.link(), t),
            section("certificates", count: w.certificates.count, items: certificates, more: Paths.volunteers.link(), t),
            section("offers", count: w.offers.count, items: offers, more: Paths.courses.link(), t),
        ]
    }

    static func caseworker(_ w: CaseworkerWork, _ t: Texts) -> [Section] {
        let news = w.news.map {
            Item(text: $0.item.title, href: Paths.child.link(ChildID($0.item.id)), meta: $0.item.date?.display ?? "",
                 flag: t("work.news.\($0.news.rawValue)"))
        }
        let drafts = w.drafts.items.map {
            Item(text: $0.title, href: Paths.referralNew.link(ChildID($0.id)), meta: t("work.registeredOn", $0.date?.display ?? ""))
        }
        return [
            section("news", count: w.newsCount, items: news, more: Paths.children.link(), t),
            section("drafts", count: w.drafts.count, items: drafts, more: Paths.children.link(), t),
        ]
    }

    /// A meeting is due when the last one was this many days ago (or there was none).
    static let meetingDueAfterDays = 14

    static func volunteer(courses: [CourseRow], followUps: [FollowUpRow], today: LocalDate, limit: Int, _ t: Texts) -> [Section] {
        let open = courses.filter { $0.course.status == .ongoing }
            .sorted { ($0.lastSessionOn ?? .init(year: 1, month: 1, day: 1)!) < ($1.lastSessionOn ?? .init(year: 1, month: 1, day: 1)!) }
        let due = open.filter { ($0.lastSessionOn.map { $0.days(until: today) } ?? Int.max) >= meetingDueAfterDays }
        let dueIDs = Set(due.map(\.course.id))
        let sessions = open.prefix(limit).map {
            Item(text: $0.childName, href: Paths.sessionNew.link($0.course.id),
                 meta: $0.lastSessionOn.map { t("work.lastSession", $0.display) } ?? t("work.noSession"),
                 flag: dueIDs.contains($0.course.id) ? t("work.meetingDue") : nil)
        }
        let answers = followUps.prefix(limit).map {
            Item(text: $0.childName, href: Paths.followUp.link($0.followUp.id), meta: t("work.dueOn", $0.followUp.dueOn.display),
                 flag: $0.followUp.state(on: today) == .overdue ? t("work.overdue") : nil)
        }
        return [
            section("sessions", count: due.count, items: Array(sessions), more: Paths.myChildren.link(), t),
            section("volunteerFollowUps", count: followUps.count, items: Array(answers), more: Paths.myChildren.link(), t),
        ]
    }

    static func club(_ w: ClubWork, limit: Int, _ t: Texts) -> [Section] {
        let start = w.toStart.prefix(limit).map {
            Item(text: $0.child.short, href: Paths.portal.link(), meta: $0.activityName, action: Paths.portalStart.link($0.id),
                 actionLabel: t("work.markStarted"))
        }
        let claim = w.toClaim.prefix(limit).map {
            Item(text: t("work.claimLine", $0.enrolment.child.short, $0.grant.amount.display),
                 href: $0.grant.draftID.map { Paths.portalClaimCheck.link($0) } ?? Paths.portalClaim.link($0.grant.id),
                 meta: t("work.claimBy", $0.grant.claimDeadline.display))
        }
        let answer = w.followUps.prefix(limit).map {
            Item(text: $0.child.short, href: Paths.portal.link(), meta: $0.activityName)
        }
        return [
            section("toStart", count: w.toStart.count, items: Array(start), more: Paths.portal.link(), t),
            section("toClaim", count: w.toClaim.count, items: Array(claim), more: Paths.portal.link(), t),
            section("clubFollowUps", count: w.followUps.count, items: Array(answer), more: Paths.portal.link(), t),
        ]
    }
}
