import Domain

/// What the layout needs on every page: language, title, header, navigation, flash, footer.
public struct PageFrame: Sendable {
    public struct NavItem: Sendable {
        public let href: String
        public let label: String
        public let current: Bool

        public init(href: String, label: String, current: Bool) {
            self.href = href
            self.label = label
            self.current = current
        }
    }

    public struct ErrorLink: Sendable {
        public let href: String
        public let message: String

        public init(href: String, message: String) {
            self.href = href
            self.message = message
        }
    }

    public struct FlashView: Sendable {
        public let kind: String
        public let heading: String
        public let message: String
        public let detail: String?
        public let isError: Bool
        public let linkHref: String?
        public let linkLabel: String?

        public init(kind: String, heading: String, message: String, detail: String?, isError: Bool, linkHref: String?, linkLabel: String?) {
            self.kind = kind
            self.heading = heading
            self.message = message
            self.detail = detail
            self.isError = isError
            self.linkHref = linkHref
            self.linkLabel = linkLabel
        }
    }

    public let lang: String
    public let title: String
    public let signedIn: Bool
    public let userName: String?
    public let roleLabel: String?
    public let municipalityName: String?
    public let schemeName: String
    public let nav: [NavItem]
    public let flash: FlashView?
    public let csrfToken: String
    /// The one-time key of this page's forms (`OneTimeForms`).
    public let submissionKey: String
    public let errorSummary: [ErrorLink]
    public let hasErrors: Bool
    public let supportEmail: String
    public let supportPhone: String?
    public let accessibilityHref: String
    public let privacyHref: String
    public let accountHref: String
    public let logoutAction: String
    public let homeHref: String
    public var session: SessionNote? = nil

    public init(lang: String, title: String, signedIn: Bool, userName: String?, roleLabel: String?, municipalityName: String?, schemeName: String, nav: [NavItem], flash: FlashView?, csrfToken: String, submissionKey: String, errorSummary: [ErrorLink], hasErrors: Bool, supportEmail: String, supportPhone: String?, accessibilityHref: String, privacyHref: String, accountHref: String, logoutAction: String, homeHref: String, session: SessionNote? = nil) {
        self.lang = lang
        self.title = title
        self.signedIn = signedIn
        self.userName = userName
        self.roleLabel = roleLabel
        self.municipalityName = municipalityName
        self.schemeName = schemeName
        self.nav = nav
        self.flash = flash
        self.csrfToken = csrfToken
        self.submissionKey = submissionKey
        self.errorSummary = errorSummary
        self.hasErrors = hasErrors
        self.supportEmail = supportEmail
        self.supportPhone = supportPhone
        self.accessibilityHref = accessibilityHref
        self.privacyHref = privacyHref
        self.accountHref = accountHref
        self.logoutAction = logoutAction
        self.homeHref = homeHref
        self.session = session
    }
}

/// When the session ends unless the user does something: stated on every signed-in page (it
/// works without JavaScript), and used by `/js/session.js` to show a warning banner in time.
public struct SessionNote: Sendable {
    public let text: String
    public let remainingSeconds: Int
    public let warningSeconds: Int
    public let keepAliveAction: String
    public let returnPath: String

    public init(text: String, remainingSeconds: Int, warningSeconds: Int, keepAliveAction: String, returnPath: String) {
        self.text = text
        self.remainingSeconds = remainingSeconds
        self.warningSeconds = warningSeconds
        self.keepAliveAction = keepAliveAction
        self.returnPath = returnPath
    }
}
