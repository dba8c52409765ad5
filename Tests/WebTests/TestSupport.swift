import Demo
import Domain
import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Store
@testable import Web

/// A clock tests can move forward.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = start
    }

    var now: Date { lock.withLock { current } }

    func advance(_ seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }

    var clock: Clock { Clock { [self] in now } }
}

/// The real application (same composition root) over an in-memory database with the demo data,
/// a movable clock and a cheap bcrypt cost.
struct TestApp {
    let db: DatabaseQueue
    let clock: TestClock
    let deps: AppDependencies
    let erasures = MemoryErasureLedger()
    /// The server's key; the demo staff's authenticators are sealed with it.
    let secrets = SecretBox.ephemeral()
    var repos: Repositories { Repositories.sqlite(db, erasures: erasures) }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    init(configure: (inout AppConfig) -> Void = { _ in }) throws {
        db = try AppDatabase.openInMemory()
        clock = TestClock()
        var config = AppConfig()
        config.bcryptCost = 4
        // The in-process client has no socket: it stands for a trusted proxy, so each Browser's
        // X-Forwarded-For address is its client address.
        config.trustedProxies = TrustedProxies(networks: [], trustsMissingPeer: true)
        // Mail is delivered when a test runs the delivery job (`deliverMail()`), not in the background.
        config.sendsMailInBackground = false
        config.publicDirectory = Self.root.appendingPathComponent("Public").path
        config.uploadsDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("fp-uploads-\(UUID().uuidString)").path
        configure(&config)
        let hash = PasswordHasher(cost: 4).hashBlocking(DemoData.password)
        try DemoData.load(into: db, passwordHash: hash, clock: clock.clock)
        try DemoSecondFactor.enrol(db, secrets: secrets, at: clock.now)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        deps = AppDependencies(config: config, database: db, erasures: erasures, clock: clock.clock, logger: logger, secrets: secrets)
    }

    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = try await buildApplication(deps)
        try await app.test(.router) { client in try await body(AppTestClient(base: client, db: db, clock: clock)) }
    }

    func userID(_ email: String) async throws -> UserID {
        try await db.read { try UserID.fetchOne($0, sql: "SELECT id FROM app_user WHERE email = ?", arguments: [email])! }
    }

    func count(_ sql: String, _ arguments: StatementArguments = []) async throws -> Int {
        try await db.read { try Int.fetchOne($0, sql: sql, arguments: arguments) ?? 0 }
    }
}

/// The in-process client, carrying what a test browser needs to type the demo authenticator's
/// code at the test clock's time.
struct AppTestClient: TestClientProtocol {
    let base: any TestClientProtocol
    let db: DatabaseQueue
    let clock: TestClock

    func executeRequest(uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> TestResponse {
        try await base.executeRequest(uri: uri, method: method, headers: headers, body: body)
    }

    var port: Int? { base.port }

    /// Tests sign one user in many times within one 30-second step, where a person would wait
    /// for the app's next code; forgetting the last used step allows that. Replay itself is
    /// tested in `SecondFactorTests` without this.
    func allowNextCode(for email: String) async throws {
        try await db.write { db in
            try db.execute(sql: "UPDATE second_factor SET last_used_step = 0 WHERE user_id = (SELECT id FROM app_user WHERE email = ?)",
                           arguments: [email])
        }
    }
}

/// A browser for in-process tests: keeps cookies and the latest CSRF token, posts forms.
struct Browser: Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var csrf: String?
    var ip: String = "192.0.2.10"
    /// The authenticator keys of users this browser enrolled (the demo staff use the demo key).
    var authenticators: [String: [UInt8]] = [:]

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    @discardableResult
    mutating func get(_ path: String, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        try await send(path, method: .get, headers: extra, body: nil)
    }

    /// Posts a form with the current CSRF token (unless `csrf` is given, or nil to leave it out).
    @discardableResult
    mutating func post(_ path: String, _ fields: [(String, String)] = [], csrf token: String?? = .none,
                       headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var all = fields
        let chosen: String? = token ?? csrf
        if let chosen { all.append(("csrf_token", chosen)) }
        return try await postRaw(path, Self.encode(all), headers: extra)
    }

    @discardableResult
    mutating func postRaw(_ path: String, _ body: String, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers = extra
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await send(path, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    mutating func send(_ path: String, method: HTTPRequest.Method, headers extra: HTTPFields, body: ByteBuffer?) async throws -> TestResponse {
        var headers = extra
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")
        }
        headers[HTTPField.Name("X-Forwarded-For")!] = ip
        let response = try await client.execute(uri: path, method: method, headers: headers, body: body) { $0 }
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
        }
        if let token = Self.csrfToken(in: response.text) { csrf = token }
        return response
    }

    /// Signs in through the real form — with the demo authenticator's code when the second step
    /// asks for one — and, like a browser, follows the redirect (which also picks up the
    /// session's CSRF token). Returns the response of the last POST.
    @discardableResult
    mutating func login(_ email: String, _ password: String = DemoData.password) async throws -> TestResponse {
        let form = try await get("/login")
        if form.status == .seeOther, let home = form.location { try await get(home) }
        var response = try await post("/login", [("email", email), ("password", password)])
        if response.status == .seeOther, response.location == Paths.secondFactor.link(), let app = client as? AppTestClient {
            try await app.allowNextCode(for: email)
            try await get(Paths.secondFactor.link())
            let code = authenticators[email].map { TOTP.code(secret: $0, step: TOTPRules.step(at: app.clock.now)) }
                ?? DemoSecondFactor.code(at: app.clock.now)
            response = try await post(Paths.secondFactor.link(), [("code", code)])
        } else if response.status == .seeOther, response.location == Paths.secondFactorEnrolment.link(),
                  let app = client as? AppTestClient {
            // A user without an authenticator sets one up with the key the page shows.
            let page = try await get(Paths.secondFactorEnrolment.link())
            let enrolment = Self.value(of: "enrolment", in: page.text) ?? ""
            let secret = Self.text(ofID: "authenticator-secret", in: page.text)?.replacingOccurrences(of: " ", with: "") ?? ""
            authenticators[email] = Base32.decode(secret) ?? []
            let code = TOTP.code(secret: authenticators[email] ?? [], step: TOTPRules.step(at: app.clock.now))
            let codes = try await post(Paths.secondFactorEnrolment.link(), [("enrolment", enrolment), ("code", code)])
            if let next = Self.value(ofAttribute: "href", after: "id=\"recovery-codes\"", in: codes.text) { try await get(next) }
            // The password's answer: signing in went on from there as it should.
            return codes.status == .ok ? response : codes
        }
        if response.status == .seeOther, let location = response.location { try await get(location) }
        return response
    }

    /// The value of the hidden input `name`.
    static func value(of name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func text(ofID id: String, in html: String) -> String? {
        guard let range = html.range(of: "id=\"\(id)\">") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "<" })
    }

    static func value(ofAttribute attribute: String, after marker: String, in html: String) -> String? {
        guard let start = html.range(of: marker), let range = html[start.upperBound...].range(of: "\(attribute)=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf_token\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { key, value in
            "\(key.addingPercentEncoding(withAllowedCharacters: allowed)!)=\(value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&")
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String? { headers[.location] }
}
