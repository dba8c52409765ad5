/// The funding sources, each with its yearly budgets and a form to set one, and a form for a
/// new source.
public struct FundingSourcesView: Page, Sendable {
    public struct Row: Sendable {
        public let name: String
        public let kind: String
        public let budgets: [ChildPageView.Fact]
        public let hasBudgets: Bool
        public let action: String
        public let yearField: FormField
        public let amountField: FormField
        /// Shown only when the amount entered is below what grants already hold.
        public let confirmField: FormField?
        public let inactive: Bool

        public init(name: String, kind: String, budgets: [ChildPageView.Fact], hasBudgets: Bool, action: String, yearField: FormField,
                    amountField: FormField, confirmField: FormField?, inactive: Bool) {
            self.name = name
            self.kind = kind
            self.budgets = budgets
            self.hasBudgets = hasBudgets
            self.action = action
            self.yearField = yearField
            self.amountField = amountField
            self.confirmField = confirmField
            self.inactive = inactive
        }
    }

    public struct Fields: Sendable {
        public let name: FormField
        public let kind: FormField

        public init(name: FormField, kind: FormField) {
            self.name = name
            self.kind = kind
        }
    }

    public let rows: [Row]
    public let hasRows: Bool
    public let createAction: String
    public let budgetHref: String
    public let form: Fields

    public init(rows: [Row], hasRows: Bool, createAction: String, budgetHref: String, form: Fields) {
        self.rows = rows
        self.hasRows = hasRows
        self.createAction = createAction
        self.budgetHref = budgetHref
        self.form = form
    }

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """

        <h1>\(t("funding.heading"))</h1>
        <p class="lead">\(t("funding.intro")) <a href="\(budgetHref)">\(t("funding.seeBudget"))</a></p>

        """
        if !hasRows {
            "<p>\(t("funding.empty"))</p>\n"
        }
        for row in rows {
            """
            <section class="panel">
              <h2 class="panel-title">\(row.name) <span class="muted">– \(row.kind)</span>\(HTML.when(row.inactive, " <span class=\"badge badge-inactive\">\(t("association.inactive"))</span>"))</h2>

            """
            if row.hasBudgets {
                "<dl class=\"summary-list compact\">\(row.budgets.html { "<div><dt>\(t("funding.budget.for")) \($0.label)</dt><dd>\($0.value)</dd></div>" })</dl>\n"
            }
            """
              <form method="post" action="\(row.action)" novalidate class="inline-fields">
                \(c.csrf)
                \(c.input(row.yearField))
                \(c.input(row.amountField))
                \(row.confirmField.map(c.checkbox))
                <button type="submit" class="button button-secondary">\(t("funding.budget.submit"))<span class="sr-only"> – \(row.name)</span></button>
              </form>
            </section>

            """
        }
        """
        <h2>\(t("funding.new.heading"))</h2>
        <form method="post" action="\(createAction)" novalidate>
          \(c.csrf)
          \(c.input(form.name))
          \(c.radios(form.kind))
          <button type="submit" class="button button-primary">\(t("funding.new.submit"))</button>
        </form>

        """
    }
}
