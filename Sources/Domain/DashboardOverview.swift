import Foundation

/// Everything the coordinator's dashboard and status report show for one period.
public struct DashboardFigures: Sendable, Equatable {
    public var intake: IntakeFigures
    public var guidance: GuidanceFigures
    public var associations: AssociationFigures
    public var volunteers: VolunteerFigures
    public var money: MoneyFigures
    public var cost: CostFigures
    public var followUps: FollowUpCounts
    public var settings: DashboardSettings

    public init(intake: IntakeFigures, guidance: GuidanceFigures, associations: AssociationFigures, volunteers: VolunteerFigures,
                money: MoneyFigures, cost: CostFigures, followUps: FollowUpCounts, settings: DashboardSettings) {
        self.intake = intake
        self.guidance = guidance
        self.associations = associations
        self.volunteers = volunteers
        self.money = money
        self.cost = cost
        self.followUps = followUps
        self.settings = settings
    }

    /// The funnel: referrals received → passes granted → passes in use → active after 6 months.
    public var funnel: [(key: String, figure: Compared)] {
        [("referrals", intake.referrals), ("granted", intake.granted), ("redeemed", intake.redeemed),
         ("activeAfterSixMonths", guidance.activeAfterSixMonths)]
    }
}

/// Unanswered follow-ups today, as the follow-up list shows them (`FollowUpState`).
public struct FollowUpCounts: Sendable, Equatable {
    public var due: Int
    public var overdue: Int

    public init(due: Int, overdue: Int) {
        self.due = due
        self.overdue = overdue
    }
}
