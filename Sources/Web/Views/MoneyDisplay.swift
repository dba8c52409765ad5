import Domain
import Foundation

/// How associations, activities and money read on screen.
extension Display {
    static func grantStatus(_ status: GrantStatus, _ t: Texts) -> (label: String, kind: String) {
        let kind: String
        switch status {
        case .granted: kind = "info"
        case .claimed: kind = "warning"
        case .approved: kind = "info"
        case .paid: kind = "success"
        case .cancelled, .expired: kind = "inactive"
        }
        return (t("grant.status.\(status.rawValue)"), kind)
    }

    static func claimStatus(_ status: ClaimStatus, _ t: Texts) -> (label: String, kind: String) {
        let kind: String
        switch status {
        case .draft: kind = "inactive"
        case .submitted: kind = "warning"
        case .approved: kind = "info"
        case .rejected: kind = "error"
        case .paid: kind = "success"
        }
        return (t("claim.status.\(status.rawValue)"), kind)
    }

    static func enrolmentStatus(_ status: EnrolmentStatus, _ t: Texts) -> (label: String, kind: String) {
        switch status {
        case .enrolled: (t("activity.enrolment.status.enrolled"), "info")
        case .started: (t("activity.enrolment.status.started"), "success")
        case .stopped: (t("activity.enrolment.status.stopped"), "inactive")
        }
    }

    static func batchStatus(_ status: BatchStatus, _ t: Texts) -> (label: String, kind: String) {
        switch status {
        case .open: (t("payment.batch.status.open"), "warning")
        case .exported: (t("payment.batch.status.exported"), "info")
        case .paid: (t("payment.batch.status.paid"), "success")
        }
    }

    static func period(_ period: Period) -> String {
        "\(period.from.display)–\(period.to.display)"
    }

    static func categories(_ categories: [ActivityCategory], _ t: Texts) -> String {
        categories.map { t("activity.category.\($0.rawValue)") }.joined(separator: ", ")
    }

    static func weekdays(_ days: [Weekday], _ t: Texts) -> String {
        days.map { t("activity.weekday.short.\($0.rawValue)") }.joined(separator: ", ")
    }

    static func ages(_ details: ActivityDetails, _ t: Texts) -> String {
        details.minAge == details.maxAge ? t("activity.age.one", String(details.minAge))
            : t("activity.age.range", String(details.minAge), String(details.maxAge))
    }

    /// "Stadion Tvis" with its district, unless the place names it already.
    static func place(_ details: ActivityDetails) -> String {
        let district = details.place.localizedCaseInsensitiveContains(details.district) ? "" : details.district
        return [details.place, district].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The fee alone (`900,00 kr.`) and what it covers (`pr. sæson`), for tables.
    static func feeParts(_ details: ActivityDetails, _ t: Texts) -> (amount: String, per: String) {
        details.fee.isPositive ? (details.fee.display, t("activity.feePeriod.per.\(details.feePeriod.rawValue)")) : (t("activity.fee.free"), "")
    }

    static func fee(_ details: ActivityDetails, _ t: Texts) -> String {
        details.fee.isPositive ? "\(details.fee.display) \(t("activity.feePeriod.per.\(details.feePeriod.rawValue)"))" : t("activity.fee.free")
    }

    static func freePlaces(_ places: Int?, _ t: Texts) -> String {
        places.map(String.init) ?? t("activity.freePlaces.unknown")
    }

    /// "Kontingent, 1.200,00 kr." for a grant.
    static func grantLine(kind: GrantKind, amount: Money, _ t: Texts) -> String {
        "\(t("grant.kind.\(kind.rawValue)")), \(amount.display)"
    }

    /// The field and message a refused grant shows beside it, saying by how much the rule is broken.
    static func grantProblem(_ problem: GrantProblem, _ t: Texts) -> (field: String, key: String, arguments: [String]) {
        switch problem {
        case .cap(let kind, let cap, let used, _):
            return ("amount", "err.grant.problem.cap", [t("grant.kind.\(kind.rawValue)").lowercased(), cap.display, used.display,
                                                        problem.excess.display])
        case .campsNotCovered:
            return ("kind", "err.grant.problem.campsNotCovered", [])
        case .years(let max, let used):
            return ("periodFrom", "err.grant.problem.years", [String(max), String(used)])
        case .budget(let remaining, _):
            return ("fundingSource", "err.grant.problem.budget", [remaining.display, problem.excess.display])
        case .noBudget(let year):
            return ("fundingSource", "err.grant.problem.noBudget", [String(year)])
        case .feeAlreadyGranted(let amount, let period):
            return ("activity", "err.grant.problem.feeAlreadyGranted", [amount.display, Display.period(period)])
        }
    }

    static func fileSize(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? String(format: "%.1f MB", Double(bytes) / 1024 / 1024).replacingOccurrences(of: ".", with: ",")
            : "\(max(1, bytes / 1024)) kB"
    }
}
