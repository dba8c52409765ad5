import Domain
import Foundation

/// All settings, built once (arguments, then environment, then these defaults) and passed down.
public struct AppConfig: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    public var databasePath = "fritidspas.sqlite"
    public var loadDemoData = false
    public var templatesDirectory = "Templates"
    public var publicDirectory = "Public"
    /// Uploaded claim attachments, outside the web root (`Public`); only the application serves them.
    public var uploadsDirectory = "uploads"
    /// Children erased on request, outside the database so that a restored backup cannot bring
    /// them back (`FileErasureLedger`). Next to the database unless set.
    public var erasureLedger: String?
    public var erasureLedgerPath: String { erasureLedger ?? databasePath + ".erasures" }

    /// Adds `Secure` to cookies; set when the server sits behind TLS.
    public var secureCookies = false
    /// Public address used in activation links, e.g. `https://fritidspas.holstebro.dk`.
    /// Without it the request's Host header is used.
    public var baseURL: String?
    /// Take the client address from `X-Forwarded-For` (only behind a trusted reverse proxy).
    public var trustForwardedFor = false

    public var sessionTimeouts = SessionTimeouts()
    public var throttle = ThrottleRule()
    /// bcrypt cost; 12 or more in production (ASVS 2.4.4). Tests lower it to stay fast.
    public var bcryptCost = 12

    public var maxRequestBody = 1 << 20
    public var maxConnections = 1024
    public var idleConnectionTimeout: Duration = .seconds(30)
    public var maxHeaderListSize = 16 * 1024
    public var maxHeaderFieldCount = 100

    public var supportEmail = "fritidspas@kommune.dk"
    public var supportPhone: String? = nil
    /// The accessibility statement (tilgængelighedserklæring) on was.digst.dk; `/was` redirects here.
    public var accessibilityStatementURL = "https://www.was.digst.dk/"

    /// Where e-mail goes (`FRITIDSPAS_SMTP_*` or `FRITIDSPAS_SENDMAIL`); unset, messages wait in the outbox.
    public var mail = MailSettings()
    /// How often the delivery job looks for retries that came due (new messages wake it at once).
    public var mailPollInterval: Duration = .seconds(15)
    /// Whether the server delivers mail and queues digests by itself; tests turn it off and run
    /// the same delivery and digest jobs when they choose.
    public var sendsMailInBackground = true

    /// The address e-mailed links point to: the configured base URL, never a request's Host
    /// header (which a client chooses). Without one, the address the server listens on.
    public var publicBaseURL: String {
        (baseURL ?? "http://\(host):\(port)").trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    }

    public init() {}

    /// Applies `FRITIDSPAS_*` environment variables over the defaults.
    public mutating func apply(environment env: [String: String]) {
        if let v = env["FRITIDSPAS_DB"], !v.isEmpty { databasePath = v }
        if let v = env["FRITIDSPAS_HOST"], !v.isEmpty { host = v }
        if let v = env["FRITIDSPAS_PORT"].flatMap(Int.init) { port = v }
        if let v = env["FRITIDSPAS_SECURE_COOKIES"] { secureCookies = ["1", "true", "yes"].contains(v.lowercased()) }
        if let v = env["FRITIDSPAS_TRUST_FORWARDED_FOR"] { trustForwardedFor = ["1", "true", "yes"].contains(v.lowercased()) }
        if let v = env["FRITIDSPAS_BASE_URL"], !v.isEmpty { baseURL = v }
        if let v = env["FRITIDSPAS_SESSION_IDLE_MINUTES"].flatMap(Double.init), v > 0 { sessionTimeouts.idle = v * 60 }
        if let v = env["FRITIDSPAS_SESSION_ABSOLUTE_HOURS"].flatMap(Double.init), v > 0 { sessionTimeouts.absolute = v * 3600 }
        if let v = env["FRITIDSPAS_SUPPORT_EMAIL"], !v.isEmpty { supportEmail = v }
        if let v = env["FRITIDSPAS_SUPPORT_PHONE"], !v.isEmpty { supportPhone = v }
        if let v = env["FRITIDSPAS_ACCESSIBILITY_URL"], !v.isEmpty { accessibilityStatementURL = v }
        if let v = env["FRITIDSPAS_TEMPLATES"], !v.isEmpty { templatesDirectory = v }
        if let v = env["FRITIDSPAS_PUBLIC"], !v.isEmpty { publicDirectory = v }
        if let v = env["FRITIDSPAS_UPLOADS"], !v.isEmpty { uploadsDirectory = v }
        if let v = env["FRITIDSPAS_ERASURES"], !v.isEmpty { erasureLedger = v }
        mail.apply(environment: env)
    }
}
