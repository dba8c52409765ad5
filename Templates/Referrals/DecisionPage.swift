/// The coordinator's decision on a referral (`referrals/decision`): the referral in short, the
/// consent warning, the outcome, the pass it issues and the reasons.
public struct DecisionFormView: Page, Sendable {
    public struct Fields: Sendable {
        public let outcome: FormField
        public let track: FormField
        public let validFrom: FormField
        public let validTo: FormField
        public let covers: FormField
        public let reasons: FormField
        public let reason: FormField

        public init(outcome: FormField, track: FormField, validFrom: FormField, validTo: FormField, covers: FormField, reasons: FormField,
                    reason: FormField) {
            self.outcome = outcome
            self.track = track
            self.validFrom = validFrom
            self.validTo = validTo
            self.covers = covers
            self.reasons = reasons
            self.reason = reason
        }
    }

    public let childName: String
    public let childHref: String
    public let summary: [ChildPageView.Fact]
    public let consentOK: Bool
    public let ageRule: String
    public let action: String
    public let form: Fields

    public init(childName: String, childHref: String, summary: [ChildPageView.Fact], consentOK: Bool, ageRule: String, action: String,
                form: Fields) {
        self.childName = childName
        self.childHref = childHref
        self.summary = summary
        self.consentOK = consentOK
        self.ageRule = ageRule
        self.action = action
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        """
        <a class="back-link" href="\(childHref)">\(c.t("form.back"))</a>
        <h1>\(c.t("decision.heading"))</h1>
        <p class="lead"><a href="\(childHref)">\(childName)</a></p>
        <dl class="summary-list">
          \(summary.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })
          <div><dt>\(c.t("decision.ageRule"))</dt><dd>\(ageRule)</dd></div>
        </dl>

        """
        if !consentOK {
            """
            <div class="alert alert-warning">
              <p class="alert-heading">\(c.t("flash.warning"))</p>
              <p class="alert-text">\(c.t("decision.noConsent"))</p>
            </div>

            """
        }
        """
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.radios(form.outcome))
          <h2>\(c.t("decision.passHeading"))</h2>
          <p class="muted">\(c.t("decision.passIntro"))</p>
          \(c.radios(form.track))
          \(c.input(form.validFrom))
          \(c.input(form.validTo))
          \(c.checkboxes(form.covers))
          <h2>\(c.t("decision.reasonHeading"))</h2>
          \(c.checkboxes(form.reasons))
          \(c.textarea(form.reason))
          <p class="muted">\(c.t("decision.letterNote"))</p>
          <div class="button-row">
            <button type="submit" class="button button-primary">\(c.t("decision.submit"))</button>
            <a class="button-link" href="\(childHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}
