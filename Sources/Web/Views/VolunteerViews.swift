import Domain
import Foundation

/// A child as their volunteer guide sees them: name, age, language, interests, how to reach the
/// family, the agreements, the course and its sessions. Built from `VolunteerChildRecord`, which
/// holds nothing else; caseworkers' session notes are left out.
extension VolunteerCourseView {
    static func make(record: VolunteerChildRecord, course: GuidanceCourse, volunteer: Volunteer?, sessions: [GuidanceSession],
                     agreements: [ParentAgreement], followUps: [FollowUp], consent: ConsentSummary, today: LocalDate,
                     t: Texts) -> VolunteerCourseView {
        let status = GuidanceDisplay.courseStatus(course.status, t)
        let isGuide = volunteer.map { course.guide == .volunteer($0.id) } ?? false
        // Consent can be withdrawn after the match: then the family's details are not shown.
        let consentOK = consent.inForce.volunteer
        let digits = { (phone: String) in "tel:" + phone.filter { $0.isASCIIDigit || $0 == "+" } }
        return VolunteerCourseView(
            name: "\(record.firstName) \(record.lastName)",
            ageLine: t("child.age", String(record.birthDate.age(on: today))),
            roleLine: isGuide ? t("guidance.mine.roleGuide") : t("guidance.mine.roleCompanion", course.guideName ?? t("course.guide.none")),
            status: status.label, statusKind: status.kind, stepLine: GuidanceDisplay.step(course.step, t),
            steps: CourseView.steps(current: course.step, t), consentOK: consentOK,
            contacts: consentOK ? record.guardians.map {
                Contact(name: $0.name, relation: t("guardian.relation.\($0.relation.rawValue)"), phone: $0.phone,
                        phoneHref: $0.phone.map(digits), email: $0.email, emailHref: $0.email.map { "mailto:" + $0 }, language: $0.language)
            } : [],
            interests: consentOK ? (record.interests ?? "–") : "–", language: record.language ?? "–",
            facts: [
                ChildPageView.Fact(label: t("course.activity"), value: GuidanceDisplay.activity(course.activity, t)),
                ChildPageView.Fact(label: t("course.startedOn"), value: course.startedOn.display),
                ChildPageView.Fact(label: isGuide ? t("course.companion") : t("course.guide"),
                                   value: (isGuide ? course.companionName : course.guideName) ?? "–"),
            ],
            isOpen: course.status.isOpen, sessionHref: Paths.sessionNew.link(course.id), agreementHref: Paths.agreementNew.link(course.id),
            activityHref: course.status.isOpen && course.activity?.started != true ? Paths.courseActivity.link(course.id) : nil,
            dueFollowUps: followUps.filter { $0.answer == nil && $0.state(on: today) != .upcoming }
                .map { CourseView.followUpItem($0, today: today, t) },
            hasDueFollowUps: followUps.contains { $0.answer == nil && $0.state(on: today) != .upcoming },
            // What the family committed to is the family's: gone with the consent, like the contacts.
            agreements: consentOK ? agreements.map { CourseView.AgreementRow(text: GuidanceDisplay.agreement($0, t), date: $0.agreedOn.display) } : [],
            hasAgreements: consentOK && !agreements.isEmpty,
            // Notes written by staff are theirs: a volunteer sees only volunteers' notes.
            sessions: sessions.map { CourseView.sessionRow($0, showNote: $0.loggedRole == .volunteer, t) },
            hasSessions: !sessions.isEmpty, backHref: Paths.myChildren.link())
    }
}

/// The volunteer's start page: due follow-ups, then one card per child.
extension MyChildrenView {
    static func make(user: CurrentUser, volunteer: Volunteer?, rows: [CourseRow], followUps: [FollowUpRow], attention: [FollowUpRow], boardCount: Int,
                     settings: GuidanceSettings, today: LocalDate, t: Texts) -> MyChildrenView {
        var warning: String?
        if let volunteer {
            switch settings.certificateRule.status(obtainedOn: volunteer.details.certificateOn, today: today) {
            case .renewSoon(let until): warning = t("guidance.mine.certificateSoon", until.display)
            case .expired, .missing: warning = t("guidance.mine.certificateMissing")
            case .valid: break
            }
        }
        return MyChildrenView(
            greeting: t("guidance.mine.greeting", user.user.name), hasProfile: volunteer != nil, certificateWarning: warning,
            due: followUps.map { row in
                let state = GuidanceDisplay.followUpState(row.followUp.state(on: today), t)
                return DueItem(text: t("guidance.mine.followUpLine", row.childName, String(row.followUp.months)),
                               dueOn: row.followUp.dueOn.display, state: state.label, stateKind: state.kind,
                               href: Paths.followUp.link(row.followUp.id))
            },
            hasDue: !followUps.isEmpty,
            attention: attention.map { row in
                let f = row.followUp
                let what = f.answer.map { GuidanceDisplay.answer($0, t) } ?? t("followup.answer.associationUnsure")
                let who = f.answeredRole == .association || f.answer == nil ? t("role.association") : f.answeredBy ?? "–"
                return DueItem(text: t("guidance.mine.attentionLine", row.childName, f.activity ?? "–", what),
                               dueOn: t("followup.answeredByOn", who, (f.answeredOn ?? f.associationUnsureOn ?? f.dueOn).display),
                               state: "", stateKind: "", href: Paths.followUp.link(f.id))
            },
            hasAttention: !attention.isEmpty,
            cards: rows.map { row in
                let c = row.course
                let status = GuidanceDisplay.courseStatus(c.status, t)
                let isGuide = volunteer.map { c.guide == .volunteer($0.id) } ?? false
                return Card(name: row.childName, href: Paths.course.link(c.id), age: Display.age(row.childBirthDate, today: today, t),
                            role: isGuide ? t("volunteer.role.guide") : t("volunteer.role.companion"),
                            status: status.label, statusKind: status.kind, step: GuidanceDisplay.step(c.step, t),
                            activity: GuidanceDisplay.activity(c.activity, t),
                            lastSession: row.lastSessionOn.map { t("guidance.mine.lastSession", $0.display) } ?? t("guidance.mine.noSession"),
                            logHref: c.status.isOpen ? Paths.sessionNew.link(c.id) : nil)
            },
            hasCards: !rows.isEmpty, boardHref: Paths.board.link(),
            boardLine: boardCount == 0 ? t("guidance.mine.boardEmpty") : t("guidance.mine.boardCount", String(boardCount)))
    }
}
