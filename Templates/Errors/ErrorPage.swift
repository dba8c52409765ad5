/// The one error page: what happened in plain words, a reference to quote to support when the
/// fault is ours, and the way back.
public struct ErrorView: Page, Sendable {
    public let heading: String
    public let message: String
    /// What the operator should do (the full-disk page).
    public let operatorAdvice: String?
    public let status: Int
    public let requestID: String?
    public let homeHref: String

    public init(heading: String, message: String, operatorAdvice: String?, status: Int, requestID: String?, homeHref: String) {
        self.heading = heading
        self.message = message
        self.operatorAdvice = operatorAdvice
        self.status = status
        self.requestID = requestID
        self.homeHref = homeHref
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <h1>\(heading)</h1>
        <p class="lead">\(message)</p>

        """
        if let operatorAdvice { "<p>\(operatorAdvice)</p>\n" }
        if let requestID { "<p class=\"muted\">\(c.t("error.reference")): <code>\(requestID)</code></p>\n" }
        "<p><a href=\"\(homeHref)\">\(c.t("error.back"))</a></p>\n"
    }
}
