/// Steering group and team meetings (`implementation/meetings`): the rhythm's warnings, the next
/// meetings due, the planned ones and the held ones with their open actions.
public struct ImplementationMeetingsView: Page, Sendable {
    public struct MeetingRow: Sendable {
        public let date: String
        public let kind: String
        public let href: String
        public let participants: String?
        public let decisions: String?
        public let openActions: String

        public init(date: String, kind: String, href: String, participants: String?, decisions: String?, openActions: String) {
            self.date = date
            self.kind = kind
            self.href = href
            self.participants = participants
            self.decisions = decisions
            self.openActions = openActions
        }
    }

    public struct NextMeeting: Sendable {
        public let label: String
        public let date: String
        public let note: String

        public init(label: String, date: String, note: String) {
            self.label = label
            self.date = date
            self.note = note
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let newHref: String?
    public let warnings: [String]
    public let nextMeetings: [NextMeeting]
    public let upcoming: [MeetingRow]
    public let held: [MeetingRow]

    public init(subnav: [PageFrame.NavItem], newHref: String?, warnings: [String], nextMeetings: [NextMeeting], upcoming: [MeetingRow], held: [MeetingRow]) {
        self.subnav = subnav
        self.newHref = newHref
        self.warnings = warnings
        self.nextMeetings = nextMeetings
        self.upcoming = upcoming
        self.held = held
    }

    public func body(_ c: PageContext) -> HTML {
        SectionNav.implementation(subnav, c.t)
        """
        <div class="page-heading">
          <h1>\(c.t("impl.meetings.heading"))</h1>

        """
        if let newHref { "<a class=\"button button-primary\" href=\"\(newHref)\">\(c.t("impl.meeting.new.button"))</a>\n" }
        """
        </div>
        <p class="lead">\(c.t("impl.meetings.intro"))</p>
        \(warnings.html { warning(c, $0) })
        <section aria-labelledby="next-heading">
          <h2 id="next-heading">\(c.t("impl.overview.meetings"))</h2>

        """
        if nextMeetings.isEmpty { "<p>\(c.t("impl.overview.noMeetings"))</p>\n" }
        """
          <dl class="summary-list">
            \(nextMeetings.html { "<div><dt>\($0.label)</dt><dd>\($0.date) <span class=\"muted\">(\($0.note))</span></dd></div>" })
          </dl>
        </section>
        <section class="section" aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">\(c.t("impl.meetings.upcoming"))</h2>

        """
        if upcoming.isEmpty {
            "<p>\(c.t("impl.meetings.noneUpcoming"))</p>\n"
        } else {
            """
              <ul class="plain-list">
                \(upcoming.html { upcomingRow($0) })
              </ul>

            """
        }
        """
        </section>
        <section class="section" aria-labelledby="held-heading">
          <h2 id="held-heading">\(c.t("impl.meetings.held"))</h2>

        """
        if held.isEmpty {
            "<p>\(c.t("impl.meetings.noneHeld"))</p>\n"
        } else {
            """
              <div class="table-wrap" tabindex="0" role="region" aria-label="\(c.t("layout.scrollTable"))">
              <table class="table">
                <caption class="sr-only">\(c.t("impl.meetings.held"))</caption>
                <thead><tr><th scope="col">\(c.t("impl.meeting.heldOn"))</th><th scope="col">\(c.t("impl.meeting.kind"))</th><th scope="col">\(c.t("impl.meeting.decisions"))</th><th scope="col" class="num">\(c.t("impl.meetings.openActions"))</th></tr></thead>
                <tbody>
                  \(held.html { heldRow($0) })
                </tbody>
              </table>
              </div>

            """
        }
        "</section>\n"
    }

    private func warning(_ c: PageContext, _ warning: String) -> HTML {
        """
        <div class="alert alert-warning">
          <p class="alert-heading">\(c.t("impl.alert.warning"))</p>
          <p class="alert-text">\(warning)</p>
        </div>

        """
    }

    @Markup private func upcomingRow(_ row: MeetingRow) -> HTML {
        "<li><a href=\"\(row.href)\">\(row.kind) \(row.date)</a>"
        if let participants = row.participants { " · <span class=\"muted\">\(participants)</span>" }
        "</li>"
    }

    @Markup private func heldRow(_ row: MeetingRow) -> HTML {
        """
              <tr>
                <td class="nowrap"><a href="\(row.href)">\(row.date)</a></td>
                <td>\(row.kind)</td>

        """
        if let decisions = row.decisions { "<td>\(decisions)</td>\n" } else { "<td><span class=\"muted\">–</span></td>\n" }
        """
                <td class="num">\(row.openActions)</td>
              </tr>

        """
    }
}

/// A new meeting's form (`implementation/meeting-new`).
public struct ImplementationMeetingNewView: Page, Sendable {
    /// The meeting's own fields, shared with the meeting page's edit form.
    public struct Fields: Sendable {
        public let kind: FormField
        public let heldOn: FormField
        public let participants: FormField
        public let decisions: FormField

        public init(kind: FormField, heldOn: FormField, participants: FormField, decisions: FormField) {
            self.kind = kind
            self.heldOn = heldOn
            self.participants = participants
            self.decisions = decisions
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let backHref: String
    public let action: String
    public let form: Fields

    public init(subnav: [PageFrame.NavItem], backHref: String, action: String, form: Fields) {
        self.subnav = subnav
        self.backHref = backHref
        self.action = action
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        SectionNav.implementation(subnav, c.t)
        """
        <a class="back-link" href="\(backHref)">\(c.t("impl.meetings.back"))</a>
        <h1>\(c.t("impl.meeting.new.heading"))</h1>
        <p class="lead">\(c.t("impl.meeting.new.intro"))</p>
        <form method="post" action="\(action)" novalidate>
          \(c.csrf)
          \(c.radios(form.kind))
          \(c.input(form.heldOn))
          \(c.textarea(form.participants))
          \(c.textarea(form.decisions))
          <div class="button-row">
            <button type="submit" class="button button-primary">\(c.t("impl.meeting.new.submit"))</button>
            <a class="button-link" href="\(backHref)">\(c.t("form.cancel"))</a>
          </div>
        </form>

        """
    }
}
