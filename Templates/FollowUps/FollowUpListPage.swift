/// The follow-up list: what is due and overdue, recent answers, the answers that need a look and
/// (for the coordinator) the retention after six months.
public struct FollowUpListView: Page, Sendable {
    public struct Row: Sendable {
        public let childName: String
        public let href: String
        public let label: String
        public let activity: String
        public let dueOn: String
        public let state: String
        public let stateKind: String
        public let guide: String
        public let answer: String?
        public let answeredBy: String?

        public init(childName: String, href: String, label: String, activity: String, dueOn: String, state: String, stateKind: String,
                    guide: String, answer: String?, answeredBy: String?) {
            self.childName = childName
            self.href = href
            self.label = label
            self.activity = activity
            self.dueOn = dueOn
            self.state = state
            self.stateKind = stateKind
            self.guide = guide
            self.answer = answer
            self.answeredBy = answeredBy
        }
    }

    public struct RetentionRow: Sendable {
        public let heading: String
        public let percent: String
        public let line: String

        public init(heading: String, percent: String, line: String) {
            self.heading = heading
            self.percent = percent
            self.line = line
        }
    }

    public let open: [Row]
    public let hasOpen: Bool
    public let answered: [Row]
    public let hasAnswered: Bool
    public let attention: [Row]
    public let hasAttention: Bool
    public let retention: [RetentionRow]
    public let hasRetention: Bool

    public init(open: [Row], answered: [Row], attention: [Row], retention: [RetentionRow]) {
        self.open = open
        hasOpen = !open.isEmpty
        self.answered = answered
        hasAnswered = !answered.isEmpty
        self.attention = attention
        hasAttention = !attention.isEmpty
        self.retention = retention
        hasRetention = !retention.isEmpty
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <h1>\(t("followup.list.heading"))</h1>
        <p class="lead">\(t("followup.list.intro"))</p>

        """
        if hasRetention {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("followup.retention.title"))">
            <table class="table">
              <caption>\(t("followup.retention.title"))</caption>
              <thead><tr>
                <th scope="col">\(t("followup.retention.period"))</th>
                <th scope="col" class="num">\(t("followup.retention.rate"))</th>
                <th scope="col">\(t("followup.retention.basis"))</th>
              </tr></thead>
              <tbody>\(retention.html { "<tr><td>\($0.heading)</td><td class=\"num\">\($0.percent)</td><td>\($0.line)</td></tr>" })</tbody>
            </table>
            </div>

            """
        }
        if hasAttention {
            """

            <h2>\(t("followup.list.attention"))</h2>
            <p>\(t("followup.list.attention.intro"))</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("followup.list.attention"))">
            <table class="table">
              <caption class="sr-only">\(t("followup.list.attention"))</caption>
              <thead><tr>
                <th scope="col">\(t("followup.column.child"))</th><th scope="col">\(t("followup.activity"))</th>
                <th scope="col">\(t("followup.column.answer"))</th><th scope="col">\(t("followup.column.answeredBy"))</th><th scope="col">\(t("course.guide"))</th>
              </tr></thead>
              <tbody>
                \(attention.html { "<tr><td><a href=\"\($0.href)\">\($0.childName)</a></td><td>\($0.activity)</td><td>\($0.answer)</td><td>\($0.answeredBy)</td><td>\($0.guide)</td></tr>" })
              </tbody>
            </table>
            </div>

            """
        }
        """

        <h2>\(t("followup.list.open"))</h2>

        """
        if hasOpen {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("followup.list.open"))">
            <table class="table">
              <caption class="sr-only">\(t("followup.list.open"))</caption>
              <thead><tr>
                <th scope="col">\(t("followup.column.child"))</th><th scope="col">\(t("followup.column.kind"))</th>
                <th scope="col">\(t("followup.activity"))</th><th scope="col">\(t("followup.dueOn"))</th><th scope="col">\(t("course.guide"))</th>
              </tr></thead>
              <tbody>
                \(open.html { "<tr><td><a href=\"\($0.href)\">\($0.childName)</a></td><td>\($0.label)</td><td>\($0.activity)</td><td>\($0.dueOn) <span class=\"badge badge-\($0.stateKind)\">\($0.state)</span></td><td>\($0.guide)</td></tr>" })
              </tbody>
            </table>
            </div>

            """
        } else {
            "<p>\(t("followup.list.noneOpen"))</p>\n"
        }
        """

        <h2>\(t("followup.list.answered"))</h2>

        """
        if hasAnswered {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("followup.list.answered"))">
            <table class="table">
              <caption class="sr-only">\(t("followup.list.answered"))</caption>
              <thead><tr>
                <th scope="col">\(t("followup.column.child"))</th><th scope="col">\(t("followup.column.kind"))</th>
                <th scope="col">\(t("followup.activity"))</th><th scope="col">\(t("followup.column.answer"))</th><th scope="col">\(t("followup.column.answeredBy"))</th>
              </tr></thead>
              <tbody>
                \(answered.html { "<tr><td><a href=\"\($0.href)\">\($0.childName)</a></td><td>\($0.label)</td><td>\($0.activity)</td><td>\($0.answer)</td><td>\($0.answeredBy)</td></tr>" })
              </tbody>
            </table>
            </div>

            """
        } else {
            "<p>\(t("followup.list.noneAnswered"))</p>\n"
        }
    }
}
