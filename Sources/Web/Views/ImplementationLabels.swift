import Domain
import Foundation

/// Words and badge kinds for the workspace's values, one place for every page.
enum ImplLabels {
    static func status(_ status: ItemStatus, _ t: Texts) -> String {
        switch status {
        case .notStarted: t("impl.status.notStarted")
        case .inProgress: t("impl.status.inProgress")
        case .done: t("impl.status.done")
        case .notRelevant: t("impl.status.notRelevant")
        }
    }

    /// Badge classes: calm grey for not started, colour only where it carries meaning.
    static func statusKind(_ status: ItemStatus) -> String {
        switch status {
        case .notStarted: "neutral"
        case .inProgress: "info"
        case .done: "success"
        case .notRelevant: "inactive"
        }
    }

    static let statusOptions: [(String, String)] = [
        (ItemStatus.notStarted.rawValue, "impl.status.notStarted"), (ItemStatus.inProgress.rawValue, "impl.status.inProgress"),
        (ItemStatus.done.rawValue, "impl.status.done"), (ItemStatus.notRelevant.rawValue, "impl.status.notRelevant"),
    ]

    static func kind(_ kind: ImplementationCatalogue.ItemKind, _ t: Texts) -> String {
        switch kind {
        case .question: t("impl.kind.question")
        case .tool: t("impl.kind.tool")
        case .recommendation: t("impl.kind.recommendation")
        case .task: t("impl.kind.task")
        case .own: t("impl.kind.own")
        }
    }

    static func degree(_ degree: Degree?, _ t: Texts) -> String {
        switch degree {
        case .high: t("impl.degree.high")
        case .partly: t("impl.degree.some")
        case .notAtAll: t("impl.degree.none")
        case nil: t("impl.degree.unanswered")
        }
    }

    static func degreeKind(_ degree: Degree?) -> String {
        switch degree {
        case .high: "success"
        case .partly: "warning"
        case .notAtAll: "error"
        case nil: "neutral"
        }
    }

    static let degreeOptions: [(String, String)] = [
        (Degree.high.rawValue, "impl.degree.high"), (Degree.partly.rawValue, "impl.degree.some"),
        (Degree.notAtAll.rawValue, "impl.degree.none"), ("", "impl.degree.unanswered"),
    ]

    static func rating(_ rating: BarrierRating?, _ t: Texts) -> String {
        switch rating {
        case .noBarrier: t("impl.rating.none")
        case .someBarrier: t("impl.rating.some")
        case .majorBarrier: t("impl.rating.major")
        case nil: t("impl.rating.unrated")
        }
    }

    static func ratingKind(_ rating: BarrierRating?) -> String {
        switch rating {
        case .noBarrier: "success"
        case .someBarrier: "warning"
        case .majorBarrier: "error"
        case nil: "neutral"
        }
    }

    static let ratingOptions: [(String, String)] = [
        (BarrierRating.noBarrier.rawValue, "impl.rating.none"), (BarrierRating.someBarrier.rawValue, "impl.rating.some"),
        (BarrierRating.majorBarrier.rawValue, "impl.rating.major"), ("unrated", "impl.rating.unrated"),
    ]

    static func trend(_ trend: DialogueTrend?, _ t: Texts) -> String {
        switch trend {
        case .resolved: t("impl.trend.resolved")
        case .improved: t("impl.trend.improved")
        case .unchanged: t("impl.trend.unchanged")
        case .worse: t("impl.trend.worse")
        case nil: "–"
        }
    }

    static func trendKind(_ trend: DialogueTrend?) -> String {
        switch trend {
        case .resolved, .improved: "success"
        case .worse: "error"
        case .unchanged, nil: "neutral"
        }
    }

    static func meetingKind(_ kind: MeetingKind, _ t: Texts) -> String {
        switch kind {
        case .steeringGroup: t("impl.meeting.kind.steeringGroup")
        case .implementationTeam: t("impl.meeting.kind.implementationTeam")
        }
    }

    static func planField(_ field: PlanField, _ t: Texts) -> String {
        switch field {
        case .answer: t("impl.plan.answer")
        case .initiativesNeeded: t("impl.plan.neededShort")
        case .initiatives: t("impl.plan.initiatives")
        case .responsible: t("impl.plan.responsible")
        case .deadline: t("impl.plan.deadline")
        case .milestones: t("impl.plan.milestones")
        case .completion: t("impl.plan.completion")
        }
    }

    static func yesNo(_ value: Bool?, _ t: Texts) -> String {
        switch value {
        case true?: t("impl.yes")
        case false?: t("impl.no")
        case nil: t("impl.plan.initiativesNeeded.unsettled")
        }
    }

    /// "1.1 Tilpasning til den kommunale kontekst", or the start-up checklist's name.
    static func section(_ section: ChecklistSection, _ t: Texts) -> String {
        guard let title = section.title else { return t("impl.startup.title") }
        return "\(section.number) \(title(t.language))"
    }

    static func phase(_ phase: ImplementationCatalogue.Phase, _ t: Texts) -> String {
        t("impl.phase.heading", phase.number, phase.title(t.language))
    }

    static func percent(_ value: Int?) -> String {
        value.map { "\($0) %" } ?? "–"
    }

    /// "af Mette Kjær, 12.03.2026 14:05"
    static func changed(by name: String?, at date: Date?, _ t: Texts) -> String? {
        guard let date else { return nil }
        return t("impl.changedBy", name ?? t("impl.unknownUser"), DateFormat.dateTime(date))
    }

    /// The deadline as shown, with whether it has passed for an open item.
    static func deadline(_ date: LocalDate?, overdue: Bool, _ t: Texts) -> String? {
        guard let date else { return nil }
        return overdue ? t("impl.deadline.overdue", date.display) : date.display
    }

    /// Evidence lines: web addresses become links, anything else stays text.
    typealias EvidenceLine = ImplementationItemView.EvidenceLine

    static func evidence(_ lines: [String]) -> [EvidenceLine] {
        lines.map { line in
            let lower = line.lowercased()
            let isLink = (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !line.contains(" ")
            return EvidenceLine(text: line, href: isLink ? line : nil)
        }
    }
}

extension ImplementationComment {
    init(_ comment: WorkspaceComment, _ t: Texts) {
        self.init(author: comment.authorName ?? t("impl.unknownUser"), at: DateFormat.dateTime(comment.createdAt), body: comment.body)
    }
}
