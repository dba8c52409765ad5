/// A start page as a work list: a section per kind of task, with how many wait and the first
/// few, each linking straight to where it is done.
public struct WorkListView: Page, Sendable {
    public struct Item: Sendable {
        public let text: String
        public let href: String
        public let meta: String
        public let flag: String?
        /// A one-press action (POST) instead of a link, e.g. "marked as started".
        public let action: String?
        public let actionLabel: String?

        public init(text: String, href: String, meta: String, flag: String? = nil, action: String? = nil, actionLabel: String? = nil) {
            self.text = text
            self.href = href
            self.meta = meta
            self.flag = flag
            self.action = action
            self.actionLabel = actionLabel
        }
    }

    public struct Section: Sendable {
        public let key: String
        public let title: String
        public let count: Int
        public let countText: String
        public let items: [Item]
        public let hasItems: Bool
        public let empty: String
        public let moreHref: String?
        public let moreText: String?

        public init(key: String, title: String, count: Int, countText: String, items: [Item], hasItems: Bool, empty: String, moreHref: String?, moreText: String?) {
            self.key = key
            self.title = title
            self.count = count
            self.countText = countText
            self.items = items
            self.hasItems = hasItems
            self.empty = empty
            self.moreHref = moreHref
            self.moreText = moreText
        }
    }

    public struct Link: Sendable {
        public let href: String
        public let text: String

        public init(href: String, text: String) {
            self.href = href
            self.text = text
        }
    }

    public let greeting: String
    public let summary: String
    public let warnings: [String]
    public let auditHref: String
    public let sections: [Section]
    public let links: [Link]
    public let hasLinks: Bool

    public init(greeting: String, summary: String, warnings: [String], auditHref: String, sections: [Section], links: [Link], hasLinks: Bool) {
        self.greeting = greeting
        self.summary = summary
        self.warnings = warnings
        self.auditHref = auditHref
        self.sections = sections
        self.links = links
        self.hasLinks = hasLinks
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <h1>\(greeting)</h1>
        <p class="lead">\(summary)</p>
        \(UnusualAccess.warnings(warnings, auditHref: auditHref, c.t))
        \(sections.html { section(c, $0) })

        """
        if hasLinks {
            """
            <h2>\(c.t("work.links"))</h2>
            <ul class="plain-list">
              \(links.html { "<li><a href=\"\($0.href)\">\($0.text)</a></li>" })
            </ul>

            """
        }
    }

    @Markup func section(_ c: PageContext, _ section: Section) -> HTML {
        """
        <section class="work-section" aria-labelledby="work-\(section.key)">
          <h2 id="work-\(section.key)">\(section.title) <span class="work-count">\(section.countText)</span></h2>

        """
        if section.hasItems {
            """
              <ul class="work-list">
                \(section.items.html { item(c, $0) })
              </ul>

            """
        } else {
            "<p class=\"muted\">\(section.empty)</p>\n"
        }
        if let more = section.moreHref {
            "<p class=\"work-more\"><a href=\"\(more)\">\(section.moreText)<span class=\"sr-only\"> – \(section.title)</span></a></p>\n"
        }
        "</section>\n"
    }

    @Markup func item(_ c: PageContext, _ item: Item) -> HTML {
        """
            <li>
              <a href="\(item.href)">\(item.text)</a>

        """
        if let flag = item.flag { "<span class=\"badge badge-warning\">\(flag)</span>\n" }
        // An empty meta still writes its span, so every row has the same shape.
        "<span class=\"muted\">\(item.meta)</span>\n"
        if let action = item.action {
            """
                  <form method="post" action="\(action)" class="inline-form">\(c.csrf)
                    <button type="submit" class="button button-secondary">\(item.actionLabel)<span class="sr-only"> – \(item.text)</span></button>
                  </form>

            """
        }
        "</li>\n"
    }
}

/// Warnings about unusual access to records, each linking to the audit log (start pages).
enum UnusualAccess {
    static func warnings(_ warnings: [String], auditHref: String, _ t: Texts) -> HTML {
        warnings.html { warning in
            """
            <div class="alert alert-warning">
              <p class="alert-heading">\(t("flash.warning"))</p>
              <p class="alert-text"><a href="\(auditHref)">\(warning)</a></p>
            </div>

            """
        }
    }
}
