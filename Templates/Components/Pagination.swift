/// Page links below a long list: previous, up to seven numbers around the current page, next.
public struct Pagination: Sendable {
    public struct PageLink: Sendable {
        public let label: String
        public let href: String
        public let current: Bool

        public init(label: String, href: String, current: Bool) {
            self.label = label
            self.href = href
            self.current = current
        }
    }

    public let pages: [PageLink]
    public let previousHref: String?
    public let nextHref: String?

    /// Shown only when there is more than one page.
    public let hasPages: Bool

    public init(pages: [PageLink], previousHref: String?, nextHref: String?) {
        self.pages = pages
        self.previousHref = previousHref
        self.nextHref = nextHref
        hasPages = pages.count > 1
    }

    @Markup public func render(_ t: Texts) -> HTML {
        if hasPages {
            """
            <nav class="pagination" aria-label="\(t("pagination.label"))">
              <ul>

            """
            if let previousHref { "<li><a href=\"\(previousHref)\" rel=\"prev\">\(t("pagination.previous"))</a></li>\n" }
            for page in pages {
                if page.current {
                    "<li><span aria-current=\"page\" class=\"current\">\(page.label)</span></li>"
                } else {
                    "<li><a href=\"\(page.href)\">\(page.label)</a></li>"
                }
            }
            if let nextHref { "\n<li><a href=\"\(nextHref)\" rel=\"next\">\(t("pagination.next"))</a></li>\n" }
            """
              </ul>
            </nav>

            """
        }
    }
}
