import Foundation

/// One thing waiting on a work list: what it is about, since when, and the row to act on.
public struct WorkItem: Sendable, Equatable {
    public var id: Int64
    /// The child, volunteer or batch the item is about (a name the viewer may see).
    public var title: String
    public var date: LocalDate?
    public var flag: Bool
    /// A second id where the action needs one (the course of an offer).
    public var targetID: Int64?

    public init(id: Int64, title: String, date: LocalDate?, flag: Bool = false, targetID: Int64? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.flag = flag
        self.targetID = targetID
    }
}

/// The first few items of a list, and how many there are in all.
public struct WorkSection: Sendable, Equatable {
    public var count: Int
    public var items: [WorkItem]

    public init(count: Int, items: [WorkItem]) {
        self.count = count
        self.items = items
    }

    public static let empty = WorkSection(count: 0, items: [])
}

/// What waits for a coordinator.
public struct CoordinatorWork: Sendable, Equatable {
    /// Submitted or under assessment, urgent first, then oldest (flag: urgent).
    public var referrals: WorkSection
    /// Submitted claims, oldest first.
    public var claims: WorkSection
    /// Approved claims not yet in a batch: how many and how much (øre).
    public var readyForPayment: (count: Int, total: Money)
    /// Batches made but not yet paid (title: the batch's claim count).
    public var batches: WorkSection
    /// Follow-ups unanswered well past their day.
    public var overdueFollowUps: WorkSection
    /// Active volunteers whose børneattest runs out within 60 days or has run out (flag: run out).
    public var certificates: WorkSection
    /// Volunteers' offers to guide a child, waiting for the coordinator (target: the course).
    public var offers: WorkSection

    public init(referrals: WorkSection, claims: WorkSection, readyForPayment: (count: Int, total: Money), batches: WorkSection,
                overdueFollowUps: WorkSection, certificates: WorkSection, offers: WorkSection) {
        self.referrals = referrals
        self.claims = claims
        self.readyForPayment = readyForPayment
        self.batches = batches
        self.overdueFollowUps = overdueFollowUps
        self.certificates = certificates
        self.offers = offers
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.referrals == b.referrals && a.claims == b.claims && a.readyForPayment == b.readyForPayment && a.batches == b.batches
            && a.overdueFollowUps == b.overdueFollowUps && a.certificates == b.certificates && a.offers == b.offers
    }

    /// Everything that waits, for the daily digest (a ready payment counts once).
    public var total: Int {
        referrals.count + claims.count + (readyForPayment.count > 0 ? 1 : 0) + batches.count + overdueFollowUps.count
            + certificates.count + offers.count
    }
}

/// What changed for a caseworker's children since they last opened the child's record.
public enum ChildNews: String, Sendable, CaseIterable, Codable {
    case decided, started, stopped
}

public struct CaseworkerWork: Sendable, Equatable {
    /// Children with news (flag unused; `title` the child's name; id the child).
    public var news: [(item: WorkItem, news: ChildNews)]
    public var newsCount: Int
    /// Children the caseworker registered who have no referral yet.
    public var drafts: WorkSection

    public init(news: [(item: WorkItem, news: ChildNews)], newsCount: Int, drafts: WorkSection) {
        self.news = news
        self.newsCount = newsCount
        self.drafts = drafts
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.newsCount == b.newsCount && a.drafts == b.drafts && a.news.map(\.item) == b.news.map(\.item)
            && a.news.map(\.news) == b.news.map(\.news)
    }
}

/// The set-based queries behind the start pages. Each takes the user's scope.
public protocol WorkListRepository: Sendable {
    func coordinator(in municipality: MunicipalityID, today: LocalDate, limit: Int) async throws -> CoordinatorWork
    /// News since the caseworker last opened each child's record (at most `lookback` days back).
    func caseworker(_ user: UserID, in municipality: MunicipalityID, now: Date, lookbackDays: Int, limit: Int) async throws -> CaseworkerWork
}

/// What waits for a club, from its portal overview (the portal's own scope and consent rules).
public struct ClubWork: Sendable, Equatable {
    /// Enrolled children the club has not yet marked as started.
    public var toStart: [PortalEnrolment]
    /// Grants the club can claim now and has not (a draft counts as not yet claimed).
    public var toClaim: [(enrolment: PortalEnrolment, grant: PortalGrant)]
    /// Follow-up questions waiting for the club's answer.
    public var followUps: [PortalEnrolment]

    public init(_ overview: PortalOverview, today: LocalDate) {
        let open = overview.enrolments.filter { $0.stoppedOn == nil }
        toStart = open.filter { $0.startedOn == nil }
        toClaim = overview.enrolments.flatMap { e in e.grants.filter { $0.claimable(on: today) && ($0.claimStatus == nil || $0.claimStatus == .rejected) }.map { (e, $0) } }
            .sorted { $0.grant.claimDeadline < $1.grant.claimDeadline }
        followUps = overview.enrolments.filter { $0.followUp != nil }
    }

    public var total: Int { toStart.count + toClaim.count + followUps.count }

    public static func == (a: Self, b: Self) -> Bool {
        a.toStart == b.toStart && a.followUps == b.followUps && a.toClaim.map(\.grant) == b.toClaim.map(\.grant)
    }
}
