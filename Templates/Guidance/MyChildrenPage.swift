/// The volunteer's start page (`guidance/my-children`): follow-ups needing attention and due,
/// one card per child they guide or accompany, and how many children wait on the board.
public struct MyChildrenView: Page, Sendable {
    public struct Card: Sendable {
        public let name: String
        public let href: String
        public let age: String
        public let role: String
        public let status: String
        public let statusKind: String
        public let step: String
        public let activity: String
        public let lastSession: String
        public let logHref: String?

        public init(name: String, href: String, age: String, role: String, status: String, statusKind: String, step: String,
                    activity: String, lastSession: String, logHref: String?) {
            self.name = name
            self.href = href
            self.age = age
            self.role = role
            self.status = status
            self.statusKind = statusKind
            self.step = step
            self.activity = activity
            self.lastSession = lastSession
            self.logHref = logHref
        }
    }

    public struct DueItem: Sendable {
        public let text: String
        public let dueOn: String
        public let state: String
        public let stateKind: String
        public let href: String

        public init(text: String, dueOn: String, state: String, stateKind: String, href: String) {
            self.text = text
            self.dueOn = dueOn
            self.state = state
            self.stateKind = stateKind
            self.href = href
        }
    }

    public let greeting: String
    public let hasProfile: Bool
    public let certificateWarning: String?
    public let due: [DueItem]
    public let hasDue: Bool
    public let attention: [DueItem]
    public let hasAttention: Bool
    public let cards: [Card]
    public let hasCards: Bool
    public let boardHref: String
    public let boardLine: String

    public init(greeting: String, hasProfile: Bool, certificateWarning: String?, due: [DueItem], hasDue: Bool, attention: [DueItem],
                hasAttention: Bool, cards: [Card], hasCards: Bool, boardHref: String, boardLine: String) {
        self.greeting = greeting
        self.hasProfile = hasProfile
        self.certificateWarning = certificateWarning
        self.due = due
        self.hasDue = hasDue
        self.attention = attention
        self.hasAttention = hasAttention
        self.cards = cards
        self.hasCards = hasCards
        self.boardHref = boardHref
        self.boardLine = boardLine
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <h1>\(t("guidance.mine.heading"))</h1>
        <p class="lead">\(greeting)</p>

        """
        if !hasProfile {
            """
            <div class="alert alert-info">
              <p class="alert-heading">\(t("flash.info"))</p>
              <p class="alert-text">\(t("guidance.mine.noProfile"))</p>
            </div>

            """
        }
        if let warning = certificateWarning, !warning.isEmpty {
            """
            <div class="alert alert-warning">
              <p class="alert-heading">\(t("flash.warning"))</p>
              <p class="alert-text">\(warning)</p>
            </div>

            """
        }
        if hasAttention {
            """
            <div class="alert alert-warning">
              <p class="alert-heading">\(t("guidance.mine.attention"))</p>
              <ul class="alert-text">
                \(attention.html { "<li><a href=\"\($0.href)\">\($0.text)</a> <span class=\"muted\">(\($0.dueOn))</span></li>" })
              </ul>
            </div>

            """
        }
        "<h2>\(t("guidance.mine.followUps"))</h2>\n"
        if hasDue {
            """
            <ul class="plain-list">
              \(due.html { item in
                  "<li><a href=\"\(item.href)\">\(item.text)</a> <span class=\"badge badge-\(item.stateKind)\">\(item.state)</span> <span class=\"muted\">\(item.dueOn)</span></li>"
              })
            </ul>

            """
        } else {
            "<p>\(t("guidance.mine.noFollowUps"))</p>\n"
        }
        "<h2>\(t("guidance.mine.children"))</h2>\n"
        if hasCards {
            "<ul class=\"card-list\">\n"
            for card in cards { Self.card(card, c) }
            "</ul>\n"
        } else {
            "<p>\(t("guidance.mine.noChildren"))</p>\n"
        }
        """
        <h2>\(t("guidance.mine.boardHeading"))</h2>
        <p>\(boardLine) <a href="\(boardHref)">\(t("guidance.mine.boardLink"))</a></p>

        """
    }

    @Markup static func card(_ card: Card, _ c: PageContext) -> HTML {
        let t = c.t
        """
          <li class="card">
            <h3 class="card-title"><a href="\(card.href)">\(card.name)</a></h3>
            <p>\(card.age) · \(card.role) · <span class="badge badge-\(card.statusKind)">\(card.status)</span></p>
            <p>\(card.step)<br>\(card.activity)</p>
            <p class="muted">\(card.lastSession)</p>

        """
        if let logHref = card.logHref {
            """
            <a class="button button-secondary" href="\(logHref)">\(t("course.action.logSession"))<span class="sr-only"> – \(card.name)</span></a>

            """
        }
        "  </li>\n"
    }
}
