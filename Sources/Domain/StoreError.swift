/// What a repository reports. The web layer maps these to 404 / a field message / a retry.
public enum StoreError: Error, Sendable, Equatable {
    /// No such row in the caller's scope. Another municipality's row is "not found" too.
    case notFound
    /// A uniqueness rule was violated; the associated value names the field.
    case duplicate(field: String)
    /// The row changed state meanwhile (e.g. someone else already approved it).
    case conflict
    /// A rule the form checked no longer holds inside the write (e.g. consent withdrawn meanwhile).
    case ruleNoLongerHolds
}
