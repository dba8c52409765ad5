/// The implementation workspace's front page (`implementation/overview`): progress per phase
/// and sub-step, overdue items, the next meetings and what changed recently.
public struct ImplementationOverviewView: Page, Sendable {
    public struct SectionLine: Sendable {
        public let title: String
        public let href: String
        public let count: String
        public let percent: Int
        public let percentText: String
        public let progressLabel: String

        public init(title: String, href: String, count: String, percent: Int, percentText: String, progressLabel: String) {
            self.title = title
            self.href = href
            self.count = count
            self.percent = percent
            self.percentText = percentText
            self.progressLabel = progressLabel
        }
    }

    public struct PhaseCard: Sendable {
        public let id: String
        public let heading: String
        public let href: String
        public let summary: String
        public let percent: Int
        public let percentText: String
        public let count: String
        public let progressLabel: String
        public let isCurrent: Bool
        public let sections: [SectionLine]

        public init(id: String, heading: String, href: String, summary: String, percent: Int, percentText: String, count: String, progressLabel: String, isCurrent: Bool, sections: [SectionLine]) {
            self.id = id
            self.heading = heading
            self.href = href
            self.summary = summary
            self.percent = percent
            self.percentText = percentText
            self.count = count
            self.progressLabel = progressLabel
            self.isCurrent = isCurrent
            self.sections = sections
        }
    }

    public struct OverdueRow: Sendable {
        public let text: String
        public let href: String
        public let deadline: String
        public let responsible: String?
        public let section: String

        public init(text: String, href: String, deadline: String, responsible: String?, section: String) {
            self.text = text
            self.href = href
            self.deadline = deadline
            self.responsible = responsible
            self.section = section
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

    public struct ActivityRow: Sendable {
        public let title: String
        public let href: String
        public let meta: String

        public init(title: String, href: String, meta: String) {
            self.title = title
            self.href = href
            self.meta = meta
        }
    }

    public let subnav: [PageFrame.NavItem]
    public let currentPhase: String?
    public let phases: [PhaseCard]
    public let overdue: [OverdueRow]
    public let overdueHeading: String
    public let warnings: [String]
    public let nextMeetings: [NextMeeting]
    public let meetingsHref: String
    public let activity: [ActivityRow]
    public let planHref: String
    public let printHref: String

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        SectionNav.implementation(subnav, t)
        """
        <h1>\(t("impl.overview.heading"))</h1>
        <p class="lead">\(t("impl.overview.intro"))</p>

        """
        if let currentPhase, !currentPhase.isEmpty {
            "<p class=\"impl-current\">\(t("impl.overview.currentPhase")) <strong>\(currentPhase)</strong></p>\n"
        }
        for warning in warnings {
            """
            <div class="alert alert-warning">
              <p class="alert-heading">\(t("impl.alert.warning"))</p>
              <p class="alert-text">\(warning) <a href="\(meetingsHref)">\(t("impl.overview.toMeetings"))</a></p>
            </div>

            """
        }
        """
        <section aria-labelledby="phases-heading">
          <h2 id="phases-heading" class="sr-only">\(t("impl.overview.phases"))</h2>
          <ol class="phase-grid">

        """
        for phase in phases { Self.phaseCard(phase, t) }
        """
          </ol>
        </section>

        <section class="section" aria-labelledby="overdue-heading">
          <h2 id="overdue-heading">\(t("impl.overview.overdue.heading"))</h2>

        """
        if overdue.isEmpty {
            "<p>\(t("impl.overview.overdue.none"))</p>\n"
        } else {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("layout.scrollTable"))">
            <table class="table">
              <caption>\(overdueHeading)</caption>
              <thead><tr><th scope="col">\(t("impl.item.heading"))</th><th scope="col">\(t("impl.item.section"))</th><th scope="col">\(t("impl.item.deadline"))</th><th scope="col">\(t("impl.item.responsible"))</th></tr></thead>
              <tbody>

            """
            for row in overdue { Self.overdueRow(row, t) }
            """
              </tbody>
            </table>
            </div>

            """
        }
        """
        </section>

        <div class="impl-columns">
        <section class="section" aria-labelledby="meetings-heading">
          <h2 id="meetings-heading">\(t("impl.overview.meetings"))</h2>
          <dl class="summary-list">
            \(nextMeetings.html { "<div><dt>\($0.label)</dt><dd>\($0.date) <span class=\"muted\">(\($0.note))</span></dd></div>" })
          </dl>

        """
        if nextMeetings.isEmpty { "<p>\(t("impl.overview.noMeetings"))</p>\n" }
        """
          <p><a href="\(meetingsHref)">\(t("impl.overview.toMeetings"))</a></p>
        </section>

        <section class="section" aria-labelledby="activity-heading">
          <h2 id="activity-heading">\(t("impl.overview.activity"))</h2>

        """
        if activity.isEmpty { "<p>\(t("impl.overview.noActivity"))</p>\n" }
        """
          <ul class="activity-list">
            \(activity.html { "<li><a href=\"\($0.href)\">\($0.title)</a><span class=\"activity-meta\">\($0.meta)</span></li>" })
          </ul>
        </section>
        </div>

        <section class="section" aria-labelledby="plan-heading">
          <h2 id="plan-heading">\(t("impl.overview.plan"))</h2>
          <p>\(t("impl.overview.planText"))</p>
          <p class="impl-links"><a href="\(planHref)">\(t("impl.overview.planOpen"))</a> <a href="\(printHref)">\(t("impl.overview.planPrint"))</a></p>
        </section>

        """
    }

    @Markup static func phaseCard(_ phase: PhaseCard, _ t: Texts) -> HTML {
        """
            <li class="phase-card\(HTML.when(phase.isCurrent, " phase-current"))" id="\(phase.id)">
              <h3 class="phase-title"><a href="\(phase.href)">\(phase.heading)</a>\(HTML.when(phase.isCurrent, nowBadge(t)))</h3>
              <p class="phase-summary">\(phase.summary)</p>
              <div class="progress-row">
                <progress class="impl-progress" max="100" value="\(phase.percent)" aria-label="\(phase.progressLabel)"></progress>
                <span class="progress-figure">\(phase.percentText)</span>
              </div>
              <p class="progress-count">\(phase.count)</p>
              <ul class="step-list">

        """
        for section in phase.sections {
            """
                <li class="step-line">
                  <a href="\(section.href)">\(section.title)</a>
                  <span class="step-figures"><progress class="impl-progress impl-progress-small" max="100" value="\(section.percent)" aria-label="\(section.progressLabel)"></progress> \(section.count)</span>
                </li>

            """
        }
        """
              </ul>
            </li>

        """
    }

    public static func nowBadge(_ t: Texts) -> HTML {
        " <span class=\"badge badge-info\">\(t("impl.overview.now"))</span>"
    }

    @Markup static func overdueRow(_ row: OverdueRow, _ t: Texts) -> HTML {
        """
              <tr>
                <td><a href="\(row.href)">\(row.text)</a></td>
                <td>\(row.section)</td>
                <td class="overdue">\(row.deadline)</td>

        """
        if let responsible = row.responsible, !responsible.isEmpty {
            "<td>\(responsible)</td>\n"
        } else {
            "<td><span class=\"muted\">\(t("impl.nobody"))</span></td>\n"
        }
        "</tr>\n"
    }

    public init(subnav: [PageFrame.NavItem], currentPhase: String?, phases: [PhaseCard], overdue: [OverdueRow], overdueHeading: String, warnings: [String], nextMeetings: [NextMeeting], meetingsHref: String, activity: [ActivityRow], planHref: String, printHref: String) {
        self.subnav = subnav
        self.currentPhase = currentPhase
        self.phases = phases
        self.overdue = overdue
        self.overdueHeading = overdueHeading
        self.warnings = warnings
        self.nextMeetings = nextMeetings
        self.meetingsHref = meetingsHref
        self.activity = activity
        self.planHref = planHref
        self.printHref = printHref
    }
}
