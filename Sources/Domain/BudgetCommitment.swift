/// What a grant holds on its funding source's budget: nothing once cancelled or expired (the
/// money is free again), what was paid once paid (a claim may be for less than granted),
/// otherwise the granted amount. Stated once; the store's budget sums are built from it
/// (`MoneySQL.committed`, checked against this by a store test).
public enum BudgetCommitment {
    /// Statuses that release the money.
    public static let releasing: Set<GrantStatus> = [.cancelled, .expired]
    /// The status in which the paid amount replaces the granted one.
    public static let settled: GrantStatus = .paid

    public static func amount(status: GrantStatus, granted: Money, paid: Money?) -> Money {
        if releasing.contains(status) { return Money(ore: 0) }
        if status == settled { return paid ?? granted }
        return granted
    }
}
