import Domain
import Foundation

/// How domain values read on screen, in the user's language.
enum Display {
    static func age(_ birth: LocalDate, today: LocalDate, _ t: Texts) -> String {
        t("child.age", String(birth.age(on: today)))
    }

    static func childStatus(_ status: ChildStatus, _ t: Texts) -> (label: String, kind: String) {
        let kind: String
        switch status {
        case .registered: kind = "inactive"
        case .referred: kind = "info"
        case .waitingList: kind = "warning"
        case .rejected: kind = "inactive"
        case .active: kind = "success"
        case .ended: kind = "inactive"
        }
        return (t("child.status.\(status.rawValue)"), kind)
    }

    static func referralStatus(_ status: ReferralStatus, _ t: Texts) -> (label: String, kind: String) {
        let kind: String
        switch status {
        case .submitted: kind = "info"
        case .assessment: kind = "info"
        case .waitingList: kind = "warning"
        case .approved: kind = "success"
        case .rejected: kind = "inactive"
        }
        return (t("referral.status.\(status.rawValue)"), kind)
    }

    static func passStatus(_ status: PassStatus, _ t: Texts) -> (label: String, kind: String) {
        let kind: String
        switch status {
        case .granted: kind = "info"
        case .inUse: kind = "success"
        case .ended, .expired: kind = "inactive"
        }
        return (t("pass.status.\(status.rawValue)"), kind)
    }

    static func cover(_ cover: PassCover, _ t: Texts) -> String {
        var parts: [String] = []
        if cover.guidance { parts.append(t("pass.cover.guidance")) }
        if cover.fee { parts.append(t("pass.cover.fee")) }
        if cover.equipment { parts.append(t("pass.cover.equipment")) }
        return parts.joined(separator: ", ")
    }

    static func yesNo(_ value: Bool, _ t: Texts) -> String {
        value ? t("common.yes") : t("common.no")
    }
}
