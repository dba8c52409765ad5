/// The coordinator's queue of claims waiting for a decision, approved or rejected in bulk.
public struct ClaimQueueView: Page, Sendable {
    public struct Row: Sendable {
        public let id: String
        public let childName: String
        public let childHref: String
        public let href: String
        public let association: String
        public let kind: String
        public let amount: String
        public let grantAmount: String
        public let period: String
        public let submitted: String
        public let attachmentHref: String?
        public let checked: Bool
        public let partial: Bool

        public init(id: String, childName: String, childHref: String, href: String, association: String, kind: String, amount: String, grantAmount: String, period: String, submitted: String, attachmentHref: String?, checked: Bool, partial: Bool) {
            self.id = id
            self.childName = childName
            self.childHref = childHref
            self.href = href
            self.association = association
            self.kind = kind
            self.amount = amount
            self.grantAmount = grantAmount
            self.period = period
            self.submitted = submitted
            self.attachmentHref = attachmentHref
            self.checked = checked
            self.partial = partial
        }
    }

    public let tabs: [PageFrame.NavItem]
    public let rows: [Row]
    public let hasRows: Bool
    public let total: String
    public let action: String
    public let selectAllHref: String
    public let idsError: String?
    public let reason: FormField
    public let ready: String?
    public let batchesHref: String

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <h1>\(t("claim.queue.heading"))</h1>
        \(SectionNav.money(tabs, t))

        """
        if let ready, !ready.isEmpty {
            "<div class=\"alert alert-info\"><p class=\"alert-heading\">\(t("flash.info"))</p><p class=\"alert-text\">\(ready) <a href=\"\(batchesHref)\">\(t("claim.queue.toBatches"))</a></p></div>\n"
        }
        if hasRows {
            let idsError = self.idsError.flatMap { $0.isEmpty ? nil : $0 }
            """
            <p class="lead">\(t("claim.queue.intro"))</p>
            <form method="post" action="\(action)" novalidate>
              \(c.csrf)
              <div class="table-wrap form-group\(HTML.when(idsError != nil, " form-error"))" id="ids" tabindex="-1">

            """
            if let idsError {
                "<p class=\"form-error-message\"><span class=\"sr-only\">\(t("form.errorPrefix")) </span>\(idsError)</p>\n"
            }
            """
              <table class="table">
                <caption>\(t("claim.queue.caption")) <a href="\(selectAllHref)">\(t("claim.queue.selectAll"))</a></caption>
                <thead><tr>
                  <th scope="col"><span class="sr-only">\(t("claim.queue.select"))</span></th>
                  <th scope="col">\(t("claim.child"))</th>
                  <th scope="col">\(t("claim.association"))</th>
                  <th scope="col">\(t("claim.period"))</th>
                  <th scope="col" class="num">\(t("claim.amount"))</th>
                  <th scope="col" class="num">\(t("claim.granted"))</th>
                  <th scope="col">\(t("claim.submittedAt"))</th>
                  <th scope="col">\(t("claim.attachment"))</th>
                </tr></thead>
                <tbody>
                  \(rows.html { Self.row($0, t) })
                </tbody>
                <tfoot><tr><th scope="row" colspan="4">\(t("claim.queue.total"))</th><td class="num">\(total)</td><td colspan="3"></td></tr></tfoot>
              </table>
              </div>
              \(c.textarea(reason))
              <div class="button-row">
                <button type="submit" name="decision" value="approve" class="button button-primary">\(t("claim.decision.approveSelected"))</button>
                <button type="submit" name="decision" value="reject" class="button button-secondary">\(t("claim.decision.rejectSelected"))</button>
              </div>
            </form>

            """
        } else {
            "<p>\(t("claim.queue.empty"))</p>\n"
        }
    }

    static func row(_ row: Row, _ t: Texts) -> HTML {
        let attachment: HTML = if let href = row.attachmentHref, !href.isEmpty {
            "<a href=\"\(href)\">\(t("claim.attachment.download"))<span class=\"sr-only\"> – \(row.childName)</span></a>"
        } else {
            "–"
        }
        return """
            <tr>
              <td><input class="form-checkbox" type="checkbox" id="claim-\(row.id)" name="ids[]" value="\(row.id)"\(HTML.when(row.checked, " checked"))><label class="sr-only" for="claim-\(row.id)">\(t("claim.queue.selectOne")) \(row.childName)</label></td>
              <td><a href="\(row.href)">\(row.childName)</a></td>
              <td>\(row.association)<br><span class="muted">\(row.kind)</span></td>
              <td>\(row.period)</td>
              <td class="num">\(row.amount)</td>
              <td class="num">\(row.grantAmount)\(HTML.when(row.partial, "<br><span class=\"muted\">\(t("claim.queue.partial"))</span>"))</td>
              <td>\(row.submitted)</td>
              <td>\(attachment)</td>
            </tr>

        """
    }

    public init(tabs: [PageFrame.NavItem], rows: [Row], hasRows: Bool, total: String, action: String, selectAllHref: String, idsError: String?, reason: FormField, ready: String?, batchesHref: String) {
        self.tabs = tabs
        self.rows = rows
        self.hasRows = hasRows
        self.total = total
        self.action = action
        self.selectAllHref = selectAllHref
        self.idsError = idsError
        self.reason = reason
        self.ready = ready
        self.batchesHref = batchesHref
    }
}
