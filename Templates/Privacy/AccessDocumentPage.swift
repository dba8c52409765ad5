/// The access-request export as a readable, printable document: every table's rows about the
/// child and the log of who used the data.
public struct AccessDocumentView: Page, Sendable {
    public struct Field: Sendable {
        public let label: String
        public let value: String

        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    public struct Record: Sendable {
        public let fields: [Field]

        public init(fields: [Field]) {
            self.fields = fields
        }
    }

    public struct Section: Sendable {
        public let heading: String
        public let records: [Record]
        public let empty: Bool

        public init(heading: String, records: [Record], empty: Bool) {
            self.heading = heading
            self.records = records
            self.empty = empty
        }
    }

    public struct LogLine: Sendable {
        public let day: String
        public let action: String
        public let subject: String
        public let who: String
        public let count: String

        public init(day: String, action: String, subject: String, who: String, count: String) {
            self.day = day
            self.action = action
            self.subject = subject
            self.who = who
            self.count = count
        }
    }

    public let backHref: String
    public let childName: String
    public let requestedBy: String
    public let received: String
    public let generated: String
    public let sections: [Section]
    public let log: [LogLine]
    public let hasLog: Bool
    public let staffNames: Bool

    public init(backHref: String, childName: String, requestedBy: String, received: String, generated: String,
                sections: [Section], log: [LogLine], staffNames: Bool) {
        self.backHref = backHref
        self.childName = childName
        self.requestedBy = requestedBy
        self.received = received
        self.generated = generated
        self.sections = sections
        self.log = log
        hasLog = !log.isEmpty
        self.staffNames = staffNames
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <div class="document">
        <a class="back-link" href="\(backHref)">\(c.t("form.back"))</a>
        <h1>\(c.t("access.document.heading"))</h1>
        <dl class="summary-list">
          <div><dt>\(c.t("access.column.child"))</dt><dd>\(childName)</dd></div>
          <div><dt>\(c.t("access.requestedBy"))</dt><dd>\(requestedBy)</dd></div>
          <div><dt>\(c.t("access.receivedOn"))</dt><dd>\(received)</dd></div>
          <div><dt>\(c.t("access.document.generated"))</dt><dd>\(generated)</dd></div>
        </dl>
        <p>\(c.t("access.document.intro"))</p>
        <p class="muted">\(c.t("access.document.references"))</p>
        \(sections.html { section(c, $0) })
        <section class="document-section">
          <h2>\(c.t("access.document.log"))</h2>
          <p>\(staffNames ? c.t("access.document.logWithStaff") : c.t("access.document.logIntro"))</p>

        """
        if hasLog {
            """
              <div class="table-wrap" tabindex="0" role="region" aria-label="\(c.t("layout.scrollTable"))"><table class="table">
                <caption class="sr-only">\(c.t("access.document.log"))</caption>
                <thead><tr><th scope="col">\(c.t("access.document.day"))</th><th scope="col">\(c.t("audit.column.action"))</th><th scope="col">\(c.t("access.document.subject"))</th><th scope="col">\(c.t("audit.column.who"))</th><th scope="col" class="num">\(c.t("access.document.count"))</th></tr></thead>
                <tbody>\(log.html { "<tr><td>\($0.day)</td><td>\($0.action)</td><td>\($0.subject)</td><td>\($0.who)</td><td class=\"num\">\($0.count)</td></tr>" })</tbody>
              </table></div>

            """
        }
        """
        </section>
        </div>

        """
    }

    @Markup private func section(_ c: PageContext, _ section: Section) -> HTML {
        """
        <section class="document-section">
          <h2>\(section.heading)</h2>

        """
        if section.empty { "<p class=\"muted\">\(c.t("access.document.none"))</p>\n" }
        for record in section.records {
            "<dl class=\"summary-list compact\">\(record.fields.html { "<div><dt>\($0.label)</dt><dd>\($0.value)</dd></div>" })</dl>\n"
        }
        "</section>\n"
    }
}
