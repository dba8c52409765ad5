/// The privacy notice anyone may read: what the scheme keeps, who sees it, the family's rights.
public struct PrivacyNoticeView: Page, Sendable {
    public let supportEmail: String

    public init(supportEmail: String) {
        self.supportEmail = supportEmail
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <div class="prose">
        <h1>\(t("privacy.heading"))</h1>
        <p class="lead">\(t("privacy.intro"))</p>
        <h2>\(t("privacy.what.heading"))</h2>
        <p>\(t("privacy.what.text"))</p>
        <h2>\(t("privacy.who.heading"))</h2>
        <p>\(t("privacy.who.text"))</p>
        <h2>\(t("privacy.rights.heading"))</h2>
        <p>\(t("privacy.rights.text"))</p>
        <p>\(t("privacy.contact")) <a href="mailto:\(supportEmail)">\(supportEmail)</a>.</p>
        </div>

        """
    }
}
