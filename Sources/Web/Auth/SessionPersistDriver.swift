import Domain
import Foundation
import Hummingbird

/// hummingbird-auth's session storage over the `app_session` table, so sessions survive a
/// restart and can be revoked per user (the user id is kept in its own column).
struct SessionPersistDriver: PersistDriver {
    let sessions: any SessionRepository
    let clock: Clock
    let defaultLifetime: TimeInterval

    private static let encoder = JSONEncoder()
    private static let decoder = JSONDecoder()

    private func encode(_ value: some Encodable) throws -> Data {
        try Self.encoder.encode(value)
    }

    private func owner(_ value: Any) -> UserID? {
        (value as? UserSession)?.userID
    }

    private func expiry(_ expires: Duration?) -> Date? {
        expires.map { clock.now.addingTimeInterval(TimeInterval($0.components.seconds)) }
    }

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        do {
            try await sessions.create(key: key, data: encode(value), userID: owner(value),
                                      expiresAt: expiry(expires) ?? clock.now.addingTimeInterval(defaultLifetime))
        } catch StoreError.duplicate {
            throw PersistError.duplicate
        }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try await sessions.save(key: key, data: encode(value), userID: owner(value), expiresAt: expiry(expires))
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        let now = clock.now
        guard let (data, expiresAt) = try await sessions.load(key: key, now: now) else { return nil }
        do {
            let object = try Self.decoder.decode(type, from: data)
            return (object, .seconds(Int64(max(0, expiresAt.timeIntervalSince(now)))))
        } catch {
            throw PersistError.invalidConversion
        }
    }

    func remove(key: String) async throws {
        try await sessions.remove(key: key)
    }
}
