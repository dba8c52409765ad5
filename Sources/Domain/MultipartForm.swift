import Foundation

/// A small, strict reader of `multipart/form-data` bodies (RFC 7578), limited to what an upload
/// form needs: a few text fields and files, each part with a `Content-Disposition: form-data`
/// header. Anything unexpected is refused rather than guessed at.
public struct MultipartForm: Sendable, Equatable {
    public struct File: Sendable, Equatable {
        public var filename: String
        public var contentType: String?
        public var data: [UInt8]
    }

    public struct Limits: Sendable {
        public var maxParts: Int
        public var maxFieldBytes: Int
        public var maxFileBytes: Int
        public var maxHeaderBytes: Int

        public init(maxParts: Int = 20, maxFieldBytes: Int = 16 * 1024, maxFileBytes: Int = FileKind.maximumSize,
                    maxHeaderBytes: Int = 2048) {
            self.maxParts = maxParts
            self.maxFieldBytes = maxFieldBytes
            self.maxFileBytes = maxFileBytes
            self.maxHeaderBytes = maxHeaderBytes
        }
    }

    public enum Failure: Error, Sendable, Equatable {
        /// Not multipart, no boundary, broken framing, bad headers or a name used twice.
        case malformed
        case tooManyParts
        /// A text field above the limit.
        case fieldTooLarge
    }

    public private(set) var fields: [String: String] = [:]
    public private(set) var files: [String: File] = [:]
    /// Fields whose file was above `maxFileBytes`; the data is dropped, the rest of the form kept.
    public private(set) var oversizedFiles: Set<String> = []

    public init() {}

    /// The boundary of a `Content-Type: multipart/form-data; boundary=…` header (1–70 characters).
    public static func boundary(fromContentType header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = pair[1]
            if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            guard (1...70).contains(value.count), value.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 || $0 == " " }),
                  !value.hasSuffix(" ") else { return nil }
            return value
        }
        return nil
    }

    public static func parse(_ body: [UInt8], boundary: String, limits: Limits = Limits()) -> Result<MultipartForm, Failure> {
        let cr: UInt8 = 13, lf: UInt8 = 10, dash: UInt8 = 45
        let delimiter = Array("--\(boundary)".utf8)
        var form = MultipartForm()
        // The first delimiter starts the body or follows a preamble line.
        guard var position = find(delimiter, in: body, from: 0),
              position == 0 || (position >= 2 && body[position - 2] == cr && body[position - 1] == lf) else { return .failure(.malformed) }
        var parts = 0
        while true {
            position += delimiter.count
            if position + 1 < body.count && body[position] == dash && body[position + 1] == dash { break }
            // Transport padding, then CRLF.
            while position < body.count && (body[position] == 32 || body[position] == 9) { position += 1 }
            guard position + 1 < body.count, body[position] == cr, body[position + 1] == lf else { return .failure(.malformed) }
            position += 2
            parts += 1
            if parts > limits.maxParts { return .failure(.tooManyParts) }

            guard let headerEnd = find([cr, lf, cr, lf], in: body, from: position, limit: position + limits.maxHeaderBytes + 4)
            else { return .failure(.malformed) }
            guard let headerText = String(validating: body[position..<headerEnd], as: UTF8.self),
                  let header = PartHeader(headerText) else { return .failure(.malformed) }
            let contentStart = headerEnd + 4
            guard let next = find([cr, lf] + delimiter, in: body, from: contentStart) else { return .failure(.malformed) }
            let content = body[contentStart..<next]
            position = next + 2

            guard form.fields[header.name] == nil, form.files[header.name] == nil, !form.oversizedFiles.contains(header.name)
            else { return .failure(.malformed) }
            if let filename = header.filename {
                // A file input left empty arrives as a part with an empty name and no content.
                if filename.isEmpty && content.isEmpty { continue }
                if content.count > limits.maxFileBytes { form.oversizedFiles.insert(header.name); continue }
                form.files[header.name] = File(filename: filename, contentType: header.contentType, data: Array(content))
            } else {
                if content.count > limits.maxFieldBytes { return .failure(.fieldTooLarge) }
                guard let value = String(validating: content, as: UTF8.self) else { return .failure(.malformed) }
                // Browsers send CRLF line breaks in text areas; keep them as LF like the url-encoded forms.
                form.fields[header.name] = value.replacingOccurrences(of: "\r\n", with: "\n")
            }
        }
        return .success(form)
    }

    /// The index where `needle` starts in `haystack` at or after `from` (and before `limit`).
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int, limit: Int? = nil) -> Int? {
        guard let first = needle.first else { return nil }
        let end = min(haystack.count, limit ?? haystack.count) - needle.count
        guard from <= end else { return nil }
        var i = from
        while i <= end {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The headers of one part: `Content-Disposition: form-data; name="…"[; filename="…"]` and
    /// an optional `Content-Type`. Other headers are ignored.
    struct PartHeader {
        var name: String
        var filename: String?
        var contentType: String?

        init?(_ text: String) {
            var disposition: String?
            for line in text.components(separatedBy: "\r\n") {
                guard let colon = line.firstIndex(of: ":") else { return nil }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                switch key {
                case "content-disposition":
                    guard disposition == nil else { return nil }
                    disposition = value
                case "content-type": contentType = value
                default: continue
                }
            }
            guard let disposition, let parameters = Self.parameters(disposition),
                  parameters.type == "form-data", let name = parameters.values["name"], !name.isEmpty, name.count <= 100
            else { return nil }
            self.name = name
            self.filename = parameters.values["filename"]
        }

        /// `form-data; name="a"; filename="b \"c\".pdf"` → ("form-data", [name: a, filename: b "c".pdf]).
        static func parameters(_ value: String) -> (type: String, values: [String: String])? {
            var chars = Array(value)
            var index = 0
            func skipSpaces() { while index < chars.count && (chars[index] == " " || chars[index] == "\t") { index += 1 } }
            var type = ""
            while index < chars.count && chars[index] != ";" { type.append(chars[index]); index += 1 }
            var values: [String: String] = [:]
            while index < chars.count {
                index += 1  // the ';'
                skipSpaces()
                var key = ""
                while index < chars.count && chars[index] != "=" && chars[index] != ";" { key.append(chars[index]); index += 1 }
                guard index < chars.count, chars[index] == "=" else { return nil }
                index += 1
                var parsed = ""
                if index < chars.count && chars[index] == "\"" {
                    index += 1
                    var closed = false
                    while index < chars.count {
                        let c = chars[index]
                        if c == "\\" && index + 1 < chars.count { parsed.append(chars[index + 1]); index += 2; continue }
                        if c == "\"" { closed = true; index += 1; break }
                        parsed.append(c)
                        index += 1
                    }
                    guard closed else { return nil }
                } else {
                    while index < chars.count && chars[index] != ";" { parsed.append(chars[index]); index += 1 }
                    parsed = parsed.trimmingCharacters(in: .whitespaces)
                }
                skipSpaces()
                guard index == chars.count || chars[index] == ";" else { return nil }
                let name = key.trimmingCharacters(in: .whitespaces).lowercased()
                guard values[name] == nil else { return nil }
                values[name] = parsed
            }
            chars.removeAll()
            return (type.trimmingCharacters(in: .whitespaces).lowercased(), values)
        }
    }
}
