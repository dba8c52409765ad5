/// The open board (`guidance/board`): children waiting for a guide, with minimal data; a
/// volunteer offers to take one, the coordinator opens the course.
public struct BoardView: Page, Sendable {
    public struct Entry: Sendable {
        public let firstName: String
        public let age: String
        public let district: String
        public let interests: String
        public let language: String
        public let published: String
        public let offers: String?
        public let offerAction: String?
        public let offerLabel: String
        public let offered: Bool
        public let blocked: String?
        public let courseHref: String?

        public init(firstName: String, age: String, district: String, interests: String, language: String, published: String,
                    offers: String?, offerAction: String?, offerLabel: String, offered: Bool, blocked: String?, courseHref: String?) {
            self.firstName = firstName
            self.age = age
            self.district = district
            self.interests = interests
            self.language = language
            self.published = published
            self.offers = offers
            self.offerAction = offerAction
            self.offerLabel = offerLabel
            self.offered = offered
            self.blocked = blocked
            self.courseHref = courseHref
        }
    }

    public let intro: String
    public let entries: [Entry]
    public let hasEntries: Bool
    public let isVolunteer: Bool
    public let noProfile: Bool

    public init(intro: String, entries: [Entry], hasEntries: Bool, isVolunteer: Bool, noProfile: Bool) {
        self.intro = intro
        self.entries = entries
        self.hasEntries = hasEntries
        self.isVolunteer = isVolunteer
        self.noProfile = noProfile
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <h1>\(t("board.heading"))</h1>
        <p class="lead">\(intro)</p>

        """
        if noProfile {
            """
            <div class="alert alert-info">
              <p class="alert-heading">\(t("flash.info"))</p>
              <p class="alert-text">\(t("guidance.mine.noProfile"))</p>
            </div>

            """
        }
        if hasEntries {
            "<ul class=\"card-list\">\n"
            for entry in entries { Self.entry(entry, c) }
            "</ul>\n"
        } else {
            "<p>\(t("board.empty"))</p>\n"
        }
    }

    @Markup static func entry(_ e: Entry, _ c: PageContext) -> HTML {
        let t = c.t
        """
          <li class="card">
            <h2 class="card-title">\(e.firstName), \(e.age)</h2>
            <dl class="summary-list compact">
              <div><dt>\(t("board.district"))</dt><dd>\(e.district)</dd></div>
              <div><dt>\(t("board.interests"))</dt><dd>\(e.interests)</dd></div>
              <div><dt>\(t("board.language"))</dt><dd>\(e.language)</dd></div>
            </dl>
            <p class="muted">\(e.published)\(e.offers.map { " · \($0)" as HTML })</p>

        """
        if let action = e.offerAction {
            """
            <form method="post" action="\(action)">\(c.csrf)<button type="submit" class="button button-secondary">\(e.offerLabel)</button></form>

            """
        }
        if e.offered { "<p><span class=\"badge badge-success\">\(t("board.offeredBadge"))</span></p>\n" }
        if let blocked = e.blocked { "<p class=\"muted\">\(blocked)</p>\n" }
        if let href = e.courseHref {
            "<p><a href=\"\(href)\">\(t("board.openCourse"))<span class=\"sr-only\"> – \(e.firstName)</span></a></p>\n"
        }
        "  </li>\n"
    }
}
