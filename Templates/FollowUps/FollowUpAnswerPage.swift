/// One follow-up: what it is about and, until answered, the form that answers it.
public struct FollowUpAnswerView: Page, Sendable {
    public struct Fields: Sendable {
        public let stillActive: FormField
        public let attendsRegularly: FormField
        public let needsHelp: FormField
        public let note: FormField

        public init(stillActive: FormField, attendsRegularly: FormField, needsHelp: FormField, note: FormField) {
            self.stillActive = stillActive
            self.attendsRegularly = attendsRegularly
            self.needsHelp = needsHelp
            self.note = note
        }
    }

    public let heading: String
    public let childName: String
    public let facts: [ChildPageView.Fact]
    public let answer: String?
    public let action: String
    public let backHref: String
    public let form: Fields

    public init(heading: String, childName: String, facts: [ChildPageView.Fact], answer: String?, action: String, backHref: String, form: Fields) {
        self.heading = heading
        self.childName = childName
        self.facts = facts
        self.answer = answer
        self.action = action
        self.backHref = backHref
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <a class="back-link" href="\(backHref)">\(c.t("form.back"))</a>
        <h1 class="with-sub">\(heading)</h1>
        <p class="sub-heading">\(childName)</p>
        <dl class="summary-list">\(facts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })</dl>

        """
        // An empty answer counts as none.
        if let answer, !answer.isEmpty {
            """
            <div class="alert alert-success">
              <p class="alert-heading">\(c.t("followup.answeredHeading"))</p>
              <p class="alert-text">\(answer)</p>
            </div>

            """
        } else {
            """
            <form method="post" action="\(action)" novalidate class="short-form">
              \(c.csrf)
              \(c.radios(form.stillActive))
              \(c.radios(form.attendsRegularly))
              \(c.radios(form.needsHelp))
              \(c.textarea(form.note))
              <div class="button-row">
                <button type="submit" class="button button-primary">\(c.t("followup.submit"))</button>
                <a class="button-link" href="\(backHref)">\(c.t("form.cancel"))</a>
              </div>
            </form>

            """
        }
    }
}
