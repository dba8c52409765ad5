/// The payment batches: the list, with a form to gather the approved claims into a new batch.
public struct PaymentBatchListView: Page, Sendable {
    public struct Row: Sendable {
        public let name: String
        public let href: String
        public let created: String
        public let claims: Int
        public let total: String
        public let status: String
        public let statusKind: String

        public init(name: String, href: String, created: String, claims: Int, total: String, status: String, statusKind: String) {
            self.name = name
            self.href = href
            self.created = created
            self.claims = claims
            self.total = total
            self.status = status
            self.statusKind = statusKind
        }
    }

    public let tabs: [PageFrame.NavItem]
    public let rows: [Row]
    public let hasRows: Bool
    /// What is ready to be gathered ("3 claims, 1.200,00 kr."), or nil when nothing is.
    public let ready: String?
    public let createAction: String

    public init(tabs: [PageFrame.NavItem], rows: [Row], hasRows: Bool, ready: String?, createAction: String) {
        self.tabs = tabs
        self.rows = rows
        self.hasRows = hasRows
        self.ready = ready
        self.createAction = createAction
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <h1>\(t("payment.batches.heading"))</h1>
        \(SectionNav.money(tabs, t))
        <p class="lead">\(t("payment.batches.intro"))</p>

        """
        if let ready, !ready.isEmpty {
            """
            <form method="post" action="\(createAction)" class="panel">
              \(c.csrf)
              <p>\(ready)</p>
              <button type="submit" class="button button-primary">\(t("payment.batch.create"))</button>
            </form>

            """
        } else {
            "<p>\(t("payment.batches.nothingReady"))</p>\n"
        }
        if hasRows {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
            <table class="table">
              <caption>\(t("payment.batches.caption"))</caption>
              <thead><tr>
                <th scope="col">\(t("payment.batch.column.name"))</th>
                <th scope="col">\(t("payment.batch.createdAt"))</th>
                <th scope="col" class="num">\(t("payment.batch.column.claims"))</th>
                <th scope="col" class="num">\(t("payment.batch.column.total"))</th>
                <th scope="col">\(t("payment.batch.column.status"))</th>
              </tr></thead>
              <tbody>
                \(rows.html { row in
                    """
                    <tr>
                      <td><a href="\(row.href)">\(row.name)</a></td>
                      <td>\(row.created)</td>
                      <td class="num">\(row.claims)</td>
                      <td class="num">\(row.total)</td>
                      <td><span class="badge badge-\(row.statusKind)">\(row.status)</span></td>
                    </tr>

                    """
                })
              </tbody>
            </table>
            </div>

            """
        }
    }
}

/// One payment batch: who approved, gathered, exported and paid it, its claims, and the
/// buttons to export it and to mark it paid.
public struct PaymentBatchView: Page, Sendable {
    public struct ClaimLine: Sendable {
        public let childName: String
        public let href: String
        public let association: String
        public let period: String
        public let amount: String

        public init(childName: String, href: String, association: String, period: String, amount: String) {
            self.childName = childName
            self.href = href
            self.association = association
            self.period = period
            self.amount = amount
        }
    }

    public let heading: String
    public let status: String
    public let statusKind: String
    public let facts: [ChildPageView.Fact]
    public let claims: [ClaimLine]
    public let total: String
    public let exportAction: String
    public let paidHref: String
    public let canPay: Bool
    public let exported: Bool
    public let backHref: String

    public init(heading: String, status: String, statusKind: String, facts: [ChildPageView.Fact], claims: [ClaimLine], total: String,
                exportAction: String, paidHref: String, canPay: Bool, exported: Bool, backHref: String) {
        self.heading = heading
        self.status = status
        self.statusKind = statusKind
        self.facts = facts
        self.claims = claims
        self.total = total
        self.exportAction = exportAction
        self.paidHref = paidHref
        self.canPay = canPay
        self.exported = exported
        self.backHref = backHref
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(backHref)">\(t("payment.batches.heading"))</a>
        <h1 class="with-sub">\(heading)</h1>
        <p class="sub-heading"><span class="badge badge-\(statusKind)">\(status)</span></p>
        <dl class="summary-list">
          \(facts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })
        </dl>

        """
        if canPay {
            // Once exported, marking the batch paid is the next step and the export a repeat.
            let (exportClass, paidClass): (HTML, HTML) = exported ? ("button-secondary", "button-primary") : ("button-primary", "button-secondary")
            """
            <div class="button-row">
              <form method="post" action="\(exportAction)" class="inline-form">
                \(c.csrf)
                <button type="submit" class="button \(exportClass)">\(t("payment.batch.export"))</button>
              </form>
              <a class="button \(paidClass)" href="\(paidHref)">\(t("payment.batch.markPaid"))</a>
            </div>
            <p class="muted">\(t("payment.batch.exportHint"))</p>

            """
        } else {
            """
            <form method="post" action="\(exportAction)">
              \(c.csrf)
              <button type="submit" class="button button-secondary">\(t("payment.batch.exportAgain"))</button>
            </form>

            """
        }
        """
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
        <table class="table">
          <caption>\(t("payment.batch.claimsCaption"))</caption>
          <thead><tr>
            <th scope="col">\(t("claim.child"))</th>
            <th scope="col">\(t("activity.association"))</th>
            <th scope="col">\(t("claim.period"))</th>
            <th scope="col" class="num">\(t("claim.amount"))</th>
          </tr></thead>
          <tbody>
            \(claims.html { claim in
                """
                <tr>
                  <td><a href="\(claim.href)">\(claim.childName)</a></td>
                  <td>\(claim.association)</td>
                  <td>\(claim.period)</td>
                  <td class="num">\(claim.amount)</td>
                </tr>

                """
            })
          </tbody>
          <tfoot><tr><th scope="row" colspan="3">\(t("claim.queue.total"))</th><td class="num">\(total)</td></tr></tfoot>
        </table>
        </div>

        """
    }
}

/// A batch marked paid: the date and the finance system's reference, or, under the four-eyes
/// rule, why this coordinator may not.
public struct PaymentBatchPaidView: Page, Sendable {
    public struct Fields: Sendable {
        public let paidOn: FormField
        public let paymentReference: FormField

        public init(paidOn: FormField, paymentReference: FormField) {
            self.paidOn = paidOn
            self.paymentReference = paymentReference
        }
    }

    public let heading: String
    public let summary: String
    public let action: String
    public let cancelHref: String
    public let notExported: Bool
    /// The four-eyes rule stops this coordinator: they approved claims in the batch.
    public let approvedByYou: Bool
    public let form: Fields

    public init(heading: String, summary: String, action: String, cancelHref: String, notExported: Bool, approvedByYou: Bool, form: Fields) {
        self.heading = heading
        self.summary = summary
        self.action = action
        self.cancelHref = cancelHref
        self.notExported = notExported
        self.approvedByYou = approvedByYou
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(cancelHref)">\(t("form.back"))</a>
        <h1>\(heading)</h1>
        <p class="lead">\(summary)</p>

        """
        if approvedByYou {
            """
            <div class="alert alert-warning"><p class="alert-heading">\(t("payment.paid.fourEyes.heading"))</p><p class="alert-text">\(t("payment.paid.fourEyes"))</p></div>
            <p><a class="button-link" href="\(cancelHref)">\(t("form.back"))</a></p>

            """
        } else {
            if notExported {
                "<div class=\"alert alert-warning\"><p class=\"alert-heading\">\(t("flash.warning"))</p><p class=\"alert-text\">\(t("payment.paid.notExported"))</p></div>\n"
            }
            """
            <div class="alert alert-info"><p class="alert-heading">\(t("flash.info"))</p><p class="alert-text">\(t("payment.paid.warning"))</p></div>
            <form method="post" action="\(action)" novalidate>
              \(c.csrf)
              \(c.input(form.paidOn))
              \(c.input(form.paymentReference))
              <div class="button-row">
                <button type="submit" class="button button-danger">\(t("payment.paid.submit"))</button>
                <a class="button-link" href="\(cancelHref)">\(t("form.cancel"))</a>
              </div>
            </form>

            """
        }
    }
}
