import Crypto
import Foundation

/// Seals what must not lie in the database in clear — authenticator secrets, forms kept across a
/// time-out, the single sign-on state in the browser's cookie — with AES-256-GCM under one key
/// held outside the database (`FRITIDSPAS_SECRET_KEY_FILE`, by default `<database>.key`). A
/// stolen database file or backup without the key file reveals none of them.
public struct SecretBox: Sendable {
    let key: SymmetricKey

    public init(key: SymmetricKey) {
        self.key = key
    }

    /// A key that lives only as long as the process (tests).
    public static func ephemeral() -> SecretBox {
        SecretBox(key: SymmetricKey(size: .bits256))
    }

    public enum KeyFileError: Error, CustomStringConvertible {
        case unreadable(String)

        public var description: String {
            switch self {
            case .unreadable(let path): "The secret key file \(path) must hold exactly 32 bytes (or be absent, to be created)"
            }
        }
    }

    /// Reads the key file, creating it (owner-only) with a new random key when it is absent.
    public static func loadOrCreate(path: String) throws -> SecretBox {
        let manager = FileManager.default
        if manager.fileExists(atPath: path) {
            guard let data = manager.contents(atPath: path), data.count == 32 else { throw KeyFileError.unreadable(path) }
            return SecretBox(key: SymmetricKey(data: data))
        }
        let key = SymmetricKey(size: .bits256)
        let data = key.withUnsafeBytes { Data($0) }
        guard manager.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw KeyFileError.unreadable(path)
        }
        return SecretBox(key: key)
    }

    /// `context` binds the sealed bytes to their purpose and owner (e.g. "totp:12"): a value
    /// copied into another user's row does not open there.
    public func seal(_ plaintext: Data, context: String) throws -> Data {
        try AES.GCM.seal(plaintext, using: key, authenticating: Data(context.utf8)).combined!
    }

    public func open(_ sealed: Data, context: String) -> Data? {
        guard let box = try? AES.GCM.SealedBox(combined: sealed) else { return nil }
        return try? AES.GCM.open(box, using: key, authenticating: Data(context.utf8))
    }
}
