import Domain
import Foundation
import Synchronization

/// The erasure ledger as a file of JSON lines next to the database (`<db>.erasures`, owner-only).
/// It must be kept when a database backup is restored; it holds ids and times, no names.
public final class FileErasureLedger: ErasureLedger {
    public let path: String
    private let lock = Mutex(())

    public init(path: String) {
        self.path = path
    }

    public func append(_ record: ErasureRecord) throws {
        var line = try Self.encoder.encode(record)
        line.append(0x0A)
        try lock.withLock { _ in
            if !FileManager.default.fileExists(atPath: path) {
                guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
                }
                // The new file's name must be on disk too, or the first record could vanish with it.
                try Self.syncDirectory(of: path)
            }
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            let size = try handle.seekToEnd()
            if size > 0 {
                // After a torn append (a crash mid-line), start a fresh line so this record stays whole.
                try handle.seek(toOffset: size - 1)
                if try handle.read(upToCount: 1) != Data([0x0A]) { line.insert(0x0A, at: 0) }
                try handle.seekToEnd()
            }
            try handle.write(contentsOf: line)
            // On disk before the erasure commits (see ErasureLedger).
            try handle.synchronize()
        }
    }

    /// Every complete record. A line that does not decode is the torn end of an append that
    /// crashed before it was synced, so its erasure never committed either; it is skipped.
    public func records() throws -> [ErasureRecord] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let data = try lock.withLock { _ in try Data(contentsOf: URL(fileURLWithPath: path)) }
        return data.split(separator: 0x0A).compactMap { try? Self.decoder.decode(ErasureRecord.self, from: Data($0)) }
    }

    private static func syncDirectory(of path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        let handle = try FileHandle(forReadingFrom: directory)
        defer { try? handle.close() }
        try handle.synchronize()
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return decoder
    }()
}

/// The ledger of an in-memory database (tests): it lives exactly as long as the database.
public final class MemoryErasureLedger: ErasureLedger {
    private let entries = Mutex<[ErasureRecord]>([])

    public init() {}
    public func append(_ record: ErasureRecord) throws { entries.withLock { $0.append(record) } }
    public func records() throws -> [ErasureRecord] { entries.withLock { $0 } }
}
