import Foundation

public typealias ConsentID = Identifier<Consent>

/// A guardian's consent (samtykke). Expired or withdrawn consent counts as no consent from that
/// day on; what the scheme may do with the child's data follows from the consents in force.
public struct Consent: Sendable, Equatable, Identifiable {
    public var id: ConsentID
    public var childID: ChildID
    public var givenBy: String
    public var givenOn: LocalDate
    public var method: ConsentMethod
    public var scope: ConsentScope
    public var expiresOn: LocalDate?
    public var withdrawnOn: LocalDate?
    public var withdrawalReason: String?
    public var recordedAt: Date

    public init(id: ConsentID, childID: ChildID, givenBy: String, givenOn: LocalDate, method: ConsentMethod,
                scope: ConsentScope, expiresOn: LocalDate?, withdrawnOn: LocalDate?, withdrawalReason: String?,
                recordedAt: Date) {
        self.id = id
        self.childID = childID
        self.givenBy = givenBy
        self.givenOn = givenOn
        self.method = method
        self.scope = scope
        self.expiresOn = expiresOn
        self.withdrawnOn = withdrawnOn
        self.withdrawalReason = withdrawalReason
        self.recordedAt = recordedAt
    }

    public enum State: Sendable, Equatable {
        case notYetValid, inForce, expired, withdrawn
    }

    /// Expiry and withdrawal dates are the first day without consent.
    public func state(on date: LocalDate) -> State {
        if let withdrawnOn, withdrawnOn <= date { return .withdrawn }
        if let expiresOn, expiresOn <= date { return .expired }
        if givenOn > date { return .notYetValid }
        return .inForce
    }
}

public enum ConsentMethod: String, Sendable, CaseIterable, Codable {
    case written, oral
}

/// What a consent covers.
public struct ConsentScope: Sendable, Equatable, Codable {
    /// Registering the child in the scheme at all.
    public var registration: Bool
    /// Sharing first name, last-name initial, birth year, activity (and an adaptation note) with the association.
    public var association: Bool
    /// Sharing contact details, interests and agreements with a volunteer guide.
    public var volunteer: Bool

    public init(registration: Bool, association: Bool, volunteer: Bool) {
        self.registration = registration
        self.association = association
        self.volunteer = volunteer
    }

    public static let none = ConsentScope(registration: false, association: false, volunteer: false)

    public var isEmpty: Bool { !registration && !association && !volunteer }
}

/// The consent situation of a child on a given day: what is in force, and what lapsed.
public struct ConsentSummary: Sendable, Equatable {
    public var inForce: ConsentScope
    /// Consents that lapsed (expired or withdrawn) and are not covered by a newer one.
    public var lapsed: [Consent]
    public var hasAny: Bool

    public init(_ consents: [Consent], on date: LocalDate) {
        var scope = ConsentScope.none
        for consent in consents where consent.state(on: date) == .inForce {
            scope.registration = scope.registration || consent.scope.registration
            scope.association = scope.association || consent.scope.association
            scope.volunteer = scope.volunteer || consent.scope.volunteer
        }
        inForce = scope
        lapsed = consents.filter {
            let state = $0.state(on: date)
            guard state == .expired || state == .withdrawn else { return false }
            return ($0.scope.registration && !scope.registration) || ($0.scope.association && !scope.association)
                || ($0.scope.volunteer && !scope.volunteer)
        }
        hasAny = !consents.isEmpty
    }
}

/// Raw input of the consent form.
public struct ConsentInput: Sendable {
    public var givenBy: String?
    public var givenOn: String?
    public var method: String?
    public var covers: [String]
    public var expiresOn: String?

    public init(givenBy: String?, givenOn: String?, method: String?, covers: [String], expiresOn: String?) {
        self.givenBy = givenBy
        self.givenOn = givenOn
        self.method = method
        self.covers = covers
        self.expiresOn = expiresOn
    }

    public struct Valid: Sendable, Equatable {
        public var givenBy: String
        public var givenOn: LocalDate
        public var method: ConsentMethod
        public var scope: ConsentScope
        public var expiresOn: LocalDate?

        public init(givenBy: String, givenOn: LocalDate, method: ConsentMethod, scope: ConsentScope, expiresOn: LocalDate?) {
            self.givenBy = givenBy
            self.givenOn = givenOn
            self.method = method
            self.scope = scope
            self.expiresOn = expiresOn
        }
    }

    public func validate(today: LocalDate) -> Result<Valid, ValidationErrors> {
        var errors = ValidationErrors()
        let givenBy = Text.trimmed(self.givenBy)
        if givenBy.isEmpty { errors.add("givenBy", "err.consent.givenBy.required") }
        else if givenBy.count > 100 { errors.add("givenBy", "err.text.tooLong100") }
        let givenOn = DateField.required(self.givenOn, field: "givenOn", missing: "err.consent.givenOn.required", errors: &errors)
        if let givenOn, givenOn > today { errors.add("givenOn", "err.consent.givenOn.future") }
        let method = self.method.flatMap(ConsentMethod.init(rawValue:))
        if method == nil { errors.add("method", "err.consent.method.required") }
        let scope = ConsentScope(registration: covers.contains("registration"), association: covers.contains("association"),
                                 volunteer: covers.contains("volunteer"))
        if scope.isEmpty { errors.add("covers", "err.consent.covers.required") }
        let expires = DateField.optional(expiresOn, field: "expiresOn", errors: &errors)
        if let expires, let givenOn, expires <= givenOn { errors.add("expiresOn", "err.consent.expiresOn.beforeGiven") }
        guard errors.isEmpty, let givenOn, let method else { return .failure(errors) }
        return .success(Valid(givenBy: givenBy, givenOn: givenOn, method: method, scope: scope, expiresOn: expires))
    }
}
