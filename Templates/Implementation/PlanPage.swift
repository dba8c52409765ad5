/// The implementation plan (`implementation/plan`): both phases' questions with the team's
/// answers, and the plan's history.
public struct ImplementationPlanView: Page, Sendable {
    /// One question's row.
    public struct PlanRow: Sendable {
        public let key: String
        public let number: String
        public let href: String
        public let question: String
        public let answer: String
        public let answerKind: String
        public let initiativesNeeded: String
        public let initiatives: String?
        public let responsible: String?
        public let deadline: String?
        public let overdue: Bool
        public let milestones: String?
        public let completion: String
        public let completionKind: String

        public init(key: String, number: String, href: String, question: String, answer: String, answerKind: String, initiativesNeeded: String, initiatives: String?, responsible: String?, deadline: String?, overdue: Bool, milestones: String?, completion: String, completionKind: String) {
            self.key = key
            self.number = number
            self.href = href
            self.question = question
            self.answer = answer
            self.answerKind = answerKind
            self.initiativesNeeded = initiativesNeeded
            self.initiatives = initiatives
            self.responsible = responsible
            self.deadline = deadline
            self.overdue = overdue
            self.milestones = milestones
            self.completion = completion
            self.completionKind = completionKind
        }
    }

    public struct PlanPart: Sendable {
        public let id: String
        public let heading: String
        public let intro: String
        public let rows: [PlanRow]

        public init(id: String, heading: String, intro: String, rows: [PlanRow]) {
            self.id = id
            self.heading = heading
            self.intro = intro
            self.rows = rows
        }
    }

    public struct HistoryRow: Sendable {
        public let at: String
        public let by: String
        public let question: String
        public let href: String
        public let fields: String

        public init(at: String, by: String, question: String, href: String, fields: String) {
            self.at = at
            self.by = by
            self.question = question
            self.href = href
            self.fields = fields
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let printHref: String
    public let answered: String
    public let lastChanged: String?
    public let parts: [PlanPart]
    public let history: [HistoryRow]

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        SectionNav.implementation(subnav, t)
        """
        <div class="page-heading">
          <h1>\(t("impl.plan.heading"))</h1>
          <a class="button button-secondary" href="\(printHref)">\(t("impl.plan.print"))</a>
        </div>
        <p class="lead">\(t("impl.plan.intro"))</p>
        <p>\(answered)\(Self.present(lastChanged).map { " · \(t("impl.lastChanged")) \($0)" as HTML })</p>

        """
        for part in parts { Self.part(part, t) }
        """
        <section class="section" aria-labelledby="history-heading">
          <h2 id="history-heading">\(t("impl.plan.history"))</h2>
          <p>\(t("impl.plan.historyIntro"))</p>

        """
        if history.isEmpty {
            "<p class=\"muted\">\(t("impl.plan.noHistory"))</p>\n"
        } else {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
            <table class="table">
              <caption class="sr-only">\(t("impl.plan.history"))</caption>
              <thead><tr><th scope="col">\(t("impl.when"))</th><th scope="col">\(t("impl.who"))</th><th scope="col">\(t("impl.plan.question"))</th><th scope="col">\(t("impl.plan.changedFields"))</th></tr></thead>
              <tbody>
                \(history.html { "<tr><td class=\"nowrap\">\($0.at)</td><td>\($0.by)</td><td><a href=\"\($0.href)\">\($0.question)</a></td><td>\($0.fields)</td></tr>" })
              </tbody>
            </table>
            </div>

            """
        }
        "</section>\n"
    }

    @Markup static func part(_ part: PlanPart, _ t: Texts) -> HTML {
        """
        <section class="section" aria-labelledby="\(part.id)-heading">
          <h2 id="\(part.id)-heading">\(part.heading)</h2>
          <p>\(part.intro)</p>
          <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
          <table class="table impl-plan">
            <caption class="sr-only">\(part.heading)</caption>
            <thead>
              <tr>
                <th scope="col">\(t("impl.plan.number"))</th>
                <th scope="col">\(t("impl.plan.question"))</th>
                <th scope="col">\(t("impl.plan.answer"))</th>
                <th scope="col">\(t("impl.plan.initiatives"))</th>
                <th scope="col">\(t("impl.plan.responsibleAndDeadline"))</th>
                <th scope="col">\(t("impl.plan.completion"))</th>
              </tr>
            </thead>
            <tbody>

        """
        for row in part.rows { Self.row(row, t) }
        """
            </tbody>
          </table>
          </div>
        </section>

        """
    }

    @Markup static func row(_ row: PlanRow, _ t: Texts) -> HTML {
        let responsible = present(row.responsible)
        let deadline = present(row.deadline)
        """
              <tr id="\(row.key)">
                <td>\(row.number)</td>
                <td class="impl-plan-question"><a href="\(row.href)">\(row.question)</a></td>
                <td><span class="badge badge-\(row.answerKind)">\(row.answer)</span></td>
                <td class="impl-plan-initiatives">
                  <span class="impl-needed">\(t("impl.plan.neededShort")): \(row.initiativesNeeded)</span>

        """
        if let initiatives = present(row.initiatives) { "<p class=\"prewrap impl-cell-text\">\(initiatives)</p>\n" }
        if let milestones = present(row.milestones) {
            "<p class=\"prewrap impl-cell-text\"><span class=\"impl-cell-label\">\(t("impl.plan.milestones")):</span> \(milestones)</p>\n"
        }
        "</td>\n<td>"
        if let responsible { "<p class=\"impl-cell-text\">\(responsible)</p>" }
        if let deadline { "<p class=\"impl-cell-text nowrap\(HTML.when(row.overdue, " overdue"))\">\(deadline)</p>" }
        if responsible == nil && deadline == nil { "<span class=\"muted\">–</span>" }
        """
        </td>
                <td><span class="badge badge-\(row.completionKind)">\(row.completion)</span></td>
              </tr>

        """
    }

    /// A text worth a line: present and not empty.
    public static func present(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    public init(subnav: [PageFrame.NavItem], printHref: String, answered: String, lastChanged: String?, parts: [PlanPart], history: [HistoryRow]) {
        self.subnav = subnav
        self.printHref = printHref
        self.answered = answered
        self.lastChanged = lastChanged
        self.parts = parts
        self.history = history
    }
}
