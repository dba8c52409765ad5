/// The dashboard's parts, one per theme (built in `Sources/Web/Views/Dashboard*View.swift`).

/// The funnel of one group of children, referrals per month, who refers and reach per school district.
public struct DashboardIntakeView: Sendable {
    public struct ReachRow: Sendable {
        public let district: String
        public let children: String
        public let previous: String
        public let estimate: String
        public let percent: String
        public let low: Bool

        public init(district: String, children: String, previous: String, estimate: String, percent: String, low: Bool) {
            self.district = district
            self.children = children
            self.previous = previous
            self.estimate = estimate
            self.percent = percent
            self.low = low
        }
    }

    public let funnel: Charts.Funnel
    public let funnelTable: FigureTable
    public let months: Charts.LineChart
    public let monthTable: FigureTable
    /// Over more than a year the month table starts folded; a year's twelve rows show openly.
    public let longMonths: Bool
    public let departments: Charts.BarChart
    public let departmentTable: FigureTable
    public let schools: Charts.BarChart
    public let schoolTable: FigureTable
    public let hasSchools: Bool
    public let reach: [ReachRow]
    public let hasReach: Bool
    public let estimatesHref: String

    public init(funnel: Charts.Funnel, funnelTable: FigureTable, months: Charts.LineChart, monthTable: FigureTable, longMonths: Bool, departments: Charts.BarChart, departmentTable: FigureTable, schools: Charts.BarChart, schoolTable: FigureTable, hasSchools: Bool, reach: [ReachRow], hasReach: Bool, estimatesHref: String) {
        self.funnel = funnel
        self.funnelTable = funnelTable
        self.months = months
        self.monthTable = monthTable
        self.longMonths = longMonths
        self.departments = departments
        self.departmentTable = departmentTable
        self.schools = schools
        self.schoolTable = schoolTable
        self.hasSchools = hasSchools
        self.reach = reach
        self.hasReach = hasReach
        self.estimatesHref = estimatesHref
    }
}

/// Fritidsvejledning on the dashboard: contacts, sessions, hours, outcomes and retention.
public struct DashboardGuidanceView: Sendable {
    public let table: FigureTable
    public let outcomes: Charts.BarChart
    public let followUpsHref: String

    public init(table: FigureTable, outcomes: Charts.BarChart, followUpsHref: String) {
        self.table = table
        self.outcomes = outcomes
        self.followUpsHref = followUpsHref
    }
}

/// Volunteers on the dashboard, as they are today.
public struct DashboardVolunteersView: Sendable {
    public let table: FigureTable
    public let distribution: Charts.BarChart
    public let distributionTable: FigureTable
    public let volunteersHref: String

    public init(table: FigureTable, distribution: Charts.BarChart, distributionTable: FigureTable, volunteersHref: String) {
        self.table = table
        self.distribution = distribution
        self.distributionTable = distributionTable
        self.volunteersHref = volunteersHref
    }
}

/// Children per association and per kind of activity, and associations with free places.
public struct DashboardClubsView: Sendable {
    public let associations: Charts.BarChart
    public let associationTable: FigureTable
    public let categories: Charts.BarChart
    public let categoryTable: FigureTable
    public let hasChildren: Bool
    public let freePlaces: FigureTable
    public let hasFreePlaces: Bool

    public init(associations: Charts.BarChart, associationTable: FigureTable, categories: Charts.BarChart, categoryTable: FigureTable, hasChildren: Bool, freePlaces: FigureTable, hasFreePlaces: Bool) {
        self.associations = associations
        self.associationTable = associationTable
        self.categories = categories
        self.categoryTable = categoryTable
        self.hasChildren = hasChildren
        self.freePlaces = freePlaces
        self.hasFreePlaces = hasFreePlaces
    }
}

/// Budgets per funding source, money paid and grants nobody has claimed.
public struct DashboardMoneyView: Sendable {
    public struct FundingRow: Sendable {
        public let source: String
        public let year: String
        public let budget: String
        public let granted: String
        public let claimed: String
        public let paid: String
        public let remaining: String
        public let overspent: Bool

        public init(source: String, year: String, budget: String, granted: String, claimed: String, paid: String, remaining: String, overspent: Bool) {
            self.source = source
            self.year = year
            self.budget = budget
            self.granted = granted
            self.claimed = claimed
            self.paid = paid
            self.remaining = remaining
            self.overspent = overspent
        }
    }

    public let intro: String
    public let funding: [FundingRow]
    public let hasFunding: Bool
    public let total: FundingRow
    public let paid: FigureTable
    public let unclaimed: String
    public let unclaimedHref: String
    public let budgetHref: String

    public init(intro: String, funding: [FundingRow], hasFunding: Bool, total: FundingRow, paid: FigureTable, unclaimed: String, unclaimedHref: String, budgetHref: String) {
        self.intro = intro
        self.funding = funding
        self.hasFunding = hasFunding
        self.total = total
        self.paid = paid
        self.unclaimed = unclaimed
        self.unclaimedHref = unclaimedHref
        self.budgetHref = budgetHref
    }
}

/// What the period cost per child who started an activity and per child still active after six
/// months (see `CostBasis`).
public struct DashboardCostView: Sendable {
    public let hasRate: Bool
    public let rate: String
    public let table: FigureTable
    public let settingsHref: String

    public init(hasRate: Bool, rate: String, table: FigureTable, settingsHref: String) {
        self.hasRate = hasRate
        self.rate = rate
        self.table = table
        self.settingsHref = settingsHref
    }
}

/// Follow-ups due and overdue today, and the implementation's progress per QIF phase.
public struct DashboardProgressView: Sendable {
    public struct Phase: Sendable {
        public let title: String
        public let href: String
        public let percent: Int
        public let percentText: String
        public let count: String
        public let label: String

        public init(title: String, href: String, percent: Int, percentText: String, count: String, label: String) {
            self.title = title
            self.href = href
            self.percent = percent
            self.percentText = percentText
            self.count = count
            self.label = label
        }
    }

    public let due: String
    public let overdue: String
    public let hasOverdue: Bool
    public let followUpsHref: String
    public let phases: [Phase]
    public let implementationHref: String

    public init(due: String, overdue: String, hasOverdue: Bool, followUpsHref: String, phases: [Phase], implementationHref: String) {
        self.due = due
        self.overdue = overdue
        self.hasOverdue = hasOverdue
        self.followUpsHref = followUpsHref
        self.phases = phases
        self.implementationHref = implementationHref
    }
}

extension DashboardIntakeView {
    @Markup func render(_ t: Texts) -> HTML {
        """
        <h2 id="intake-heading" class="part-heading">\(t("dashboard.part.intake"))</h2>
        <div class="dashboard-grid">
        <section aria-labelledby="funnel-heading">
          <h3 id="funnel-heading">\(t("dashboard.funnel.title"))</h3>
          <p class="muted">\(t("dashboard.funnel.note"))</p>
          \(funnel.render())
          \(funnelTable.render(t))
        </section>

        <section aria-labelledby="months-heading">
          <h3 id="months-heading">\(t("dashboard.months.title"))</h3>
          \(months.render())
          <details\(HTML.when(!longMonths, " open"))>
            <summary>\(t("dashboard.showNumbers"))</summary>
            \(monthTable.render(t))
          </details>
        </section>

        <section aria-labelledby="departments-heading">
          <h3 id="departments-heading">\(t("dashboard.departments.title"))</h3>
          <p class="muted">\(t("dashboard.lowHint"))</p>
          \(departments.render())
          \(departmentTable.render(t))
        </section>

        <section aria-labelledby="schools-heading">
          <h3 id="schools-heading">\(t("dashboard.schools.title"))</h3>

        """
        if hasSchools {
            schools.render()
            schoolTable.render(t)
        } else {
            "<p>\(t("dashboard.noData"))</p>\n"
        }
        """
        </section>

        <section aria-labelledby="reach-heading" class="span-all">
          <h3 id="reach-heading">\(t("dashboard.reach.title"))</h3>
          <p class="muted">\(t("dashboard.reach.intro")) <a href="\(estimatesHref)">\(t("dashboard.reach.edit"))</a></p>

        """
        if hasReach {
            """
              <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("dashboard.reach.title"))"><table class="table">
                <caption class="sr-only">\(t("dashboard.reach.title"))</caption>
                <thead><tr><th scope="col">\(t("child.schoolDistrict"))</th><th scope="col" class="num">\(t("dashboard.reach.children"))</th>\
            <th scope="col" class="num">\(t("dashboard.reach.previous"))</th><th scope="col" class="num">\(t("dashboard.reach.estimate"))</th>\
            <th scope="col" class="num">\(t("dashboard.reach.percent"))</th></tr></thead>
                <tbody>\(reach.html { Self.reachRow($0, t) })</tbody>
              </table></div>

            """
        } else {
            "<p>\(t("dashboard.noData"))</p>\n"
        }
        """
        </section>
        </div>

        """
    }

    static func reachRow(_ row: ReachRow, _ t: Texts) -> HTML {
        """
        <tr><th scope="row"\(HTML.when(row.low, " class=\"low\""))>\(row.district)\
        \(HTML.when(row.low, " <span class=\"sr-only\">(\(t("dashboard.lowest")))</span>"))</th><td class="num">\(row.children)</td>\
        <td class="num">\(row.previous)</td><td class="num">\(row.estimate)</td><td class="num">\(row.percent)</td></tr>
        """
    }
}

extension DashboardGuidanceView {
    func render(_ t: Texts) -> HTML {
        """
        <h2 id="guidance-heading" class="part-heading">\(t("dashboard.guidance.title"))</h2>
        <div class="dashboard-grid">
        <section aria-labelledby="guidance-figures-heading">
          <h3 id="guidance-figures-heading">\(t("dashboard.guidance.figures"))</h3>
          \(table.render(t))
          <p class="muted">\(t("dashboard.guidance.note")) <a href="\(followUpsHref)">\(t("dashboard.followUps.link"))</a></p>
        </section>
        <section aria-labelledby="outcomes-heading">
          <h3 id="outcomes-heading">\(t("dashboard.guidance.outcomes"))</h3>
          <p class="muted">\(t("dashboard.smallGroups"))</p>
          \(outcomes.render())
        </section>
        </div>

        """
    }
}

extension DashboardClubsView {
    @Markup func render(_ t: Texts) -> HTML {
        """
        <h2 id="clubs-heading" class="part-heading">\(t("dashboard.part.clubs"))</h2>
        <p class="muted">\(t("dashboard.clubs.note")) \(t("dashboard.smallGroups"))</p>
        <div class="dashboard-grid">
        <section aria-labelledby="associations-heading">
          <h3 id="associations-heading">\(t("dashboard.clubs.associations"))</h3>

        """
        if hasChildren {
            associations.render()
            associationTable.render(t)
        } else {
            "<p>\(t("dashboard.noData"))</p>\n"
        }
        """
        </section>
        <section aria-labelledby="categories-heading">
          <h3 id="categories-heading">\(t("dashboard.clubs.categories"))</h3>

        """
        if hasChildren {
            categories.render()
            categoryTable.render(t)
        } else {
            "<p>\(t("dashboard.noData"))</p>\n"
        }
        """
        </section>
        <section aria-labelledby="free-heading">
          <h3 id="free-heading">\(t("dashboard.clubs.freePlaces"))</h3>
          <p class="muted">\(t("dashboard.clubs.freeNote"))</p>

        """
        if hasFreePlaces {
            freePlaces.render(t)
        } else {
            "<p>\(t("dashboard.clubs.noFreePlaces"))</p>\n"
        }
        """
        </section>
        </div>

        """
    }
}

extension DashboardVolunteersView {
    func render(_ t: Texts) -> HTML {
        """
        <h2 id="volunteers-heading" class="part-heading">\(t("dashboard.volunteers.title"))</h2>
        <p class="muted">\(t("dashboard.volunteers.note")) <a href="\(volunteersHref)">\(t("dashboard.volunteers.link"))</a></p>
        <div class="dashboard-grid">
        <section aria-labelledby="volunteer-figures-heading">
          <h3 id="volunteer-figures-heading">\(t("dashboard.volunteers.figures"))</h3>
          \(table.render(t))
        </section>
        <section aria-labelledby="volunteer-load-heading">
          <h3 id="volunteer-load-heading">\(t("dashboard.volunteers.distribution"))</h3>
          \(distribution.render())
          \(distributionTable.render(t))
        </section>
        </div>

        """
    }
}

extension DashboardMoneyView {
    /// `settingsHref` is the page's (the settings link beside the money figures).
    @Markup func render(_ t: Texts, settingsHref: String) -> HTML {
        """
        <h2 id="money-heading" class="part-heading">\(t("dashboard.money.title"))</h2>
        <p class="muted">\(intro) <a href="\(budgetHref)">\(t("dashboard.money.budgetLink"))</a></p>

        """
        if hasFunding {
            """
            <div class="table-wrap" tabindex="0" role="region" aria-label="\(t("dashboard.money.sources"))"><table class="table">
              <caption class="sr-only">\(t("dashboard.money.sources"))</caption>
              <thead><tr><th scope="col">\(t("dashboard.money.source"))</th><th scope="col">\(t("dashboard.money.year"))</th>
                <th scope="col" class="num">\(t("dashboard.money.column.budget"))</th><th scope="col" class="num">\(t("dashboard.money.column.granted"))</th>
                <th scope="col" class="num">\(t("dashboard.money.column.claimed"))</th><th scope="col" class="num">\(t("dashboard.money.column.paid"))</th>
                <th scope="col" class="num">\(t("dashboard.money.column.remaining"))</th></tr></thead>
              <tbody>\(funding.html(Self.row))</tbody>
              <tfoot>\(Self.row(total))</tfoot>
            </table></div>

            """
        } else {
            "<p>\(t("dashboard.noData"))</p>\n"
        }
        """
        <div class="dashboard-grid">
        <section aria-labelledby="paid-heading">
          <h3 id="paid-heading">\(t("dashboard.money.paidHeading"))</h3>
          \(paid.render(t))
        </section>
        <section aria-labelledby="unclaimed-heading">
          <h3 id="unclaimed-heading">\(t("dashboard.money.unclaimedHeading"))</h3>
          <p>\(unclaimed)</p>
          <p><a href="\(unclaimedHref)">\(t("dashboard.money.unclaimedLink"))</a> · <a href="\(settingsHref)">\(t("dashboard.settings.link"))</a></p>
        </section>
        </div>

        """
    }

    static func row(_ r: FundingRow) -> HTML {
        """
        <tr><th scope="row">\(r.source)</th><td>\(r.year)</td><td class="num">\(r.budget)</td><td class="num">\(r.granted)</td>\
        <td class="num">\(r.claimed)</td><td class="num">\(r.paid)</td>\
        <td class="num\(HTML.when(r.overspent, " negative"))">\(r.remaining)</td></tr>
        """
    }
}

extension DashboardCostView {
    @Markup func render(_ t: Texts) -> HTML {
        "<h2 id=\"cost-heading\" class=\"part-heading\">\(t("dashboard.cost.title"))</h2>\n"
        if hasRate {
            """
            <p class="muted">\(t("dashboard.cost.note"))</p>
            <div class="dashboard-narrow">\(table.render(t))</div>
            <p><a href="\(settingsHref)">\(t("dashboard.cost.editRate"))</a></p>

            """
        } else {
            """
            <div class="alert alert-info"><p class="alert-heading">\(t("flash.info"))</p><p class="alert-text">\(t("dashboard.cost.noRate")) \
            <a href="\(settingsHref)">\(t("dashboard.cost.setRate"))</a></p></div>

            """
        }
    }
}

extension DashboardProgressView {
    func render(_ t: Texts) -> HTML {
        """
        <h2 id="progress-heading" class="part-heading">\(t("dashboard.progress.title"))</h2>
        <div class="dashboard-grid">
        <section aria-labelledby="followups-heading">
          <h3 id="followups-heading">\(t("dashboard.followUps.title"))</h3>
          <dl class="kpis kpis-small">
            <div class="kpi"><dt>\(t("dashboard.followUps.due"))</dt><dd>\(due)</dd></div>
            <div class="kpi\(HTML.when(hasOverdue, " kpi-warning"))"><dt>\(t("dashboard.followUps.overdue"))</dt><dd>\(overdue)</dd></div>
          </dl>
          <p><a href="\(followUpsHref)">\(t("dashboard.followUps.link"))</a></p>
        </section>
        <section aria-labelledby="qif-heading">
          <h3 id="qif-heading">\(t("dashboard.qif.title"))</h3>
          <p class="muted">\(t("dashboard.qif.note"))</p>
          <ul class="qif-list">
            \(phases.html(Self.phase))
          </ul>
          <p><a href="\(implementationHref)">\(t("dashboard.qif.link"))</a></p>
        </section>
        </div>

        """
    }

    static func phase(_ p: Phase) -> HTML {
        """
        <li><a href="\(p.href)">\(p.title)</a>
          <span class="progress-row"><progress class="impl-progress" max="100" value="\(p.percent)" aria-label="\(p.label)"></progress>
          <span class="progress-figure">\(p.percentText)</span> <span class="muted">\(p.count)</span></span></li>
        """
    }
}
