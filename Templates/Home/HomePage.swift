/// The administrator's start page: a card for each part of the product the role may use.
public struct HomeView: Page, Sendable {
    public struct Card: Sendable {
        public let href: String
        public let title: String
        public let text: String

        public init(href: String, title: String, text: String) {
            self.href = href
            self.title = title
            self.text = text
        }
    }

    public let greeting: String
    public let cards: [Card]
    public let hasCards: Bool
    public let warnings: [String]
    public let auditHref: String

    public init(greeting: String, cards: [Card], warnings: [String], auditHref: String) {
        self.greeting = greeting
        self.cards = cards
        hasCards = !cards.isEmpty
        self.warnings = warnings
        self.auditHref = auditHref
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <h1>\(greeting)</h1>
        <p class="lead">\(c.t("home.intro"))</p>
        \(UnusualAccess.warnings(warnings, auditHref: auditHref, c.t))

        """
        if hasCards {
            """
            <ul class="card-list">
              \(cards.html(card))
            </ul>

            """
        }
    }

    private func card(_ card: Card) -> HTML {
        """
          <li class="card">
            <h2 class="card-title"><a href="\(card.href)">\(card.title)</a></h2>
            <p>\(card.text)</p>
          </li>

        """
    }
}
