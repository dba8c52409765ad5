import Foundation

/// A form's one-time submission: the key the page gave the form, with the path it was posted
/// to, claimed by the request that posts it. The store claims it in the same transaction as the
/// row the form creates (through the audit entry that write commits), so a double-click, a
/// reload or Back-and-send-again saves once: the second post finds the key taken.
public struct FormSubmission: Sendable, Equatable {
    /// The page's key and the path posted to (one page may hold several forms).
    public var key: String
    /// The request that posts it: a second write of the same request (or its second audit
    /// entry) is still the first submission, another request's is a repeat.
    public var owner: String
    /// The poster's municipality (nil for the admin); keys are unique within it.
    public var municipality: MunicipalityID?

    public init(key: String, owner: String, municipality: MunicipalityID?) {
        self.key = key
        self.owner = owner
        self.municipality = municipality
    }

    /// Whether `text` looks like a key the pages hand out (random base64url); anything else
    /// posted in the field is ignored rather than stored.
    public static func isWellFormedKey(_ text: String) -> Bool {
        (16...64).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}

/// Thrown inside the write when another request already claimed the submission: the
/// transaction rolls back and the web layer shows the first result ("Allerede gemt").
public struct AlreadySubmitted: Error, Sendable, Equatable {
    public init() {}
}

/// What a claimed submission led to.
public struct SubmissionRecord: Sendable, Equatable {
    public var owner: String
    /// Where the first post sent the browser; nil until it answered.
    public var location: String?

    public init(owner: String, location: String?) {
        self.owner = owner
        self.location = location
    }
}

public protocol FormSubmissionRepository: Sendable {
    func find(_ submission: FormSubmission) async throws -> SubmissionRecord?
    /// Records where the claiming request sent the browser (only for that request's claim).
    func recordLocation(_ location: String, for submission: FormSubmission) async throws
    /// Forgets keys claimed before `date` (nobody resends a form after weeks); returns how many.
    func purge(claimedBefore date: Date) async throws -> Int
}
