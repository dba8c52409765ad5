import Domain

/// The child's page: decision letters as sent, the family's pass cards, the letter language.
public struct ChildLettersView: Sendable {
    public struct Row: Sendable {
        public let title: String
        public let date: String
        public let href: String

        public init(title: String, date: String, href: String) {
            self.title = title
            self.date = date
            self.href = href
        }
    }

    public let letters: [Row]
    public let hasLetters: Bool
    public let cards: [Row]
    public let hasCards: Bool
    public let languageAction: String
    public let language: FormField

    public init(letters: [Row], hasLetters: Bool, cards: [Row], hasCards: Bool, languageAction: String, language: FormField) {
        self.letters = letters
        self.hasLetters = hasLetters
        self.cards = cards
        self.hasCards = hasCards
        self.languageAction = languageAction
        self.language = language
    }
}

extension ChildLettersView {
    @Markup public func body(_ c: PageContext) -> HTML {
        let t = c.t
        "<h2 id=\"letters\">\(t("letters.heading"))</h2>\n"
        if !hasLetters { "<p>\(t("letters.none"))</p>\n" }
        if hasLetters {
            """
            <ul class="plain-list">
              \(letters.html { "<li><a href=\"\($0.href)\">\($0.title)</a> <span class=\"muted\">\($0.date)</span></li>" })
            </ul>

            """
        }
        if hasCards {
            """
            <h3>\(t("letters.cardsHeading"))</h3>
            <ul class="plain-list">
              \(cards.html { "<li><a href=\"\($0.href)\">\($0.title)</a></li>" })
            </ul>

            """
        }
        """
        <form method="post" action="\(languageAction)" class="section">
          \(c.csrf)
          \(c.select(language))
          <button type="submit" class="button button-secondary">\(t("letters.saveLanguage"))</button>
        </form>

        """
    }
}
