/// One action from a meeting (`implementation/meeting-action`): what it became, or the forms that
/// turn it into a checklist item or a plan initiative.
public struct ImplementationMeetingActionView: Page, Sendable {
    public struct Fields: Sendable {
        public let section: FormField
        public let question: FormField

        public init(section: FormField, question: FormField) {
            self.section = section
            self.question = question
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let backHref: String
    /// The meeting's heading.
    public let meeting: String
    public let text: String
    public let responsible: String?
    public let deadline: String?
    /// What the action became, as a sentence; nil while it is open.
    public let target: String?
    public let targetHref: String?
    public let itemAction: String
    public let planAction: String
    public let form: Fields

    public init(subnav: [PageFrame.NavItem], backHref: String, meeting: String, text: String, responsible: String?, deadline: String?,
                target: String?, targetHref: String?, itemAction: String, planAction: String, form: Fields) {
        self.subnav = subnav
        self.backHref = backHref
        self.meeting = meeting
        self.text = text
        self.responsible = responsible
        self.deadline = deadline
        self.target = target
        self.targetHref = targetHref
        self.itemAction = itemAction
        self.planAction = planAction
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        SectionNav.implementation(subnav, c.t)
        """
        <a class="back-link" href="\(backHref)">\(c.t("impl.action.back"))</a>
        <p class="impl-eyebrow">\(meeting)</p>
        <h1 class="impl-h1-text">\(text)</h1>
        <dl class="summary-list">
          <div><dt>\(c.t("impl.action.responsible"))</dt><dd>\(Self.present(responsible) ?? "–")</dd></div>
          <div><dt>\(c.t("impl.action.deadline"))</dt><dd>\(Self.present(deadline) ?? "–")</dd></div>
        </dl>

        """
        if let target = Self.present(target) {
            """
            <div class="alert alert-info">
              <p class="alert-heading">\(c.t("impl.alert.info"))</p>
              <p class="alert-text"><a href="\(targetHref)">\(target)</a></p>
            </div>

            """
        } else {
            """
            <section class="section" aria-labelledby="item-heading">
              <h2 id="item-heading">\(c.t("impl.action.toItem.heading"))</h2>
              <form method="post" action="\(itemAction)" novalidate>
                \(c.csrf)
                \(c.select(form.section))
                <button type="submit" class="button button-primary">\(c.t("impl.action.toItem.submit"))</button>
              </form>
            </section>
            <section class="section" aria-labelledby="plan-heading">
              <h2 id="plan-heading">\(c.t("impl.action.toPlan.heading"))</h2>
              <form method="post" action="\(planAction)" novalidate>
                \(c.csrf)
                \(c.select(form.question))
                <button type="submit" class="button button-secondary">\(c.t("impl.action.toPlan.submit"))</button>
              </form>
            </section>

            """
        }
    }

    /// A text worth a line: present and not empty.
    static func present(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
