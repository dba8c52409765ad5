import Domain
import Foundation

/// Turns an outbox row's frozen parameters into the e-mail's subject and text, in the
/// recipient's language. Mail never carries more about a child than the first name the
/// recipient already knows; everything else is behind sign-in, at a link into the app.
struct MailComposer: Sendable {
    let texts: TextCatalogue
    /// The configured public address: links never come from a request's Host header.
    let baseURL: String

    func compose(_ message: OutboxMessage) -> (subject: String, body: String) {
        let t = texts.bind(message.language)
        let p = message.params
        func link(_ path: String) -> String { baseURL.trimmingCharacters(in: CharacterSet(charactersIn: "/")) + path }
        func value(_ key: String) -> String { p[key] ?? "" }
        func money(_ key: String) -> String { Money(ore: Int64(value(key)) ?? 0).display }
        let kind = message.kind.rawValue
        let lines: [String]
        let subject: String
        switch message.kind {
        case .activation, .passwordReset:
            subject = t("mail.\(kind).subject")
            lines = [t("mail.greeting", value("name")), t("mail.\(kind).body", value("municipality"), value("hours")),
                     p["link"] ?? t("mail.linkUsed"), t("mail.\(kind).after")]
        case .claimApproved:
            subject = t("mail.claim_approved.subject", value("activity"))
            lines = [t("mail.claim_approved.body", money("amount"), value("firstName"), value("activity")),
                     t("mail.seeItHere") + "\n" + link(ClaimID(value("claim")).map(Paths.portalClaimReceipt.link) ?? Paths.portal.link())]
        case .claimRejected:
            subject = t("mail.claim_rejected.subject", value("activity"))
            lines = [t("mail.claim_rejected.body", money("amount"), value("firstName"), value("activity")),
                     t("mail.claim_rejected.reason", value("reason")), t("mail.claim_rejected.after") + "\n" + link(Paths.portal.link())]
        case .claimPaid:
            subject = t("mail.claim_paid.subject", money("amount"))
            lines = [t("mail.claim_paid.body", value("count"), money("amount"),
                       LocalDate(iso: value("paidOn"))?.display ?? value("paidOn")), t("mail.seeItHere") + "\n" + link(Paths.portal.link())]
        case .referralDecided:
            subject = t("mail.referral_decided.subject", value("firstName"))
            lines = [t("mail.referral_decided.body", value("firstName"), t("mail.outcome.\(value("outcome"))")),
                     t("mail.seeItHere") + "\n" + link(ChildID(value("child")).map(Paths.child.link) ?? Paths.home.link())]
        case .secondFactorReset:
            subject = t("mail.second_factor_reset.subject")
            lines = [t("mail.greeting", value("name")), t("mail.second_factor_reset.body", value("municipality")),
                     t("mail.second_factor_reset.after") + "\n" + link(Paths.login.link())]
        case .clubDigest, .coordinatorDigest:
            subject = t("mail.\(kind).subject", value("total"))
            let items = Self.digestLines[message.kind, default: []].compactMap { key -> String? in
                guard let count = p[key], count != "0" else { return nil }
                return "- " + t("mail.digest.\(key)", count)
            }
            lines = [t("mail.greeting", value("name")), t("mail.\(kind).body")] + [items.joined(separator: "\n")]
                + [t("mail.seeItHere") + "\n" + link(Paths.home.link())]
        }
        let footer = message.kind.isOptional ? [t("mail.footer.choose", link(Paths.account.link()))] : []
        return (subject, (lines + [t("mail.signature")] + footer).joined(separator: "\n\n"))
    }

    /// The counts a digest lists, in order; the digest job fills the same keys.
    static let digestLines: [NotificationKind: [String]] = [
        .coordinatorDigest: ["referrals", "claims", "payments", "batches", "followUps", "certificates", "offers"],
        .clubDigest: ["toStart", "toClaim", "followUps"],
    ]
}
