/// The plan as a clean A4 document for the steering group (`implementation/plan-print`): the
/// whole plan, and what changed since the steering group last met.
public struct ImplementationPlanPrintView: Page, Sendable {
    public typealias PlanPart = ImplementationPlanView.PlanPart
    public typealias PlanRow = ImplementationPlanView.PlanRow
    public typealias HistoryRow = ImplementationPlanView.HistoryRow

    public let heading: String
    public let municipality: String
    public let printedOn: String
    public let lastChanged: String?
    public let backHref: String
    public let parts: [PlanPart]
    public let changesHeading: String
    public let changes: [HistoryRow]

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        let lastChanged = ImplementationPlanView.present(lastChanged)
        """
        <div class="impl-print">
        <a class="back-link" href="\(backHref)">\(t("impl.print.back"))</a>
        <div class="alert alert-info no-print">
          <p class="alert-heading">\(t("impl.alert.info"))</p>
          <p class="alert-text">\(t("impl.print.instructions"))</p>
        </div>
        <h1>\(heading)</h1>
        <p class="print-meta">\(municipality)<br>\(printedOn)\(lastChanged.map { " · \(t("impl.lastChanged")) \($0)" as HTML })</p>

        """
        for part in parts { Self.part(part, t) }
        """
        <section class="print-changes" aria-labelledby="print-changes-heading">
          <h2 id="print-changes-heading">\(changesHeading)</h2>

        """
        if changes.isEmpty {
            "<p>\(t("impl.print.noChanges"))</p>\n"
        } else {
            """
            <table class="table print-table">
              <caption class="sr-only">\(changesHeading)</caption>
              <thead><tr><th scope="col">\(t("impl.when"))</th><th scope="col">\(t("impl.who"))</th><th scope="col">\(t("impl.plan.question"))</th><th scope="col">\(t("impl.plan.changedFields"))</th></tr></thead>
              <tbody>\(changes.html { "<tr><td class=\"nowrap\">\($0.at)</td><td>\($0.by)</td><td>\($0.question)</td><td>\($0.fields)</td></tr>" })</tbody>
            </table>

            """
        }
        """
        </section>
        </div>

        """
    }

    @Markup static func part(_ part: PlanPart, _ t: Texts) -> HTML {
        """
        <section aria-labelledby="print-\(part.id)">
          <h2 id="print-\(part.id)">\(part.heading)</h2>
          <div class="table-wrap" tabindex="0" role="region" aria-label="\(part.heading)">
          <table class="table print-table">
            <caption class="sr-only">\(part.heading)</caption>
            <thead>
              <tr>
                <th scope="col">\(t("impl.plan.number"))</th>
                <th scope="col">\(t("impl.plan.question"))</th>
                <th scope="col">\(t("impl.plan.answer"))</th>
                <th scope="col">\(t("impl.plan.neededShort"))</th>
                <th scope="col">\(t("impl.plan.initiatives"))</th>
                <th scope="col">\(t("impl.plan.responsible"))</th>
                <th scope="col">\(t("impl.plan.deadline"))</th>
                <th scope="col">\(t("impl.plan.milestones"))</th>
                <th scope="col">\(t("impl.plan.completion"))</th>
              </tr>
            </thead>
            <tbody>

        """
        for row in part.rows { Self.row(row) }
        """
            </tbody>
          </table>
          </div>
        </section>

        """
    }

    public static func row(_ row: PlanRow) -> HTML {
        """
              <tr>
                <td>\(row.number)</td>
                <td>\(row.question)</td>
                <td>\(row.answer)</td>
                <td>\(row.initiativesNeeded)</td>
                <td class="prewrap">\(ImplementationPlanView.present(row.initiatives))</td>
                <td>\(ImplementationPlanView.present(row.responsible))</td>
                <td class="nowrap">\(ImplementationPlanView.present(row.deadline))</td>
                <td class="prewrap">\(ImplementationPlanView.present(row.milestones))</td>
                <td>\(row.completion)</td>
              </tr>

        """
    }

    public init(heading: String, municipality: String, printedOn: String, lastChanged: String?, backHref: String, parts: [PlanPart], changesHeading: String, changes: [HistoryRow]) {
        self.heading = heading
        self.municipality = municipality
        self.printedOn = printedOn
        self.lastChanged = lastChanged
        self.backHref = backHref
        self.parts = parts
        self.changesHeading = changesHeading
        self.changes = changes
    }
}
