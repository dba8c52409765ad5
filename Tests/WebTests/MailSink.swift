import Domain
import Foundation
import Store
@testable import Web

/// The tests' real SMTP server (`Tests/Support/smtp_sink.py`, Debian's python3-aiosmtpd):
/// Fritidspas delivers to it through msmtp exactly as in production, and the tests read what
/// it received.
final class MailSink: @unchecked Sendable {
    struct Received: Decodable, Equatable {
        let to: [String]
        let from: String
        let message_id: String
        let subject: String
        let text: String
    }

    let process = Process()
    let directory: URL
    let port: Int

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("fp-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [TestApp.root.appendingPathComponent("Tests/Support/smtp_sink.py").path, "--dir", directory.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // The sink writes its port to a file: reading a pipe with FileHandle traps on EINTR.
        let ready = directory.appendingPathComponent("ready")
        var text = ""
        for _ in 0..<300 where process.isRunning {
            if let data = FileManager.default.contents(atPath: ready.path) { text = String(decoding: data, as: UTF8.self); break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        guard text.hasPrefix("ready "), let port = Int(text.dropFirst(6).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw SinkDidNotStart(output: text)
        }
        self.port = port
    }

    struct SinkDidNotStart: Error { let output: String }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: directory)
    }

    /// Everything received so far, in order.
    func messages() throws -> [Received] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted().map {
            try JSONDecoder().decode(Received.self, from: Data(contentsOf: directory.appendingPathComponent($0)))
        }
    }

    func messages(to recipient: String) throws -> [Received] {
        try messages().filter { $0.to.contains(recipient) }
    }

    /// Mail settings that deliver here through msmtp.
    func configure(_ config: inout AppConfig) {
        config.mail.from = "fritidspas@holstebro.test"
        config.mail.smtpHost = "127.0.0.1"
        config.mail.smtpPort = port
        config.baseURL = "https://fritidspas.holstebro.test"
    }
}

extension TestApp {
    /// A test app whose mail goes to `sink`.
    init(mail sink: MailSink) throws {
        try self.init { sink.configure(&$0) }
    }

    /// Runs the delivery job once, as the server's background service does after a commit.
    @discardableResult
    func deliverMail() async throws -> Int {
        try await OutboxDelivery.make(deps, repositories: repos, texts: try TextCatalogue.bundled()).deliverDue()
    }

    /// The link in an e-mail's text that starts with the configured base URL's path `prefix`.
    static func link(in text: String, path prefix: String) -> String? {
        guard let range = text.range(of: "https://fritidspas.holstebro.test" + prefix) else { return nil }
        let rest = text[range.lowerBound...]
        let url = rest.prefix { !$0.isWhitespace }
        return String(url.dropFirst("https://fritidspas.holstebro.test".count))
    }
}
