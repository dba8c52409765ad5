import Foundation

/// What an association contact may know about a child: first name, the initial of the last
/// name, the birth year, and the activity and grant with their own association. Nothing else
/// leaves the store for the portal.
public struct PortalChildName: Sendable, Equatable {
    public var firstName: String
    public var lastInitial: String
    public var birthYear: Int

    public init(firstName: String, lastInitial: String, birthYear: Int) {
        self.firstName = firstName
        self.lastInitial = lastInitial
        self.birthYear = birthYear
    }

    /// "Aya H."
    public var short: String { lastInitial.isEmpty ? firstName : "\(firstName) \(lastInitial)." }
}

/// A child's enrolment with the contact's association, with its grants and their claims.
public struct PortalEnrolment: Sendable, Equatable {
    public var id: EnrolmentID
    public var child: PortalChildName
    public var activityName: String
    public var enrolledOn: LocalDate
    public var startedOn: LocalDate?
    public var stoppedOn: LocalDate?
    public var grants: [PortalGrant]
    /// The follow-up the association is asked to answer now, if any.
    public var followUp: PortalFollowUp?
    /// What the child needs adapted in the activity, as the caseworker wrote it. The portal only
    /// lists children whose guardians consented to sharing with the association.
    public var adaptationNote: String?

    public init(id: EnrolmentID, child: PortalChildName, activityName: String, enrolledOn: LocalDate, startedOn: LocalDate?,
                stoppedOn: LocalDate?, grants: [PortalGrant], followUp: PortalFollowUp? = nil, adaptationNote: String? = nil) {
        self.id = id
        self.child = child
        self.activityName = activityName
        self.enrolledOn = enrolledOn
        self.startedOn = startedOn
        self.stoppedOn = stoppedOn
        self.grants = grants
        self.followUp = followUp
        self.adaptationNote = adaptationNote
    }

    public var status: EnrolmentStatus {
        if stoppedOn != nil { return .stopped }
        return startedOn == nil ? .enrolled : .started
    }
}

public struct PortalGrant: Sendable, Equatable {
    public var id: GrantID
    public var kind: GrantKind
    public var amount: Money
    public var period: Period
    public var status: GrantStatus
    public var claimDeadline: LocalDate
    /// The newest claim that is not a draft.
    public var claimID: ClaimID?
    public var claimStatus: ClaimStatus?
    public var claimAmount: Money?
    public var draftID: ClaimID?

    public init(id: GrantID, kind: GrantKind, amount: Money, period: Period, status: GrantStatus, claimDeadline: LocalDate,
                claimID: ClaimID?, claimStatus: ClaimStatus?, claimAmount: Money?, draftID: ClaimID?) {
        self.id = id
        self.kind = kind
        self.amount = amount
        self.period = period
        self.status = status
        self.claimDeadline = claimDeadline
        self.claimID = claimID
        self.claimStatus = claimStatus
        self.claimAmount = claimAmount
        self.draftID = draftID
    }

    /// Whether the association can claim it now.
    public func claimable(on date: LocalDate) -> Bool { ClaimWindow.isOpen(status: status, deadline: claimDeadline, on: date) }
}

/// The portal's start page.
public struct PortalOverview: Sendable, Equatable {
    public var associationID: AssociationID
    public var associationName: String
    public var enrolments: [PortalEnrolment]
    public var claims: [PortalClaim]

    public init(associationID: AssociationID, associationName: String, enrolments: [PortalEnrolment], claims: [PortalClaim]) {
        self.associationID = associationID
        self.associationName = associationName
        self.enrolments = enrolments
        self.claims = claims
    }
}

/// A grant with its context, for the claim form.
public struct PortalGrantContext: Sendable, Equatable {
    public var grant: PortalGrant
    public var child: PortalChildName
    public var activityName: String
    public var associationName: String
    /// The draft being edited, if the association went back from "Tjek dine svar".
    public var draft: PortalClaim?

    public init(grant: PortalGrant, child: PortalChildName, activityName: String, associationName: String, draft: PortalClaim?) {
        self.grant = grant
        self.child = child
        self.activityName = activityName
        self.associationName = associationName
        self.draft = draft
    }
}

/// A claim as the association sees it (the receipt).
public struct PortalClaim: Sendable, Equatable {
    public var id: ClaimID
    public var grantID: GrantID
    public var child: PortalChildName
    public var activityName: String
    public var associationName: String
    public var grantKind: GrantKind
    public var grantAmount: Money
    public var amount: Money
    public var period: Period
    public var note: String?
    public var attachment: Attachment?
    public var status: ClaimStatus
    public var submittedAt: Date?
    public var submittedByName: String?
    public var rejectReason: String?
    public var paidOn: LocalDate?

    public init(id: ClaimID, grantID: GrantID, child: PortalChildName, activityName: String, associationName: String,
                grantKind: GrantKind, grantAmount: Money, amount: Money, period: Period, note: String?, attachment: Attachment?,
                status: ClaimStatus, submittedAt: Date?, submittedByName: String?, rejectReason: String?, paidOn: LocalDate?) {
        self.id = id
        self.grantID = grantID
        self.child = child
        self.activityName = activityName
        self.associationName = associationName
        self.grantKind = grantKind
        self.grantAmount = grantAmount
        self.amount = amount
        self.period = period
        self.note = note
        self.attachment = attachment
        self.status = status
        self.submittedAt = submittedAt
        self.submittedByName = submittedByName
        self.rejectReason = rejectReason
        self.paidOn = paidOn
    }
}

/// A 3- or 6-month follow-up of a child's start, put to the association: is the child still
/// coming? The club sees the child every week; its answer is the municipality's retention figure.
public struct PortalFollowUp: Sendable, Equatable {
    public var id: FollowUpID
    public var months: Int
    public var dueOn: LocalDate

    public init(id: FollowUpID, months: Int, dueOn: LocalDate) {
        self.id = id
        self.months = months
        self.dueOn = dueOn
    }
}

/// The association's answer, one button each. "Not sure" answers nothing: the follow-up stays
/// open and goes to the guide, who finds out.
public enum PortalAttendance: String, Sendable, CaseIterable {
    case regular, irregular, stopped, unsure

    /// The follow-up's answer; nil for `unsure`.
    public func answer(needsHelp: Bool) -> FollowUpAnswer? {
        self == .unsure ? nil
            : FollowUpAnswer(stillActive: self != .stopped, attendsRegularly: self == .regular, needsHelp: needsHelp, note: nil)
    }
}
