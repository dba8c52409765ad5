import Domain
import Foundation
import Hummingbird

/// Claim attachments on disk, outside the web root: random file names (never the uploaded
/// name), readable by the server's user only, served only through the application's own routes.
public struct AttachmentStore: Sendable {
    let directory: URL

    init(directory: String) throws {
        let url = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        self.directory = url
    }

    /// Stores the bytes of a file whose type was recognised from its content.
    func save(_ data: [UInt8], kind: FileKind, originalName: String) throws -> Attachment {
        var generator = SystemRandomNumberGenerator()
        let name = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
            + "." + kind.fileExtension
        let path = directory.appendingPathComponent(name).path
        guard FileManager.default.createFile(atPath: path, contents: Data(data), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return Attachment(storedName: name, originalName: kind.safeName(originalName), kind: kind, size: data.count)
    }

    /// Only names this store made: 32 hex digits and a known extension.
    static func isStoredName(_ name: String) -> Bool {
        let parts = name.split(separator: ".")
        return parts.count == 2 && parts[0].count == 32 && parts[0].allSatisfy(\.isHexDigit)
            && FileKind.allCases.contains { $0.fileExtension == parts[1] }
    }

    /// Deletes files of anonymised children from `directory` (the command line has no store).
    public static func removeFiles(_ names: [String], directory: String) {
        let base = URL(fileURLWithPath: directory, isDirectory: true)
        for name in names where isStoredName(name) {
            try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
        }
    }

    func remove(_ storedName: String?) {
        guard let storedName, Self.isStoredName(storedName) else { return }
        try? FileManager.default.removeItem(at: directory.appendingPathComponent(storedName))
    }

    /// The file as a download: never shown inline, never sniffed as another type.
    func response(_ attachment: Attachment) throws -> Response {
        guard Self.isStoredName(attachment.storedName),
              let data = FileManager.default.contents(atPath: directory.appendingPathComponent(attachment.storedName).path)
        else { throw AppError.notFound }
        let ascii = String(attachment.originalName.map { $0.isASCII && $0 != "\"" && $0 != "\\" && !$0.isNewline ? $0 : "_" })
        // RFC 5987: only ASCII letters, digits and a few marks stay unencoded.
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let encoded = attachment.originalName.addingPercentEncoding(withAllowedCharacters: allowed) ?? ascii
        return Response(status: .ok, headers: [
            .contentType: attachment.kind.rawValue,
            .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)",
            .xContentTypeOptions: "nosniff",
        ], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
