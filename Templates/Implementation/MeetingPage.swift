/// One meeting (`implementation/meeting`): its participants, decisions and actions, the form to
/// add an action and the form to correct the meeting (coordinators).
public struct ImplementationMeetingView: Page, Sendable {
    public struct ActionRow: Sendable {
        public let text: String
        public let responsible: String?
        public let deadline: String?
        /// What the action became, as a sentence; nil while it is open.
        public let target: String?
        public let targetHref: String?
        /// Where a coordinator turns the open action into an item or an initiative.
        public let convertHref: String?

        public init(text: String, responsible: String?, deadline: String?, target: String?, targetHref: String?, convertHref: String?) {
            self.text = text
            self.responsible = responsible
            self.deadline = deadline
            self.target = target
            self.targetHref = targetHref
            self.convertHref = convertHref
        }
    }

    /// The meeting's own fields (as on the new meeting's form) and the new action's.
    public struct Fields: Sendable {
        public let kind: FormField
        public let heldOn: FormField
        public let participants: FormField
        public let decisions: FormField
        public let actionText: FormField
        public let actionResponsible: FormField
        public let actionDeadline: FormField

        public init(meeting: ImplementationMeetingNewView.Fields, actionText: FormField, actionResponsible: FormField, actionDeadline: FormField) {
            self.kind = meeting.kind
            self.heldOn = meeting.heldOn
            self.participants = meeting.participants
            self.decisions = meeting.decisions
            self.actionText = actionText
            self.actionResponsible = actionResponsible
            self.actionDeadline = actionDeadline
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let backHref: String
    public let heading: String
    public let planned: Bool
    public let participants: String?
    public let decisions: String?
    public let lastChanged: String?
    public let actions: [ActionRow]
    public let canEdit: Bool
    public let updateAction: String
    public let actionAction: String
    public let form: Fields

    public init(subnav: [PageFrame.NavItem], backHref: String, heading: String, planned: Bool, participants: String?, decisions: String?,
                lastChanged: String?, actions: [ActionRow], canEdit: Bool, updateAction: String, actionAction: String, form: Fields) {
        self.subnav = subnav
        self.backHref = backHref
        self.heading = heading
        self.planned = planned
        self.participants = participants
        self.decisions = decisions
        self.lastChanged = lastChanged
        self.actions = actions
        self.canEdit = canEdit
        self.updateAction = updateAction
        self.actionAction = actionAction
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        SectionNav.implementation(subnav, c.t)
        """
        <a class="back-link" href="\(backHref)">\(c.t("impl.meetings.back"))</a>
        <h1>\(heading)</h1>

        """
        if planned { "<p><span class=\"badge badge-info\">\(c.t("impl.meeting.planned"))</span></p>\n" }
        """
        <dl class="summary-list">
          <div><dt>\(c.t("impl.meeting.participants"))</dt><dd class="prewrap">\(Self.present(participants) ?? "–")</dd></div>

        """
        if let lastChanged = Self.present(lastChanged) { "<div><dt>\(c.t("impl.lastChanged"))</dt><dd>\(lastChanged)</dd></div>\n" }
        """
        </dl>
        <section class="section" aria-labelledby="decisions-heading">
          <h2 id="decisions-heading">\(c.t("impl.meeting.decisions"))</h2>

        """
        if let decisions = Self.present(decisions) {
            "<p class=\"prewrap\">\(decisions)</p>\n"
        } else {
            "<p class=\"muted\">\(c.t("impl.meeting.noDecisions"))</p>\n"
        }
        """
        </section>
        <section class="section" id="actions" aria-labelledby="actions-heading">
          <h2 id="actions-heading">\(c.t("impl.meeting.actions"))</h2>

        """
        if actions.isEmpty {
            "<p class=\"muted\">\(c.t("impl.meeting.noActions"))</p>\n"
        } else {
            """
              <div class="table-wrap" tabindex="0" role="region" aria-label="\(c.t("impl.meeting.actions"))">
              <table class="table">
                <caption class="sr-only">\(c.t("impl.meeting.actions"))</caption>
                <thead><tr><th scope="col">\(c.t("impl.action.text"))</th><th scope="col">\(c.t("impl.action.responsible"))</th><th scope="col">\(c.t("impl.action.deadline"))</th><th scope="col">\(c.t("impl.action.follow"))</th></tr></thead>
                <tbody>
                  \(actions.html { actionRow(c, $0) })
                </tbody>
              </table>
              </div>

            """
        }
        if canEdit {
            """
              <h3>\(c.t("impl.action.add.heading"))</h3>
              <form method="post" action="\(actionAction)" novalidate>
                \(c.csrf)
                \(c.textarea(form.actionText))
                \(c.input(form.actionResponsible))
                \(c.input(form.actionDeadline))
                <button type="submit" class="button button-secondary">\(c.t("impl.action.add.submit"))</button>
              </form>

            """
        }
        "</section>\n"
        if canEdit {
            """
            <section class="section" aria-labelledby="edit-heading">
              <h2 id="edit-heading">\(c.t("impl.meeting.edit.heading"))</h2>
              <form method="post" action="\(updateAction)" novalidate>
                \(c.csrf)
                \(c.radios(form.kind))
                \(c.input(form.heldOn))
                \(c.textarea(form.participants))
                \(c.textarea(form.decisions))
                <button type="submit" class="button button-primary">\(c.t("impl.meeting.edit.submit"))</button>
              </form>
            </section>

            """
        }
    }

    @Markup private func actionRow(_ c: PageContext, _ row: ActionRow) -> HTML {
        """
              <tr>
                <td class="prewrap">\(row.text)</td>

        """
        if let responsible = Self.present(row.responsible) { "<td>\(responsible)</td>\n" } else { "<td><span class=\"muted\">–</span></td>\n" }
        if let deadline = Self.present(row.deadline) {
            "<td class=\"nowrap\">\(deadline)</td>\n"
        } else {
            "<td class=\"nowrap\"><span class=\"muted\">–</span></td>\n"
        }
        "<td>"
        if let target = Self.present(row.target) {
            "<a href=\"\(row.targetHref)\">\(target)</a>"
        } else if let convertHref = Self.present(row.convertHref) {
            "<a href=\"\(convertHref)\">\(c.t("impl.action.convert"))</a>"
        } else {
            "<span class=\"muted\">\(c.t("impl.action.open"))</span>"
        }
        """
        </td>
              </tr>

        """
    }

    /// A text worth a line: present and not empty.
    static func present(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
