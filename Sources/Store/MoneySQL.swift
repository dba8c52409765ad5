import Domain
import Foundation
import GRDB

extension Money: DatabaseValueConvertible, SQLExpressible, StatementBinding {
    public var databaseValue: DatabaseValue { ore.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Money? {
        Int64.fromDatabaseValue(dbValue).map(Money.init(ore:))
    }
}

/// Row mappers and SQL fragments shared by the money repositories.
enum MoneySQL {
    /// `BudgetCommitment` over a grant `g`. (Only a live claim is paid; naming the live
    /// statuses lets SQLite use the `claim_live` index instead of scanning every claim for every
    /// paid grant.)
    static let committed = """
        CASE WHEN g.status IN (\(BudgetCommitment.releasing.map { "'\($0.rawValue)'" }.sorted().joined(separator: ", "))) THEN 0
             WHEN g.status = '\(BudgetCommitment.settled.rawValue)' THEN COALESCE((SELECT p.amount FROM payment p JOIN claim pc ON pc.id = p.claim_id
                                                   WHERE pc.grant_id = g.id AND pc.status IN ('submitted', 'approved', 'paid')), g.amount)
             ELSE g.amount END
        """

    static let grantColumns = """
        g.*, a.name AS activity_name, s.name AS association_name, f.name AS funding_name
        """
    static let grantJoins = """
        JOIN activity a ON a.id = g.activity_id JOIN association s ON s.id = g.association_id
        JOIN funding_source f ON f.id = g.funding_source_id
        """

    static func grant(_ row: Row) -> Grant {
        Grant(id: row["id"], childID: row["child_id"], enrolmentID: row["enrolment_id"], activityID: row["activity_id"],
              activityName: row["activity_name"], associationID: row["association_id"], associationName: row["association_name"],
              fundingSourceID: row["funding_source_id"], fundingSourceName: row["funding_name"],
              kind: GrantKind(rawValue: row["kind"]) ?? .fee, amount: row["amount"],
              period: Period(from: row["period_from"], to: row["period_to"]),
              status: GrantStatus(rawValue: row["status"]) ?? .granted, grantedOn: row["granted_on"],
              claimDeadline: row["claim_deadline"], note: row["note"], overrideReason: row["override_reason"],
              cancelledOn: row["cancelled_on"], cancelReason: row["cancel_reason"])
    }

    static func attachment(_ row: Row) -> Attachment? {
        guard let file: String = row["attachment_file"], let type: String = row["attachment_type"],
              let kind = FileKind(rawValue: type) else { return nil }
        return Attachment(storedName: file, originalName: row["attachment_name"] ?? "bilag.\(kind.fileExtension)", kind: kind,
                          size: row["attachment_size"] ?? 0)
    }

    static let claimColumns = "cl.*, us.name AS submitted_by_name, ud.name AS decided_by_name"
    static let claimJoins = "LEFT JOIN app_user us ON us.id = cl.submitted_by LEFT JOIN app_user ud ON ud.id = cl.decided_by"

    static func claim(_ row: Row) -> Claim {
        Claim(id: row["id"], grantID: row["grant_id"], childID: row["child_id"], associationID: row["association_id"],
              amount: row["amount"], period: Period(from: row["period_from"], to: row["period_to"]), note: row["note"],
              attachment: attachment(row), status: ClaimStatus(rawValue: row["status"]) ?? .draft, submittedAt: row["submitted_at"],
              submittedByName: row["submitted_by_name"], decidedAt: row["decided_at"], decidedByName: row["decided_by_name"],
              rejectReason: row["reject_reason"], batchID: row["batch_id"], paidOn: row["paid_on"])
    }

    static func exists(_ sql: String, _ arguments: StatementArguments, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (\(sql))", arguments: arguments) ?? false
    }

    static func categories(_ text: String) -> [ActivityCategory] {
        text.split(separator: ",").compactMap { ActivityCategory(rawValue: String($0)) }
    }
}
