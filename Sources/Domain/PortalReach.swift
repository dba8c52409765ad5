/// Which children a club's portal shows: those enrolled with the club — or stopped within the
/// last year, so the last fee can still be claimed — whose guardians' consent to sharing with
/// the club is in force that day (`Consent.state(on:)`). Stated once; the store's scope SQL and the audit's "did the
/// portal show this child" are built from it (`PortalReachSQL`, checked by a store test).
public enum PortalReach {
    /// How long a stopped child stays in the portal.
    public static let daysAfterStop = 365

    public static func enrolmentCounts(stoppedOn: LocalDate?, on date: LocalDate) -> Bool {
        guard let stoppedOn else { return true }
        return stoppedOn >= date.adding(days: -daysAfterStop)
    }
}
