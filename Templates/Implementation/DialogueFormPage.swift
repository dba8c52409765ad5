/// A dialogue tool round's form (`implementation/dialogue-form`), new or corrected: the date, who
/// took part, and a rating with a note for each factor, grouped by theme.
public struct ImplementationDialogueFormView: Page, Sendable {
    public struct FactorBlock: Sendable {
        public let id: String
        public let title: String
        public let description: String
        public let questions: [String]
        public let rating: FormField
        public let note: FormField

        public init(id: String, title: String, description: String, questions: [String], rating: FormField, note: FormField) {
            self.id = id
            self.title = title
            self.description = description
            self.questions = questions
            self.rating = rating
            self.note = note
        }
    }

    public struct ThemeBlock: Sendable {
        public let title: String
        public let factors: [FactorBlock]

        public init(title: String, factors: [FactorBlock]) {
            self.title = title
            self.factors = factors
        }
    }

    public struct Fields: Sendable {
        public let heldOn: FormField
        public let participants: FormField

        public init(heldOn: FormField, participants: FormField) {
            self.heldOn = heldOn
            self.participants = participants
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let backHref: String
    public let heading: String
    public let action: String
    public let submit: String
    public let lastChanged: String?
    public let form: Fields
    public let themes: [ThemeBlock]

    public init(subnav: [PageFrame.NavItem], backHref: String, heading: String, action: String, submit: String, lastChanged: String?,
                form: Fields, themes: [ThemeBlock]) {
        self.subnav = subnav
        self.backHref = backHref
        self.heading = heading
        self.action = action
        self.submit = submit
        self.lastChanged = lastChanged
        self.form = form
        self.themes = themes
    }

    public func body(_ c: PageContext) -> HTML {
        SectionNav.implementation(subnav, c.t)
        """
        <a class="back-link" href="\(backHref)">\(c.t("impl.dialogue.back"))</a>
        <h1>\(heading)</h1>
        <p class="lead">\(c.t("impl.dialogue.form.intro"))</p>

        """
        if let lastChanged, !lastChanged.isEmpty { "<p class=\"muted\">\(c.t("impl.lastChanged")) \(lastChanged)</p>\n" }
        """
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.heldOn))
          \(c.input(form.participants))
          \(themes.html { theme(c, $0) })
          <div class="button-row">
            <button type="submit" class="button button-primary">\(submit)</button>
            <a class="button-link" href="\(backHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>

        """
    }

    private func theme(_ c: PageContext, _ theme: ThemeBlock) -> HTML {
        """
          <h2>\(theme.title)</h2>
          \(theme.factors.html { factor(c, $0) })

        """
    }

    private func factor(_ c: PageContext, _ factor: FactorBlock) -> HTML {
        """
          <div class="impl-factor" id="factor-\(factor.id)">
            <h3 class="impl-factor-title">\(factor.title)</h3>
            <p>\(factor.description)</p>
            <details class="impl-questions">
              <summary>\(c.t("impl.dialogue.questions"))</summary>
              <ul>\(factor.questions.html { "<li>\($0)</li>" })</ul>
            </details>
            \(c.radios(factor.rating))
            \(c.textarea(factor.note))
          </div>

        """
    }
}
