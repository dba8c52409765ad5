/// New recovery codes, shown once: the user keeps them before going on.
public struct RecoveryCodesView: Page, Sendable {
    public let codes: [String]
    public let continueHref: String
    public let intro: String

    public init(codes: [String], continueHref: String, intro: String) {
        self.codes = codes
        self.continueHref = continueHref
        self.intro = intro
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <div class="narrow">
        <h1>\(c.t("twoFactor.codes.heading"))</h1>
        <p class="lead">\(intro)</p>
        <ul class="recovery-codes" id="recovery-codes">
          \(codes.html { "<li><code>\($0)</code></li>" })
        </ul>
        <p>\(c.t("twoFactor.codes.keep"))</p>
        <p><a class="button button-primary" href="\(continueHref)">\(c.t("twoFactor.codes.continue"))</a></p>
        </div>

        """
    }
}
