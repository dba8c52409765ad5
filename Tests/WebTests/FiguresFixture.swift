import Domain
import Foundation

/// Dashboard figures built by hand for view tests: only what a test sets differs from nothing.
struct FiguresFixture {
    var referrals = Compared(0, 0), granted = Compared(0, 0), redeemed = Compared(0, 0)
    var departments: [Department: Compared] = [:]
    var schools: [(String, Compared)] = []
    var months: [(String, Int)] = []
    var reach: [DistrictReach] = []
    var cohort = Cohort.none
    var retention = Retention(due: 0, answered: 0, stillActive: 0)
    var associations: [(String, Compared)] = []
    var categories: [(String, Compared)] = []
    var childrenInActivities = Compared(0, 0)
    var cost = CostFigures(current: CostBasis(paid: Money(ore: 0), guidanceMinutes: 0, startedActivity: 0, activeAfterSixMonths: 0),
                           previous: CostBasis(paid: Money(ore: 0), guidanceMinutes: 0, startedActivity: 0, activeAfterSixMonths: 0),
                           hourlyRate: nil)
    var unclaimed = 0
    var averageDays: Double?

    var figures: DashboardFigures {
        let none = GuidanceCounts(sessions: 0, sessionMinutes: 0, childrenWithSessions: 0, coursesStarted: 0, activityStarts: 0, ended: [:],
                                  openAtEnd: 0)
        return DashboardFigures(
            intake: IntakeFigures(referrals: referrals, granted: granted, redeemed: redeemed,
                                  byDepartment: Department.allCases.map { GroupCount(key: $0.rawValue, counts: departments[$0] ?? Compared(0, 0)) },
                                  bySchool: schools.map { GroupCount(key: $0.0, counts: $0.1) }, reach: reach,
                                  referralsPerMonth: months.map { (month: $0.0, count: $0.1) }, averageDaysToFirstActivity: averageDays,
                                  cohort: cohort),
            guidance: GuidanceFigures(contacted: Compared(0, 0), current: none, previous: none, retention: retention,
                                      previousRetention: Retention(due: 0, answered: 0, stillActive: 0)),
            associations: AssociationFigures(byAssociation: associations.map { GroupCount(key: $0.0, counts: $0.1) },
                                             byCategory: categories.map { GroupCount(key: $0.0, counts: $0.1) },
                                             children: childrenInActivities, freePlaces: []),
            volunteers: VolunteerFigures(active: 0, validCertificate: 0, withoutChild: 0, childAssignments: 0, distribution: [0, 0, 0, 0]),
            money: MoneyFigures(budgetYears: [2026], funding: [], paid: Money(ore: 0), previousPaid: Money(ore: 0), unclaimedWeeks: 8,
                                unclaimedCount: unclaimed, unclaimedAmount: Money(kroner: 2_500 * Int64(unclaimed))),
            cost: cost, followUps: FollowUpCounts(due: 0, overdue: 0), settings: .standard)
    }

    var published: PublishedFigures { PublishedFigures(figures) }
}
