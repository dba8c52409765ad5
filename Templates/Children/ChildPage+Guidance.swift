import Domain

/// The guidance block of the child's page (staff only): courses, the family's agreements, the
/// sessions, and their entries for the page's timeline.
public struct ChildGuidanceView: Sendable {
    public struct CourseItem: Sendable {
        public let title: String
        public let href: String
        public let status: String
        public let statusKind: String
        public let step: String
        public let guide: String
        public let activity: String

        public init(title: String, href: String, status: String, statusKind: String, step: String, guide: String, activity: String) {
            self.title = title
            self.href = href
            self.status = status
            self.statusKind = statusKind
            self.step = step
            self.guide = guide
            self.activity = activity
        }
    }

    /// An agreement with the family, as the course page lists it.
    public struct AgreementRow: Sendable {
        public let text: String
        public let date: String

        public init(text: String, date: String) {
            self.text = text
            self.date = date
        }
    }

    /// A logged session, as the course page lists it.
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

    public let courses: [CourseItem]
    public let hasCourses: Bool
    public let agreements: [AgreementRow]
    public let hasAgreements: Bool
    public let sessions: [SessionRow]
    public let hasSessions: Bool
    public let startHref: String?
    public let startNote: String?
    public let timeline: [ChildPageView.TimelineEntry]

    public init(courses: [CourseItem], hasCourses: Bool, agreements: [AgreementRow], hasAgreements: Bool, sessions: [SessionRow], hasSessions: Bool, startHref: String?, startNote: String?, timeline: [ChildPageView.TimelineEntry]) {
        self.courses = courses
        self.hasCourses = hasCourses
        self.agreements = agreements
        self.hasAgreements = hasAgreements
        self.sessions = sessions
        self.hasSessions = hasSessions
        self.startHref = startHref
        self.startNote = startNote
        self.timeline = timeline
    }
}

extension ChildGuidanceView {
    @Markup public func body(_ c: PageContext) -> HTML {
        let t = c.t
        "<h2 id=\"guidance\">\(t("course.childSection"))</h2>\n"
        if let startHref { "<p><a class=\"button button-secondary\" href=\"\(startHref)\">\(t("course.action.start"))</a></p>\n" }
        if let startNote { "<p class=\"muted\">\(startNote)</p>\n" }
        if !hasCourses { "<p>\(t("course.noCourses"))</p>\n" }
        for course in courses {
            """
            <div class="panel">
              <h3 class="panel-title"><a href="\(course.href)">\(course.title)</a> <span class="badge badge-\(course.statusKind)">\(course.status)</span></h3>
              <dl class="summary-list compact">
                <div><dt>\(t("course.guide"))</dt><dd>\(course.guide)</dd></div>
                <div><dt>\(t("course.step"))</dt><dd>\(course.step)</dd></div>
                <div><dt>\(t("course.activity"))</dt><dd>\(course.activity)</dd></div>
              </dl>
            </div>

            """
        }
        if hasAgreements {
            """
            <h3>\(t("course.section.agreements"))</h3>
            <ul class="plain-list">\(agreements.html { "<li><span class=\"timeline-date\">\($0.date)</span> \($0.text)</li>" })</ul>

            """
        }
        if hasSessions {
            """
            <h3>\(t("course.section.sessions"))</h3>
            <ul class="plain-list">
              \(sessions.html(Self.session))
            </ul>

            """
        }
    }

    @Markup static func session(_ s: SessionRow) -> HTML {
        "<li><span class=\"timeline-date\">\(s.date)</span> \(s.kind), \(s.minutes) · \(s.step)<br><span class=\"muted\">\(s.participants) · \(s.loggedBy)</span>"
        if let note = s.note { "<br>\(note)" }
        "</li>"
    }
}
