import Crypto
import Domain
import Foundation

/// RFC 6238 codes: HMAC-SHA-1 over the time step, dynamically truncated (RFC 4226) to six
/// digits. SHA-1 is what every authenticator app uses by default; as an HMAC it is not weakened
/// by SHA-1's collisions.
enum TOTP {
    static func code(secret: [UInt8], step: Int64) -> String {
        var counter = UInt64(bitPattern: step).bigEndian
        let message = withUnsafeBytes(of: &counter) { Data($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0F)
        let binary = (UInt32(mac[offset] & 0x7F) << 24) | (UInt32(mac[offset + 1]) << 16) | (UInt32(mac[offset + 2]) << 8)
            | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<TOTPRules.digits { modulus *= 10 }
        let digits = String(binary % modulus)
        return String(repeating: "0", count: TOTPRules.digits - digits.count) + digits
    }

    /// The step among `candidates` whose code is `typed`, compared in constant time.
    static func matchingStep(_ typed: String, secret: [UInt8], candidates: [Int64]) -> Int64? {
        var found: Int64?
        for step in candidates where Tokens.constantTimeEquals(code(secret: secret, step: step), typed) && found == nil {
            found = step
        }
        return found
    }

    static func newSecret() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<TOTPRules.secretBytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// The `otpauth://` address authenticator apps read from the QR code (Google's Key Uri Format).
    static func provisioningURI(secret: [UInt8], account: String, issuer: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~@")
        func encode(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
        return "otpauth://totp/\(encode(issuer)):\(encode(account))?secret=\(Base32.encode(secret))&issuer=\(encode(issuer))"
            + "&algorithm=SHA1&digits=\(TOTPRules.digits)&period=\(Int(TOTPRules.stepSeconds))"
    }
}

/// RFC 4648 base32 without padding, as authenticator apps show and accept secrets.
enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    static func encode(_ bytes: [UInt8]) -> String {
        var result = ""
        var buffer = 0, bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                result.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { result.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return result
    }

    static func decode(_ text: String) -> [UInt8]? {
        var result: [UInt8] = []
        var buffer = 0, bits = 0
        for character in text.uppercased() where character != "=" && character != " " {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            buffer = (buffer << 5) | value
            bits += 5
            if bits >= 8 {
                result.append(UInt8((buffer >> (bits - 8)) & 0xFF))
                bits -= 8
            }
        }
        return result
    }

    /// Groups of four, easier to type from the screen into an app.
    static func grouped(_ text: String) -> String {
        stride(from: 0, to: text.count, by: 4).map { start -> String in
            let from = text.index(text.startIndex, offsetBy: start)
            return String(text[from..<(text.index(from, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex)])
        }.joined(separator: " ")
    }
}
