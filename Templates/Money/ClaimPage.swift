/// One claim for the coordinator: what the association asked for, the attachment, the decision.
public struct ClaimView: Page, Sendable {
    public struct Fields: Sendable {
        public let reason: FormField

        public init(reason: FormField) {
            self.reason = reason
        }
    }

    public let heading: String
    public let childName: String
    public let childHref: String
    public let status: String
    public let statusKind: String
    public let facts: [ChildPageView.Fact]
    public let attachmentHref: String?
    public let attachmentLabel: String?
    public let canDecide: Bool
    public let action: String
    public let id: String
    public let backHref: String
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        let attachment: HTML = if let href = attachmentHref, !href.isEmpty {
            "<a href=\"\(href)\">\(attachmentLabel)</a>"
        } else {
            "\(t("claim.attachment.none"))"
        }
        """

        <a class="back-link" href="\(backHref)">\(t("claim.backToQueue"))</a>
        <h1 class="with-sub">\(heading)</h1>
        <p class="sub-heading"><a href="\(childHref)">\(childName)</a> · <span class="badge badge-\(statusKind)">\(status)</span></p>
        <dl class="summary-list">
          \(facts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })
          <div><dt>\(t("claim.attachment"))</dt><dd>\(attachment)</dd></div>
        </dl>

        """
        if canDecide {
            """
            <form method="post" action="\(action)" novalidate>
              \(c.csrf)
              <input type="hidden" name="ids[]" value="\(id)">
              <input type="hidden" name="from" value="show">
              \(c.textarea(form.reason))
              <div class="button-row">
                <button type="submit" name="decision" value="approve" class="button button-primary">\(t("claim.decision.approve"))</button>
                <button type="submit" name="decision" value="reject" class="button button-secondary">\(t("claim.decision.reject"))</button>
              </div>
            </form>

            """
        }
    }

    public init(heading: String, childName: String, childHref: String, status: String, statusKind: String, facts: [ChildPageView.Fact], attachmentHref: String?, attachmentLabel: String?, canDecide: Bool, action: String, id: String, backHref: String, form: Fields) {
        self.heading = heading
        self.childName = childName
        self.childHref = childHref
        self.status = status
        self.statusKind = statusKind
        self.facts = facts
        self.attachmentHref = attachmentHref
        self.attachmentLabel = attachmentLabel
        self.canDecide = canDecide
        self.action = action
        self.id = id
        self.backHref = backHref
        self.form = form
    }
}
