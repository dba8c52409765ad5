/// A grant for a child's activity: the child's pass and what is used of the year's caps, the
/// warnings, and the form (with the override section once the grant has been refused).
public struct GrantNewView: Page, Sendable {
    public struct Fields: Sendable {
        public let activity: FormField
        public let kind: FormField
        public let amount: FormField
        public let periodFrom: FormField
        public let periodTo: FormField
        public let fundingSource: FormField
        public let claimDeadline: FormField
        public let note: FormField
        public let override: FormField
        public let overrideReason: FormField

        public init(activity: FormField, kind: FormField, amount: FormField, periodFrom: FormField, periodTo: FormField, fundingSource: FormField, claimDeadline: FormField, note: FormField, override: FormField, overrideReason: FormField) {
            self.activity = activity
            self.kind = kind
            self.amount = amount
            self.periodFrom = periodFrom
            self.periodTo = periodTo
            self.fundingSource = fundingSource
            self.claimDeadline = claimDeadline
            self.note = note
            self.override = override
            self.overrideReason = overrideReason
        }
    }

    public let childName: String
    public let childHref: String
    public let action: String
    public let facts: [ChildPageView.Fact]
    public let incomeLimit: String?
    public let noAssociationConsent: Bool
    public let noPass: Bool
    public let showOverride: Bool
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(childHref)">\(t("form.back"))</a>
        <h1>\(t("grant.new.heading"))</h1>
        <p class="lead"><a href="\(childHref)">\(childName)</a></p>
        <dl class="summary-list">
          \(facts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })
        </dl>

        """
        if noPass {
            "<div class=\"alert alert-warning\"><p class=\"alert-heading\">\(t("flash.warning"))</p><p class=\"alert-text\">\(t("grant.new.noPassWarning"))</p></div>\n"
        }
        if noAssociationConsent {
            "<div class=\"alert alert-warning\"><p class=\"alert-heading\">\(t("flash.warning"))</p><p class=\"alert-text\">\(t("grant.noAssociationConsent"))</p></div>\n"
        }
        if let incomeLimit, !incomeLimit.isEmpty {
            "<div class=\"alert alert-info\"><p class=\"alert-heading\">\(t("flash.info"))</p><p class=\"alert-text\">\(t("grant.new.incomeLimitHeading")) \(incomeLimit)</p></div>\n"
        }
        """
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.select(form.activity))
          \(c.radios(form.kind))
          \(c.input(form.amount))
          \(c.input(form.periodFrom))
          \(c.input(form.periodTo))
          \(c.select(form.fundingSource))
          \(c.input(form.claimDeadline))
          \(c.textarea(form.note))

        """
        if showOverride {
            """
              <section class="panel" aria-labelledby="override-heading">
                <h2 class="panel-title" id="override-heading">\(t("grant.override.heading"))</h2>
                <p>\(t("grant.override.intro"))</p>
                \(c.checkbox(form.override))
                \(c.textarea(form.overrideReason))
              </section>

            """
        }
        """
          <div class="button-row">
            <button type="submit" class="button button-primary">\(t("grant.new.submit"))</button>
            <a class="button-link" href="\(childHref)">\(t("form.cancel"))</a>
          </div>
        </form>

        """
    }

    public init(childName: String, childHref: String, action: String, facts: [ChildPageView.Fact], incomeLimit: String?, noAssociationConsent: Bool, noPass: Bool, showOverride: Bool, form: Fields) {
        self.childName = childName
        self.childHref = childHref
        self.action = action
        self.facts = facts
        self.incomeLimit = incomeLimit
        self.noAssociationConsent = noAssociationConsent
        self.noPass = noPass
        self.showOverride = showOverride
        self.form = form
    }
}
