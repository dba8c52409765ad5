import Foundation

/// How children spread across clubs and kinds of activity (experience 3.2.2: use the data to
/// see how children spread across the associations).
public struct AssociationFigures: Sendable, Equatable {
    /// Children taking part in a period: a child counts for an association (or a category) when
    /// an enrolment in one of its activities overlaps the period — enrolled on or before the
    /// period's last day and not stopped before its first. A child counts once per group.
    public var byAssociation: [GroupCount]
    /// Keys are `ActivityCategory` raw values.
    public var byCategory: [GroupCount]
    /// Children taking part in any activity (each child once), for the totals.
    public var children: Compared
    /// Active associations that take fritidspas children, with their free places today.
    public var freePlaces: [CountRow<AssociationID>]

    public init(byAssociation: [GroupCount], byCategory: [GroupCount], children: Compared, freePlaces: [CountRow<AssociationID>]) {
        self.byAssociation = byAssociation
        self.byCategory = byCategory
        self.children = children
        self.freePlaces = freePlaces
    }
}
