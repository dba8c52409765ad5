import Domain
import Foundation

/// All settings, built once (arguments, then environment, then these defaults) and passed down.
public struct AppConfig: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    public var databasePath = "fritidspas.sqlite"
    public var publicDirectory = "Public"
    /// Uploaded claim attachments, outside the web root (`Public`); only the application serves them.
    public var uploadsDirectory = "uploads"
    /// Children erased on request, outside the database so that a restored backup cannot bring
    /// them back (`FileErasureLedger`). Next to the database unless set.
    public var erasureLedger: String?
    public var erasureLedgerPath: String { erasureLedger ?? databasePath + ".erasures" }

    /// Adds `Secure` to cookies; set when the server sits behind TLS.
    public var secureCookies = false
    /// Public address used in every link that leaves the application (activation and reset
    /// links), e.g. `https://fritidspas.holstebro.dk`. Never taken from a request's `Host`:
    /// `serve` refuses to start without it, except with `--demo`, which uses the listen address.
    public var baseURL: String?
    /// Reverse proxies whose `X-Forwarded-For` is believed; none unless configured.
    public var trustedProxies = TrustedProxies.none
    /// Set when `FRITIDSPAS_TRUSTED_PROXIES` could not be read (serve refuses to start).
    public var trustedProxiesProblem: String?
    /// Set when the retired `FRITIDSPAS_TRUST_FORWARDED_FOR` is used (serve refuses to start).
    public var retiredSettingProblem: String?

    public var sessionTimeouts = SessionTimeouts()
    public var throttle = ThrottleRule()
    /// bcrypt cost; 12 or more in production (ASVS 2.4.4). Tests lower it to stay fast.
    public var bcryptCost = 12

    public var maxRequestBody = 1 << 20
    public var connectionLimits = ConnectionLimits()
    /// Keep-alive: an idle connection between requests is closed after this.
    public var idleConnectionTimeout: Duration = .seconds(30)
    /// Below this much free space on the database's disk, pages that write answer 503.
    public var minimumFreeBytes: Int64 = 8 << 20
    public var maxHeaderListSize = 16 * 1024
    public var maxHeaderFieldCount = 100

    public var supportEmail = "fritidspas@kommune.dk"
    public var supportPhone: String? = nil
    /// The accessibility statement (tilgængelighedserklæring) on was.digst.dk; `/was` redirects here.
    public var accessibilityStatementURL = "https://www.was.digst.dk/"

    /// The key that seals authenticator secrets and kept forms (`SecretBox`); next to the
    /// database unless set. Created at first start.
    public var secretKeyFile: String?
    public var secretKeyPath: String { secretKeyFile ?? databasePath + ".key" }
    /// OpenID Connect client secrets: `FRITIDSPAS_OIDC_SECRET_<SLUG>` variables, or files named
    /// after the municipality's slug in this directory.
    public var oidcSecretVariables: [String: String] = [:]
    public var oidcSecretsDirectory: String?

    /// Where e-mail goes (`FRITIDSPAS_SMTP_*` or `FRITIDSPAS_SENDMAIL`); unset, messages wait in the outbox.
    public var mail = MailSettings()
    /// How often the delivery job looks for retries that came due (new messages wake it at once).
    public var mailPollInterval: Duration = .seconds(15)
    /// Whether the server delivers mail and queues digests by itself; tests turn it off and run
    /// the same delivery and digest jobs when they choose.
    public var sendsMailInBackground = true

    public init() {}

    /// Why `serve` must not start with this configuration (empty: it may).
    public func startupProblems(demo: Bool) -> [String] {
        var problems = [retiredSettingProblem, trustedProxiesProblem].compactMap { $0 }
        if let baseURL {
            if PublicLinks.normalised(baseURL) == nil {
                problems.append("FRITIDSPAS_BASE_URL must be an http(s) address such as https://fritidspas.kommune.dk: \(baseURL)")
            }
        } else if !demo {
            problems.append("Set FRITIDSPAS_BASE_URL to the public address (e.g. https://fritidspas.kommune.dk): activation links are built from it, never from a request's Host header")
        }
        return problems
    }

    /// Where links that leave the application point: the configured address, or with `--demo`
    /// the listen address.
    public var publicBaseURL: String {
        baseURL.flatMap(PublicLinks.normalised) ?? "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
    }

    /// Applies `FRITIDSPAS_*` environment variables over the defaults.
    public mutating func apply(environment env: [String: String]) {
        if let v = env["FRITIDSPAS_DB"], !v.isEmpty { databasePath = v }
        if let v = env["FRITIDSPAS_HOST"], !v.isEmpty { host = v }
        if let v = env["FRITIDSPAS_PORT"].flatMap(Int.init) { port = v }
        if let v = env["FRITIDSPAS_SECURE_COOKIES"] { secureCookies = ["1", "true", "yes"].contains(v.lowercased()) }
        if env["FRITIDSPAS_TRUST_FORWARDED_FOR"] != nil {
            retiredSettingProblem = "FRITIDSPAS_TRUST_FORWARDED_FOR is no longer read: list your proxies in FRITIDSPAS_TRUSTED_PROXIES (e.g. 127.0.0.1)"
        }
        if let v = env["FRITIDSPAS_TRUSTED_PROXIES"] {
            if let proxies = TrustedProxies(v) { trustedProxies = proxies } else {
                trustedProxiesProblem = "FRITIDSPAS_TRUSTED_PROXIES must list addresses or networks (e.g. 127.0.0.1, 10.0.0.0/8): \(v)"
            }
        }
        if let v = env["FRITIDSPAS_BASE_URL"], !v.isEmpty { baseURL = v }
        if let v = env["FRITIDSPAS_MAX_CONNECTIONS"].flatMap(Int.init), v > 0 { connectionLimits.maxConnections = v }
        if let v = env["FRITIDSPAS_MAX_CONNECTIONS_PER_ADDRESS"].flatMap(Int.init), v > 0 { connectionLimits.maxPerAddress = v }
        if let v = env["FRITIDSPAS_REQUEST_HEAD_TIMEOUT_SECONDS"].flatMap(Int64.init), v > 0 { connectionLimits.requestHeadTimeout = .seconds(v) }
        if let v = env["FRITIDSPAS_SHUTDOWN_GRACE_SECONDS"].flatMap(Int64.init), v >= 0 { connectionLimits.shutdownGrace = .seconds(v) }
        if let v = env["FRITIDSPAS_MIN_FREE_MB"].flatMap(Int64.init), v >= 0 { minimumFreeBytes = v << 20 }
        if let v = env["FRITIDSPAS_SESSION_IDLE_MINUTES"].flatMap(Double.init), v > 0 { sessionTimeouts.idle = v * 60 }
        if let v = env["FRITIDSPAS_SESSION_ABSOLUTE_HOURS"].flatMap(Double.init), v > 0 { sessionTimeouts.absolute = v * 3600 }
        if let v = env["FRITIDSPAS_SUPPORT_EMAIL"], !v.isEmpty { supportEmail = v }
        if let v = env["FRITIDSPAS_SUPPORT_PHONE"], !v.isEmpty { supportPhone = v }
        if let v = env["FRITIDSPAS_ACCESSIBILITY_URL"], !v.isEmpty { accessibilityStatementURL = v }
        if let v = env["FRITIDSPAS_PUBLIC"], !v.isEmpty { publicDirectory = v }
        if let v = env["FRITIDSPAS_UPLOADS"], !v.isEmpty { uploadsDirectory = v }
        if let v = env["FRITIDSPAS_ERASURES"], !v.isEmpty { erasureLedger = v }
        if let v = env["FRITIDSPAS_SECRET_KEY_FILE"], !v.isEmpty { secretKeyFile = v }
        if let v = env["FRITIDSPAS_OIDC_SECRETS_DIR"], !v.isEmpty { oidcSecretsDirectory = v }
        oidcSecretVariables = env.filter { $0.key.hasPrefix("FRITIDSPAS_OIDC_SECRET_") }
        mail.apply(environment: env)
    }
}
