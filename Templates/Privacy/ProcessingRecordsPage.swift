/// The record of processing (GDPR art. 30): per table, what it holds, which of it is personal
/// data, who may see it and how long it is kept.
public struct ProcessingRecordsView: Page, Sendable {
    public struct Entry: Sendable {
        public let heading: String
        public let personal: String
        public let roles: String
        public let retention: String

        public init(heading: String, personal: String, roles: String, retention: String) {
            self.heading = heading
            self.personal = personal
            self.roles = roles
            self.retention = retention
        }
    }

    public let entries: [Entry]
    public let isCoordinator: Bool
    public let auditHref: String
    public let accessRequestsHref: String
    public let settingsHref: String

    public init(entries: [Entry], isCoordinator: Bool, auditHref: String, accessRequestsHref: String, settingsHref: String) {
        self.entries = entries
        self.isCoordinator = isCoordinator
        self.auditHref = auditHref
        self.accessRequestsHref = accessRequestsHref
        self.settingsHref = settingsHref
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <h1>\(c.t("records.heading"))</h1>
        <p class="lead">\(c.t("records.intro"))</p>

        """
        if isCoordinator {
            """
            <ul class="card-list">
              <li class="card"><h2 class="card-title"><a href="\(auditHref)">\(c.t("records.card.audit"))</a></h2><p>\(c.t("records.card.audit.text"))</p></li>
              <li class="card"><h2 class="card-title"><a href="\(accessRequestsHref)">\(c.t("records.card.access"))</a></h2><p>\(c.t("records.card.access.text"))</p></li>
              <li class="card"><h2 class="card-title"><a href="\(settingsHref)">\(c.t("records.card.settings"))</a></h2><p>\(c.t("records.card.settings.text"))</p></li>
            </ul>

            """
        }
        """
        <h2>\(c.t("records.tableHeading"))</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(c.t("layout.scrollTable"))">
        <table class="table">
          <caption class="sr-only">\(c.t("records.tableHeading"))</caption>
          <thead><tr><th scope="col">\(c.t("records.column.what"))</th><th scope="col">\(c.t("records.column.personal"))</th>
            <th scope="col">\(c.t("records.column.who"))</th><th scope="col">\(c.t("records.column.retention"))</th></tr></thead>
          <tbody>\(entries.html { "<tr><td>\($0.heading)</td><td>\($0.personal)</td><td>\($0.roles)</td><td>\($0.retention)</td></tr>" })</tbody>
        </table>
        </div>
        <p class="muted">\(c.t("records.footer"))</p>

        """
    }
}
