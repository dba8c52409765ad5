/// A course as staff see it (`courses/show`): the child, the guide, the six steps, sessions,
/// agreements, follow-ups and (for the coordinator, while the course waits for a guide) the
/// open board and its offers.
public struct CourseView: Page, Sendable {
    public typealias Fact = ChildPageView.Fact

    /// One of the method's six steps, the current one marked.
    public struct Step: Sendable {
        public let number: String
        public let label: String
        public let current: Bool
        public let done: Bool

        public init(number: String, label: String, current: Bool, done: Bool) {
            self.number = number
            self.label = label
            self.current = current
            self.done = done
        }
    }

    public struct SessionRow: Sendable {
        public let date: String
        public let kind: String
        public let minutes: String
        public let step: String
        public let participants: String
        public let loggedBy: String
        public let note: String?

        public init(date: String, kind: String, minutes: String, step: String, participants: String, loggedBy: String, note: String?) {
            self.date = date
            self.kind = kind
            self.minutes = minutes
            self.step = step
            self.participants = participants
            self.loggedBy = loggedBy
            self.note = note
        }
    }

    public struct AgreementRow: Sendable {
        public let text: String
        public let date: String

        public init(text: String, date: String) {
            self.text = text
            self.date = date
        }
    }

    public struct FollowUpItem: Sendable {
        public let label: String
        public let dueOn: String
        public let state: String
        public let stateKind: String
        public let answer: String?
        public let href: String
        public let canAnswer: Bool

        public init(label: String, dueOn: String, state: String, stateKind: String, answer: String?, href: String, canAnswer: Bool) {
            self.label = label
            self.dueOn = dueOn
            self.state = state
            self.stateKind = stateKind
            self.answer = answer
            self.href = href
            self.canAnswer = canAnswer
        }
    }

    public struct OfferRow: Sendable {
        public let name: String
        public let offeredOn: String
        public let status: String
        public let pending: Bool
        public let action: String
        public let confirmLabel: String

        public init(name: String, offeredOn: String, status: String, pending: Bool, action: String, confirmLabel: String) {
            self.name = name
            self.offeredOn = offeredOn
            self.status = status
            self.pending = pending
            self.action = action
            self.confirmLabel = confirmLabel
        }
    }

    public let title: String
    public let childName: String
    public let childHref: String
    public let status: String
    public let statusKind: String
    public let stepLine: String
    public let steps: [Step]
    public let facts: [Fact]
    public let isOpen: Bool
    public let sessionHref: String
    public let agreementHref: String
    public let activityHref: String?
    public let outcomeHref: String?
    public let guideHref: String?
    public let isCoordinator: Bool
    public let waiting: Bool
    /// While a course waits for a guide, finding one is the coordinator's next step.
    public let matchingFirst: Bool
    public let isPublished: Bool
    public let publishAction: String
    public let publishProblem: String?
    public let offers: [OfferRow]
    public let hasOffers: Bool
    public let sessions: [SessionRow]
    public let hasSessions: Bool
    public let agreements: [AgreementRow]
    public let hasAgreements: Bool
    public let followUps: [FollowUpItem]
    public let hasFollowUps: Bool
    public let backHref: String

    public init(title: String, childName: String, childHref: String, status: String, statusKind: String, stepLine: String, steps: [Step],
                facts: [Fact], isOpen: Bool, sessionHref: String, agreementHref: String, activityHref: String?, outcomeHref: String?,
                guideHref: String?, isCoordinator: Bool, waiting: Bool, matchingFirst: Bool, isPublished: Bool, publishAction: String,
                publishProblem: String?, offers: [OfferRow], hasOffers: Bool, sessions: [SessionRow], hasSessions: Bool,
                agreements: [AgreementRow], hasAgreements: Bool, followUps: [FollowUpItem], hasFollowUps: Bool, backHref: String) {
        self.title = title
        self.childName = childName
        self.childHref = childHref
        self.status = status
        self.statusKind = statusKind
        self.stepLine = stepLine
        self.steps = steps
        self.facts = facts
        self.isOpen = isOpen
        self.sessionHref = sessionHref
        self.agreementHref = agreementHref
        self.activityHref = activityHref
        self.outcomeHref = outcomeHref
        self.guideHref = guideHref
        self.isCoordinator = isCoordinator
        self.waiting = waiting
        self.matchingFirst = matchingFirst
        self.isPublished = isPublished
        self.publishAction = publishAction
        self.publishProblem = publishProblem
        self.offers = offers
        self.hasOffers = hasOffers
        self.sessions = sessions
        self.hasSessions = hasSessions
        self.agreements = agreements
        self.hasAgreements = hasAgreements
        self.followUps = followUps
        self.hasFollowUps = hasFollowUps
        self.backHref = backHref
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(backHref)">\(t("course.backToList"))</a>
        <div class="page-heading">
          <div>
            <h1 class="with-sub">\(title)</h1>
            <p class="sub-heading"><span class="badge badge-\(statusKind)">\(status)</span> · \(stepLine)</p>
          </div>

        """
        if isOpen {
            if matchingFirst {
                "<div class=\"action-links\"><a class=\"button button-primary\" href=\"\(guideHref)\">\(t("course.action.guide"))</a></div>\n"
            } else {
                "<div class=\"action-links\"><a class=\"button button-primary\" href=\"\(sessionHref)\">\(t("course.action.logSession"))</a></div>\n"
            }
        }
        """
        </div>
        \(Self.stepList(steps, c))

        <div class="columns">
        <section class="column-main">
          <h2>\(t("course.section.details"))</h2>
          <dl class="summary-list">\(facts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })</dl>
          <p><a href="\(childHref)">\(t("course.childPage"))</a></p>

        """
        if isOpen {
            "<div class=\"action-links\">\n"
            if let activityHref { "<a class=\"button button-secondary\" href=\"\(activityHref)\">\(t("course.action.activity"))</a>\n" }
            "<a class=\"button button-secondary\" href=\"\(agreementHref)\">\(t("course.action.agreement"))</a>\n"
            if !matchingFirst, let guideHref {
                "<a class=\"button button-secondary\" href=\"\(guideHref)\">\(t("course.action.guide"))</a>\n"
            }
            if matchingFirst { "<a class=\"button button-secondary\" href=\"\(sessionHref)\">\(t("course.action.logSession"))</a>\n" }
            if let outcomeHref { "<a class=\"button-link\" href=\"\(outcomeHref)\">\(t("course.action.outcome"))</a>\n" }
            "</div>\n"
        }
        "<h2 id=\"sessions\">\(t("course.section.sessions"))</h2>\n"
        if hasSessions {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="sessions">
            <table class="table">
              <caption class="sr-only">\(t("course.section.sessions"))</caption>
              <thead><tr>
                <th scope="col">\(t("session.heldOn"))</th><th scope="col">\(t("session.column.kind"))</th><th scope="col">\(t("session.column.step"))</th>
                <th scope="col">\(t("session.column.note"))</th><th scope="col">\(t("session.loggedBy"))</th>
              </tr></thead>
              <tbody>
                \(sessions.html { s in
                    "<tr><td>\(s.date)</td><td>\(s.kind)<br><span class=\"muted\">\(s.minutes) · \(s.participants)</span></td><td>\(s.step)</td><td>\(s.note)</td><td>\(s.loggedBy)</td></tr>"
                })
              </tbody>
            </table>
            </div>

            """
        } else {
            "<p>\(t("course.noSessions"))</p>\n"
        }
        "<h2 id=\"agreements\">\(t("course.section.agreements"))</h2>\n"
        if !hasAgreements { "<p>\(t("course.noAgreements"))</p>\n" }
        """
        \(Self.agreementList(agreements))

        <h2 id="follow-ups">\(t("course.section.followUps"))</h2>

        """
        if !hasFollowUps { "<p>\(t("course.noFollowUps"))</p>\n" }
        """
        <ul class="plain-list">
          \(followUps.html { Self.followUp($0, c) })
        </ul>
        </section>

        <aside class="column-side">

        """
        if isCoordinator && waiting { board(c) }
        """
        </aside>
        </div>

        """
    }

    @Markup func board(_ c: PageContext) -> HTML {
        let t = c.t
        """
          <section class="panel">
            <h2 class="panel-title">\(t("course.board.heading"))</h2>

        """
        if isPublished {
            """
            <p>\(t("course.board.isPublished"))</p>
            <form method="post" action="\(publishAction)">\(c.csrf)<input type="hidden" name="publish" value="no">
              <button type="submit" class="button button-secondary">\(t("course.board.unpublish"))</button>
            </form>

            """
        } else if let publishProblem, !publishProblem.isEmpty {
            "<p>\(publishProblem)</p>\n"
        } else {
            """
            <p>\(t("course.board.explain"))</p>
            <form method="post" action="\(publishAction)">\(c.csrf)<input type="hidden" name="publish" value="yes">
              <button type="submit" class="button button-secondary">\(t("course.board.publish"))</button>
            </form>

            """
        }
        "<h3 class=\"panel-title\">\(t("course.board.offers"))</h3>\n"
        if !hasOffers { "<p class=\"muted\">\(t("course.board.noOffers"))</p>\n" }
        for offer in offers {
            """
            <div class="consent-item">
              <p>\(offer.name) · \(offer.offeredOn) <span class="badge">\(offer.status)</span></p>

            """
            if offer.pending {
                """
                <form method="post" action="\(offer.action)">\(c.csrf)<button type="submit" class="button button-secondary">\(offer.confirmLabel)</button></form>

                """
            }
            "</div>\n"
        }
        "  </section>\n"
    }

    /// The six steps, the current one marked (`aria-current`), the ones before it done.
    static func stepList(_ steps: [Step], _ c: PageContext) -> HTML {
        """
        <ol class="steps" aria-label="\(c.t("course.steps"))">
          \(steps.html { step in
              "<li class=\"\(HTML.when(step.current, "step-current"))\(HTML.when(step.done, "step-done"))\"\(HTML.when(step.current, " aria-current=\"step\""))><span class=\"step-number\">\(step.number)</span> \(step.label)</li>"
          })
        </ol>
        """
    }

    static func agreementList(_ agreements: [AgreementRow]) -> HTML {
        "<ul class=\"plain-list\">\(agreements.html { "<li><span class=\"timeline-date\">\($0.date)</span> \($0.text)</li>" })</ul>"
    }

    @Markup static func followUp(_ f: FollowUpItem, _ c: PageContext) -> HTML {
        let t = c.t
        let answer = f.answer.flatMap { $0.isEmpty ? nil : "<br><span class=\"muted\">\($0)</span>" as HTML }
        let link = HTML.when(f.canAnswer, " <a href=\"\(f.href)\">\(t("followup.answerLink"))<span class=\"sr-only\"> – \(f.label)</span></a>")
        "<li><span class=\"timeline-date\">\(f.dueOn)</span> \(f.label) <span class=\"badge badge-\(f.stateKind)\">\(f.state)</span>\(answer)\(link)</li>"
    }
}
