/// Claiming a grant, step 1: amount and period filled in, a note and an optional invoice or
/// membership receipt. Multipart: the CSRF token travels in the form's address.
public struct PortalClaimView: Page, Sendable {
    public struct Fields: Sendable {
        public let amount: FormField
        public let periodFrom: FormField
        public let periodTo: FormField
        public let note: FormField
        public let attachment: FormField
        public let removeAttachment: FormField

        public init(amount: FormField, periodFrom: FormField, periodTo: FormField, note: FormField, attachment: FormField, removeAttachment: FormField) {
            self.amount = amount
            self.periodFrom = periodFrom
            self.periodTo = periodTo
            self.note = note
            self.attachment = attachment
            self.removeAttachment = removeAttachment
        }
    }

    public let step: String
    public let heading: String
    public let facts: [ChildPageView.Fact]
    public let action: String
    public let cancelHref: String
    public let currentAttachment: String?
    public let form: Fields

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(cancelHref)">\(t("form.back"))</a>
        <p class="step">\(step)</p>
        <h1>\(heading)</h1>
        <dl class="summary-list">
          \(facts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })
        </dl>
        <form method="post" action="\(action)" enctype="multipart/form-data" novalidate>
          \(c.input(form.amount))
          <div class="field-row">
            \(c.input(form.periodFrom))
            \(c.input(form.periodTo))
          </div>
          \(c.textarea(form.note))
          \(Self.file(form.attachment, c))

        """
        if let current = currentAttachment, !current.isEmpty {
            """
              <p>\(t("portal.claim.attachment.keep")) <strong>\(current)</strong></p>
              \(c.checkbox(form.removeAttachment))

            """
        }
        """
          <div class="button-row">
            <button type="submit" class="button button-primary">\(t("portal.claim.continueButton"))</button>
            <a class="button-link" href="\(cancelHref)">\(t("form.cancel"))</a>
          </div>
        </form>

        """
    }

    /// The invoice or receipt: a file field of its own (the shared fields have none).
    public static func file(_ f: FormField, _ c: PageContext) -> HTML {
        let t = c.t
        let error: HTML? = f.error.map {
            "<p class=\"form-error-message\" id=\"\(f.errorID)\"><span class=\"sr-only\">\(t("form.errorPrefix")) </span>\($0)</p>"
        }
        return """
          <div class="form-group\(HTML.when(f.error != nil, " form-error"))">
            <label class="form-label" for="\(f.id)">\(f.label) <span class="optional">\(t("form.optional"))</span></label>
            <p class="form-hint" id="\(f.hintID)">\(f.hint)</p>
            \(error)
            <input class="form-file" id="\(f.id)" name="\(f.name)" type="file" accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png" aria-describedby="\(f.describedBy)"\(HTML.when(f.error != nil, " aria-invalid=\"true\""))>
          </div>

        """
    }

    public init(step: String, heading: String, facts: [ChildPageView.Fact], action: String, cancelHref: String, currentAttachment: String?, form: Fields) {
        self.step = step
        self.heading = heading
        self.facts = facts
        self.action = action
        self.cancelHref = cancelHref
        self.currentAttachment = currentAttachment
        self.form = form
    }
}
