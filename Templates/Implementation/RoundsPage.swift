/// Test rounds (`implementation/rounds`): the versions of the scheme tried in turn, newest first.
public struct ImplementationRoundsView: Page, Sendable {
    public struct RoundRow: Sendable {
        public let version: String
        public let period: String
        public let ongoing: Bool
        public let changes: String?
        public let learnings: String?
        public let href: String?
        public let editLabel: String

        public init(version: String, period: String, ongoing: Bool, changes: String?, learnings: String?, href: String?, editLabel: String) {
            self.version = version
            self.period = period
            self.ongoing = ongoing
            self.changes = changes
            self.learnings = learnings
            self.href = href
            self.editLabel = editLabel
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let newHref: String?
    public let rounds: [RoundRow]

    public init(subnav: [PageFrame.NavItem], newHref: String?, rounds: [RoundRow]) {
        self.subnav = subnav
        self.newHref = newHref
        self.rounds = rounds
    }

    public func body(_ c: PageContext) -> HTML {
        SectionNav.implementation(subnav, c.t)
        """
        <div class="page-heading">
          <h1>\(c.t("impl.rounds.heading"))</h1>

        """
        if let newHref { "<a class=\"button button-primary\" href=\"\(newHref)\">\(c.t("impl.rounds.new.button"))</a>\n" }
        """
        </div>
        <p class="lead">\(c.t("impl.rounds.intro"))</p>

        """
        if rounds.isEmpty { "<p>\(c.t("impl.rounds.none"))</p>\n" }
        """
        <ol class="timeline">
          \(rounds.html { round(c, $0) })
        </ol>

        """
    }

    @Markup func round(_ c: PageContext, _ round: RoundRow) -> HTML {
        """
          <li class="timeline-item">
            <h2 class="timeline-title">\(round.version)\(HTML.when(round.ongoing, " <span class=\"badge badge-info\">\(c.t("impl.rounds.ongoing"))</span>"))</h2>
            <p class="muted">\(round.period)</p>
            <dl class="summary-list">
              <div><dt>\(c.t("impl.rounds.changes"))</dt><dd class="prewrap">\(round.changes ?? "–")</dd></div>
              <div><dt>\(c.t("impl.rounds.learnings"))</dt><dd class="prewrap">\(round.learnings ?? "–")</dd></div>
            </dl>

        """
        if let href = round.href { "<p><a href=\"\(href)\">\(round.editLabel)</a></p>\n" }
        "</li>\n"
    }
}

/// A test round's form (`implementation/round-form`): new or edited.
public struct ImplementationRoundFormView: Page, Sendable {
    public struct Fields: Sendable {
        public let version: FormField
        public let startsOn: FormField
        public let endsOn: FormField
        public let changes: FormField
        public let learnings: FormField

        public init(version: FormField, startsOn: FormField, endsOn: FormField, changes: FormField, learnings: FormField) {
            self.version = version
            self.startsOn = startsOn
            self.endsOn = endsOn
            self.changes = changes
            self.learnings = learnings
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let backHref: String
    public let heading: String
    public let action: String
    public let submit: String
    public let lastChanged: String?
    public let form: Fields

    public init(subnav: [PageFrame.NavItem], backHref: String, heading: String, action: String, submit: String, lastChanged: String?, form: Fields) {
        self.subnav = subnav
        self.backHref = backHref
        self.heading = heading
        self.action = action
        self.submit = submit
        self.lastChanged = lastChanged
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        SectionNav.implementation(subnav, c.t)
        """
        <a class="back-link" href="\(backHref)">\(c.t("impl.rounds.back"))</a>
        <h1>\(heading)</h1>
        <p class="lead">\(c.t("impl.rounds.form.intro"))</p>

        """
        if let lastChanged { "<p class=\"muted\">\(c.t("impl.lastChanged")) \(lastChanged)</p>\n" }
        """
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.input(form.version))
          \(c.input(form.startsOn))
          \(c.input(form.endsOn))
          \(c.textarea(form.changes))
          \(c.textarea(form.learnings))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(submit)</button>
            <a class="button-link" href="\(backHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}
