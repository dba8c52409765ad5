/// A new referral for a child: who refers, why, and what the child needs.
public struct ReferralFormView: Page, Sendable {
    public struct Fields: Sendable {
        public let referrerName: FormField
        public let referrerRole: FormField
        public let department: FormField
        public let referredOn: FormField
        public let reasons: FormField
        public let reasonNote: FormField
        public let childWishes: FormField
        public let urgency: FormField

        public init(referrerName: FormField, referrerRole: FormField, department: FormField, referredOn: FormField, reasons: FormField,
                    reasonNote: FormField, childWishes: FormField, urgency: FormField) {
            self.referrerName = referrerName
            self.referrerRole = referrerRole
            self.department = department
            self.referredOn = referredOn
            self.reasons = reasons
            self.reasonNote = reasonNote
            self.childWishes = childWishes
            self.urgency = urgency
        }
    }

    public let childName: String
    public let action: String
    public let cancelHref: String
    public let form: Fields
    public let support: FormField

    public init(childName: String, action: String, cancelHref: String, form: Fields, support: FormField) {
        self.childName = childName
        self.action = action
        self.cancelHref = cancelHref
        self.form = form
        self.support = support
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <a class="back-link" href="\(cancelHref)">\(c.t("form.back"))</a>
        <h1>\(c.t("referral.new.heading"))</h1>
        <p class="lead">\(c.t("referral.new.intro")) <strong>\(childName)</strong>.</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          <h2>\(c.t("referral.section.referrer"))</h2>
          \(c.input(form.referrerName))
          \(c.input(form.referrerRole))
          \(c.radios(form.department))
          \(c.input(form.referredOn))
          <h2>\(c.t("referral.section.why"))</h2>
          \(c.checkboxes(form.reasons))
          \(c.textarea(form.reasonNote))
          \(c.textarea(form.childWishes))
          <h2>\(c.t("referral.section.what"))</h2>
          \(c.checkboxes(support))
          \(c.radios(form.urgency))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(c.t("referral.new.submit"))</button>
            <a class="button-link" href="\(cancelHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}
