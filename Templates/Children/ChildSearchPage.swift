/// The municipality-wide name search: names only, nothing else about the children.
public struct ChildSearchView: Page, Sendable {
    public struct Result: Sendable {
        public let firstName: String
        public let lastName: String

        public init(firstName: String, lastName: String) {
            self.firstName = firstName
            self.lastName = lastName
        }
    }

    public let query: String
    public let searched: Bool
    public let results: [Result]
    public let hasResults: Bool
    public let count: String
    public let action: String

    public init(query: String, searched: Bool, results: [Result], count: String, action: String) {
        self.query = query
        self.searched = searched
        self.results = results
        hasResults = !results.isEmpty
        self.count = count
        self.action = action
    }

    public func body(_ c: PageContext) -> HTML {
        """

        <h1>\(c.t("children.search.heading"))</h1>
        <p class="lead">\(c.t("children.search.intro"))</p>
        <form method="get" action="\(action)" role="search" aria-label="\(c.t("children.search.heading"))">
          <div class="form-group">
            <label class="form-label" for="q">\(c.t("children.search.label"))</label>
            <p class="form-hint" id="q-hint">\(c.t("children.search.hint"))</p>
            <input class="form-input input-l" id="q" name="q" type="search" value="\(query)" aria-describedby="q-hint">
          </div>
          <button type="submit" class="button button-primary">\(c.t("children.search.submit"))</button>
        </form>

        """
        if searched {
            "<h2>\(count)</h2>\n"
            if hasResults {
                """
                <ul class="plain-list">
                  \(results.html { "<li>\($0.firstName) \($0.lastName)</li>" })
                </ul>
                <p class="muted">\(c.t("children.search.namesOnly"))</p>

                """
            }
        }
    }
}
