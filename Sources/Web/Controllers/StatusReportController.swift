import Domain
import Foundation
import Hummingbird

/// The half-year status report: the dashboard's figures as aggregates (groups under five shown
/// as "< 5"), generated trend sentences and the coordinator's commentary; printable on A4 and
/// exportable as CSV.
struct StatusReportController {
    let repositories: Repositories
    let catalogue: ImplementationCatalogue
    let renderer: Renderer
    let clock: Clock

    struct CommentaryForm: Decodable {
        let from, to, commentary: String?
    }

    /// Short sentences on the main changes since the previous period. A change of a count of
    /// children is told only when both periods' counts are shown.
    static func trends(_ p: PublishedFigures, t: Texts) -> [String] {
        func sentence(_ key: PublishedFigures.Key, _ subject: String) -> String {
            let (current, previous) = p.pair(key)
            guard let now = current.value, let before = previous.value else {
                let small = current == .few || previous == .few
                return t(small ? "trend.small" : "trend.hidden", t("trend.subject.\(subject)"))
            }
            return sentence(Compared(now, before), subject)
        }
        func sentence(_ figure: Compared, _ subject: String, amount: Bool = false, format: (Int) -> String = { String($0) }) -> String {
            let trend = Trend.describe(figure, subject: t("trend.subject.\(subject)"), amount: amount, format: format)
            return t(trend.key, arguments: trend.arguments)
        }
        let f = p.figures, g = f.guidance
        return [
            sentence(.referrals, "referrals"), sentence(.granted, "granted"), sentence(.redeemed, "redeemed"),
            sentence(.activeAfterSixMonths, "activeAfterSixMonths"), sentence(.contacted, "contacted"),
            sentence(g.sessions, "sessions"),
            sentence(g.minutes, "hours") { GuidanceHours.display(minutes: $0) },
            sentence(.allChildren, "childrenInActivities"),
            sentence(Compared(Int(f.money.paid.ore), Int(f.money.previousPaid.ore)), "paid", amount: true) { Money(ore: Int64($0)).display },
        ]
    }

    /// The running head and page label of the printed report, as custom properties that the
    /// `@page` margin boxes of `print.css` read (the report's own text, so no inline style is needed).
    static func printStyle(head: String, page: String, of: String) -> Response {
        func string(_ text: String) -> String {
            let escaped = text.unicodeScalars.map { scalar -> String in
                switch scalar {
                case "\\": return "\\\\"
                case "\"": return "\\\""
                case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar == "<": return "\\" + String(scalar.value, radix: 16) + " "
                default: return String(scalar)
                }
            }.joined()
            return "\"" + escaped + "\""
        }
        let css = ":root { --report-head: \(string(head)); --report-page: \(string(page + " ")); --report-of: \(string(" " + of + " ")); }\n"
        return Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: css)))
    }

    private func figures(_ request: Request, _ context: AppContext) async throws
        -> (MunicipalityID, Period, ValidationErrors, [String: String], PublishedFigures, Checklist) {
        let municipality = try context.municipality()
        let (period, errors, values) = PeriodQuery.parse(request, today: clock.today)
        let figures = try await repositories.dashboard.figures(in: municipality, period: period, today: clock.today)
        let checklist = Checklist(catalogue: catalogue, state: try await repositories.implementation.checklist(in: municipality))
        return (municipality, period, errors, values, PublishedFigures(figures), checklist)
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.statusReport) { request, context in
            let (municipality, period, errors, values, figures, checklist) = try await self.figures(request, context)
            let commentary = try await repositories.dashboard.commentary(in: municipality, period: period)
            let t = context.t
            var formValues = values
            formValues["commentary"] = commentary ?? ""
            let form = FormBuilder(t, values: formValues, errors: errors)
            let range = "?from=\(period.from.iso)&to=\(period.to.iso)"
            let view = StatusReportView(
                municipality: try context.requireUser().municipality?.name ?? "",
                periodLabel: t("period.range", period.from.display, period.to.display),
                previousLabel: t("period.range", period.previous.from.display, period.previous.to.display),
                generated: DateFormat.date(clock.now), trends: Self.trends(figures, t: t),
                sections: ReportSection.all(figures, checklist: checklist, t: t).map(\.view), commentary: commentary,
                commentaryField: form.field("commentary", label: "report.commentary", hint: "report.commentary.hint", width: "xl",
                                            rows: 6, maxLength: 4000),
                commentaryAction: Paths.statusReportCommentary.link(), from: period.from.iso, to: period.to.iso,
                csvHref: Paths.statusReportCSV.link() + range, dashboardHref: Paths.dashboard.link() + range,
                printStyleHref: Paths.statusReportPrintStyle.link() + range,
                periodForm: .init(from: form.field("from", label: "dashboard.period.from", type: "date", width: "s"),
                                  to: form.field("to", label: "dashboard.period.to", type: "date", width: "s")),
                action: Paths.statusReport.link())
            return try renderer.page(view, title: t("report.title"), context: context, form: form, status: .ok)
        }
        routes.add(.statusReportCSV) { request, context in
            let (_, period, _, _, figures, checklist) = try await self.figures(request, context)
            try await repositories.audit.record(try context.actor().audit(.export, .statusReport,
                                                                                      detail: "\(period.from.iso)–\(period.to.iso)"))
            let t = context.t
            // Long format: one line per figure and column, so sections with different columns share
            // one file; the value is a bare number, its unit and whether it is hidden in columns of their own.
            var csv = CSV(header: ["section", "figure", "column", "value", "unit", "suppressed", "mark"].map { t("report.csv.\($0)") })
            let periods = [t("period.range", period.from.display, period.to.display),
                           t("period.range", period.previous.from.display, period.previous.to.display)]
            for section in ReportSection.all(figures, checklist: checklist, t: t) {
                let columns = section.columns == [t("dashboard.column.current"), t("dashboard.column.previous")] ? periods : section.columns
                for row in section.rows {
                    for (column, figure) in zip(columns, row.figures) {
                        let cell = figure.csv(t)
                        csv.append([section.heading, row.label, column, cell.value, cell.unit,
                                    t(cell.suppressed ? "common.yes" : "common.no"), figure.hiddenMark(t) ?? ""], numbers: [3])
                    }
                }
            }
            return csv.response(filename: "statusrapport-\(period.from.iso)-\(period.to.iso).csv")
        }
        routes.add(.statusReportPrintStyle) { request, context in
            let (period, _, _) = PeriodQuery.parse(request, today: clock.today)
            let t = context.t
            let head = [t("report.heading"), try context.requireUser().municipality?.name ?? "",
                        t("period.range", period.from.display, period.to.display)].filter { !$0.isEmpty }.joined(separator: " · ")
            return Self.printStyle(head: head, page: t("report.print.page"), of: t("report.print.of"))
        }
        routes.add(.statusReportCommentary) { request, context in
            let municipality = try context.municipality()
            let form = try await request.decodeForm(CommentaryForm.self, context: context)
            guard let from = LocalDate(iso: form.from ?? ""), let to = LocalDate(iso: form.to ?? ""), from <= to else { throw AppError.badRequest }
            let text = Text.optional(form.commentary).map { String($0.prefix(4000)) }
            try await repositories.dashboard.saveCommentary(text, in: municipality, period: Period(from: from, to: to),
                                                            audit: try context.actor().audit(.update, .statusReport))
            context.flash(Flash(.success, "report.commentary.saved"))
            return .seeOther(Paths.statusReport.link() + "?from=\(from.iso)&to=\(to.iso)")
        }
    }
}
