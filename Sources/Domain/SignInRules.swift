import Foundation

/// Throttling of failed password checks (ASVS 2.2.1), kept per account *and* client address:
/// after `maxFailures` failures in a row from one address, the account is locked for that
/// address for `lockDuration`, so a shared address (an office, a proxy) cannot lock everyone
/// out. After `maxAccountFailures` from any addresses the account is locked everywhere, so many
/// addresses do not buy many guesses. Failures older than the lock duration are forgotten.
public struct ThrottleRule: Sendable, Equatable {
    public var maxFailures: Int
    public var maxAccountFailures: Int
    public var lockDuration: TimeInterval

    /// Wrong second-factor codes are counted under the account with this prefix, apart from
    /// wrong passwords: a right password must not give an attacker fresh code guesses.
    public static let codeAccountPrefix = "code:"

    public init(maxFailures: Int = 5, maxAccountFailures: Int = 20, lockDuration: TimeInterval = 15 * 60) {
        self.maxFailures = maxFailures
        self.maxAccountFailures = maxAccountFailures
        self.lockDuration = lockDuration
    }

    public func isLocked(_ state: ThrottleState?, now: Date) -> Bool {
        guard let until = state?.lockedUntil else { return false }
        return until > now
    }

    /// The state after one more failure at `now`, locking at `limit` failures.
    public func afterFailure(_ state: ThrottleState?, now: Date, limit: Int? = nil) -> ThrottleState {
        var failures = 1
        if let state, let last = state.lastFailureAt, now.timeIntervalSince(last) < lockDuration,
           !(state.lockedUntil.map { $0 <= now } ?? false) {
            failures = state.failures + 1
        }
        let locked = failures >= (limit ?? maxFailures) ? now.addingTimeInterval(lockDuration) : nil
        return ThrottleState(failures: failures, lastFailureAt: now, lockedUntil: locked)
    }
}

public struct ThrottleState: Sendable, Equatable {
    public var failures: Int
    public var lastFailureAt: Date?
    public var lockedUntil: Date?

    public init(failures: Int, lastFailureAt: Date?, lockedUntil: Date?) {
        self.failures = failures
        self.lastFailureAt = lastFailureAt
        self.lockedUntil = lockedUntil
    }
}

/// The answer to "may this password be checked now?", decided in the write that counts it.
public enum ThrottleDecision: Sendable, Equatable {
    /// Check it; the attempt already counts as a failure until a success clears it.
    /// `locksIfWrong`: it was the last one allowed, so a wrong password leaves the account locked.
    case check(locksIfWrong: Bool)
    /// Locked (from this address, or everywhere): do not check it.
    case locked
}

/// A sign-in lock as a coordinator sees it: whose account, from which address, until when.
public struct SignInLock: Sendable, Equatable {
    public var userID: UserID
    public var userName: String
    /// The client address the failures came from; nil for the lock on the account everywhere.
    public var address: String?
    public var failures: Int
    public var lockedUntil: Date

    public init(userID: UserID, userName: String, address: String?, failures: Int, lockedUntil: Date) {
        self.userID = userID
        self.userName = userName
        self.address = address
        self.failures = failures
        self.lockedUntil = lockedUntil
    }
}

/// Session lifetime (ASVS 3.3: idle timeout and absolute lifetime), configurable per deployment.
public struct SessionTimeouts: Sendable, Equatable {
    public var idle: TimeInterval
    public var absolute: TimeInterval

    public init(idle: TimeInterval = 30 * 60, absolute: TimeInterval = 12 * 60 * 60) {
        self.idle = idle
        self.absolute = absolute
    }

    public func isExpired(createdAt: Date, lastSeenAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(lastSeenAt) >= idle || now.timeIntervalSince(createdAt) >= absolute
    }

    /// When the session ends if nothing more happens: the idle limit, or the absolute one if sooner.
    public func endsAt(createdAt: Date, lastSeenAt: Date) -> Date {
        min(lastSeenAt.addingTimeInterval(idle), createdAt.addingTimeInterval(absolute))
    }

    /// How long before the end a page warns: five minutes, less for short time-outs.
    public var warning: TimeInterval { min(5 * 60, idle / 3) }
}

/// One-time activation links: valid for a day, usable once.
public enum ActivationRules {
    public static let validity: TimeInterval = 24 * 60 * 60
}
