/// One access request: its deadline and status, the exports, and marking it answered.
public struct AccessRequestView: Page, Sendable {
    public let childName: String
    public let childHref: String
    public let requestedBy: String
    public let received: String
    public let deadline: String
    /// Nil when there is no note.
    public let note: String?
    /// The day it was answered; nil while open.
    public let answered: String?
    public let overdue: Bool
    public let documentHref: String
    public let documentWithStaffHref: String
    public let jsonHref: String
    public let answeredAction: String

    public init(childName: String, childHref: String, requestedBy: String, received: String, deadline: String, note: String?,
                answered: String?, overdue: Bool, documentHref: String, documentWithStaffHref: String, jsonHref: String,
                answeredAction: String) {
        self.childName = childName
        self.childHref = childHref
        self.requestedBy = requestedBy
        self.received = received
        self.deadline = deadline
        self.note = note
        self.answered = answered
        self.overdue = overdue
        self.documentHref = documentHref
        self.documentWithStaffHref = documentWithStaffHref
        self.jsonHref = jsonHref
        self.answeredAction = answeredAction
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <a class="back-link" href="/access-requests">\(c.t("access.backToList"))</a>
        <h1>\(c.t("access.show.heading"))</h1>

        """
        if overdue {
            "<div class=\"alert alert-error\" role=\"alert\"><p class=\"alert-heading\">\(c.t("flash.error"))</p><p class=\"alert-text\">\(c.t("access.overdueText"))</p></div>\n"
        }
        """
        <dl class="summary-list">
          <div><dt>\(c.t("access.column.child"))</dt><dd><a href="\(childHref)">\(childName)</a></dd></div>
          <div><dt>\(c.t("access.requestedBy"))</dt><dd>\(requestedBy)</dd></div>
          <div><dt>\(c.t("access.receivedOn"))</dt><dd>\(received)</dd></div>
          <div><dt>\(c.t("access.deadline"))</dt><dd>\(deadline)</dd></div>

        """
        if let note { "<div><dt>\(c.t("access.note"))</dt><dd>\(note)</dd></div>\n" }
        if let answered {
            "<div><dt>\(c.t("users.status"))</dt><dd>\(c.t("access.answeredOn")) \(answered)</dd></div>\n"
        } else {
            "<div><dt>\(c.t("users.status"))</dt><dd>\(c.t("access.status.open"))</dd></div>\n"
        }
        """
        </dl>
        <h2>\(c.t("access.export.heading"))</h2>
        <p>\(c.t("access.export.intro"))</p>
        <ul class="plain-list">
          <li><a href="\(documentHref)">\(c.t("access.export.document"))</a></li>
          <li><a href="\(documentWithStaffHref)">\(c.t("access.export.documentWithStaff"))</a></li>
          <li><a href="\(jsonHref)">\(c.t("access.export.json"))</a></li>
        </ul>

        """
        if answered == nil {
            """
            <form method="post" action="\(answeredAction)">
              \(c.csrf)
              <button type="submit" class="button button-primary">\(c.t("access.markAnswered"))</button>
            </form>

            """
        }
    }
}
