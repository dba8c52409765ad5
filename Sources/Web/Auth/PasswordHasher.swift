import Crypto
import Foundation
import HummingbirdBcrypt
import NIOPosix

/// bcrypt over a SHA-256 pre-hash, run off the event loop on NIO's fixed-size thread pool.
///
/// bcrypt reads at most 72 bytes and stops at a NUL byte, so two long passwords sharing their
/// first 72 bytes would both verify. Hashing first with SHA-256 (base64: 44 ASCII characters,
/// no NUL) makes every character count.
public struct PasswordHasher: Sendable {
    public let cost: UInt8
    private let pool: NIOThreadPool

    public init(cost: Int, pool: NIOThreadPool = .singleton) {
        precondition((4...31).contains(cost), "bcrypt cost must be 4…31")
        self.cost = UInt8(cost)
        self.pool = pool
    }

    static func prehash(_ password: String) -> String {
        Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }

    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await pool.runIfActive { Bcrypt.hash(Self.prehash(password), cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await pool.runIfActive { Bcrypt.verify(Self.prehash(password), hash: hash) }
    }

    /// Blocking variant for the command line and demo loader (not on an event loop).
    public func hashBlocking(_ password: String) -> String {
        Bcrypt.hash(Self.prehash(password), cost: cost)
    }
}

/// Random tokens for sessions' CSRF protection and activation links.
public enum Tokens {
    /// 32 random bytes, base64url without padding.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// What is stored of an activation token: its SHA-256, hex.
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares two secrets in time independent of where they differ.
    public static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in 0..<x.count { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}
