/// The admin's cross-municipality overview of phase progress (`implementation/admin`). Only
/// numbers: no names of people, no notes, no answers.
public struct ImplementationAdminView: Page, Sendable {
    public struct Cell: Sendable {
        public let percent: String
        public let count: String

        public init(percent: String, count: String) {
            self.percent = percent
            self.count = count
        }
    }

    public struct MunicipalityRow: Sendable {
        public let name: String
        public let currentPhase: String
        public let phases: [Cell]
        public let overdue: String
        public let lastChanged: String

        public init(name: String, currentPhase: String, phases: [Cell], overdue: String, lastChanged: String) {
            self.name = name
            self.currentPhase = currentPhase
            self.phases = phases
            self.overdue = overdue
            self.lastChanged = lastChanged
        }
    }

    public struct StepRow: Sendable {
        public let title: String
        public let cells: [Cell]

        public init(title: String, cells: [Cell]) {
            self.title = title
            self.cells = cells
        }
    }

    public let phaseHeadings: [String]
    public let rows: [MunicipalityRow]
    public let municipalityNames: [String]
    public let steps: [StepRow]
    public let hasRows: Bool

    public func body(_ c: PageContext) -> HTML {
        let t = c.t
        """
        <h1>\(t("impl.admin.heading"))</h1>
        <p class="lead">\(t("impl.admin.intro"))</p>

        """
        if !hasRows { "<p>\(t("impl.admin.none"))</p>\n" }
        if hasRows {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("impl.admin.phases.caption"))">
            <table class="table">
              <caption>\(t("impl.admin.phases.caption"))</caption>
              <thead>
                <tr>
                  <th scope="col">\(t("impl.admin.municipality"))</th>
                  <th scope="col">\(t("impl.admin.currentPhase"))</th>
                  \(phaseHeadings.html { "<th scope=\"col\" class=\"num impl-wrap\">\($0)</th>" })
                  <th scope="col" class="num impl-wrap">\(t("impl.admin.overdue"))</th>
                  <th scope="col">\(t("impl.admin.lastChanged"))</th>
                </tr>
              </thead>
              <tbody>

            """
            for row in rows {
                """
                    <tr>
                      <th scope="row">\(row.name)</th>
                      <td>\(row.currentPhase)</td>
                      \(row.phases.html { "<td class=\"num\"><strong>\($0.percent)</strong><span class=\"impl-cell-sub\">\($0.count)</span></td>" })
                      <td class="num">\(row.overdue)</td>
                      <td class="nowrap">\(row.lastChanged)</td>
                    </tr>

                """
            }
            """
              </tbody>
            </table>
            </div>
            <h2>\(t("impl.admin.steps.heading"))</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("impl.admin.steps.heading"))">
            <table class="table">
              <caption class="sr-only">\(t("impl.admin.steps.heading"))</caption>
              <thead><tr><th scope="col">\(t("impl.item.section"))</th>\(municipalityNames.html { "<th scope=\"col\" class=\"num\">\($0)</th>" })</tr></thead>
              <tbody>
                \(steps.html { Self.stepRow($0) })
              </tbody>
            </table>
            </div>

            """
        }
    }

    public static func stepRow(_ step: StepRow) -> HTML {
        "<tr><th scope=\"row\">\(step.title)</th>\(step.cells.html { "<td class=\"num\">\($0.percent) <span class=\"impl-cell-sub\">\($0.count)</span></td>" })</tr>"
    }

    public init(phaseHeadings: [String], rows: [MunicipalityRow], municipalityNames: [String], steps: [StepRow], hasRows: Bool) {
        self.phaseHeadings = phaseHeadings
        self.rows = rows
        self.municipalityNames = municipalityNames
        self.steps = steps
        self.hasRows = hasRows
    }
}
