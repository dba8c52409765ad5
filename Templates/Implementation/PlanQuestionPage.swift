/// One question of the implementation plan (`implementation/plan-question`): its answer, the
/// change history that keeps the plan a living document, and comments.
public struct ImplementationPlanQuestionView: Page, Sendable {
    public struct Value: Sendable {
        public let label: String
        public let value: String

        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    public struct Version: Sendable {
        public let at: String
        public let by: String
        public let changes: [Value]

        public init(at: String, by: String, changes: [Value]) {
            self.at = at
            self.by = by
            self.changes = changes
        }
    }

    public struct Fields: Sendable {
        public let answer: FormField
        public let initiativesNeeded: FormField
        public let initiatives: FormField
        public let responsible: FormField
        public let deadline: FormField
        public let milestones: FormField
        public let completion: FormField
        public let comment: FormField

        public init(answer: FormField, initiativesNeeded: FormField, initiatives: FormField, responsible: FormField, deadline: FormField, milestones: FormField, completion: FormField, comment: FormField) {
            self.answer = answer
            self.initiativesNeeded = initiativesNeeded
            self.initiatives = initiatives
            self.responsible = responsible
            self.deadline = deadline
            self.milestones = milestones
            self.completion = completion
            self.comment = comment
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let backHref: String
    public let part: String
    public let question: String
    public let source: String
    public let values: [Value]
    public let lastChanged: String?
    public let canEdit: Bool
    public let action: String
    public let commentAction: String
    public let history: [Version]
    public let comments: [ImplementationComment]
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        SectionNav.implementation(subnav, t)
        """
        <a class="back-link" href="\(backHref)">\(t("impl.plan.back"))</a>
        <p class="impl-eyebrow">\(part)</p>
        <h1 class="impl-h1-text">\(question)</h1>
        <p class="muted">\(t("impl.item.source")): \(source)</p>
        <dl class="summary-list">
          \(values.html { "<div><dt>\($0.label)</dt><dd class=\"prewrap\">\($0.value)</dd></div>" })

        """
        if let lastChanged = ImplementationPlanView.present(lastChanged) { "<div><dt>\(t("impl.lastChanged"))</dt><dd>\(lastChanged)</dd></div>\n" }
        "</dl>\n"
        if canEdit {
            """
            <section class="section" aria-labelledby="edit-heading">
              <h2 id="edit-heading">\(t("impl.plan.edit.heading"))</h2>
              <form method="post" action="\(action)" novalidate>
                \(c.csrf)
                \(c.radios(form.answer))
                \(c.radios(form.initiativesNeeded))
                \(c.textarea(form.initiatives))
                \(c.input(form.responsible))
                \(c.input(form.deadline))
                \(c.textarea(form.milestones))
                \(c.radios(form.completion))
                <div class="button-row">
                  <button type="submit" class="button button-primary">\(t("impl.plan.edit.submit"))</button>
                  <a class="button-link" href="\(backHref)">\(t("form.cancel"))</a>
                </div>
              </form>
            </section>

            """
        }
        """
        <section class="section" aria-labelledby="history-heading">
          <h2 id="history-heading">\(t("impl.plan.questionHistory"))</h2>

        """
        if history.isEmpty { "<p class=\"muted\">\(t("impl.plan.noHistory"))</p>\n" }
        "<ol class=\"impl-history\">\n"
        for version in history {
            """
                <li>
                  <p class="impl-comment-meta"><strong>\(version.by)</strong> · \(version.at)</p>
                  <dl class="impl-history-values">\(version.changes.html { "<div><dt>\($0.label)</dt><dd class=\"prewrap\">\($0.value)</dd></div>" })</dl>
                </li>

            """
        }
        """
          </ol>
        </section>

        """
        ImplementationComments.section(comments, action: commentAction, field: form.comment, canEdit: canEdit, c)
    }

    public init(subnav: [PageFrame.NavItem], backHref: String, part: String, question: String, source: String, values: [Value], lastChanged: String?, canEdit: Bool, action: String, commentAction: String, history: [Version], comments: [ImplementationComment], form: Fields) {
        self.subnav = subnav
        self.backHref = backHref
        self.part = part
        self.question = question
        self.source = source
        self.values = values
        self.lastChanged = lastChanged
        self.canEdit = canEdit
        self.action = action
        self.commentAction = commentAction
        self.history = history
        self.comments = comments
        self.form = form
    }
}
