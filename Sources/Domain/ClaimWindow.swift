/// Whether a grant can still be claimed: it is granted (not claimed, cancelled or expired) and
/// its claim deadline has not passed. Stated once; the grant's shown status, the portal's claim
/// buttons and the store's SQL (`ClaimWindowSQL`, checked against this by a store test) use it.
public enum ClaimWindow {
    /// The one stored status in which a grant waits for its claim.
    public static let waitingStatus: GrantStatus = .granted

    public static func isOpen(status: GrantStatus, deadline: LocalDate, on date: LocalDate) -> Bool {
        status == waitingStatus && deadline >= date
    }

    /// Waiting for a claim that can no longer come: shown as expired, and stored so overnight.
    public static func hasLapsed(status: GrantStatus, deadline: LocalDate, on date: LocalDate) -> Bool {
        status == waitingStatus && deadline < date
    }
}
