import Domain
import Foundation

/// The follow-up list: what is due and overdue, recent answers and (for the coordinator) the
/// retention after six months.
extension FollowUpListView {
    static func make(open: [FollowUpRow], answered: [FollowUpRow], attention: [FollowUpRow], retention: [(Period, Retention)], today: LocalDate,
                     t: Texts) -> FollowUpListView {
        func row(_ r: FollowUpRow) -> Row {
            let f = r.followUp
            let state = GuidanceDisplay.followUpState(f.state(on: today), t)
            return Row(childName: r.childName, href: Paths.followUp.link(f.id), label: t("followup.afterMonths", String(f.months)),
                       activity: f.activity ?? "–", dueOn: f.dueOn.display, state: state.label, stateKind: state.kind,
                       guide: r.guideName ?? "–",
                       answer: f.answer.map { GuidanceDisplay.answer($0, t) } ?? f.associationUnsureOn.map { _ in t("followup.answer.associationUnsure") },
                       answeredBy: f.answeredOn.map { on in
                           let who = f.answeredRole == .association ? t("role.association") : f.answeredBy ?? "–"
                           return t("followup.answeredByOn", who, on.display)
                       } ?? f.associationUnsureOn.map { t("followup.answeredByOn", t("role.association"), $0.display) })
        }
        return FollowUpListView(
            open: open.map(row), answered: answered.map(row), attention: attention.map(row),
            retention: retention.map { period, r in
                RetentionRow(heading: t("followup.retention.heading", period.from.display, period.to.display),
                             percent: Retention.percent(r.rate).map { t("followup.retention.percent", String($0)) } ?? "–",
                             line: t("followup.retention.line", String(r.stillActive), String(r.due), String(r.answered)))
            })
    }
}

/// One follow-up: its facts, and the three questions (or the answer given).
extension FollowUpAnswerView {
    static func make(_ row: FollowUpRow, form: FormBuilder, backHref: String, today: LocalDate, t: Texts) -> FollowUpAnswerView {
        let f = row.followUp
        let state = GuidanceDisplay.followUpState(f.state(on: today), t)
        let yesNo = [("yes", "common.yes"), ("no", "common.no")]
        var facts = [
            ChildPageView.Fact(label: t("followup.activity"), value: f.activity ?? "–"),
            ChildPageView.Fact(label: t("followup.startedOn"), value: f.activityStartedOn.display),
            ChildPageView.Fact(label: t("followup.dueOn"), value: "\(f.dueOn.display) (\(state.label))"),
        ]
        if let answered = f.answeredOn {
            facts.append(ChildPageView.Fact(label: t("followup.answeredOn"),
                                            value: [answered.display, f.answeredBy].compactMap { $0 }.joined(separator: ", ")))
        }
        return FollowUpAnswerView(
            heading: t("followup.show.heading", String(f.months)), childName: row.childName, facts: facts,
            answer: f.answer.map { GuidanceDisplay.answer($0, t) + ($0.note.map { " – " + $0 } ?? "") },
            action: Paths.followUp.link(f.id), backHref: backHref,
            form: .init(
                stillActive: form.field("stillActive", label: "followup.stillActive", options: yesNo),
                attendsRegularly: form.field("attendsRegularly", label: "followup.attendsRegularly", hint: "followup.attendsRegularly.hint",
                                               options: yesNo),
                needsHelp: form.field("needsHelp", label: "followup.needsHelp", hint: "followup.needsHelp.hint", options: yesNo),
                note: form.field("note", label: "followup.note", hint: "followup.note.hint", optional: true, width: "xl", rows: 3,
                                 maxLength: 500)))
    }
}
