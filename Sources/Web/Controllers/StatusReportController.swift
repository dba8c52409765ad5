import Domain
import Foundation
import Hummingbird

/// The half-year status report: the dashboard's figures as aggregates (groups under five shown
/// as "< 5"), generated trend sentences and the coordinator's commentary; printable on A4 and
/// exportable as CSV. Also the admin's side-by-side view across municipalities.
struct StatusReportController {
    let repositories: Repositories
    let renderer: Renderer
    let clock: Clock

    struct CommentaryForm: Decodable {
        let from, to, commentary: String?
    }

    struct Line {
        let label: String
        let current: String
        let previous: String
    }

    struct Section {
        let heading: String
        let lines: [Line]
    }

    /// The report's figures as labelled lines, small groups suppressed.
    static func sections(_ figures: IntakeFigures, t: Texts) -> [Section] {
        func line(_ label: String, _ c: Compared) -> Line {
            Line(label: label, current: SmallGroups.display(c.current), previous: SmallGroups.display(c.previous))
        }
        return [
            Section(heading: t("report.section.passes"), lines: [
                line(t("dashboard.funnel.referrals"), figures.referrals), line(t("dashboard.funnel.granted"), figures.granted),
                line(t("dashboard.funnel.redeemed"), figures.redeemed),
            ]),
            Section(heading: t("report.section.departments"),
                    lines: figures.byDepartment.map { line(t("department.\($0.key)"), $0.counts) }),
            Section(heading: t("report.section.schools"),
                    lines: figures.bySchool.sorted { $0.key < $1.key }.map { line($0.key, $0.counts) }),
            Section(heading: t("report.section.reach"), lines: figures.reach.map {
                Line(label: $0.district, current: SmallGroups.display($0.children),
                     previous: $0.estimate.map { t("report.estimate", String($0)) } ?? "–")
            }),
        ]
    }

    static func trends(_ figures: IntakeFigures, t: Texts) -> [String] {
        [(figures.referrals, "trend.subject.referrals"), (figures.granted, "trend.subject.granted"),
         (figures.redeemed, "trend.subject.redeemed")].map { figure, subject in
            let trend = Trend.describe(figure, subject: t(subject))
            return t(trend.key, arguments: trend.arguments)
        }
    }

    func addRoutes(to routes: RouteTable) {
        routes.add(.statusReport) { request, context in
            let municipality = try context.requireUser().municipalityID()
            let (period, errors, values) = PeriodQuery.parse(request, today: clock.today)
            let figures = try await repositories.dashboard.intake(in: municipality, period: period, today: clock.today)
            let commentary = try await repositories.dashboard.commentary(in: municipality, period: period)
            let t = renderer.texts.bind(context.language)
            var formValues = values
            formValues["commentary"] = commentary ?? ""
            let form = FormBuilder(t, values: formValues, errors: errors)
            struct View {
                let municipality, periodLabel, previousLabel, generated: String
                let trends: [String]
                let sections: [Section]
                let commentary: String?
                let commentaryField: FormField
                let commentaryAction, from, to, csvHref: String
                let periodForm: [String: FormField]
                let action: String
            }
            let view = View(
                municipality: try context.requireUser().municipality?.name ?? "",
                periodLabel: t("period.range", period.from.display, period.to.display),
                previousLabel: t("period.range", period.previous.from.display, period.previous.to.display),
                generated: DateFormat.date(clock.now), trends: Self.trends(figures, t: t), sections: Self.sections(figures, t: t),
                commentary: commentary,
                commentaryField: form.field("commentary", label: "report.commentary", hint: "report.commentary.hint", width: "xl",
                                            rows: 6, maxLength: 4000),
                commentaryAction: Paths.statusReportCommentary.link(), from: period.from.iso, to: period.to.iso,
                csvHref: Paths.statusReportCSV.link() + "?from=\(period.from.iso)&to=\(period.to.iso)",
                periodForm: ["from": form.field("from", label: "dashboard.period.from", type: "date", width: "s"),
                             "to": form.field("to", label: "dashboard.period.to", type: "date", width: "s")],
                action: Paths.statusReport.link())
            return try renderer.page("dashboard/report", title: t("report.title"), content: view, context: context, form: form, status: .ok)
        }
        routes.add(.statusReportCSV) { request, context in
            let municipality = try context.requireUser().municipalityID()
            let (period, _, _) = PeriodQuery.parse(request, today: clock.today)
            let figures = try await repositories.dashboard.intake(in: municipality, period: period, today: clock.today)
            try await repositories.audit.record(try context.actor(now: clock.now).audit(.export, "status_report",
                                                                                      detail: "\(period.from.iso)–\(period.to.iso)"))
            let t = renderer.texts.bind(context.language)
            var csv = CSV(header: [t("report.csv.section"), t("report.csv.figure"),
                                   t("period.range", period.from.display, period.to.display),
                                   t("period.range", period.previous.from.display, period.previous.to.display)])
            for section in Self.sections(figures, t: t) {
                for line in section.lines { csv.append([section.heading, line.label, line.current, line.previous]) }
            }
            return csv.response(filename: "statusrapport-\(period.from.iso)-\(period.to.iso).csv")
        }
        routes.add(.statusReportCommentary) { request, context in
            let municipality = try context.requireUser().municipalityID()
            let form = try await request.decodeForm(CommentaryForm.self, context: context)
            guard let from = LocalDate(iso: form.from ?? ""), let to = LocalDate(iso: form.to ?? ""), from <= to else { throw AppError.badRequest }
            let text = Text.optional(form.commentary).map { String($0.prefix(4000)) }
            try await repositories.dashboard.saveCommentary(text, in: municipality, period: Period(from: from, to: to),
                                                            audit: try context.actor(now: clock.now).audit(.update, "status_report"))
            context.flash(Flash(.success, "report.commentary.saved"))
            return .seeOther(Paths.statusReport.link() + "?from=\(from.iso)&to=\(to.iso)")
        }
        routes.add(.adminOverview) { request, context in
            let (period, errors, values) = PeriodQuery.parse(request, today: clock.today)
            let t = renderer.texts.bind(context.language)
            struct Row { let name, referrals, granted, redeemed, reached: String }
            var rows: [Row] = []
            for municipality in try await repositories.municipalities.all() {
                let f = try await repositories.dashboard.intake(in: municipality.id, period: period, today: clock.today)
                rows.append(Row(name: municipality.name, referrals: SmallGroups.display(f.referrals.current),
                                granted: SmallGroups.display(f.granted.current), redeemed: SmallGroups.display(f.redeemed.current),
                                reached: SmallGroups.display(f.reach.reduce(0) { $0 + $1.children })))
            }
            let form = FormBuilder(t, values: values, errors: errors)
            struct View { let rows: [Row]; let periodLabel: String; let form: [String: FormField]; let action: String }
            return try renderer.page("dashboard/admin", title: t("adminOverview.title"), content: View(
                rows: rows, periodLabel: t("period.range", period.from.display, period.to.display),
                form: ["from": form.field("from", label: "dashboard.period.from", type: "date", width: "s"),
                       "to": form.field("to", label: "dashboard.period.to", type: "date", width: "s")],
                action: Paths.adminOverview.link()), context: context, form: form, status: .ok)
        }
    }
}
