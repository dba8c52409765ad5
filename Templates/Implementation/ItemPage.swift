/// One checklist item (`implementation/item`): its status, who answers for it, deadline, note
/// and evidence, the coordinator's form, and the comments.
public struct ImplementationItemView: Page, Sendable {
    /// An evidence line: web addresses are links, anything else stays text.
    public struct EvidenceLine: Sendable {
        public let text: String
        public let href: String?

        public init(text: String, href: String?) {
            self.text = text
            self.href = href
        }
    }

    public struct Fields: Sendable {
        public let status: FormField
        public let reason: FormField
        public let responsibleUser: FormField
        public let responsibleText: FormField
        public let deadline: FormField
        public let note: FormField
        public let evidence: FormField
        public let comment: FormField

        public init(status: FormField, reason: FormField, responsibleUser: FormField, responsibleText: FormField, deadline: FormField, note: FormField, evidence: FormField, comment: FormField) {
            self.status = status
            self.reason = reason
            self.responsibleUser = responsibleUser
            self.responsibleText = responsibleText
            self.deadline = deadline
            self.note = note
            self.evidence = evidence
            self.comment = comment
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let backHref: String
    public let backLabel: String
    public let kind: String
    public let section: String
    public let text: String
    public let source: String?
    public let status: String
    public let statusKind: String
    public let responsible: String?
    public let deadline: String?
    public let overdue: Bool
    public let reason: String?
    public let note: String?
    public let evidence: [EvidenceLine]
    public let lastChanged: String?
    public let canEdit: Bool
    public let action: String
    public let commentAction: String
    public let comments: [ImplementationComment]
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        SectionNav.implementation(subnav, t)
        """
        <a class="back-link" href="\(backHref)">\(backLabel)</a>
        <p class="impl-eyebrow">\(kind) · \(section)</p>
        <h1 class="impl-h1-text">\(text)</h1>

        """
        if let source = Self.present(source) { "<p class=\"muted\">\(t("impl.item.source")): \(source)</p>\n" }
        """
        <dl class="summary-list">
          <div><dt>\(t("impl.item.status"))</dt><dd><span class="badge badge-\(statusKind)">\(status)</span></dd></div>

        """
        if let reason = Self.present(reason) { "<div><dt>\(t("impl.item.reason"))</dt><dd class=\"prewrap\">\(reason)</dd></div>\n" }
        """
          <div><dt>\(t("impl.item.responsible"))</dt><dd>\(Self.present(responsible) ?? t("impl.nobody"))</dd></div>
          <div><dt>\(t("impl.item.deadline"))</dt><dd\(HTML.when(overdue, " class=\"overdue\""))>\(Self.present(deadline) ?? t("impl.noDeadline"))</dd></div>

        """
        if let note = Self.present(note) { "<div><dt>\(t("impl.item.note"))</dt><dd class=\"prewrap\">\(note)</dd></div>\n" }
        if !evidence.isEmpty {
            "<div><dt>\(t("impl.item.evidence"))</dt><dd><ul class=\"plain-list impl-evidence\">\(evidence.html { Self.evidenceLine($0) })</ul></dd></div>\n"
        }
        if let lastChanged = Self.present(lastChanged) { "<div><dt>\(t("impl.lastChanged"))</dt><dd>\(lastChanged)</dd></div>\n" }
        "</dl>\n"
        if canEdit {
            """
            <section class="section" aria-labelledby="edit-heading">
              <h2 id="edit-heading">\(t("impl.item.edit.heading"))</h2>
              <form method="post" action="\(action)" novalidate>
                \(c.csrf)
                \(c.radios(form.status))
                \(c.textarea(form.reason))
                \(c.select(form.responsibleUser))
                \(c.input(form.responsibleText))
                \(c.input(form.deadline))
                \(c.textarea(form.note))
                \(c.textarea(form.evidence))
                <div class="button-row">
                  <button type="submit" class="button button-primary">\(t("impl.item.edit.submit"))</button>
                  <a class="button-link" href="\(backHref)">\(t("form.cancel"))</a>
                </div>
              </form>
            </section>

            """
        }
        ImplementationComments.section(comments, action: commentAction, field: form.comment, canEdit: canEdit, c)
    }

    public static func evidenceLine(_ line: EvidenceLine) -> HTML {
        if let href = present(line.href) {
            return "<li><a href=\"\(href)\" rel=\"noopener noreferrer\">\(line.text)</a></li>"
        }
        return "<li>\(line.text)</li>"
    }

    /// A text worth a line: present and not empty.
    public static func present(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    public init(subnav: [PageFrame.NavItem], backHref: String, backLabel: String, kind: String, section: String, text: String, source: String?, status: String, statusKind: String, responsible: String?, deadline: String?, overdue: Bool, reason: String?, note: String?, evidence: [EvidenceLine], lastChanged: String?, canEdit: Bool, action: String, commentAction: String, comments: [ImplementationComment], form: Fields) {
        self.subnav = subnav
        self.backHref = backHref
        self.backLabel = backLabel
        self.kind = kind
        self.section = section
        self.text = text
        self.source = source
        self.status = status
        self.statusKind = statusKind
        self.responsible = responsible
        self.deadline = deadline
        self.overdue = overdue
        self.reason = reason
        self.note = note
        self.evidence = evidence
        self.lastChanged = lastChanged
        self.canEdit = canEdit
        self.action = action
        self.commentAction = commentAction
        self.comments = comments
        self.form = form
    }
}
