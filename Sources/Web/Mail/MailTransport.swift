import Domain
import Foundation

/// Hands a message to the mail system. Throws `DeliveryError`.
protocol MailTransport: Sendable {
    func send(_ message: MailMessage) async throws
}

/// A sendmail-compatible command (`sendmail -i`, `msmtp …`) that reads the message on standard
/// input and takes the recipient as its last argument. Its exit status says what happened, by
/// sysexits(3): 0 delivered to the relay; bad usage, bad data or an unknown user are permanent;
/// anything else (no connection, a 4xx answer, a timeout) is worth another try.
struct CommandTransport: MailTransport {
    let executable: String
    let arguments: [String]
    /// Extra environment for the command (the SMTP password for msmtp's `passwordeval`).
    let environment: [String: String]
    var timeout: Duration = .seconds(60)

    static let permanentStatuses: Set<Int32> = [64, 65, 67]

    func send(_ message: MailMessage) async throws {
        // A recipient is an argument: never let one be read as an option.
        guard !message.to.hasPrefix("-"), !message.to.contains(where: \.isWhitespace) else {
            throw DeliveryError.permanent("invalid recipient")
        }
        guard let path = Self.resolve(executable) else { throw DeliveryError.transient("\(executable) not found") }
        // The message and the command's error output go through private files, not pipes: a pipe's
        // end inherited by another process started at the same moment would keep the command
        // waiting for the end of its input, or us for the end of its output, for ever.
        let files = FileManager.default.temporaryDirectory.appendingPathComponent("fritidspas-mail-\(UUID().uuidString)")
        let input = files.appendingPathExtension("eml")
        let errors = files.appendingPathExtension("err")
        let owner: [FileAttributeKey: Any] = [.posixPermissions: 0o600]
        guard FileManager.default.createFile(atPath: input.path, contents: Data(message.rendered.utf8), attributes: owner),
              FileManager.default.createFile(atPath: errors.path, contents: nil, attributes: owner),
              let inputHandle = FileHandle(forReadingAtPath: input.path), let errorHandle = FileHandle(forWritingAtPath: errors.path)
        else { throw DeliveryError.transient("cannot write the message to a temporary file") }
        defer {
            try? inputHandle.close()
            try? errorHandle.close()
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: errors)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments + [message.to]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = inputHandle
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: DeliveryError.transient("cannot start \(executable): \(error)"))
                return
            }
            let timeout = self.timeout
            Task {
                try? await Task.sleep(for: timeout)
                if process.isRunning { process.terminate() }
            }
        }
        guard status != 0 else { return }
        let detail = String(decoding: ((try? Data(contentsOf: errors)) ?? Data()).prefix(400), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let text = "exit \(status)" + (detail.isEmpty ? "" : ": \(detail)")
        throw Self.permanentStatuses.contains(status) ? DeliveryError.permanent(text) : DeliveryError.transient(text)
    }

    static func resolve(_ command: String) -> String? {
        if command.contains("/") { return FileManager.default.isExecutableFile(atPath: command) ? command : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"
        return (path.split(separator: ":") + ["/usr/sbin", "/usr/bin"]).map { "\($0)/\(command)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Where mail goes: `FRITIDSPAS_SMTP_*` (delivered by msmtp, which speaks SMTP with STARTTLS
/// and authentication) or any sendmail-compatible command (`FRITIDSPAS_SENDMAIL`).
public struct MailSettings: Sendable, Equatable {
    /// The sender address; nothing is sent without it.
    public var from: String?
    public var fromName = "Fritidspas"
    public var smtpHost: String?
    public var smtpPort: Int?
    public var smtpUser: String?
    public var smtpPassword: String?
    public var startTLS = false
    /// A sendmail-compatible command line, e.g. `/usr/sbin/sendmail -i`; wins over SMTP.
    public var sendmail: String?
    /// The msmtp program used for `FRITIDSPAS_SMTP_*`.
    public var msmtp = "msmtp"

    public init() {}

    public var isConfigured: Bool { from != nil && (sendmail != nil || smtpHost != nil) }

    public mutating func apply(environment env: [String: String]) {
        func value(_ key: String) -> String? { env[key].flatMap { $0.isEmpty ? nil : $0 } }
        if let v = value("FRITIDSPAS_SMTP_FROM") { from = v }
        if let v = value("FRITIDSPAS_SMTP_FROM_NAME") { fromName = v }
        if let v = value("FRITIDSPAS_SMTP_HOST") { smtpHost = v }
        if let v = value("FRITIDSPAS_SMTP_PORT").flatMap(Int.init) { smtpPort = v }
        if let v = value("FRITIDSPAS_SMTP_USER") { smtpUser = v }
        if let v = value("FRITIDSPAS_SMTP_PASSWORD") { smtpPassword = v }
        if let v = value("FRITIDSPAS_SMTP_STARTTLS") { startTLS = ["1", "true", "yes"].contains(v.lowercased()) }
        if let v = value("FRITIDSPAS_SENDMAIL") { sendmail = v }
        if let v = value("FRITIDSPAS_MSMTP") { msmtp = v }
    }

    /// The transport these settings describe, nil when mail is not configured.
    func transport() -> (any MailTransport)? {
        guard let from else { return nil }
        if let sendmail {
            let parts = sendmail.split(separator: " ").map(String.init)
            guard let command = parts.first else { return nil }
            return CommandTransport(executable: command, arguments: Array(parts.dropFirst()), environment: [:])
        }
        guard let smtpHost else { return nil }
        // No configuration file: every setting is on the command line, except the password,
        // which msmtp reads from its environment and never sees in its arguments.
        var arguments = ["--file=/dev/null", "--host=\(smtpHost)", "--port=\(smtpPort ?? (startTLS ? 587 : 25))",
                         "--from=\(from)", "--timeout=30"]
        if startTLS { arguments += ["--tls=on", "--tls-starttls=on", "--tls-trust-file=system"] } else { arguments.append("--tls=off") }
        var environment: [String: String] = [:]
        if let smtpUser {
            arguments += ["--auth=on", "--user=\(smtpUser)", "--passwordeval=printenv FRITIDSPAS_SMTP_PASSWORD"]
            environment["FRITIDSPAS_SMTP_PASSWORD"] = smtpPassword ?? ""
        } else {
            arguments.append("--auth=off")
        }
        return CommandTransport(executable: msmtp, arguments: arguments + ["--"], environment: environment)
    }
}
