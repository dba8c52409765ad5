import Foundation

/// Throttling of failed sign-ins (ASVS 2.2.1): after `maxFailures` failures in a row, the account
/// (or the IP address) is locked for `lockDuration`. Failures older than the lock duration are
/// forgotten, so a typo a week ago does not count today.
public struct ThrottleRule: Sendable, Equatable {
    public var maxFailures: Int
    public var lockDuration: TimeInterval

    public init(maxFailures: Int = 5, lockDuration: TimeInterval = 15 * 60) {
        self.maxFailures = maxFailures
        self.lockDuration = lockDuration
    }

    public func isLocked(_ state: ThrottleState?, now: Date) -> Bool {
        guard let until = state?.lockedUntil else { return false }
        return until > now
    }

    /// The state after one more failure at `now`.
    public func afterFailure(_ state: ThrottleState?, now: Date) -> ThrottleState {
        var failures = 1
        if let state, let last = state.lastFailureAt, now.timeIntervalSince(last) < lockDuration,
           !(state.lockedUntil.map { $0 <= now } ?? false) {
            failures = state.failures + 1
        }
        let locked = failures >= maxFailures ? now.addingTimeInterval(lockDuration) : nil
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

/// Which counter a failure is recorded against.
public enum ThrottleScope: String, Sendable {
    case account, ip
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
}

/// One-time activation links: valid for a day, usable once.
public enum ActivationRules {
    public static let validity: TimeInterval = 24 * 60 * 60
}
