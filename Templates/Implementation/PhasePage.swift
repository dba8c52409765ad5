/// One phase's checklist (`implementation/phase`): every sub-step with its items, their status,
/// who and when.
public struct ImplementationPhaseView: Page, Sendable {
    public struct ItemRow: Sendable {
        public let href: String
        public let text: String
        public let kind: String
        public let source: String?
        public let status: String
        public let statusKind: String
        public let responsible: String?
        public let deadline: String?
        public let overdue: Bool

        public init(href: String, text: String, kind: String, source: String?, status: String, statusKind: String, responsible: String?, deadline: String?, overdue: Bool) {
            self.href = href
            self.text = text
            self.kind = kind
            self.source = source
            self.status = status
            self.statusKind = statusKind
            self.responsible = responsible
            self.deadline = deadline
            self.overdue = overdue
        }
    }

    public struct SectionBlock: Sendable {
        public let id: String
        public let heading: String
        public let summary: String?
        public let count: String
        public let percent: Int
        public let progressLabel: String
        public let items: [ItemRow]
        public let addHref: String?
        public let addLabel: String

        public init(id: String, heading: String, summary: String?, count: String, percent: Int, progressLabel: String, items: [ItemRow], addHref: String?, addLabel: String) {
            self.id = id
            self.heading = heading
            self.summary = summary
            self.count = count
            self.percent = percent
            self.progressLabel = progressLabel
            self.items = items
            self.addHref = addHref
            self.addLabel = addLabel
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let heading: String
    public let summary: String
    public let count: String
    public let backHref: String
    public let sections: [SectionBlock]
    public let otherPhases: [PageFrame.NavItem]

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        SectionNav.implementation(subnav, t)
        """
        <a class="back-link" href="\(backHref)">\(t("impl.backToOverview"))</a>
        <h1>\(heading)</h1>
        <p class="lead">\(summary)</p>
        <p>\(count)</p>
        <nav class="impl-phase-nav no-print" aria-label="\(t("impl.overview.phases"))">
          <ul>\(otherPhases.html { "<li><a href=\"\($0.href)\"\(HTML.when($0.current, " aria-current=\"page\" class=\"current\""))>\($0.label)</a></li>" })</ul>
        </nav>

        """
        for section in sections { self.section(section, t) }
    }

    /// A sub-step shows its own summary only: the phase's is at the top of the page. (The Mustache
    /// template repeated the phase's under every sub-step without one, through its context stack.)
    @Markup func section(_ section: SectionBlock, _ t: Texts) -> HTML {
        """
        <section class="impl-section" id="\(section.id)" aria-labelledby="\(section.id)-heading">
          <h2 id="\(section.id)-heading">\(section.heading)</h2>

        """
        if let shown = section.summary, !shown.isEmpty { "<p>\(shown)</p>\n" }
        """
          <div class="progress-row">
            <progress class="impl-progress" max="100" value="\(section.percent)" aria-label="\(section.progressLabel)"></progress>
            <span class="progress-figure">\(section.count)</span>
          </div>
          <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
          <table class="table impl-items">
            <caption class="sr-only">\(section.heading)</caption>
            <thead><tr><th scope="col">\(t("impl.item.heading"))</th><th scope="col">\(t("impl.item.status"))</th><th scope="col">\(t("impl.item.responsible"))</th><th scope="col">\(t("impl.item.deadline"))</th></tr></thead>
            <tbody>

        """
        for item in section.items { Self.row(item) }
        """
            </tbody>
          </table>
          </div>

        """
        if let addHref = section.addHref, !addHref.isEmpty {
            "<p><a class=\"button button-secondary button-small\" href=\"\(addHref)\">\(t("impl.customItem.addShort"))<span class=\"sr-only\"> – \(section.heading)</span></a></p>\n"
        }
        "</section>\n"
    }

    @Markup static func row(_ item: ItemRow) -> HTML {
        """
              <tr>
                <td class="impl-item-cell"><span class="impl-kind">\(item.kind)</span><a href="\(item.href)">\(item.text)</a>\(present(item.source).map { "<span class=\"impl-source\">\($0)</span>" as HTML })</td>
                <td><span class="badge badge-\(item.statusKind)">\(item.status)</span></td>
                <td>\(present(item.responsible).map { HTML(text: $0) } ?? "<span class=\"muted\">–</span>")</td>
                <td class="nowrap\(HTML.when(item.overdue, " overdue"))">\(present(item.deadline).map { HTML(text: $0) } ?? "<span class=\"muted\">–</span>")</td>
              </tr>

        """
    }

    /// A text worth a line: present and not empty.
    public static func present(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    public init(subnav: [PageFrame.NavItem], heading: String, summary: String, count: String, backHref: String, sections: [SectionBlock], otherPhases: [PageFrame.NavItem]) {
        self.subnav = subnav
        self.heading = heading
        self.summary = summary
        self.count = count
        self.backHref = backHref
        self.sections = sections
        self.otherPhases = otherPhases
    }
}
