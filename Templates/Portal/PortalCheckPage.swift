/// Claiming a grant, step 2: "check your answers", each with its way back to change it.
public struct PortalCheckView: Page, Sendable {
    public struct CheckRow: Sendable {
        public let label: String
        public let value: String
        public let changeHref: String?
        public let changeLabel: String

        public init(label: String, value: String, changeHref: String?, changeLabel: String) {
            self.label = label
            self.value = value
            self.changeHref = changeHref
            self.changeLabel = changeLabel
        }
    }

    public let step: String
    public let rows: [CheckRow]
    public let action: String
    public let cancelHref: String

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <p class="step">\(step)</p>
        <h1>\(t("portal.check.heading"))</h1>
        <dl class="summary-list check-list">

        """
        for row in rows {
            let change: HTML? = row.changeHref.flatMap { $0.isEmpty ? nil : $0 }.map {
                "<a href=\"\($0)\">\(t("portal.check.change"))<span class=\"sr-only\"> \(row.changeLabel)</span></a>"
            }
            "  <div><dt>\(row.label)</dt><dd>\(row.value)</dd><dd class=\"check-change\">\(change)</dd></div>\n"
        }
        """
        </dl>
        <h2>\(t("portal.check.sendHeading"))</h2>
        <p>\(t("portal.check.declaration"))</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          <div class="button-row">
            <button type="submit" class="button button-primary">\(t("portal.check.submit"))</button>
            <a class="button-link" href="\(cancelHref)">\(t("portal.check.later"))</a>
          </div>
        </form>

        """
    }

    public init(step: String, rows: [CheckRow], action: String, cancelHref: String) {
        self.step = step
        self.rows = rows
        self.action = action
        self.cancelHref = cancelHref
    }
}
