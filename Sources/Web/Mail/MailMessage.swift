import Foundation

/// An e-mail ready for the transport: RFC 5322 headers and a quoted-printable UTF-8 body, so
/// any relay takes it (7-bit clean). The Message-ID is the outbox row's, so a copy delivered
/// twice after a crash is one message to the recipient's mail program.
struct MailMessage: Sendable, Equatable {
    let from: String
    let fromName: String
    let to: String
    let subject: String
    let body: String
    let messageID: String
    let date: Date

    /// `<outbox-42@kommune.dk>`: the row id, at the sender's domain.
    static func messageID(outbox id: Int64, from: String) -> String {
        let domain = from.split(separator: "@").last.map(String.init) ?? "fritidspas.invalid"
        return "<fritidspas-outbox-\(id)@\(domain)>"
    }

    /// The whole message as the transport reads it, lines ending in LF (sendmail's convention;
    /// msmtp and sendmail turn them into CRLF on the wire).
    var rendered: String {
        var lines = [
            "From: \(Self.encodedWord(fromName)) <\(from)>",
            "To: <\(to)>",
            "Subject: \(Self.encodedWord(subject))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: \(messageID)",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "Auto-Submitted: auto-generated",
            "",
        ]
        lines.append(Self.quotedPrintable(body))
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 2047 encoded words for a header with non-ASCII text, at most 75 characters each.
    static func encodedWord(_ text: String) -> String {
        let clean = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if clean.allSatisfy({ $0.isASCII && !$0.isNewline }) && clean.count <= 900 { return clean }
        var words: [String] = []
        var chunk = ""
        for character in clean {
            if (chunk + String(character)).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\n ")
    }

    /// Quoted-printable (RFC 2045) of UTF-8 text, lines at most 76 characters.
    static func quotedPrintable(_ text: String) -> String {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        return normalised.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var out = ""
            var current = 0
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let literal = (byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !isLast)
                let piece = literal ? String(UnicodeScalar(byte)) : String(format: "=%02X", byte)
                if current + piece.count > 75 {
                    out += "=\n"
                    current = 0
                }
                out += piece
                current += piece.count
            }
            return out
        }.joined(separator: "\n")
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
