/// A child as their volunteer guide sees them (`guidance/volunteer-course`): name, age,
/// language, interests, how to reach the family, the course, its agreements and sessions.
public struct VolunteerCourseView: Page, Sendable {
    public struct Contact: Sendable {
        public let name: String
        public let relation: String
        public let phone: String?
        public let phoneHref: String?
        public let email: String?
        public let emailHref: String?
        public let language: String?

        public init(name: String, relation: String, phone: String?, phoneHref: String?, email: String?, emailHref: String?,
                    language: String?) {
            self.name = name
            self.relation = relation
            self.phone = phone
            self.phoneHref = phoneHref
            self.email = email
            self.emailHref = emailHref
            self.language = language
        }
    }

    public let name: String
    public let ageLine: String
    public let roleLine: String
    public let status: String
    public let statusKind: String
    public let stepLine: String
    public let steps: [CourseView.Step]
    public let consentOK: Bool
    public let contacts: [Contact]
    public let interests: String
    public let language: String
    public let facts: [ChildPageView.Fact]
    public let isOpen: Bool
    public let sessionHref: String
    public let agreementHref: String
    public let activityHref: String?
    public let dueFollowUps: [CourseView.FollowUpItem]
    public let hasDueFollowUps: Bool
    public let agreements: [CourseView.AgreementRow]
    public let hasAgreements: Bool
    public let sessions: [CourseView.SessionRow]
    public let hasSessions: Bool
    public let backHref: String

    public init(name: String, ageLine: String, roleLine: String, status: String, statusKind: String, stepLine: String,
                steps: [CourseView.Step], consentOK: Bool, contacts: [Contact], interests: String, language: String,
                facts: [ChildPageView.Fact], isOpen: Bool, sessionHref: String, agreementHref: String, activityHref: String?,
                dueFollowUps: [CourseView.FollowUpItem], hasDueFollowUps: Bool, agreements: [CourseView.AgreementRow], hasAgreements: Bool,
                sessions: [CourseView.SessionRow], hasSessions: Bool, backHref: String) {
        self.name = name
        self.ageLine = ageLine
        self.roleLine = roleLine
        self.status = status
        self.statusKind = statusKind
        self.stepLine = stepLine
        self.steps = steps
        self.consentOK = consentOK
        self.contacts = contacts
        self.interests = interests
        self.language = language
        self.facts = facts
        self.isOpen = isOpen
        self.sessionHref = sessionHref
        self.agreementHref = agreementHref
        self.activityHref = activityHref
        self.dueFollowUps = dueFollowUps
        self.hasDueFollowUps = hasDueFollowUps
        self.agreements = agreements
        self.hasAgreements = hasAgreements
        self.sessions = sessions
        self.hasSessions = hasSessions
        self.backHref = backHref
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <a class="back-link" href="\(backHref)">\(t("guidance.mine.back"))</a>
        <h1 class="with-sub">\(name)</h1>
        <p class="sub-heading">\(ageLine) · \(roleLine)</p>

        """
        if hasDueFollowUps {
            """
            <div class="alert alert-warning">
              <p class="alert-heading">\(t("guidance.course.followUpDue"))</p>
              \(dueFollowUps.html { f in
                  "<p class=\"alert-text\"><a href=\"\(f.href)\">\(t("followup.answerLink")): \(f.label)</a> (\(f.dueOn), \(f.state))</p>"
              })
            </div>

            """
        }
        if isOpen { "<p><a class=\"button button-primary\" href=\"\(sessionHref)\">\(t("course.action.logSession"))</a></p>\n" }
        """
        <p><span class="badge badge-\(statusKind)">\(status)</span> \(stepLine)</p>
        \(CourseView.stepList(steps, c))

        <h2>\(t("guidance.course.family"))</h2>

        """
        if !consentOK {
            """
            <div class="alert alert-warning">
              <p class="alert-heading">\(t("flash.warning"))</p>
              <p class="alert-text">\(t("guidance.course.noConsent"))</p>
            </div>

            """
        }
        for contact in contacts { self.contact(contact, c) }
        """
        <dl class="summary-list">
          <div><dt>\(t("child.interests"))</dt><dd>\(interests)</dd></div>
          <div><dt>\(t("child.homeLanguage"))</dt><dd>\(language)</dd></div>
        </dl>

        <h2>\(t("course.section.details"))</h2>
        <dl class="summary-list">\(facts.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })</dl>

        """
        if isOpen {
            "<div class=\"action-links\">\n"
            if let activityHref { "<a class=\"button button-secondary\" href=\"\(activityHref)\">\(t("course.action.activity"))</a>\n" }
            "<a class=\"button button-secondary\" href=\"\(agreementHref)\">\(t("course.action.agreement"))</a>\n"
            "</div>\n"
        }
        "<h2 id=\"agreements\">\(t("course.section.agreements"))</h2>\n"
        if !hasAgreements { "<p>\(t("course.noAgreements"))</p>\n" }
        """
        \(CourseView.agreementList(agreements))

        <h2 id="sessions">\(t("course.section.sessions"))</h2>

        """
        if !hasSessions { "<p>\(t("course.noSessions"))</p>\n" }
        """
        <ul class="plain-list">
          \(sessions.html { s in
              "<li><span class=\"timeline-date\">\(s.date)</span> \(s.kind), \(s.minutes)<br><span class=\"muted\">\(s.step) · \(s.participants)</span>\(Self.nonEmpty(s.note).map { "<br>\($0)" as HTML })</li>"
          })
        </ul>

        """
    }

    /// One guardian's contact details: their own language only. (The Mustache template showed the
    /// child's home language for a guardian without one, through its context stack.)
    @Markup func contact(_ contact: Contact, _ c: PageContext) -> HTML {
        let t = c.t
        """
        <dl class="summary-list">
          <div><dt>\(t("guardian.name"))</dt><dd>\(contact.name) (\(contact.relation))</dd></div>

        """
        if let phone = Self.nonEmpty(contact.phone) {
            "<div><dt>\(t("guardian.phone"))</dt><dd><a href=\"\(contact.phoneHref)\">\(phone)</a></dd></div>\n"
        }
        if let email = Self.nonEmpty(contact.email) {
            "<div><dt>\(t("guardian.email"))</dt><dd><a href=\"\(contact.emailHref)\">\(email)</a></dd></div>\n"
        }
        if let language = Self.nonEmpty(contact.language) {
            "<div><dt>\(t("guardian.language"))</dt><dd>\(language)</dd></div>\n"
        }
        "</dl>\n"
    }

    /// A text worth a line: present and not empty.
    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
