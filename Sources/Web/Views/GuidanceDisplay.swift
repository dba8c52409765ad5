import Domain
import Foundation

/// How guidance values read on screen, in the user's language.
enum GuidanceDisplay {
    static func courseStatus(_ status: CourseStatus, _ t: Texts) -> (label: String, kind: String) {
        let kind: String
        switch status {
        case .waitingForGuide: kind = "warning"
        case .ongoing: kind = "info"
        case .successful: kind = "success"
        case .failed, .droppedOut, .movedAway: kind = "inactive"
        }
        return (t("course.status.\(status.rawValue)"), kind)
    }

    static func step(_ step: MethodStep, _ t: Texts) -> String {
        t("course.stepLine", String(step.rawValue), String(MethodStep.allCases.count), t("course.step.\(step.rawValue)"))
    }

    static func certificate(_ status: CertificateRule.Status, _ t: Texts) -> (label: String, kind: String) {
        switch status {
        case .missing: return (t("volunteer.certificate.missing"), "error")
        case .valid(let until): return (t("volunteer.certificate.valid", until.display), "success")
        case .renewSoon(let until): return (t("volunteer.certificate.renewSoon", until.display), "warning")
        case .expired(let since): return (t("volunteer.certificate.expired", since.display), "error")
        }
    }

    static func followUpState(_ state: FollowUpState, _ t: Texts) -> (label: String, kind: String) {
        let kind: String
        switch state {
        case .upcoming: kind = "inactive"
        case .due: kind = "warning"
        case .overdue: kind = "error"
        case .answered: kind = "success"
        }
        return (t("followup.state.\(state.rawValue)"), kind)
    }

    static func volunteerStatus(_ status: VolunteerStatus, _ t: Texts) -> (label: String, kind: String) {
        (t("volunteer.status.\(status.rawValue)"), status == .active ? "success" : "inactive")
    }

    static func roles(_ roles: Set<VolunteerRole>, _ t: Texts) -> String {
        VolunteerRole.allCases.filter(roles.contains).map { t("volunteer.role.\($0.rawValue)") }.joined(separator: ", ")
    }

    static func activity(_ choice: ActivityChoice?, _ t: Texts) -> String {
        guard let choice else { return t("course.activity.none") }
        return choice.started ? t("course.activity.started", choice.activity, choice.startOn.display)
            : t("course.activity.planned", choice.activity, choice.startOn.display)
    }

    static func participants(_ participants: [Participant], _ t: Texts) -> String {
        participants.map { t("session.participant.\($0.rawValue)") }.joined(separator: ", ")
    }

    static func minutes(_ minutes: Int, _ t: Texts) -> String {
        t("session.minutes", String(minutes))
    }

    static func agreement(_ a: ParentAgreement, _ t: Texts) -> String {
        t("agreement.kind.\(a.kind.rawValue)") + (a.description.map { ": " + $0 } ?? "")
    }

    static func answer(_ answer: FollowUpAnswer, _ t: Texts) -> String {
        [answer.stillActive ? t("followup.answer.active") : t("followup.answer.notActive"),
         answer.stillActive ? (answer.attendsRegularly ? t("followup.answer.regular") : t("followup.answer.irregular")) : nil,
         answer.needsHelp ? t("followup.answer.needsHelp") : nil].compactMap { $0 }.joined(separator: " · ")
    }

    /// The six steps with the current one marked, for the step line on course pages.
    struct StepView {
        let number: String
        let label: String
        let current: Bool
        let done: Bool
    }

    static func steps(current: MethodStep, _ t: Texts) -> [StepView] {
        MethodStep.allCases.map {
            StepView(number: String($0.rawValue), label: t("course.step.\($0.rawValue)"), current: $0 == current, done: $0 < current)
        }
    }
}
