/// A claim's receipt: what was sent, its status, the reason when it was rejected.
public struct PortalReceiptView: Page, Sendable {
    public let heading: String
    public let justSent: Bool
    public let status: String
    public let statusKind: String
    public let facts: [ChildPageView.Fact]
    public let attachmentHref: String?
    public let attachmentLabel: String?
    public let rejected: String?
    public let canClaimAgain: Bool
    public let claimAgainHref: String
    public let portalHref: String

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        "\n<a class=\"back-link\" href=\"\(portalHref)\">\(t("portal.backToPortal"))</a>\n"
        if justSent {
            """
            <div class="confirmation-panel">
              <h1>\(heading)</h1>
              <p>\(t("portal.receipt.sentText"))</p>
            </div>

            """
        } else {
            "<h1>\(heading)</h1>\n"
        }
        "<p><span class=\"badge badge-\(statusKind)\">\(status)</span></p>\n"
        if let rejected, !rejected.isEmpty {
            """
            <div class="alert alert-error" role="status"><p class="alert-heading">\(t("portal.receipt.rejected"))</p><p class="alert-text">\(rejected)</p></div>

            """
        }
        let attachment: HTML = if let href = attachmentHref, !href.isEmpty {
            "<a href=\"\(href)\">\(attachmentLabel)</a>"
        } else {
            "\(t("portal.check.none"))"
        }
        """
        <h2>\(t("portal.receipt.title"))</h2>
        <dl class="summary-list">
          \(facts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })
          <div><dt>\(t("portal.claim.attachment"))</dt><dd>\(attachment)</dd></div>
        </dl>
        <p class="no-print">\(t("portal.receipt.print"))</p>
        <div class="button-row">
          \(HTML.when(canClaimAgain, "<a class=\"button button-primary\" href=\"\(claimAgainHref)\">\(t("portal.receipt.claimAgain"))</a>"))
          <a class="button button-secondary" href="\(portalHref)">\(t("portal.backToPortal"))</a>
        </div>

        """
    }

    public init(heading: String, justSent: Bool, status: String, statusKind: String, facts: [ChildPageView.Fact], attachmentHref: String?, attachmentLabel: String?, rejected: String?, canClaimAgain: Bool, claimAgainHref: String, portalHref: String) {
        self.heading = heading
        self.justSent = justSent
        self.status = status
        self.statusKind = statusKind
        self.facts = facts
        self.attachmentHref = attachmentHref
        self.attachmentLabel = attachmentLabel
        self.rejected = rejected
        self.canClaimAgain = canClaimAgain
        self.claimAgainHref = claimAgainHref
        self.portalHref = portalHref
    }
}
