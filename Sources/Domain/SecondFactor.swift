import Foundation

/// Time-based one-time codes (RFC 6238): the rules around them. The HMAC itself is computed in
/// the web layer (swift-crypto); the rules here are pure and tested on their own.
public enum TOTPRules {
    /// RFC 6238's defaults, which every authenticator app uses: 30-second steps, 6 digits, SHA-1.
    public static let stepSeconds: TimeInterval = 30
    public static let digits = 6
    /// An authenticator's clock may be a step behind or ahead.
    public static let allowedDrift: Int64 = 1
    /// A 160-bit secret, as RFC 4226 recommends.
    public static let secretBytes = 20

    public static func step(at date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / stepSeconds).rounded(.down))
    }

    /// The steps a code typed at `now` may belong to, oldest first. A step at or below
    /// `lastUsed` was already used (or is older than a used one): a code is never accepted twice.
    public static func candidateSteps(now: Date, lastUsed: Int64) -> [Int64] {
        let current = step(at: now)
        return ((current - allowedDrift)...(current + allowedDrift)).filter { $0 > lastUsed }
    }

    /// What a person typed, without the spaces and dashes authenticator apps show: six digits or nil.
    public static func normalised(_ typed: String?) -> String? {
        let digits = (typed ?? "").filter { !$0.isWhitespace && $0 != "-" }
        guard digits.count == Self.digits, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return digits
    }
}

/// One-time recovery codes, for a lost phone: ten, each usable once, stored only as a hash.
public enum RecoveryCodes {
    public static let count = 10
    /// Ten characters of a 32-letter alphabet without look-alikes: 50 bits, shown as `xxxxx-xxxxx`.
    public static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
    public static let length = 10

    public static func generate<G: RandomNumberGenerator>(using generator: inout G) -> [String] {
        (0..<count).map { _ in
            let letters = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            return formatted(letters)
        }
    }

    public static func formatted(_ letters: String) -> String {
        String(letters.prefix(length / 2)) + "-" + String(letters.dropFirst(length / 2))
    }

    /// What a person typed, lowercased without spaces and dashes: a recovery code or nil.
    public static func normalised(_ typed: String?) -> String? {
        let letters = (typed ?? "").lowercased().filter { !$0.isWhitespace && $0 != "-" }
        guard letters.count == length, letters.allSatisfy({ alphabet.contains($0) }) else { return nil }
        return letters
    }
}

/// A user's enrolled authenticator as stored: the secret only sealed with the server's key.
public struct SecondFactorEnrolment: Sendable, Equatable {
    public var userID: UserID
    /// The TOTP secret, encrypted (AES-GCM) with the server's key; opened only to check a code.
    public var sealedSecret: Data
    /// The newest time step a code was accepted for; codes of that step or older are refused.
    public var lastUsedStep: Int64
    public var enrolledAt: Date
    public var recoveryCodesLeft: Int

    public init(userID: UserID, sealedSecret: Data, lastUsedStep: Int64, enrolledAt: Date, recoveryCodesLeft: Int) {
        self.userID = userID
        self.sealedSecret = sealedSecret
        self.lastUsedStep = lastUsedStep
        self.enrolledAt = enrolledAt
        self.recoveryCodesLeft = recoveryCodesLeft
    }
}

/// How a municipality's staff sign in: who must use a second factor, whether passwords are
/// accepted at all, and its OpenID Connect provider.
public struct SignInSettings: Sendable, Equatable {
    public enum Match: String, Sendable, CaseIterable {
        /// The provider's `email` claim is a user's e-mail address here.
        case email
        /// The provider's `sub` is the single sign-on id recorded on the user.
        case subject
    }

    public var secondFactorForVolunteers: Bool
    public var secondFactorForAssociations: Bool
    public var passwordSignIn: Bool
    public var issuer: String?
    public var clientID: String?
    public var match: Match

    public init(secondFactorForVolunteers: Bool = false, secondFactorForAssociations: Bool = false, passwordSignIn: Bool = true,
                issuer: String? = nil, clientID: String? = nil, match: Match = .email) {
        self.secondFactorForVolunteers = secondFactorForVolunteers
        self.secondFactorForAssociations = secondFactorForAssociations
        self.passwordSignIn = passwordSignIn
        self.issuer = issuer
        self.clientID = clientID
        self.match = match
    }

    public var hasSingleSignOn: Bool { issuer != nil && clientID != nil }

    /// Admins, coordinators and caseworkers always use a second factor after a password; the
    /// municipality decides for volunteers and club contacts.
    public static func requiresSecondFactor(_ role: Role, settings: SignInSettings?) -> Bool {
        switch role {
        case .admin, .coordinator, .caseworker: true
        case .volunteer: settings?.secondFactorForVolunteers ?? false
        case .association: settings?.secondFactorForAssociations ?? false
        }
    }

    /// Checks the coordinator's form. Turning password sign-in off needs a working single
    /// sign-on: one configured, and the coordinator signed in through it.
    public static func validate(volunteers: Bool, associations: Bool, passwordSignIn: Bool, issuer rawIssuer: String?,
                                clientID rawClientID: String?, match rawMatch: String?,
                                signedInWithSingleSignOn: Bool) -> Result<SignInSettings, ValidationErrors> {
        var errors = ValidationErrors()
        let issuer = Text.optional(rawIssuer).map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        let clientID = Text.optional(rawClientID)
        if let issuer, !isAcceptableIssuer(issuer) { errors.add("issuer", "err.signIn.issuer.invalid") }
        if issuer != nil && clientID == nil { errors.add("clientID", "err.signIn.clientID.required") }
        if clientID != nil && issuer == nil { errors.add("issuer", "err.signIn.issuer.required") }
        if let clientID, clientID.count > 200 { errors.add("clientID", "err.text.tooLong200") }
        let match = rawMatch.flatMap(Match.init(rawValue:)) ?? .email
        if !passwordSignIn {
            if issuer == nil || clientID == nil { errors.add("passwordSignIn", "err.signIn.passwordOff.noSSO") }
            else if !signedInWithSingleSignOn { errors.add("passwordSignIn", "err.signIn.passwordOff.notViaSSO") }
        }
        guard errors.isEmpty else { return .failure(errors) }
        return .success(SignInSettings(secondFactorForVolunteers: volunteers, secondFactorForAssociations: associations,
                                       passwordSignIn: passwordSignIn, issuer: issuer, clientID: clientID, match: match))
    }

    /// An issuer must be https, except on this machine (a provider started for tests).
    public static func isAcceptableIssuer(_ issuer: String) -> Bool {
        guard issuer.count <= 300, let url = URL(string: issuer), let host = url.host, !host.isEmpty,
              url.query == nil, url.fragment == nil, url.user == nil else { return false }
        switch url.scheme?.lowercased() {
        case "https": return true
        case "http": return host == "localhost" || host == "127.0.0.1" || host == "::1"
        default: return false
        }
    }
}

/// Single sign-on ids are what the provider says; only the municipality's coordinator records them.
public enum SingleSignOnSubject {
    public static func validate(_ raw: String?) -> Result<String?, ValidationErrors> {
        let subject = Text.optional(raw)
        if let subject, subject.count > 255 { return .failure(ValidationErrors("subject", "err.text.tooLong255")) }
        return .success(subject)
    }
}

/// A form posted after its session ended, kept for the user who typed it until they sign in again.
public struct KeptForm: Sendable, Equatable {
    public var id: Int64
    /// The page the form was on, where the user lands after signing in again.
    public var path: String
    public var keptAt: Date

    public init(id: Int64, path: String, keptAt: Date) {
        self.id = id
        self.path = path
        self.keptAt = keptAt
    }

    /// Long enough to sign in again the same working day, short enough not to become an archive.
    public static let lifetime: TimeInterval = 12 * 3600
    /// Forms larger than this are not kept (a referral is a few kilobytes).
    public static let maxBytes = 64 * 1024
}

public protocol SecondFactorRepository: Sendable {
    func enrolment(of user: UserID) async throws -> SecondFactorEnrolment?
    /// Stores the secret and the recovery codes' hashes. Throws `StoreError.duplicate` when the
    /// user is already enrolled (two confirmations racing: one wins).
    func enrol(_ user: UserID, sealedSecret: Data, step: Int64, recoveryCodeHashes: [String], audit: AuditEntry) async throws
    /// Marks `step` used if it is newer than the last used one; false if it is not (a replay).
    func use(step: Int64, of user: UserID) async throws -> Bool
    /// Uses up one recovery code; false if it is unknown or already used.
    func useRecoveryCode(hash: String, of user: UserID, at: Date) async throws -> Bool
    func replaceRecoveryCodes(of user: UserID, hashes: [String], audit: AuditEntry) async throws
    /// A coordinator's reset: the enrolment and codes go, the user's sessions end and they are
    /// told by e-mail, all in one transaction. Throws `StoreError.notFound` outside the municipality.
    func reset(_ user: UserID, in municipality: MunicipalityID?, audit: AuditEntry) async throws
}

public protocol SignInSettingsRepository: Sendable {
    /// The municipality's settings, the defaults when none are saved.
    func settings(for municipality: MunicipalityID) async throws -> SignInSettings
    func save(_ settings: SignInSettings, for municipality: MunicipalityID, audit: AuditEntry) async throws
    /// Municipalities with a single sign-on provider, for the sign-in page.
    func singleSignOnMunicipalities() async throws -> [(Municipality, SignInSettings)]
    /// The active user the provider's claim stands for, in that municipality only.
    func singleSignOnUser(_ match: SignInSettings.Match, value: String, in municipality: MunicipalityID) async throws -> User?
    func subject(of user: UserID, in municipality: MunicipalityID) async throws -> String?
    /// Throws `StoreError.duplicate(field: "subject")` when another user has it.
    func setSubject(_ subject: String?, of user: UserID, in municipality: MunicipalityID, audit: AuditEntry) async throws
}

public protocol KeptFormRepository: Sendable {
    func keep(_ sealedFields: Data, path: String, for user: UserID, at: Date) async throws
    /// The user's newest form still kept.
    func newest(for user: UserID, now: Date) async throws -> KeptForm?
    /// Hands the form over once and forgets it; nil for another user's or an expired one.
    func take(_ id: Int64, for user: UserID, now: Date) async throws -> Data?
    func purgeExpired(now: Date) async throws
}
