import Domain
import Foundation

/// The dashboard page: key figures with the previous period, then one part per theme, each with
/// its charts and the numbers as tables beside them.
extension DashboardView {
    /// "forrige periode: 20 (+15 %)": the change only when both counts are shown.
    static func compare(_ p: PublishedFigures, _ key: PublishedFigures.Key, _ t: Texts) -> String {
        let change: String
        switch p.change(key) {
        case .value(let percent): change = percent.map { ($0 > 0 ? "+" : "") + "\($0) %" } ?? "–"
        case .few, .hidden: change = t("figures.hidden")
        }
        return t("dashboard.compare", FigureValue.count(p.count(key, .previous)).display(t), change)
    }

    static func kpis(_ p: PublishedFigures, t: Texts) -> [Kpi] {
        let figures = p.figures
        let events = DashboardIntakeView.eventKeys.map {
            Kpi(label: t($0.label), value: FigureValue.count(p.count($0.key)).display(t), compare: compare(p, $0.key, t))
        }
        // An average over the children who started: hidden with their count.
        func days(_ average: Double?, _ side: PublishedFigures.Side) -> FigureValue {
            average.map { average in .days(p.derived(from: [(.redeemed, side)]) { Int(average.rounded()) }) } ?? .missing
        }
        let daysNow = days(figures.intake.averageDaysToFirstActivity, .current)
        let daysBefore = days(figures.intake.previousAverageDaysToFirstActivity, .previous)
        let daysKpi = Kpi(label: t("dashboard.daysToActivity"), value: bareDays(daysNow, t),
                          compare: daysBefore == .missing ? t("dashboard.daysToActivity.unit")
                              : daysBefore.isHidden ? t("dashboard.daysToActivity.previousHidden")
                              : t("dashboard.daysToActivity.previous", bareDays(daysBefore, t)))
        let cost = figures.cost
        let perChild = cost.hourlyRate.flatMap { cost.current.perChild(cost.current.startedActivity, rate: $0) }
        let costValue = perChild.map { money in p.derived(from: [(.startedActivity, .current)]) { money } }
        let costKpi = Kpi(label: t("dashboard.cost.perStarted"),
                          value: costValue.map { FigureValue.mark($0, t) ?? $0.value!.displayKroner } ?? "–",
                          compare: cost.hourlyRate == nil ? t("dashboard.cost.noRate.short") : t("dashboard.cost.kpi"))
        return events + [daysKpi, costKpi]
    }

    /// A number of days without its unit (the key figure names it), or the hidden mark.
    static func bareDays(_ value: FigureValue, _ t: Texts) -> String {
        guard case .days(let days) = value else { return "–" }
        return FigureValue.mark(days, t) ?? String(days.value!)
    }

    static func make(figures: DashboardFigures, checklist: Checklist, period: Period, today: LocalDate, t: Texts,
                     form: FormBuilder) -> DashboardView {
        let p = PublishedFigures(figures)
        let range = "?from=\(period.from.iso)&to=\(period.to.iso)"
        return DashboardView(
            periodLabel: t("period.range", period.from.display, period.to.display),
            previousLabel: t("period.range", period.previous.from.display, period.previous.to.display),
            form: [
                "from": form.field("from", label: "dashboard.period.from", hint: "form.date.hint", type: "date", width: "s"),
                "to": form.field("to", label: "dashboard.period.to", hint: "form.date.hint", type: "date", width: "s"),
            ],
            action: Paths.dashboard.link(), presets: PeriodQuery.presets(today: today, base: Paths.dashboard.link(), t: t),
            kpis: kpis(p, t: t), intake: .make(p, period: period, today: today, t: t), guidance: .make(p, t: t),
            volunteers: .make(figures, t: t), clubs: .make(p, t: t), money: .make(p, t: t), cost: .make(p, t: t),
            progress: .make(p, checklist: checklist, t: t),
            reportHref: Paths.statusReport.link() + range, settingsHref: Paths.dashboardSettings.link(),
            warnings: [], auditHref: Paths.auditLog.link())
    }
}
