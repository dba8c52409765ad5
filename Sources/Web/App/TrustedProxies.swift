import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reverse proxies whose `X-Forwarded-For` is believed (`FRITIDSPAS_TRUSTED_PROXIES`: addresses
/// or networks such as `127.0.0.1, 10.0.0.0/8, ::1`). The client is the right-most address in the
/// chain that is not one of them: a proxy appends the address it saw, so everything left of the
/// last untrusted hop was written by the client and proves nothing.
public struct TrustedProxies: Sendable, Equatable {
    struct Network: Sendable, Equatable {
        let bytes: [UInt8]
        let prefix: Int

        func contains(_ address: [UInt8]) -> Bool {
            guard address.count == bytes.count else { return false }
            var remaining = prefix
            for (a, b) in zip(address, bytes) {
                if remaining <= 0 { return true }
                let mask: UInt8 = remaining >= 8 ? 0xFF : ~(0xFF >> UInt8(remaining))
                if a & mask != b & mask { return false }
                remaining -= 8
            }
            return true
        }
    }

    let networks: [Network]
    /// Requests without a socket address (the in-process test client) count as coming from a
    /// trusted proxy; only tests set this.
    var trustsMissingPeer = false

    public static let none = TrustedProxies(networks: [])

    init(networks: [Network], trustsMissingPeer: Bool = false) {
        self.networks = networks
        self.trustsMissingPeer = trustsMissingPeer
    }

    /// Parses a comma- or space-separated list; nil when an entry is not an address or network.
    public init?(_ list: String) {
        var networks: [Network] = []
        for entry in list.split(whereSeparator: { $0 == "," || $0 == " " }) where !entry.isEmpty {
            let parts = entry.split(separator: "/", maxSplits: 1)
            guard let bytes = Self.bytes(String(parts[0])) else { return nil }
            let prefix = parts.count == 2 ? Int(parts[1]) : bytes.count * 8
            guard let prefix, (0...bytes.count * 8).contains(prefix) else { return nil }
            networks.append(Network(bytes: bytes, prefix: prefix))
        }
        self.networks = networks
    }

    public var isEmpty: Bool { networks.isEmpty && !trustsMissingPeer }

    public func contains(_ address: String?) -> Bool {
        guard let address else { return trustsMissingPeer }
        guard let bytes = Self.bytes(address) else { return false }
        return networks.contains { $0.contains(bytes) }
    }

    /// The client's address: the peer, or, when the peer is a trusted proxy, the right-most
    /// untrusted entry of `X-Forwarded-For` (the left-most one when every entry is trusted).
    public func clientAddress(peer: String?, forwardedFor: String?) -> String? {
        guard contains(peer), let forwardedFor else { return peer }
        let chain = forwardedFor.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !chain.isEmpty else { return peer }
        for entry in chain.reversed() {
            guard Self.bytes(entry) != nil else { return peer }
            if !contains(entry) { return entry }
        }
        return chain.first
    }

    /// The address as bytes (4 or 16), IPv4-mapped IPv6 addresses as IPv4.
    static func bytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            let bytes = withUnsafeBytes(of: &v6) { Array($0) }
            if bytes.prefix(10).allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF { return Array(bytes.suffix(4)) }
            return bytes
        }
        return nil
    }
}
