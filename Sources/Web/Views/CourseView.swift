import Domain
import Foundation

/// A course as staff see it, built from the course and what was recorded on it.
extension CourseView {
    /// The six steps with the current one marked.
    static func steps(current: MethodStep, _ t: Texts) -> [Step] {
        GuidanceDisplay.steps(current: current, t).map { Step(number: $0.number, label: $0.label, current: $0.current, done: $0.done) }
    }

    static func make(course: GuidanceCourse, child: Child, sessions: [GuidanceSession], agreements: [ParentAgreement],
                     followUps: [FollowUp], offers: [BoardOffer], consent: ConsentSummary, user: CurrentUser, today: LocalDate,
                     t: Texts) -> CourseView {
        let status = GuidanceDisplay.courseStatus(course.status, t)
        let isCoordinator = user.can(.manageVolunteers)
        var facts = [
            Fact(label: t("course.startedOn"), value: course.startedOn.display),
            Fact(label: t("course.guide"), value: course.guideName ?? t("course.guide.none")),
            Fact(label: t("course.companion"), value: course.companionName ?? t("course.companion.none")),
            Fact(label: t("course.activity"), value: GuidanceDisplay.activity(course.activity, t)),
        ]
        if let published = course.publishedOn { facts.append(Fact(label: t("course.board"), value: t("course.board.since", published.display))) }
        if let ended = course.endedOn {
            facts.append(Fact(label: t("course.endedOn"), value: ended.display + (course.endReason.map { " – " + $0 } ?? "")))
        }
        return CourseView(
            title: t("course.title", child.fullName), childName: child.fullName, childHref: Paths.child.link(child.id),
            status: status.label, statusKind: status.kind, stepLine: GuidanceDisplay.step(course.step, t),
            steps: steps(current: course.step, t), facts: facts, isOpen: course.status.isOpen,
            sessionHref: Paths.sessionNew.link(course.id), agreementHref: Paths.agreementNew.link(course.id),
            activityHref: course.status.isOpen && course.activity?.started != true ? Paths.courseActivity.link(course.id) : nil,
            outcomeHref: course.status.isOpen ? Paths.courseOutcome.link(course.id) : nil,
            guideHref: isCoordinator && course.status.isOpen ? Paths.courseGuide.link(course.id) : nil,
            isCoordinator: isCoordinator, waiting: course.status == .waitingForGuide,
            matchingFirst: isCoordinator && course.status == .waitingForGuide, isPublished: course.publishedOn != nil,
            publishAction: Paths.coursePublication.link(course.id),
            publishProblem: course.status == .waitingForGuide
                ? AssignmentRules.publishProblem(status: course.status, consent: consent).map { t($0) } : nil,
            offers: offers.map { offer in
                OfferRow(name: offer.volunteerName, offeredOn: DateFormat.date(offer.offeredAt),
                         status: t("board.offer.status.\(offer.status.rawValue)"), pending: offer.status == .pending && isCoordinator,
                         action: Paths.boardOfferConfirmation.link(offer.id), confirmLabel: t("board.confirm", offer.volunteerName))
            },
            hasOffers: !offers.isEmpty,
            sessions: sessions.map { sessionRow($0, showNote: true, t) }, hasSessions: !sessions.isEmpty,
            agreements: agreements.map { AgreementRow(text: GuidanceDisplay.agreement($0, t), date: $0.agreedOn.display) },
            hasAgreements: !agreements.isEmpty,
            followUps: followUps.map { followUpItem($0, today: today, t) }, hasFollowUps: !followUps.isEmpty,
            backHref: Paths.courses.link())
    }

    static func sessionRow(_ s: GuidanceSession, showNote: Bool, _ t: Texts) -> SessionRow {
        let d = s.draft
        return SessionRow(date: d.heldOn.display, kind: t("session.kind.\(d.kind.rawValue)"), minutes: GuidanceDisplay.minutes(d.minutes, t),
                          step: t("course.step.\(d.step.rawValue)"), participants: GuidanceDisplay.participants(d.participants, t),
                          loggedBy: s.loggedBy ?? "–", note: showNote ? d.note : nil)
    }

    static func followUpItem(_ f: FollowUp, today: LocalDate, _ t: Texts) -> FollowUpItem {
        let state = GuidanceDisplay.followUpState(f.state(on: today), t)
        return FollowUpItem(label: t("followup.afterMonths", String(f.months)), dueOn: f.dueOn.display, state: state.label,
                            stateKind: state.kind, answer: f.answer.map { GuidanceDisplay.answer($0, t) },
                            href: Paths.followUp.link(f.id), canAnswer: f.answer == nil && f.state(on: today) != .upcoming)
    }
}
